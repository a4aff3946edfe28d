import { describe, expect, it } from 'vitest';
import { codeOf } from '../../tests/support/expectError.js';
import { Decimal } from '../numbers/decimal.js';
import { quantity } from '../units/quantity.js';
import { auditSum } from './auditSum.js';

// DOMAIN.md / seeds 002 (建设镇): the four 战区 totals 3.41 + 10.3 + 7.55 + 1.102 = 22.362亿 vs 22.32亿
const ZONES = ['3.41亿元', '10.3亿元', '7.55亿元', '1.102亿元'];

describe('auditSum', () => {
  it('finds 建设镇 22.362亿 inconsistent with the stated 22.32亿 at face value', () => {
    const r = auditSum({ parts: ZONES, stated: '22.32亿元' });
    expect(r.kind).toBe('sum');
    expect([r.consistent, r.computed.toString(), r.stated.toString(), r.decimals]).toEqual([
      false,
      '22.362',
      '22.32',
      2,
    ]);
    expect([r.rounded.toString(), r.difference.toString(), r.unit]).toEqual([
      '22.36',
      '0.042',
      '亿元',
    ]);
    // 10.3亿 is printed to 0.1亿: ±0.05亿 alone lets the parts reach 22.32亿
    expect(r.range.map(String)).toEqual(['22.3015', '22.4225']);
    expect(r.withinInputRounding).toBe(true);
    expect(r.explanation).toBe(
      'Stated 22.32亿元 but the parts add up to 22.362亿元, which rounds to 22.36亿元: inconsistent, although inputs within their rounding give 22.3015–22.4225亿元, which can round to 22.32亿元.',
    );
    expect(r.explanationZh).toBe(
      '报告值22.32亿元，分项合计为22.362亿元，四舍五入为22.36亿元，不一致，但输入值在舍入误差范围内可得22.3015至22.4225亿元，能够得到22.32亿元。',
    );
  });

  it('converts parts into the stated unit (seed-claims A09: 万元 and 亿元 into 亿元)', () => {
    const r = auditSum({
      parts: ['4.6亿元', '2250万元', '31.7亿元', '32.6亿元'],
      stated: '69亿元',
    });
    expect([r.consistent, r.computed.toString(), r.decimals]).toEqual([true, '69.125', 0]);
    const inWan = auditSum({ parts: ['4.6亿元', '2250万元'], stated: '48250万元' });
    expect([inWan.consistent, inWan.computed.toString(), inWan.unit]).toEqual([
      true,
      '48250',
      '万元',
    ]);
  });

  it('flags the anonymiser artefact 2024笔 against exact counts summing to 2054 (seed-claims A08)', () => {
    const parts = [1514, 54, 262, 224].map((n) => new Decimal(n));
    const r = auditSum({ parts, stated: '2024笔' });
    expect([r.consistent, r.withinInputRounding, r.computed.toString(), r.unit]).toEqual([
      false,
      false,
      '2054',
      '笔',
    ]);
    expect(r.explanation).toBe(
      'Stated 2024笔 but the parts add up to 2054笔, which rounds to 2054笔: inconsistent; the inputs are exact.',
    );
    // the same counts as printed text: ±0.5 each, still far from 2024
    const printed = auditSum({ parts: ['1514笔', '54笔', '262笔', '224笔'], stated: '2024笔' });
    expect(printed.range.map(String)).toEqual(['2052', '2056']);
    expect(printed.explanation).toBe(
      'Stated 2024笔 but the parts add up to 2054笔, which rounds to 2054笔: inconsistent; inputs within their rounding give 2052–2056笔, still not 2024笔.',
    );
    expect(printed.explanationZh).toBe(
      '报告值2024笔，分项合计为2054笔，四舍五入为2054笔，不一致，输入值在舍入误差范围内只能得到2052至2056笔，仍得不到2024笔。',
    );
  });

  it('accepts bare numbers, and labels a bare total with the parts unit', () => {
    // seed-claims B02: 工业160亿 + 农业4.8亿 = 164.8亿
    const bare = auditSum({ parts: ['160', '4.8'], stated: '164.8' });
    expect([bare.consistent, bare.unit, bare.range.map(String)]).toEqual([
      true,
      '',
      ['164.25', '165.35'],
    ]);
    const labelled = auditSum({ parts: ['160亿元', 4.8], stated: 164.8 });
    expect([labelled.consistent, labelled.unit]).toEqual([true, '亿元']);
  });

  it('accepts a Quantity as the stated total', () => {
    const r = auditSum({ parts: ['160亿元', '4.8亿元'], stated: quantity('164.8', '亿元') });
    expect([r.consistent, r.decimals, r.unit]).toEqual([true, 1, '亿元']);
  });

  it('checks that shares add up to 100%', () => {
    const r = auditSum({ parts: ['33.4%', '33.3%', '33.3%'], stated: '100%' });
    expect([r.consistent, r.computed.toString(), r.unit]).toEqual([true, '100', '%']);
  });

  it('reads a total printed in 万 of a unit with no 万 form to its last digit (3万笔)', () => {
    const r = auditSum({ parts: ['3.2万笔', '2.5万笔'], stated: '6万笔' });
    expect([r.consistent, r.computed.toString(), r.stated.toString(), r.decimals]).toEqual([
      true,
      '57000',
      '60000',
      -4,
    ]);
  });

  it('throws the documented codes', () => {
    expect(codeOf(() => auditSum({ parts: [], stated: '1' }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => auditSum({ parts: 'abc' as never, stated: '1' }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => auditSum({ parts: ['1'], stated: 'abc' }))).toBe('PARSE_ERROR');
    expect(codeOf(() => auditSum({ parts: ['1'], stated: '1亿担' }))).toBe('UNKNOWN_UNIT');
    expect(codeOf(() => auditSum({ parts: ['x'], stated: '1' }))).toBe('INVALID_NUMBER');
    expect(codeOf(() => auditSum({ parts: ['5万人'], stated: '1亿元' }))).toBe('UNIT_MISMATCH');
    expect(codeOf(() => auditSum({ parts: ['1'], stated: Number.POSITIVE_INFINITY }))).toBe(
      'INVALID_NUMBER',
    );
    expect(() => auditSum({ parts: ['1', '5万人'], stated: '1亿元' })).toThrow(
      'auditSum: parts[1] is in 万人',
    );
  });
});

describe('auditSum at the rounding edge of withinInputRounding', () => {
  // '2.04' stands for [2.035, 2.045]. Half up (away from zero): 2.045 rounds to 2.05, so the range
  // reaches a stated 2.05 at its very end; 2.055 rounds to 2.06, so [2.055, 2.065] never gives 2.05.
  it.each([
    ['2.04', '2.05', true],
    ['2.06', '2.05', false],
    ['-2.04', '-2.05', true],
    ['-2.06', '-2.05', false],
  ] as const)('a part %s can give %s: %s', (part, stated, reaches) => {
    const result = auditSum({ parts: [part], stated });
    expect(result.consistent).toBe(false);
    expect(result.withinInputRounding).toBe(reaches);
  });
});
