/**
 * Lossless JSON at the edges (issue #12): what a schema accepts, JSON gives back unchanged — a
 * rate of 37 significant digits keeps them all, and a quantity whose text would be longer than the
 * quantity reader reads (1e999元 prints a thousand digits) is refused with an issue, not accepted
 * and then unreadable.
 */
import { describe, expect, it } from 'vitest';
import { parseObservation, safeParseObservation } from '../src/index.js';

const base = { id: 'o', townId: 't', period: '2011' } as const;

describe('JSON round trips of observation values at the edges', () => {
  it('keeps every digit of a rate written with %', () => {
    const value = '12.34567890123456789012345678901234567%';
    const parsed = parseObservation({ ...base, indicator: 'urbanization-rate', value });
    const json = JSON.parse(JSON.stringify(parsed));
    expect(json.value).toBe(value);
    expect(parseObservation(json)).toEqual(parsed);
  });

  it('refuses a quantity that prints in more than 100 characters', () => {
    const result = safeParseObservation({
      ...base,
      indicator: 'gdp',
      value: { value: '1e999', unit: '元' },
    });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe('VALIDATION_ERROR');
      expect(JSON.stringify(result.error.details)).toContain('more than 100 characters');
    }
    expect(
      safeParseObservation({
        ...base,
        indicator: 'gdp',
        value: { value: '9'.repeat(100), unit: '元' },
      }).success,
    ).toBe(true);
  });
});
