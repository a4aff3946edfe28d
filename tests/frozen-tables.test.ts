/**
 * The library's own tables cannot be changed from outside: every exported table of codes and
 * labels is frozen, entries included (a caller's change would otherwise change what the models
 * accept and print).
 */
import { describe, expect, it } from 'vitest';
import * as library from '../src/index.js';

describe('exported tables', () => {
  it('are frozen, with their entries', () => {
    const tables = Object.entries(library).filter(
      ([name, value]) =>
        (name === 'ErrorCode' || name.endsWith('Labels') || name === 'INDICATOR_DIMENSIONS') &&
        typeof value === 'object',
    );
    expect(tables.map(([name]) => name)).toContain('ErrorCode');
    expect(tables.length).toBeGreaterThan(10);
    for (const [name, table] of tables) {
      expect(Object.isFrozen(table), name).toBe(true);
      for (const entry of Object.values(table as object)) {
        if (typeof entry === 'object' && entry !== null)
          expect(Object.isFrozen(entry), name).toBe(true);
      }
    }
  });

  it('reject a change', () => {
    expect(() => {
      (library.ErrorCode as Record<string, string>).INVALID_NUMBER = 'X';
    }).toThrow(TypeError);
    expect(library.ErrorCode.INVALID_NUMBER).toBe('INVALID_NUMBER');
    expect(() => {
      (library.townScopeLabels.town as { zh: string }).zh = '村';
    }).toThrow(TypeError);
  });
});
