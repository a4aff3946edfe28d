import { describe, expect, it } from 'vitest';
import { codeOf } from '../../tests/support/expectError.js';
import { Decimal } from '../numbers/decimal.js';
import { quantity } from '../units/quantity.js';
import { auditShare } from './auditShare.js';

describe('auditShare', () => {
  // seed-claims A01: 社会资金投入40.3亿元，占小城镇改造实际完成投资60.3亿元的66.8%
  it('finds 40.3亿 / 60.3亿 = 66.8325…% consistent with 66.8%', () => {
    const r = auditShare({ part: '40.3亿元', whole: '60.3亿元', stated: '66.8%' });
    expect(r.kind).toBe('share');
    expect(r.consistent).toBe(true);
    expect(r.computed.toFixed(6)).toBe('66.832504');
    expect(r.stated.toString()).toBe('66.8');
    expect(r.decimals).toBe(1);
    expect(r.unit).toBe('%');
    expect(r.rounded.toString()).toBe('66.8');
    expect(r.difference.toFixed(6)).toBe('0.032504');
    expect(r.withinInputRounding).toBe(true);
    expect(r.range.map((x) => x.toFixed(6))).toEqual(['66.694283', '66.970954']);
    expect(r.explanation).toBe(
      'Stated 66.8%; part / whole gives 66.833%, which rounds to 66.8%: consistent.',
    );
    expect(r.explanationZh).toBe('报告值66.8%，按分子分母计算为66.833%，四舍五入为66.8%，一致。');
  });

  it('reads the stated share on its own scale: fraction text, number, decimal', () => {
    // seed-claims A01 again, the share written as a fraction
    for (const stated of ['0.668', 0.668, new Decimal('0.668')]) {
      const r = auditShare({ part: '40.3', whole: '60.3', stated });
      expect([r.consistent, r.stated.toString(), r.decimals, r.unit]).toEqual([
        true,
        '0.668',
        3,
        '',
      ]);
      expect(r.computed.toFixed(7)).toBe('0.6683250');
    }
  });

  it('reads a bare stated number as percent with statedScale: percent (a lost % sign)', () => {
    const r = auditShare({ part: 40.3, whole: 60.3, stated: '66.8' }, { statedScale: 'percent' });
    expect([r.consistent, r.stated.toString(), r.unit]).toEqual([true, '66.8', '%']);
  });

  it('counts trailing zeros as precision: 66.80% is inconsistent, yet within input rounding', () => {
    const r = auditShare({ part: '40.3亿元', whole: '60.3亿元', stated: '66.80%' });
    expect([r.consistent, r.decimals, r.rounded.toFixed(2), r.withinInputRounding]).toEqual([
      false,
      2,
      '66.83',
      true,
    ]);
    expect(r.explanation).toBe(
      'Stated 66.80% but part / whole gives 66.8325%, which rounds to 66.83%: inconsistent, although inputs within their rounding give 66.6942–66.971%, which can round to 66.80%.',
    );
  });

  it('converts the part and the whole into one unit (万元 vs 亿元)', () => {
    const r = auditShare({ part: quantity('403000', '万元'), whole: '60.3亿元', stated: '66.8%' });
    expect(r.computed.toFixed(6)).toBe('66.832504');
    // 403000万元 is printed to the 万元: its half unit is 0.00005亿元
    expect(r.range.map((x) => x.toFixed(4))).toEqual(['66.7771', '66.8880']);
  });

  it('treats decimals as exact and honours exactInputs', () => {
    const exactDecimals = auditShare({
      part: new Decimal('40.3'),
      whole: new Decimal('60.3'),
      stated: '66.8%',
    });
    expect(exactDecimals.range[0].eq(exactDecimals.range[1])).toBe(true);
    const exactOption = auditShare(
      { part: '40.3亿元', whole: '60.3亿元', stated: '66.9%' },
      { exactInputs: true },
    );
    expect([exactOption.consistent, exactOption.withinInputRounding]).toEqual([false, false]);
    expect(exactOption.explanation).toBe(
      'Stated 66.9% but part / whole gives 66.833%, which rounds to 66.8%: inconsistent; the inputs are exact.',
    );
    expect(exactOption.explanationZh).toBe(
      '报告值66.9%，按分子分母计算为66.833%，四舍五入为66.8%，不一致（输入值为精确值）。',
    );
  });

  it('returns a frozen result', () => {
    const r = auditShare({ part: '1', whole: '3', stated: '33.3%' });
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.range)).toBe(true);
  });

  it('throws the documented codes', () => {
    expect(codeOf(() => auditShare({ part: '1', whole: '0', stated: '5%' }))).toBe(
      'DIVISION_BY_ZERO',
    );
    expect(codeOf(() => auditShare({ part: '1', whole: '3', stated: 'abc' }))).toBe('PARSE_ERROR');
    expect(codeOf(() => auditShare({ part: '1', whole: '3', stated: '33.3倍' }))).toBe(
      'PARSE_ERROR',
    );
    expect(codeOf(() => auditShare({ part: '1', whole: '3', stated: Number.NaN }))).toBe(
      'INVALID_NUMBER',
    );
    expect(codeOf(() => auditShare({ part: 'abc', whole: '3', stated: '5%' }))).toBe(
      'INVALID_NUMBER',
    );
    expect(codeOf(() => auditShare({ part: '40.3亿担', whole: '60.3亿元', stated: '5%' }))).toBe(
      'UNKNOWN_UNIT',
    );
    expect(codeOf(() => auditShare({ part: '40.3亿元', whole: '60.3万人', stated: '5%' }))).toBe(
      'UNIT_MISMATCH',
    );
    expect(codeOf(() => auditShare({ part: '40.3亿元', whole: '60.3亿美元', stated: '5%' }))).toBe(
      'UNIT_MISMATCH',
    );
    expect(
      codeOf(() =>
        auditShare(
          { part: '1', whole: '3', stated: '5%' },
          { statedScale: 'permille' as 'percent' },
        ),
      ),
    ).toBe('INVALID_ARGUMENT');
    expect(
      codeOf(() =>
        auditShare({ part: '1', whole: '3', stated: '5%' }, { exactInputs: 'yes' as never }),
      ),
    ).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => auditShare(null as never))).toBe('INVALID_ARGUMENT');
  });

  it('names the function and the argument in its messages', () => {
    expect(() => auditShare({ part: '1', whole: '0', stated: '5%' })).toThrow(
      'auditShare: whole is zero',
    );
    expect(() => auditShare({ part: '1', whole: '3', stated: 'abc' })).toThrow(
      /auditShare: cannot read stated/,
    );
    expect(() => auditShare({ part: '40.3亿元', whole: '60.3万人', stated: '5%' })).toThrow(
      'auditShare: whole is in 万人',
    );
  });
});
