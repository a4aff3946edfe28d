import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Dataset, parseDataset } from '../models/dataset.js';
import { auditDataset, type DatasetAuditEntry } from './auditDataset.js';
import { sampleDataset } from './sample/sampleDataset.js';

interface SeedClaim {
  readonly id: string;
  readonly kind: string;
  readonly computed: { readonly value: string };
  readonly stated: { readonly value: string; readonly decimals: number } | null;
  readonly consistent_half_up: boolean | null;
  readonly range_over_input_rounding: readonly [string, string];
  readonly consistent_within_input_rounding: boolean | null;
}

const seed = JSON.parse(
  readFileSync(new URL('../../tests/fixtures/seed-claims.json', import.meta.url), 'utf8'),
) as { readonly claims: readonly SeedClaim[] };

/** The claims of the sample transcribed from seed-claims.json: sample id → seed id. */
const FROM_SEED: Readonly<Record<string, string>> = {
  'chengdu-social-capital-share': 'A01',
  'chengdu-mortgage-count': 'A08',
  'chengdu-mortgage-amount': 'A09',
  'b1-gross-output-sum': 'B02',
  'b1-gross-output-growth': 'B03',
};

const AUDITED_KINDS = ['share', 'sum', 'growth', 'aggregate_growth', 'multiple', 'pp_change'];

function audited(entry: DatasetAuditEntry | undefined) {
  if (entry === undefined || !entry.ok) throw new Error(`not audited: ${JSON.stringify(entry)}`);
  return entry.result;
}

function expectCode(fn: () => unknown, code: string): void {
  expect(fn).toThrow(expect.objectContaining({ code }));
}

describe('auditDataset on the sample dataset', () => {
  const entries = auditDataset(sampleDataset());
  const byClaim = new Map(entries.map((e) => [e.claimId, e]));

  it('audits every claim, in dataset order, and nothing fails', () => {
    expect(entries.map((e) => e.claimId)).toEqual(sampleDataset().claims.map((c) => c.id));
    expect(entries.every((e) => e.ok && e.subject === 'claim')).toBe(true);
    expect(entries.map((e) => e.path)).toEqual(entries.map((_, i) => `$.claims[${i}]`));
  });

  it("finds exactly the seeds' inconsistent figures (seed-claims A08 and DOMAIN.md)", () => {
    const inconsistent = entries.filter((e) => !audited(e).consistent);
    expect(inconsistent.map((e) => e.claimId)).toEqual([
      'chengdu-mortgage-count', // seed-claims A08: 2054笔 by the parts, stated 2024笔
      'jianshe-zones-investment', // DOMAIN.md: 22.362亿 against 22.32亿
      'jianshe-gross-output-growth', // DOMAIN.md: 27.447% against 27.5%
      'qsq-reclamation-area', // DOMAIN.md: 71.60亩 against 71.42亩
    ]);
    expect(inconsistent.map((e) => audited(e).computed.toFixed(3))).toEqual([
      '2054.000',
      '22.362',
      '27.447',
      '71.600',
    ]);
    // the seed's own list of inconsistent figures is covered
    const seedInconsistent = seed.claims
      .filter((c) => c.consistent_half_up === false)
      .map((c) => c.id);
    const found = inconsistent.flatMap((e) => FROM_SEED[e.claimId ?? ''] ?? []);
    expect(found).toEqual(seedInconsistent);
    // within the rounding of their inputs: only 建设镇's figures (A08 counts are exact)
    expect(inconsistent.map((e) => audited(e).withinInputRounding)).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it('agrees with every stated figure of seed-claims.json that the audits check', () => {
    const stated = seed.claims.filter((c) => AUDITED_KINDS.includes(c.kind) && c.stated !== null);
    expect(stated.map((c) => c.id).sort()).toEqual(Object.values(FROM_SEED).sort());
    for (const [claimId, seedId] of Object.entries(FROM_SEED)) {
      const reference = stated.find((c) => c.id === seedId);
      const result = audited(byClaim.get(claimId));
      expect(result.consistent, seedId).toBe(reference?.consistent_half_up);
      expect(result.withinInputRounding, seedId).toBe(reference?.consistent_within_input_rounding);
      expect(result.computed.toFixed(6), seedId).toBe(reference?.computed.value);
      expect(result.stated.toString(), seedId).toBe(reference?.stated?.value);
      expect(result.decimals, seedId).toBe(reference?.stated?.decimals);
      expect(
        result.range.map((x) => x.toFixed(6)),
        seedId,
      ).toEqual(reference?.range_over_input_rounding);
    }
  });

  it('finds the other stated totals consistent (seeds 002 第三篇: 23个, 9.614 → 9.6亿, 1.102亿, 19.33亿)', () => {
    const others = [
      'jianshe-zones-projects',
      'jianshe-zones-completed',
      'jianshe-water-investment',
      'jianshe-gross-output-sum',
    ].map((id) => audited(byClaim.get(id)));
    expect(others.map((r) => [r.consistent, r.computed.toString()])).toEqual([
      [true, '23'],
      [true, '9.614'],
      [true, '1.102'],
      [true, '19.33'],
    ]);
  });

  it('carries where each figure comes from', () => {
    const entry = byClaim.get('jianshe-zones-investment');
    expect(entry).toMatchObject({
      subject: 'claim',
      path: '$.claims[5]',
      townId: 'jianshe',
      kind: 'sum',
      period: '2011',
      name: '四个战区规划总投资',
      stated: '22.32亿元',
      document: 'jianshe-2011',
      quote: '实施在建、续建23个项目，规划总投资22.32亿元',
    });
    expect(entry && 'observationId' in entry).toBe(false);
    expect(Object.isFrozen(entries)).toBe(true);
    expect(Object.isFrozen(entry)).toBe(true);
  });

  it("audits one town's figures with townId", () => {
    const jianshe = auditDataset(sampleDataset(), { townId: 'jianshe' });
    expect(jianshe.length).toBe(6);
    expect(jianshe.every((e) => e.townId === 'jianshe')).toBe(true);
    expect(auditDataset(sampleDataset(), { townId: 'baita' })).toEqual([]);
  });

  it('throws INVALID_ARGUMENT for a town the dataset does not have, and for bad arguments', () => {
    expectCode(() => auditDataset(sampleDataset(), { townId: 'nowhere' }), 'INVALID_ARGUMENT');
    expect(() => auditDataset(sampleDataset(), { townId: 'nowhere' })).toThrow(
      'auditDataset: options.townId names no town of the dataset, got "nowhere"',
    );
    expectCode(
      () => auditDataset(sampleDataset(), { townId: 3 } as unknown as { townId: string }),
      'INVALID_ARGUMENT',
    );
    expectCode(
      () => auditDataset(sampleDataset(), null as unknown as { townId: string }),
      'INVALID_ARGUMENT',
    );
    // A dataset file's JSON is parsed on the way in; one that does not validate is VALIDATION_ERROR.
    expect(auditDataset({ schemaVersion: 1 } as unknown as Dataset)).toEqual([]);
    expectCode(() => auditDataset({ schemaVersion: 2 } as unknown as Dataset), 'VALIDATION_ERROR');
    expectCode(() => auditDataset(null as unknown as Dataset), 'INVALID_ARGUMENT');
  });
});

describe('auditDataset on observations', () => {
  const towns = [
    { id: 'liangnong', name: '梁弄镇' },
    { id: 'simen', name: '泗门镇' },
    { id: 'xx-city', name: 'XX市' },
  ];

  it('checks a stated growth against the same period of the previous year', () => {
    const dataset = parseDataset({
      schemaVersion: 1,
      towns,
      observations: [
        // seed-claims B21: 梁弄 三产 2.85亿 +29.5%, implied previous year 2.20亿
        { townId: 'liangnong', indicator: 'tertiary-output', period: '2010', value: '2.20亿元' },
        {
          id: 'ln',
          townId: 'liangnong',
          indicator: 'tertiary-output',
          period: '2011',
          value: '2.85亿元',
          growth: '29.5%',
          source: { document: 'yuyao', quote: '到2024年底三产总产值2.85亿元,比上年增长29.5' },
        },
        // seed-claims A05: 涉农贷款 940亿, 比年初增加134亿 → 年初 806亿, +16.63%
        { townId: 'xx-city', indicator: 'agricultural-loans', period: '2010-H2', value: '806亿元' },
        {
          townId: 'xx-city',
          indicator: 'agricultural-loans',
          period: '2011-H2',
          value: '940亿元',
          growth: '16.7%',
        },
        // rates as values: 45% → 49% is +8.888…%
        { townId: 'simen', indicator: 'urbanization-rate', period: '2010', value: '45%' },
        {
          townId: 'simen',
          indicator: 'urbanization-rate',
          period: '2011',
          value: '49%',
          growth: '8.9%',
        },
        // no previous observation: not audited
        { townId: 'simen', indicator: 'gdp', period: '2011', value: '100亿元', growth: '10%' },
      ],
    });
    const entries = auditDataset(dataset);
    expect(entries.map((e) => [e.path, e.stated, audited(e).consistent])).toEqual([
      ['$.observations[1].growth', '29.5%', true],
      ['$.observations[3].growth', '16.7%', false],
      ['$.observations[5].growth', '8.9%', true],
    ]);
    expect(audited(entries[0]).computed.toFixed(3)).toBe('29.545');
    expect(audited(entries[1]).computed.toFixed(2)).toBe('16.63'); // seed-claims A05
    expect(entries[0]).toMatchObject({
      subject: 'observation',
      observationId: 'ln',
      townId: 'liangnong',
      kind: 'growth',
      period: '2011',
      name: 'tertiary-output',
      document: 'yuyao',
      quote: '到2024年底三产总产值2.85亿元,比上年增长29.5',
    });
    expect(entries[1] && 'observationId' in entries[1]).toBe(false);
  });

  it('checks a stated multiple, and a growth, against the base period (seed-claims B15, B19)', () => {
    const dataset = parseDataset({
      schemaVersion: 1,
      towns,
      observations: [
        { townId: 'simen', indicator: 'built-up-area', period: '1996', value: '1.5平方公里' },
        // seed-claims B19: 1.5 → 10.3 平方公里 is ×6.87
        {
          townId: 'simen',
          indicator: 'built-up-area',
          period: '2011',
          value: '10.3平方公里',
          multiple: '6.87',
          growth: '586.7%',
          base: '1996',
        },
        // seed-claims B15: 155.3亿 is 5.1 times the 1996 output of 30.45亿
        {
          townId: 'simen',
          indicator: 'gross-output-industry-agriculture',
          period: '1996',
          value: '30.45亿元',
        },
        {
          townId: 'simen',
          indicator: 'gross-output-industry-agriculture',
          period: '2011',
          value: '155.3亿元',
          multiple: '5.1',
          base: '1996',
        },
      ],
    });
    const entries = auditDataset(dataset);
    expect(entries.map((e) => [e.path, e.kind, e.stated, audited(e).consistent])).toEqual([
      ['$.observations[1].growth', 'growth', '586.7%', true],
      ['$.observations[1].multiple', 'multiple', '6.87倍', true],
      ['$.observations[3].multiple', 'multiple', '5.1倍', true],
    ]);
    expect(audited(entries[1]).computed.toFixed(6)).toBe('6.866667');
  });

  it('compares with the best known previous figure: actual before estimated (the one comparison rule)', () => {
    const base = { townId: 'xx-city', indicator: 'agricultural-loans' } as const;
    const previousActual = { ...base, period: '2010', value: '806亿元' };
    const current = { ...base, period: '2011', value: '940亿元', status: '预计', growth: '16.6%' };
    const withActual = auditDataset(
      parseDataset({ schemaVersion: 1, towns, observations: [previousActual, current] }),
    );
    expect(audited(withActual[0]).consistent).toBe(true);
    const withEstimate = auditDataset(
      parseDataset({
        schemaVersion: 1,
        towns,
        observations: [
          previousActual,
          { ...previousActual, status: 'estimated', value: '800亿元' },
          current,
        ],
      }),
    );
    // 940 / 806 − 1 = 16.63%: the 2010 actual supersedes the 2010 estimate of 800.
    expect(audited(withEstimate[0]).computed.toFixed(2)).toBe('16.63');
    const onlyEstimate = auditDataset(
      parseDataset({
        schemaVersion: 1,
        towns,
        observations: [{ ...previousActual, status: 'estimated', value: '800亿元' }, current],
      }),
    );
    expect(audited(onlyEstimate[0]).computed.toFixed(2)).toBe('17.50'); // 940 / 800 − 1
  });

  it('skips a growth at comparable prices over levels at current prices (NBS)', () => {
    const dataset = parseDataset({
      schemaVersion: 1,
      towns,
      observations: [
        { townId: 'simen', indicator: 'gdp', period: '2010', value: '90亿元' },
        {
          townId: 'simen',
          indicator: 'gdp',
          period: '2011',
          value: '100亿元',
          growth: '8%',
          growthBasis: '可比价',
        },
        { townId: 'simen', indicator: 'fiscal-revenue', period: '2010', value: '4亿元' },
        {
          townId: 'simen',
          indicator: 'fiscal-revenue',
          period: '2011',
          value: '4.22亿元',
          growth: '5.5%',
          growthBasis: 'current',
        },
      ],
    });
    expect(auditDataset(dataset).map((e) => e.path)).toEqual(['$.observations[3].growth']);
  });

  it('reports a figure it cannot audit as an entry with the error, and goes on', () => {
    const dataset = parseDataset({
      schemaVersion: 1,
      towns,
      observations: [
        { townId: 'simen', indicator: 'export-earnings', period: '2010', value: '8000万元' },
        {
          townId: 'simen',
          indicator: 'export-earnings',
          period: '2011',
          value: '12570万美元',
          growth: '10%',
        },
        { townId: 'simen', indicator: 'tax-revenue', period: '2010', value: '0万元' },
        { townId: 'simen', indicator: 'tax-revenue', period: '2011', value: '2万元', growth: '5%' },
        { townId: 'simen', indicator: 'gdp', period: '2010', value: '90亿元' },
        { townId: 'simen', indicator: 'gdp', period: '2011', value: '99亿元', growth: '10%' },
      ],
    });
    const entries = auditDataset(dataset);
    expect(entries.map((e) => (e.ok ? 'ok' : e.error.code))).toEqual([
      'UNIT_MISMATCH',
      // A previous value of zero is a zero denominator (DESIGN §2).
      'DIVISION_BY_ZERO',
      'ok',
    ]);
    const [mismatch] = entries;
    expect(mismatch?.ok === false && mismatch.error.message).toBe(
      'auditGrowth: current is in 万美元, which cannot be combined with 万元',
    );
  });

  it('parses a dataset that is not parsed: a claim that cannot be audited or a malformed one is VALIDATION_ERROR', () => {
    const dataset = sampleDataset();
    const [first] = dataset.claims;
    if (first?.kind !== 'share') throw new Error('sample changed');
    const broken = {
      ...dataset,
      claims: [{ ...first, inputs: { ...first.inputs, whole: { text: '0亿元' } } }],
    } as Dataset;
    expectCode(() => auditDataset(broken), 'VALIDATION_ERROR');
    expect(() => auditDataset(broken)).toThrow(/auditDataset: .*\$\.claims\[0\]\.inputs\.whole/);
    const malformed = { ...dataset, claims: [{ ...first, inputs: {} }] } as unknown as Dataset;
    expectCode(() => auditDataset(malformed), 'VALIDATION_ERROR');
  });
});
