import { describe, expect, it } from 'vitest';
import {
  fundingKindLabels,
  fundingStatusLabels,
  parseFundingSource,
  safeParseFundingSource,
} from './fundingSource.js';
import { getValidationIssues, type SafeParseResult } from './issues.js';

function issuesOf(result: SafeParseResult<unknown>): string[] {
  return result.success
    ? []
    : getValidationIssues(result.error).map((issue) => `${issue.path} ${issue.code}`);
}

describe('parseFundingSource', () => {
  it('reads the funding of 成都 (seed 000: 区（市）县财政配套11.2亿元, 社会资金40.3亿元)', () => {
    const county = parseFundingSource({
      id: 'county',
      townId: 'xx-city',
      kind: '区县财政配套',
      status: 'received',
      amount: '11.2亿元',
    });
    const social = parseFundingSource({
      id: 'social',
      townId: 'xx-city',
      kind: '招商引资',
      status: '实到',
      amount: '40.3亿元',
    });
    expect([county.kind, social.kind, social.status]).toEqual([
      'county-matching',
      'social-capital',
      'received',
    ]);
    // seed-claims A01: social capital 40.3 of the 60.3亿元 completed = 66.8% (0.66832504…)
    expect(social.amount.value.div('60.3').toFixed(3)).toBe('0.668');
  });

  it('keeps USD amounts apart (seed-claims B06: 协议1665万美元, 实到850万美元)', () => {
    const committed = parseFundingSource({
      id: 'c',
      townId: 'b1',
      kind: '外资',
      status: '协议',
      amount: '1665万美元',
      period: '2011',
      provider: 'foreign investors',
    });
    expect(committed.status).toBe('committed');
    expect(committed.amount.unit.currency).toBe('USD');
    const received = parseFundingSource({
      id: 'r',
      townId: 'b1',
      kind: 'foreign-capital',
      status: 'received',
      amount: { value: '850', unit: 'wan-usd' },
    });
    // 到位率 850 / 1665 = 51.05% (seed-claims B06)
    expect(received.amount.value.div(committed.amount.value).times(100).toFixed(2)).toBe('51.05');
    expect(fundingKindLabels['land-transfer-rebate'].zh).toBe('土地出让金返还');
    expect(fundingStatusLabels.received.zh).toBe('实到');
  });

  it('needs a project or a town', () => {
    const result = safeParseFundingSource({
      id: 'f',
      kind: 'bank-loan',
      status: 'planned',
      amount: '1亿元',
    });
    expect(issuesOf(result)).toEqual(['$.projectId missing_reference']);
    expect(
      safeParseFundingSource({
        id: 'f',
        projectId: 'p',
        kind: '融资',
        status: '计划',
        amount: '1亿元',
      }).success,
    ).toBe(true);
  });

  it('reports every issue with its path', () => {
    const result = safeParseFundingSource({
      id: 'f',
      townId: 't',
      kind: 'lottery',
      status: 'promised',
      amount: '300亩',
      period: 2011,
      provider: '',
    });
    expect(issuesOf(result)).toEqual([
      '$.kind invalid_value',
      '$.status invalid_value',
      '$.amount wrong_dimension',
      '$.period invalid_union',
      '$.provider too_small',
    ]);
    expect(() => parseFundingSource({})).toThrow(
      expect.objectContaining({ code: 'VALIDATION_ERROR' }),
    );
  });
});
