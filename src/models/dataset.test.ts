import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Decimal, isDecimal } from '../numbers/decimal.js';
import { isQuantity, type Quantity } from '../units/quantity.js';
import { type Dataset, parseDataset, safeParseDataset } from './dataset.js';
import { getIndicator } from './indicators.js';
import { getValidationIssues, type SafeParseResult } from './issues.js';

/** The seed reports transcribed as a dataset file (shared/seeds, see the sources in the file). */
function seedFile(): Record<string, unknown> {
  const url = new URL('../../examples/data/sample-dataset.json', import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
}

function issuesOf(result: SafeParseResult<unknown>): string[] {
  return result.success
    ? []
    : getValidationIssues(result.error).map((issue) => `${issue.path} ${issue.code}`);
}

/** Deep equality that compares Quantities with `.equals` and Decimals with `.eq`. */
function sameModel(a: unknown, b: unknown): boolean {
  if (isQuantity(a) || isQuantity(b)) return isQuantity(a) && isQuantity(b) && a.equals(b);
  if (isDecimal(a) || isDecimal(b)) return isDecimal(a) && isDecimal(b) && a.eq(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, index) => sameModel(item, b[index]))
    );
  }
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => key in b && sameModel(a[key as keyof typeof a], b[key as keyof typeof b]))
    );
  }
  return Object.is(a, b);
}

function sum(quantities: readonly (Quantity | undefined)[], unit: string): Decimal {
  return quantities.reduce((total, q) => total.plus(q?.to(unit) ?? 0), new Decimal(0));
}

describe('the seed dataset', () => {
  const dataset: Dataset = parseDataset(seedFile());
  const project = (id: string) => dataset.projects.find((p) => p.id === id);

  it('parses every collection', () => {
    expect(dataset.towns.length).toBe(13);
    expect(dataset.projects.length).toBe(35);
    expect(dataset.fundingSources.length).toBe(15);
    expect(dataset.landQuotas.length).toBe(14);
    expect(dataset.observations.length).toBe(64);
    expect(dataset.claims.length).toBe(12);
  });

  it("keeps 建设镇's four zones, whose totals sum to 22.362亿 against the stated 22.32亿 (DOMAIN.md)", () => {
    const zones = dataset.projects.filter((p) => p.parentId === 'jianshe-battle');
    expect(zones.map((z) => z.category)).toEqual([
      'infrastructure',
      'industry',
      'urban-construction',
      'water',
    ]);
    expect(zones.map((z) => z.projectCount)).toEqual([6, 7, 7, 3]);
    expect(
      sum(
        zones.map((z) => z.totalInvestment),
        '亿元',
      ).toString(),
    ).toBe('22.362');
    expect(project('jianshe-battle')?.totalInvestment?.to('亿元').toString()).toBe('22.32');
    // completed this year: 1.5 + 2.98 + 4.72 + 0.414 = 9.614 against the stated 9.6
    const completed = zones.map((z) => z.plans.find((plan) => plan.period === '2011')?.completed);
    expect(sum(completed, '亿元').toString()).toBe('9.614');
  });

  it("sums 建设镇's water projects to their zone total (1.06亿 + 120万 + 300万 = 1.102亿)", () => {
    const water = dataset.projects.filter((p) => p.parentId === 'jianshe-water');
    expect(
      sum(
        water.map((p) => p.totalInvestment),
        '亿元',
      ).toString(),
    ).toBe('1.102');
    expect(project('jianshe-water')?.totalInvestment?.to('亿元').toString()).toBe('1.102');
  });

  it("keeps 白塔's land quotas: 116.7 公顷 available against 283.4 公顷 needed (DOMAIN.md)", () => {
    const baita = dataset.landQuotas.filter((q) => q.townId === 'baita' && q.partOf === undefined);
    const available = baita.find((q) => q.side === 'available');
    const demand = baita.find((q) => q.side === 'demand');
    expect(available?.area.to('亩').toString()).toBe('1750.5');
    expect(demand?.area.to('亩').toString()).toBe('4251');
    expect(available?.period).toBe('2011-01-01/2015-12-31');
  });

  it("finds 青山泉's parcels summing to 71.60亩 against the stated 71.42亩 (DOMAIN.md)", () => {
    const parcels = dataset.landQuotas.filter((q) => q.partOf === 'qsq-reclamation');
    expect(parcels.length).toBe(4);
    expect(
      sum(
        parcels.map((q) => q.area),
        '亩',
      ).toFixed(2),
    ).toBe('71.60');
  });

  it("keeps 成都's funding: social capital 40.3 of 60.3亿元 is the stated 66.8% (seed-claims A01)", () => {
    const social = dataset.fundingSources.find(
      (f) => f.kind === 'social-capital' && f.townId === 'xx-city',
    );
    const completed = dataset.observations.find(
      (o) => o.townId === 'xx-city' && o.indicator === 'completed-investment',
    );
    const stated = dataset.observations.find(
      (o) => o.indicator === 'renovation-social-capital-share',
    );
    expect(social?.status).toBe('received');
    expect(completed?.value.kind).toBe('quantity');
    if (
      completed?.value.kind !== 'quantity' ||
      stated?.value.kind !== 'rate' ||
      social === undefined
    ) {
      throw new Error('fixture changed');
    }
    const share = social.amount.to('亿元').div(completed.value.quantity.to('亿元'));
    expect(share.toDecimalPlaces(3, Decimal.ROUND_HALF_UP).eq(stated.value.rate)).toBe(true);
    const custom = getIndicator('renovation-social-capital-share', { custom: dataset.indicators });
    expect(custom?.dimension).toBe('rate');
  });

  it('keeps estimated figures and their growth (seed-claims B02: 160 + 4.8 = 164.8亿元)', () => {
    const b1 = dataset.observations.filter((o) => o.townId === 'b1' && o.period === '2011');
    const value = (code: string) => {
      const o = b1.find((x) => x.indicator === code);
      return o?.value.kind === 'quantity' ? o.value.quantity : undefined;
    };
    const parts = sum([value('industrial-output'), value('agricultural-output')], '亿元');
    expect(parts.eq(value('gross-output-industry-agriculture')?.to('亿元') ?? 0)).toBe(true);
    expect(b1.find((o) => o.indicator === 'fiscal-revenue')?.status).toBe('estimated');
  });

  it('round-trips through JSON losslessly', () => {
    const json = JSON.stringify(dataset);
    const again = parseDataset(JSON.parse(json));
    expect(sameModel(again, dataset)).toBe(true);
    // claims keep their texts as printed (建设镇: 1.102亿元 has 3 decimals)
    expect(again.claims.map((c) => c.stated)).toEqual(dataset.claims.map((c) => c.stated));
    expect(json).toContain('"1.102亿元"');
    expect(JSON.stringify(again)).toBe(json);
    // parsing the parsed dataset itself gives the same dataset
    expect(sameModel(parseDataset(dataset), dataset)).toBe(true);
  });

  it('freezes the parsed dataset', () => {
    expect(Object.isFrozen(dataset)).toBe(true);
    expect(Object.isFrozen(dataset.observations)).toBe(true);
    expect(Object.isFrozen(dataset.observations[0])).toBe(true);
  });
});

describe('the cross-checks of parseDataset', () => {
  it('reports duplicate ids in every collection, and standard codes declared again', () => {
    const result = safeParseDataset({
      schemaVersion: 1,
      sources: [
        { id: 's', title: 'a' },
        { id: 's', title: 'b' },
      ],
      indicators: [
        { code: 'x', nameZh: '甲', nameEn: 'X', dimension: 'number' },
        { code: 'x', nameZh: '乙', nameEn: 'X2', dimension: 'number' },
        { code: 'gdp', nameZh: '地区生产总值', nameEn: 'GDP', dimension: 'money' },
      ],
      towns: [
        { id: 't', name: 'a' },
        { id: 't', name: 'b' },
      ],
      projects: [
        { id: 'p', townId: 't', name: 'a' },
        { id: 'p', townId: 't', name: 'b' },
      ],
      fundingSources: [
        { id: 'f', townId: 't', kind: 'other', status: 'planned', amount: '1元' },
        { id: 'f', townId: 't', kind: 'other', status: 'planned', amount: '2元' },
      ],
      landQuotas: [
        { id: 'q', townId: 't', kind: 'offset', area: '1亩' },
        { id: 'q', townId: 't', kind: 'offset', area: '2亩' },
      ],
      observations: [
        { id: 'o', townId: 't', indicator: 'gdp', period: '2011', value: '1亿元' },
        { id: 'o', townId: 't', indicator: 'gdp', period: '2012', value: '1亿元' },
      ],
      claims: [
        {
          id: 'c',
          townId: 't',
          kind: 'sum',
          stated: '2亩',
          inputs: { parts: ['1亩', '1亩'] },
          source: { document: 's' },
        },
        {
          id: 'c',
          townId: 't',
          kind: 'sum',
          stated: '3亩',
          inputs: { parts: ['1亩', '2亩'] },
          source: { document: 's' },
        },
      ],
    });
    expect(issuesOf(result)).toEqual([
      '$.towns[1].id duplicate_id',
      '$.projects[1].id duplicate_id',
      '$.fundingSources[1].id duplicate_id',
      '$.landQuotas[1].id duplicate_id',
      '$.indicators[2].code duplicate_id',
      '$.indicators[1].code duplicate_id',
      '$.observations[1].id duplicate_id',
      '$.claims[1].id duplicate_id',
      '$.sources[1].id duplicate_id',
    ]);
    expect(!result.success && getValidationIssues(result.error)[0]?.message).toBe(
      'duplicate id "t" (first at $.towns[0])',
    );
  });

  it('reports references to unknown towns, projects, quotas and sources', () => {
    const result = safeParseDataset({
      schemaVersion: 1,
      sources: [{ id: 's', title: 'a' }],
      towns: [{ id: 't', name: 'a', parentId: 'nowhere', source: { document: 's' } }],
      projects: [
        { id: 'p', townId: 'x', name: 'a', parentId: 'nothing', source: { document: 'doc' } },
      ],
      fundingSources: [
        { id: 'f', townId: 'y', projectId: 'np', kind: 'other', status: 'planned', amount: '1元' },
      ],
      landQuotas: [
        { id: 'q', townId: 'z', kind: 'offset', area: '1亩', projectId: 'np', partOf: 'nq' },
      ],
      observations: [
        {
          townId: 'w',
          indicator: 'gdp',
          period: '2011',
          value: '1亿元',
          source: { document: 'd' },
        },
      ],
      claims: [
        {
          id: 'c',
          townId: 'v',
          kind: 'share',
          stated: '50%',
          inputs: { part: { text: '1亿元', fundingSourceId: 'nf' }, whole: '2亿元' },
          source: { document: 'e' },
        },
      ],
    });
    expect(issuesOf(result)).toEqual([
      '$.towns[0].parentId unknown_reference',
      '$.projects[0].townId unknown_reference',
      '$.projects[0].parentId unknown_reference',
      '$.fundingSources[0].townId unknown_reference',
      '$.fundingSources[0].projectId unknown_reference',
      '$.landQuotas[0].townId unknown_reference',
      '$.landQuotas[0].projectId unknown_reference',
      '$.landQuotas[0].partOf unknown_reference',
      '$.observations[0].townId unknown_reference',
      '$.claims[0].townId unknown_reference',
      '$.claims[0].inputs.part.fundingSourceId unknown_reference',
      '$.projects[0].source.document unknown_reference',
      '$.observations[0].source.document unknown_reference',
      '$.claims[0].source.document unknown_reference',
    ]);
    expect(!result.success && getValidationIssues(result.error)[0]?.message).toBe(
      'unknown town "nowhere": no town has this id',
    );
  });

  it('leaves source.document free when the dataset declares no sources', () => {
    const result = safeParseDataset({
      schemaVersion: 1,
      towns: [{ id: 't', name: 'a', source: { document: '白塔镇交流材料' } }],
    });
    expect(result.success).toBe(true);
  });

  it('reports references that disagree on the town', () => {
    const result = safeParseDataset({
      schemaVersion: 1,
      towns: [
        { id: 'a', name: 'a' },
        { id: 'b', name: 'b' },
      ],
      projects: [
        { id: 'pa', townId: 'a', name: 'x' },
        { id: 'pb', townId: 'b', name: 'y', parentId: 'pa' },
      ],
      fundingSources: [
        { id: 'f', townId: 'b', projectId: 'pa', kind: 'other', status: 'planned', amount: '1元' },
        { id: 'g', projectId: 'pa', kind: 'other', status: 'planned', amount: '1元' },
      ],
      landQuotas: [
        { id: 'qa', townId: 'a', kind: 'construction', area: '10公顷' },
        {
          id: 'qb',
          townId: 'b',
          kind: 'construction',
          area: '1公顷',
          partOf: 'qa',
          projectId: 'pa',
        },
      ],
    });
    expect(issuesOf(result)).toEqual([
      '$.projects[1].parentId inconsistent_reference',
      '$.fundingSources[0].projectId inconsistent_reference',
      '$.landQuotas[1].projectId inconsistent_reference',
      '$.landQuotas[1].partOf inconsistent_reference',
    ]);
    expect(!result.success && getValidationIssues(result.error)[1]?.message).toBe(
      'project "pa" belongs to town "a", not to "b"',
    );
  });

  it('reports parent loops of towns, projects and quotas', () => {
    const result = safeParseDataset({
      schemaVersion: 1,
      towns: [
        { id: 'a', name: 'a', parentId: 'a' },
        { id: 'b', name: 'b' },
      ],
      projects: [
        { id: 'p1', townId: 'b', name: 'x', parentId: 'p2' },
        { id: 'p2', townId: 'b', name: 'y', parentId: 'p3' },
        { id: 'p3', townId: 'b', name: 'z', parentId: 'p1' },
        { id: 'p4', townId: 'b', name: 'w', parentId: 'p1' },
      ],
      landQuotas: [
        { id: 'q1', townId: 'b', kind: 'offset', area: '1亩', partOf: 'q2' },
        { id: 'q2', townId: 'b', kind: 'offset', area: '1亩', partOf: 'q1' },
      ],
    });
    expect(issuesOf(result)).toEqual([
      '$.towns[0].parentId reference_cycle',
      '$.projects[0].parentId reference_cycle',
      '$.projects[1].parentId reference_cycle',
      '$.projects[2].parentId reference_cycle',
      '$.landQuotas[0].partOf reference_cycle',
      '$.landQuotas[1].partOf reference_cycle',
    ]);
    expect(!result.success && getValidationIssues(result.error)[1]?.message).toBe(
      'parentId references loop: p1 → p2 → p3 → p1',
    );
  });

  it('reports unknown indicators and values that do not fit a declared indicator', () => {
    const result = safeParseDataset({
      schemaVersion: 1,
      indicators: [
        { code: 'loans', nameZh: '贷款', nameEn: 'Loans', dimension: 'money', defaultUnit: '亿元' },
        { code: 'share', nameZh: '占比', nameEn: 'Share', dimension: 'rate', defaultUnit: '%' },
      ],
      towns: [{ id: 't', name: 'a' }],
      observations: [
        { townId: 't', indicator: 'loans', period: '2011', value: '940亿元', increment: '134亿元' },
        { townId: 't', indicator: 'loans', period: '2012', value: '72%', increment: '5亩' },
        { townId: 't', indicator: 'share', period: '2011', value: '72' },
        { townId: 't', indicator: 'mystery', period: '2011', value: '1' },
      ],
    });
    expect(issuesOf(result)).toEqual([
      '$.observations[1].value dimension_mismatch',
      '$.observations[1].increment dimension_mismatch',
      '$.observations[2].value dimension_mismatch',
      '$.observations[3].indicator unknown_indicator',
    ]);
  });

  it('checks the default unit of declared indicators', () => {
    const result = safeParseDataset({
      schemaVersion: 1,
      indicators: [
        { code: 'a', nameZh: '甲', nameEn: 'A', dimension: 'money', defaultUnit: '亩' },
        { code: 'b', nameZh: '乙', nameEn: 'B', dimension: 'area', defaultUnit: 'acre' },
        { code: 'c', nameZh: '丙', nameEn: 'C', dimension: 'rate', defaultUnit: '亿元' },
        { code: 'd', nameZh: '丁', nameEn: 'D', dimension: 'number', defaultUnit: '倍' },
        { code: 'e', nameZh: '戊', nameEn: 'E', dimension: 'speed' },
      ],
    });
    expect(issuesOf(result)).toEqual([
      '$.indicators[0].defaultUnit wrong_dimension',
      '$.indicators[1].defaultUnit unknown_unit',
      '$.indicators[2].defaultUnit wrong_dimension',
      '$.indicators[4].dimension invalid_value',
    ]);
  });

  it('reports two observations of the same town, indicator, period, status and basis', () => {
    const base = { townId: 't', indicator: 'fiscal-revenue', period: '2011', value: '4.7亿元' };
    const result = safeParseDataset({
      schemaVersion: 1,
      towns: [{ id: 't', name: 'a' }],
      observations: [
        base,
        { ...base, status: 'estimated' }, // another status: not a duplicate
        { ...base, basis: 'comparable' }, // another price basis: not a duplicate
        { ...base, period: '2011-H1' }, // another period: not a duplicate
        { ...base, value: '4.8亿元', status: '实际' }, // the same key as the first
        { ...base, period: ' 2011 ', status: 'actual' }, // the same key, once canonical
      ],
    });
    expect(issuesOf(result)).toEqual([
      '$.observations[4] duplicate_observation',
      '$.observations[5] duplicate_observation',
    ]);
    expect(!result.success && getValidationIssues(result.error)[0]?.message).toBe(
      'a second observation of town "t", indicator "fiscal-revenue", period 2011, status actual (first at $.observations[0])',
    );
  });

  it('reports entity issues and cross-check issues together, every one', () => {
    const result = safeParseDataset({
      schemaVersion: 2,
      extra: true,
      towns: [{ id: 't', name: 'a', villages: 1.5 }],
      observations: [
        { townId: 'x', indicator: 'gdp', period: '2011', value: 'lots' },
        { townId: 't', indicator: 'gdp', period: '2011-13', value: '1亿元' },
        'not an observation',
      ],
    });
    expect(issuesOf(result)).toEqual([
      '$.schemaVersion invalid_value',
      '$.towns[0].villages not_multiple_of',
      '$.observations[0].value invalid_quantity',
      '$.observations[1].period invalid_period',
      '$.observations[2] invalid_type',
      '$.extra unrecognized_keys',
      '$.observations[0].townId unknown_reference',
    ]);
  });

  it('accepts a $schema key and defaults every collection', () => {
    const dataset = parseDataset({ $schema: './dataset.schema.json', schemaVersion: 1 });
    expect(dataset).toEqual({
      $schema: './dataset.schema.json',
      schemaVersion: 1,
      sources: [],
      indicators: [],
      towns: [],
      projects: [],
      fundingSources: [],
      landQuotas: [],
      observations: [],
      claims: [],
    });
  });

  it('throws VALIDATION_ERROR from parseDataset, and refuses non-objects', () => {
    expect(() => parseDataset({ schemaVersion: 1, towns: [{ id: 'a' }] })).toThrow(
      expect.objectContaining({
        code: 'VALIDATION_ERROR',
        message:
          'parseDataset: input is invalid (1 issue); first: $.towns[0].name: Invalid input: expected string, received undefined',
      }),
    );
    expect(issuesOf(safeParseDataset(null))).toEqual(['$ invalid_type']);
    expect(issuesOf(safeParseDataset('{}'))).toEqual(['$ invalid_type']);
  });
});
