/**
 * Long hostile text must end in a clear answer, fast: every reader of numbers uses patterns that
 * cannot backtrack. A quadratic pattern would take minutes on these inputs and time the test out.
 */
import { describe, expect, it } from 'vitest';
import { auditShare, parseQuantity, safeParseObservation, toDecimal } from '../src/index.js';

const MEGABYTE = 1_000_000;
const digitsThenJunk = `${'1'.repeat(MEGABYTE)}x`;
const spacesThenJunk = `1${' '.repeat(MEGABYTE)}x`;

describe('hostile input', () => {
  it.each([digitsThenJunk, spacesThenJunk, `${'1.'.repeat(MEGABYTE / 2)}万`])(
    'toDecimal and parseQuantity reject it with their codes (%#)',
    (text) => {
      expect(() => toDecimal(text)).toThrow(expect.objectContaining({ code: 'INVALID_NUMBER' }));
      expect(() => parseQuantity(text)).toThrow(
        expect.objectContaining({ name: 'TownIndicatorsError' }),
      );
    },
  );

  it('a dataset observation reports it as an issue', () => {
    const base = { townId: 't', indicator: 'gdp', period: '2011' };
    expect(safeParseObservation({ ...base, value: digitsThenJunk }).success).toBe(false);
    expect(safeParseObservation({ ...base, value: '1亿元', growth: digitsThenJunk }).success).toBe(
      false,
    );
  });

  it('an audit rejects it as an input', () => {
    for (const part of [digitsThenJunk, spacesThenJunk]) {
      expect(() => auditShare({ part, whole: '1', stated: '1%' })).toThrow(
        expect.objectContaining({ name: 'TownIndicatorsError' }),
      );
    }
  });
});
