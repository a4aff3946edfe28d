import { describe, expect, it } from 'vitest';
import { quantity } from '../units/quantity.js';
import { auditGrowth } from './auditGrowth.js';

function code(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return (error as { code?: unknown }).code;
  }
  return 'no error';
}

describe('auditGrowth', () => {
  // seed-claims A05: 涉农贷款余额940亿元，比年初增加134亿元 → 年初806亿, implied growth 16.63%
  it('checks 806亿 → 940亿 against 16.6%', () => {
    const r = auditGrowth({ previous: '806亿元', current: '940亿元', stated: '16.6%' });
    expect(r.kind).toBe('growth');
    expect([r.consistent, r.computed.toFixed(6), r.rounded.toString()]).toEqual([
      true,
      '16.625310',
      '16.6',
    ]);
    expect(r.explanation).toBe(
      'Stated 16.6%; current / previous − 1 gives 16.625%, which rounds to 16.6%: consistent.',
    );
    expect(r.explanationZh).toBe('报告值16.6%，按前后两期计算为16.625%，四舍五入为16.6%，一致。');
  });

  // seed-claims B20: 梁弄镇建成区面积从3平方公里扩大到5平方公里 (+66.7%, range 28.57%–120%)
  it('converts areas and reports the range over input rounding', () => {
    const r = auditGrowth({
      previous: quantity('4500', '亩'),
      current: '5平方公里',
      stated: '67%',
    });
    expect([r.consistent, r.decimals, r.computed.toFixed(6)]).toEqual([true, 0, '66.666667']);
    // 4500亩 is printed to the 亩, 5平方公里 to the 平方公里
    expect(r.range.map((x) => x.toFixed(2))).toEqual(['49.98', '83.35']);
  });

  it('handles a decline', () => {
    // 100 → 96.8 is −3.2%
    const r = auditGrowth({ previous: '100', current: '96.8', stated: '-3.2%' });
    expect([r.consistent, r.computed.toString(), r.difference.toString()]).toEqual([
      true,
      '-3.2',
      '0',
    ]);
    const wrong = auditGrowth(
      { previous: '100', current: '96.8', stated: '-3.3%' },
      { exactInputs: true },
    );
    expect([wrong.consistent, wrong.withinInputRounding]).toEqual([false, false]);
    const printed = auditGrowth({ previous: '100', current: '96.8', stated: '-3.0%' });
    expect(printed.explanation).toBe(
      'Stated -3.0% but current / previous − 1 gives -3.2%, which rounds to -3.2%: inconsistent, although inputs within their rounding give -3.732 to -2.663%, which can round to -3.0%.',
    );
    expect(printed.explanationZh).toBe(
      '报告值-3.0%，按前后两期计算为-3.2%，四舍五入为-3.2%，不一致，但输入值在舍入误差范围内可得-3.732至-2.663%，能够得到-3.0%。',
    );
  });

  it('does not reach a figure outside the range over input rounding', () => {
    // seed-claims A10: 余额58.9亿元，较年初增加9.2亿元 → 49.7亿 → 58.9亿: 18.51%; with 49.7 and
    // 58.9 each ±0.05亿 the growth stays within 18.29%–18.73%
    const r = auditGrowth({ previous: '49.7亿元', current: '58.9亿元', stated: '18.8%' });
    expect([r.consistent, r.withinInputRounding]).toEqual([false, false]);
    expect(r.explanation).toBe(
      'Stated 18.8% but current / previous − 1 gives 18.511%, which rounds to 18.5%: inconsistent; inputs within their rounding give 18.291–18.732%, still not 18.8%.',
    );
  });

  it('throws the documented codes', () => {
    expect(code(() => auditGrowth({ previous: '0', current: '5', stated: '5%' }))).toBe(
      'DIVISION_BY_ZERO',
    );
    expect(code(() => auditGrowth({ previous: '0.00亿元', current: '5亿元', stated: '5%' }))).toBe(
      'DIVISION_BY_ZERO',
    );
    expect(code(() => auditGrowth({ previous: '-2', current: '5', stated: '5%' }))).toBe(
      'NON_POSITIVE_BASE',
    );
    expect(code(() => auditGrowth({ previous: '2', current: '5', stated: '5个百分点' }))).toBe(
      'PARSE_ERROR',
    );
    expect(code(() => auditGrowth({ previous: '2', current: 'five', stated: '5%' }))).toBe(
      'INVALID_NUMBER',
    );
    expect(code(() => auditGrowth({ previous: '2亩', current: '5人', stated: '5%' }))).toBe(
      'UNIT_MISMATCH',
    );
    expect(() => auditGrowth({ previous: '0', current: '5', stated: '5%' })).toThrow(
      'auditGrowth: previous is zero, and the formula divides by it',
    );
    expect(() => auditGrowth({ previous: '-2', current: '5', stated: '5%' })).toThrow(
      'auditGrowth: previous must be positive, got "-2"',
    );
  });
});
