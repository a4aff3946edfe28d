/**
 * A failed parse leaves its input as it was: zod's `z.readonly` froze the caller's own object when
 * it was of the wrong type (an array where an object belongs); the models freeze only what they
 * built (fields.ts `frozen`). Found by the fuzz run of the reliability issue.
 */
import { describe, expect, it } from 'vitest';
import * as library from '../src/index.js';
import {
  safeParseDataset,
  safeParseFundingSource,
  safeParseProject,
  safeParseTown,
} from '../src/index.js';

// Every safeParseX of the package.
const parsers = Object.fromEntries(
  Object.entries(library).filter(([name]) => name.startsWith('safeParse')),
) as Record<string, (input: unknown) => { success: boolean }>;

describe('a failed parse changes nothing of its input', () => {
  it.each(Object.entries(parsers))('%s on wrong-typed objects and arrays', (_, parse) => {
    const inputs: object[] = [
      [],
      [1, 2],
      new Date(0),
      new Map(),
      { towns: {}, observations: { a: 1 } },
    ];
    for (const input of inputs) {
      const before = JSON.stringify(input);
      expect(parse(input).success).toBe(false);
      expect(Object.isFrozen(input)).toBe(false);
      expect(JSON.stringify(input)).toBe(before);
    }
  });

  it('a nested wrong-typed value is not frozen either', () => {
    const towns = { not: 'a list' };
    const plans = { not: 'a list' };
    expect(safeParseDataset({ schemaVersion: 1, towns }).success).toBe(false);
    expect(safeParseProject({ id: 'p', townId: 't', name: 'p', plans }).success).toBe(false);
    expect([Object.isFrozen(towns), Object.isFrozen(plans)]).toEqual([false, false]);
  });

  it('a successful parse still returns frozen models', () => {
    const result = safeParseDataset({ schemaVersion: 1, towns: [{ id: 't', name: '白塔镇' }] });
    expect(
      result.success && Object.isFrozen(result.data) && Object.isFrozen(result.data.towns[0]),
    ).toBe(true);
  });
});

describe('validation messages a careless caller gets (found by fuzzing)', () => {
  it('say "not a number" and "an infinite number", never NaN or Infinity', () => {
    for (const input of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const result = safeParseTown(input);
      const text = result.success ? '' : JSON.stringify(result.error.details);
      expect(text).not.toMatch(/NaN|Infinity/);
      expect(result.success ? '' : result.error.message).toMatch(/^parseTown: /);
    }
  });

  it('refuse a class instance at the root in one issue instead of listing its methods', () => {
    const result = safeParseFundingSource(new Date(0));
    expect(result.success ? [] : result.error.details?.issues).toEqual([
      {
        path: '$',
        message: 'expected a plain object (as JSON.parse gives), got Date',
        code: 'invalid_type',
      },
    ]);
  });
});
