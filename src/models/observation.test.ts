import { describe, expect, it } from 'vitest';
import { getValidationIssues, type SafeParseResult } from './issues.js';
import {
  INDICATOR_CODE_PATTERN,
  observationStatusLabels,
  parseObservation,
  priceBasisLabels,
  safeParseObservation,
} from './observation.js';

function issuesOf(result: SafeParseResult<unknown>): string[] {
  return result.success
    ? []
    : getValidationIssues(result.error).map((issue) => `${issue.path} ${issue.code}`);
}

describe('parseObservation', () => {
  it('reads an estimated figure with its stated growth (seed-claims B02/B03: 164.8亿元, 9%)', () => {
    const o = parseObservation({
      townId: 'b1',
      indicator: 'gross-output-industry-agriculture',
      period: '2011',
      value: '164.8亿元',
      status: '预计',
      growth: '9%',
      source: { document: 'b1-2011', quote: '全镇预计实现工农业生产总值164.8亿元，比上年增长9%' },
    });
    expect(o.status).toBe('estimated');
    expect(o.growth?.toString()).toBe('0.09');
    expect(o.value.kind === 'quantity' && o.value.quantity.to('亿元').toString()).toBe('164.8');
    // the previous year implied by the stated growth: 164.8 / 1.09
    expect(
      o.value.kind === 'quantity' && o.value.quantity.value.div(o.growth?.plus(1) ?? 1).toFixed(2),
    ).toBe('151.19');
  });

  it('reads multiples and increments against a base year (seed-claims B15, B22)', () => {
    const gross = parseObservation({
      townId: 'simen',
      indicator: 'gross-output-industry-agriculture',
      period: '2008',
      value: '155.3亿元',
      multiple: '5.1',
      base: '1996',
    });
    // seed-claims B15: implied 1996 base 155.3 / 5.1 = 30.45亿元
    expect(
      gross.value.kind === 'quantity' &&
        gross.value.quantity.value.div(gross.multiple ?? 1).toFixed(2),
    ).toBe('30.45');
    const income = parseObservation({
      townId: 'simen',
      indicator: 'rural-income-per-capita',
      period: '2008',
      value: '10372元',
      increment: '4766元',
      base: '1996',
    });
    expect(income.increment?.kind === 'quantity' && String(income.increment.quantity)).toBe(
      '4766元',
    );
  });

  it('reads rate indicators and price bases', () => {
    const o = parseObservation({
      townId: 'chengdu-pilot-towns',
      indicator: 'gdp',
      period: '2012',
      value: '184.9亿元',
      basis: '现价',
      growth: '12.8%',
      growthBasis: '可比价',
    });
    expect([o.basis, o.growthBasis]).toEqual(['current', 'comparable']);
    const urban = parseObservation({
      id: 'u',
      townId: 'chengdu-small-cities',
      indicator: 'urbanization-rate',
      period: '2012',
      value: '70%',
      status: 'actual',
    });
    expect(urban.value.kind === 'rate' && urban.value.rate.toString()).toBe('0.7');
    expect(observationStatusLabels.planned.zh).toBe('计划');
    expect(priceBasisLabels.comparable.zh).toBe('可比价');
  });

  it('accepts custom indicator codes (the dataset checks them)', () => {
    const o = parseObservation({ townId: 't', indicator: 'x.my-index', period: '2011', value: 3 });
    expect(o.indicator).toBe('x.my-index');
    expect(INDICATOR_CODE_PATTERN.test('Tap Water')).toBe(false);
  });

  it('reports a value of the wrong dimension for a standard indicator (seed: 城镇化率达到49)', () => {
    const result = safeParseObservation({
      townId: 'simen',
      indicator: 'urbanization-rate',
      period: '2008',
      value: '49',
      increment: '3亿元',
    });
    expect(issuesOf(result)).toEqual([
      '$.value dimension_mismatch',
      '$.increment dimension_mismatch',
    ]);
    expect(!result.success && getValidationIssues(result.error)[0]?.message).toBe(
      `value "49" (number) does not fit indicator "urbanization-rate" (rate) (write a rate with '%')`,
    );
    expect(
      issuesOf(
        safeParseObservation({ townId: 't', indicator: 'gdp', period: '2011', value: '66.8%' }),
      ),
    ).toEqual(['$.value dimension_mismatch']);
    // a count written without its unit fits a count indicator
    expect(
      safeParseObservation({
        townId: 't',
        indicator: 'park-enterprises',
        period: '2011',
        value: 201,
      }).success,
    ).toBe(true);
  });

  it('reports every issue with its path', () => {
    const result = safeParseObservation({
      id: '',
      townId: 't',
      indicator: 'GDP',
      period: '2011-Q5',
      value: 'lots',
      status: 'final',
      basis: 'real',
      growth: 'fast',
      multiple: '5倍',
      base: 1996,
      source: { document: 'd', page: 3 },
    });
    expect(issuesOf(result)).toEqual([
      '$.id invalid_format',
      '$.indicator invalid_format',
      '$.period invalid_period',
      '$.value invalid_quantity',
      '$.status invalid_value',
      '$.basis invalid_value',
      '$.growth invalid_number',
      '$.multiple invalid_number',
      '$.base invalid_union',
      '$.source.page unrecognized_keys',
    ]);
    expect(() => parseObservation({ townId: 't' })).toThrow(
      expect.objectContaining({ code: 'VALIDATION_ERROR' }),
    );
  });
});
