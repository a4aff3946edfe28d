import { describe, expect, it } from 'vitest';
import { getValidationIssues, type SafeParseResult } from './issues.js';
import {
  landQuotaKindLabels,
  landQuotaSideLabels,
  parseLandQuota,
  safeParseLandQuota,
} from './landQuota.js';

function issuesOf(result: SafeParseResult<unknown>): string[] {
  return result.success
    ? []
    : getValidationIssues(result.error).map((issue) => `${issue.path} ${issue.code}`);
}

describe('parseLandQuota', () => {
  it("reads 白塔's available and needed construction land (DOMAIN.md: 116.7公顷 vs 283.4公顷)", () => {
    const available = parseLandQuota({
      id: 'a',
      townId: 'baita',
      kind: '建设用地指标',
      area: '116.7公顷',
      period: '2011-01-01/2015-12-31',
    });
    const demand = parseLandQuota({
      id: 'd',
      townId: 'baita',
      kind: 'construction',
      side: '需求',
      area: '283.4公顷',
    });
    expect([available.side, demand.side]).toEqual(['available', 'demand']);
    // the gap: 283.4 − 116.7 = 166.7 公顷
    expect(demand.area.value.minus(available.area.value).toString()).toBe('166.7');
    expect(available.period).toBe('2011-01-01/2015-12-31');
  });

  it('keeps the money value of offset quotas (seed-claims B26: 1200亩 → 7200万元, 6万元/亩)', () => {
    const offset = parseLandQuota({
      id: 'o',
      townId: 'simen',
      kind: '折抵指标',
      area: '1200亩',
      value: '7200万元',
    });
    expect(offset.kind).toBe('offset');
    expect(offset.value?.value.div(offset.area.value).toString()).toBe('6');
    // seed-claims B27: 1800亩 农保调整指标 → 216万元, 1200元/亩
    const adjustment = parseLandQuota({
      id: 'f',
      townId: 'simen',
      kind: '农保调整指标',
      area: '1800亩',
      value: '216万元',
    });
    expect(adjustment.value?.to('元').div(adjustment.area.to('亩')).toString()).toBe('1200');
  });

  it('reads linking quotas with status and counts (seed-claims A04: 28.20万亩 → 21.28万亩)', () => {
    const surplus = parseLandQuota({
      id: 's',
      townId: 'xx-city',
      kind: '节余指标',
      area: '21.28万亩',
      status: '预计',
      projectCount: 489,
      partOf: 't',
    });
    expect([surplus.kind, surplus.status, surplus.projectCount, surplus.partOf]).toEqual([
      'linking-surplus',
      'estimated',
      489,
      't',
    ]);
    expect(landQuotaKindLabels['linking-turnover'].zh).toBe('增减挂钩周转指标');
    expect(landQuotaSideLabels.demand.zh).toBe('需求');
  });

  it('reports every issue with its path', () => {
    const result = safeParseLandQuota({
      id: 'q',
      townId: 't',
      kind: 'quota',
      side: 'supply',
      area: '7200万元',
      value: '1200亩',
      status: 'done',
      projectCount: 2.5,
    });
    expect(issuesOf(result)).toEqual([
      '$.kind invalid_value',
      '$.side invalid_value',
      '$.area wrong_dimension',
      '$.value wrong_dimension',
      '$.status invalid_value',
      '$.projectCount not_multiple_of',
    ]);
    expect(issuesOf(safeParseLandQuota({ id: 'q', townId: 't', kind: 'offset' }))).toEqual([
      '$.area invalid_union',
    ]);
    expect(() => parseLandQuota({ id: 'q' })).toThrow(
      expect.objectContaining({ code: 'VALIDATION_ERROR' }),
    );
  });
});
