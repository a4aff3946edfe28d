import { describe, expect, it } from 'vitest';
import { type Claim, ClaimSchema, parseClaim, runClaimAudit, safeParseClaim } from './claim.js';
import { parseDataset, safeParseDataset } from './dataset.js';
import { getValidationIssues, type SafeParseResult } from './issues.js';

function issuesOf(result: SafeParseResult<unknown>): string[] {
  return result.success
    ? []
    : getValidationIssues(result.error).map((issue) => `${issue.path} ${issue.code}`);
}

const source = { document: 'jianshe-2011', quote: '规划总投资22.32亿元' };

// seeds 002 第三篇 (建设镇): four zones of 3.41 + 10.3 + 7.55 + 1.102 = 22.362亿元, stated 22.32亿元
const zones = {
  id: 'jianshe-zones',
  townId: 'jianshe',
  kind: 'sum',
  period: '2011',
  name: '四个战区规划总投资',
  stated: '22.32亿元',
  inputs: {
    parts: [
      { text: '3.41亿元', name: '基础设施战区', projectId: 'infra' },
      '10.3亿元',
      '7.55亿元',
      '1.102亿元',
    ],
  },
  source,
};

describe('parseClaim', () => {
  it('keeps the stated figure and the inputs as printed (DOMAIN.md: 22.362 against 22.32)', () => {
    const claim = parseClaim(zones);
    expect(claim.kind).toBe('sum');
    if (claim.kind !== 'sum') throw new Error('kind');
    expect(claim.stated).toBe('22.32亿元');
    expect(claim.inputs.parts.map((part) => part.text)).toEqual([
      '3.41亿元',
      '10.3亿元',
      '7.55亿元',
      '1.102亿元',
    ]);
    expect(claim.inputs.parts[0]).toEqual({
      text: '3.41亿元',
      name: '基础设施战区',
      projectId: 'infra',
    });
    const result = runClaimAudit(claim);
    expect([result.consistent, result.computed.toString(), result.withinInputRounding]).toEqual([
      false,
      '22.362',
      true,
    ]);
  });

  it('keeps trailing zeros, which carry the precision (seed-claims A04: 28.20万亩)', () => {
    const claim = parseClaim({
      id: 'c',
      townId: 'xx-city',
      kind: 'sum',
      stated: '28.20万亩',
      inputs: { parts: ['21.28万亩', '6.92万亩'] },
      source: { document: 'chengdu' },
    });
    expect(claim.stated).toBe('28.20万亩');
    const result = runClaimAudit(claim);
    expect([result.decimals, result.consistent]).toEqual([2, true]);
    // the same figure without its zero is printed to one decimal only
    expect(runClaimAudit({ ...claim, stated: '28.2万亩' }).decimals).toBe(1);
  });

  it('reads every kind with the inputs of its audit (seed-claims A01, A19, B03, B19, B20)', () => {
    const base = { townId: 't', source: { document: 'd' } };
    const claims: Claim[] = [
      // seed-claims A01: 40.3 / 60.3 = 66.83% → '66.8%'
      parseClaim({
        ...base,
        id: 'a01',
        kind: 'share',
        stated: '66.8%',
        inputs: { part: '40.3亿元', whole: '60.3亿元' },
      }),
      // seed-claims B20: 梁弄 建成区 3 → 5 平方公里 = +66.7%
      parseClaim({
        ...base,
        id: 'b20',
        kind: 'growth',
        stated: '66.7%',
        inputs: { previous: '3平方公里', current: '5平方公里' },
      }),
      // seed-claims B03: 160亿 +9.5%, 4.8亿 +5% → 9.36% → '9%'
      parseClaim({
        ...base,
        id: 'b03',
        kind: 'aggregate-growth',
        stated: '9%',
        inputs: {
          components: [
            { current: '160亿元', growth: '9.5%' },
            { current: '4.8亿元', growth: '5%' },
          ],
          total: '164.8亿元',
        },
      }),
      // seed-claims B19: 泗门 建成区 1.5 → 10.3 平方公里 = ×6.87
      parseClaim({
        ...base,
        id: 'b19',
        kind: 'multiple',
        stated: '6.87倍',
        inputs: { base: '1.5平方公里', current: '10.3平方公里' },
      }),
      // seed-claims A19: 自来水普及率由58.4%提高到65% = 6.6个百分点
      parseClaim({
        ...base,
        id: 'a19',
        kind: 'point-change',
        stated: '6.6个百分点',
        inputs: { from: '58.4%', to: '65%' },
      }),
    ];
    const results = claims.map(runClaimAudit);
    expect(results.map((r) => r.kind)).toEqual([
      'share',
      'growth',
      'aggregate-growth',
      'multiple',
      'point-change',
    ]);
    expect(results.map((r) => r.computed.toFixed(6))).toEqual([
      '66.832504', // seed-claims A01 computed
      '66.666667', // seed-claims B20: +66.7%
      '9.363485', // seed-claims B03 computed
      '6.866667', // seed-claims B19: ×6.87
      '6.600000', // seed-claims A19: +6.6 pp
    ]);
    expect(results.every((r) => r.consistent)).toBe(true);
  });

  it('passes exactInputs to the audit (seed-claims A08: 1514 + 54 + 262 + 224 = 2054笔, stated 2024笔)', () => {
    const a08 = {
      id: 'a08',
      townId: 'xx-city',
      kind: 'sum',
      stated: '2024笔',
      inputs: { parts: ['1514笔', '54笔', '262笔', '224笔'] },
      source: { document: 'chengdu' },
    };
    const exact = runClaimAudit(parseClaim({ ...a08, exactInputs: true }));
    expect([exact.consistent, exact.computed.toString(), exact.range.map(String)]).toEqual([
      false,
      '2054',
      ['2054', '2054'],
    ]);
    // printed counts are read to ±0.5 each: 2052–2056
    expect(runClaimAudit(parseClaim(a08)).range.map(String)).toEqual(['2052', '2056']);
  });

  it('round-trips through JSON, writing a bare figure as its text', () => {
    const claim = parseClaim(zones);
    const json = JSON.stringify(claim);
    expect(JSON.parse(json).inputs.parts).toEqual([
      { text: '3.41亿元', name: '基础设施战区', projectId: 'infra' },
      '10.3亿元',
      '7.55亿元',
      '1.102亿元',
    ]);
    const again = parseClaim(JSON.parse(json));
    expect(again).toEqual(claim);
    expect(JSON.stringify(again)).toBe(json);
    // the parsed claim is itself valid input
    expect(parseClaim(claim)).toEqual(claim);
    expect(Object.isFrozen(claim)).toBe(true);
    expect(claim.kind === 'sum' && Object.isFrozen(claim.inputs.parts[1])).toBe(true);
  });

  it('canonicalises the period', () => {
    expect(parseClaim({ ...zones, period: ' 2011h1 ' }).period).toBe('2011-H1');
  });

  it('reports figures its audit cannot read, with the path of the figure', () => {
    const base = { id: 'c', townId: 't', source: { document: 'd' } };
    expect(
      issuesOf(
        safeParseClaim({
          ...base,
          kind: 'share',
          stated: '66.8%',
          inputs: { part: '40.3亿元', whole: '1200亩' },
        }),
      ),
    ).toEqual(['$.inputs.whole wrong_dimension']);
    expect(
      issuesOf(
        safeParseClaim({ ...base, kind: 'sum', stated: '3担', inputs: { parts: ['1亩', '2亩'] } }),
      ),
    ).toEqual(['$.stated unknown_unit']);
    expect(
      issuesOf(
        safeParseClaim({ ...base, kind: 'sum', stated: '3', inputs: { parts: ['1', '2担'] } }),
      ),
    ).toEqual(['$.inputs.parts[1] unknown_unit']);
    expect(
      issuesOf(
        safeParseClaim({
          ...base,
          kind: 'share',
          stated: 'two thirds',
          inputs: { part: '2', whole: '3' },
        }),
      ),
    ).toEqual(['$.stated invalid_number']);
    expect(
      issuesOf(
        safeParseClaim({
          ...base,
          kind: 'growth',
          stated: '5%',
          inputs: { previous: '0亿元', current: '2亿元' },
        }),
      ),
    ).toEqual(['$.inputs.previous invalid_range']);
    expect(
      issuesOf(
        safeParseClaim({
          ...base,
          kind: 'aggregate-growth',
          stated: '5%',
          inputs: { components: [{ current: '1亿元', growth: 'fast' }] },
        }),
      ),
    ).toEqual(['$.inputs.components[0].growth invalid_number']);
    const result = safeParseClaim({
      ...base,
      kind: 'share',
      stated: '66.8%',
      inputs: { part: '40.3亿元', whole: '1200亩' },
    });
    expect(!result.success && getValidationIssues(result.error)[0]?.message).toBe(
      'the claim cannot be audited: auditShare: whole is in 亩, which cannot be combined with 亿元',
    );
  });

  it('reports the shape of each kind, and nothing more once the shape is wrong', () => {
    const base = { id: 'c', townId: 't', source: { document: 'd' } };
    expect(
      issuesOf(safeParseClaim({ ...base, kind: 'sum', stated: '3', inputs: { parts: [] } })),
    ).toEqual(['$.inputs.parts too_small']);
    expect(
      issuesOf(
        safeParseClaim({ ...base, kind: 'share', stated: '3%', inputs: { parts: ['1', '2'] } }),
      ),
    ).toEqual([
      '$.inputs.part invalid_union',
      '$.inputs.whole invalid_union',
      '$.inputs.parts unrecognized_keys',
    ]);
    expect(issuesOf(safeParseClaim({ ...base, kind: 'ratio', stated: '3', inputs: {} }))).toEqual([
      '$.kind invalid_union',
    ]);
    expect(
      issuesOf(
        safeParseClaim({
          id: ' c',
          townId: 't',
          kind: 'point-change',
          stated: ' ',
          inputs: { from: { text: '58.4%', observationId: '' }, to: '65%' },
          extra: 1,
        }),
      ),
    ).toEqual([
      '$.id invalid_format',
      '$.stated invalid_format',
      '$.source invalid_type',
      '$.inputs.from.observationId invalid_format',
      '$.extra unrecognized_keys',
    ]);
    expect(() => parseClaim({ ...base, kind: 'sum', stated: '3', inputs: { parts: [] } })).toThrow(
      expect.objectContaining({ code: 'VALIDATION_ERROR' }),
    );
  });

  it('is the schema of a dataset claim', () => {
    expect(ClaimSchema.safeParse(zones).success).toBe(true);
  });
});

describe('claims in a dataset', () => {
  const towns = [{ id: 'jianshe', name: '建设镇' }];
  const projects = [{ id: 'infra', townId: 'jianshe', name: '基础设施战区' }];

  it('parses claims and round-trips them with the dataset', () => {
    const dataset = parseDataset({ schemaVersion: 1, towns, projects, claims: [zones] });
    expect(dataset.claims.map((c) => c.id)).toEqual(['jianshe-zones']);
    const again = parseDataset(JSON.parse(JSON.stringify(dataset)));
    expect(JSON.stringify(again)).toBe(JSON.stringify(dataset));
    expect(again.claims).toEqual(dataset.claims);
  });

  it('reports duplicate claim ids and references to unknown towns and entities', () => {
    const result = safeParseDataset({
      schemaVersion: 1,
      sources: [{ id: 'jianshe-2011', title: '建设镇小城镇改革发展战役工作总结' }],
      towns,
      projects,
      observations: [
        { id: 'o', townId: 'jianshe', indicator: 'gdp', period: '2011', value: '1亿元' },
      ],
      claims: [
        zones,
        { ...zones, townId: 'nowhere' },
        {
          id: 'refs',
          townId: 'jianshe',
          kind: 'aggregate-growth',
          stated: '27.5%',
          inputs: {
            components: [
              { current: { text: '1.88亿元', observationId: 'o' }, growth: '7.8%' },
              { current: { text: '17.45亿元', observationId: 'missing' }, growth: '30%' },
            ],
            total: { text: '19.33亿元', projectId: 'p?', fundingSourceId: 'f?', landQuotaId: 'q?' },
          },
          source: { document: 'elsewhere' },
        },
      ],
    });
    expect(issuesOf(result)).toEqual([
      '$.claims[1].id duplicate_id',
      '$.claims[1].townId unknown_reference',
      '$.claims[2].inputs.components[1].current.observationId unknown_reference',
      '$.claims[2].inputs.total.projectId unknown_reference',
      '$.claims[2].inputs.total.fundingSourceId unknown_reference',
      '$.claims[2].inputs.total.landQuotaId unknown_reference',
      '$.claims[2].source.document unknown_reference',
    ]);
    expect(!result.success && getValidationIssues(result.error)[2]?.message).toBe(
      'unknown observation "missing": no observation has this id',
    );
  });

  it('cross-checks the references even when a claim is invalid', () => {
    const result = safeParseDataset({
      schemaVersion: 1,
      towns,
      claims: [
        {
          id: 'bad',
          townId: 'jianshe',
          kind: 'sum',
          stated: 3,
          inputs: { parts: [{ text: '1亩', projectId: 'none' }] },
          source: { document: 'd' },
        },
      ],
    });
    expect(issuesOf(result)).toEqual([
      '$.claims[0].stated invalid_type',
      '$.claims[0].inputs.parts[0].projectId unknown_reference',
    ]);
  });
});
