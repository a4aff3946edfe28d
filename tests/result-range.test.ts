/**
 * The library's range (1e±1000000, MAX_EXPONENT) holds for results too: inputs within it whose
 * result would leave it are INVALID_NUMBER naming the function, and the audits, which work in exact
 * fractions, read figures within 1e±1000 (AUDIT_MAX_EXPONENT) — so no result takes seconds to print
 * and no exact fraction grows to a million digits (issue #12: 37 results beyond ±10⁶, audits
 * running for seconds on '1e-999999').
 */
import { describe, expect, it } from 'vitest';
import {
  auditGrowth,
  auditShare,
  averageAnnualGrowth,
  convert,
  Decimal,
  fv,
  growthRate,
  MAX_EXPONENT,
  quantity,
  requiredGrowthRate,
  share,
} from '../src/index.js';
import { codeOf } from './support/expectError.js';

describe('results stay within the library range', () => {
  it.each([
    ['growthRate', () => growthRate('1e-999999', '1e999999')],
    ['share', () => share('1e999999', '1e-999999')],
    ['share', () => share(quantity('1e999999', '元'), quantity('1e-999999', '元'))],
    ['averageAnnualGrowth', () => averageAnnualGrowth('1e-999999', '1e999999', 1)],
    ['requiredGrowthRate', () => requiredGrowthRate('1e-999999', '1e999999', 1)],
    ['fv', () => fv('1e5', 1_000_000, '-1')],
    ['convert', () => convert('1e999999', '亿元', '元')],
  ])('%s of inputs within the range but a result beyond it is INVALID_NUMBER', (fn, run) => {
    expect(() => run()).toThrow(
      expect.objectContaining({
        code: 'INVALID_NUMBER',
        message: expect.stringContaining(`${fn}:`),
      }),
    );
  });

  it('keeps results at the edge of the range', () => {
    expect(growthRate('1', `1e${MAX_EXPONENT - 1}`).e).toBe(MAX_EXPONENT - 1);
  });

  it('reads audit figures within 1e±1000, beyond is INVALID_NUMBER (fast, not a million-digit fraction)', () => {
    expect(codeOf(() => auditShare({ part: '1e999999', whole: '1e-999999', stated: '5%' }))).toBe(
      'INVALID_NUMBER',
    );
    expect(codeOf(() => auditGrowth({ previous: '1e-999999', current: '1', stated: '5%' }))).toBe(
      'INVALID_NUMBER',
    );
    expect(
      codeOf(() => auditShare({ part: '1', whole: '2', stated: new Decimal('1e-5000') })),
    ).toBe('INVALID_NUMBER');
    expect(
      codeOf(() => auditShare({ part: quantity('1e-2000', '元'), whole: '2元', stated: '5%' })),
    ).toBe('INVALID_NUMBER');
    expect(auditShare({ part: '1e999', whole: '2e999', stated: '50%' }).consistent).toBe(true);
  });
});
