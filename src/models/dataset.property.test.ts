import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, isDecimal } from '../numbers/decimal.js';
import { isQuantity, quantity } from '../units/quantity.js';
import { type Dimension, listUnits } from '../units/table.js';
import { parseDataset } from './dataset.js';
import { ObservationValueSchema } from './value.js';

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

const decimalText = fc
  .tuple(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.integer({ min: 0, max: 4 }))
  .map(([n, scale]) => new Decimal(n).div(10 ** scale).toString());
const positiveText = decimalText.map((text) => new Decimal(text).abs().toString());
const qualifier = fc.option(
  fc.constantFrom('about', 'nearly', 'more-than', 'at-least', 'less-than'),
  { nil: undefined },
);

function unitsOf(dimension: Dimension): fc.Arbitrary<string> {
  return fc.constantFrom(
    ...listUnits()
      .filter((u) => u.dimension === dimension)
      .map((u) => u.name),
  );
}

/** An amount in one of its file forms: report text, or { value, unit, qualifier? }. */
function amount(dimension: Dimension): fc.Arbitrary<unknown> {
  return fc
    .tuple(positiveText, unitsOf(dimension), qualifier, fc.boolean())
    .map(([value, unit, q, asText]) => {
      if (asText) return String(quantity(value, unit, q === undefined ? {} : { qualifier: q }));
      return q === undefined ? { value, unit } : { value, unit, qualifier: q };
    });
}

/** A rate field (growth): a percentage or a fraction. */
const rate = fc
  .tuple(decimalText, fc.boolean())
  .map(([text, percent]) => (percent ? `${text}%` : text));

/** A rate as an observation value: a bare fraction would be a plain number, so these forms. */
const rateValue = fc
  .tuple(decimalText, qualifier, fc.constantFrom('percent', 'object', 'unit'))
  .map(([text, q, form]) => {
    const extra = q === undefined ? {} : { qualifier: q };
    if (form === 'percent') return `${text}%`;
    return form === 'object'
      ? { kind: 'rate', rate: text, ...extra }
      : { value: text, unit: '%', ...extra };
  });

/** An indicator with a value of its dimension. */
const indicatorAndValue = fc.oneof(
  amount('money').map((value) => ['gdp', value] as const),
  amount('area').map((value) => ['built-up-area', value] as const),
  amount('population').map((value) => ['resident-population', value] as const),
  amount('visits').map((value) => ['tourist-visits', value] as const),
  rateValue.map((value) => ['urbanization-rate', value] as const),
  fc
    .oneof(amount('count'), fc.nat(100_000), positiveText)
    .map((value) => ['park-enterprises', value] as const),
);

/** A figure as printed, trailing zeros kept: '22.30', '0.414', '7'. */
const printedText = fc
  .tuple(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 3 }))
  .map(([n, scale]) => new Decimal(n).div(10 ** scale).toFixed(scale));

const periods = ['2011', '2011-H1', '2012-Q3', '2011-06', '2011-01-01/2015-12-31'];
const period = fc.constantFrom(...periods);
const status = fc.constantFrom('actual', 'estimated', 'planned', '预计');
const canonicalStatus = (s: string): string => (s === '预计' ? 'estimated' : s);

const datasetInput = fc.integer({ min: 1, max: 4 }).chain((townCount) => {
  const townIds = Array.from({ length: townCount }, (_, i) => `t${i}`);
  const townId = fc.constantFrom(...townIds);
  const towns = fc.tuple(
    ...townIds.map((id) =>
      fc.record(
        {
          id: fc.constant(id),
          name: fc.constantFrom('建设镇', '白塔镇', '青山泉镇'),
          levels: fc.uniqueArray(fc.constantFrom('中心镇', 'small-city', 'pilot-town'), {
            maxLength: 2,
          }),
          area: amount('area'),
          villages: fc.nat(50),
          residentPopulation: amount('population'),
          asOf: period,
        },
        { requiredKeys: ['id', 'name'] },
      ),
    ),
  );
  const projects = fc.uniqueArray(
    fc.record(
      {
        id: fc.integer({ min: 0, max: 20 }).map((i) => `p${i}`),
        townId,
        name: fc.constantFrom('基础设施战区', '汽车站'),
        category: fc.constantFrom('infrastructure', '水利', 'other'),
        totalInvestment: amount('money'),
        plans: fc.uniqueArray(
          fc.record(
            { period, planned: amount('money'), completed: amount('money') },
            { requiredKeys: ['period'] },
          ),
          { selector: (plan) => plan.period, maxLength: 3 },
        ),
        startDate: fc.constantFrom('2011-06-12', '2012-02-29'),
      },
      { requiredKeys: ['id', 'townId', 'name'] },
    ),
    { selector: (p) => p.id, maxLength: 4 },
  );
  const observations = fc.uniqueArray(
    fc
      .tuple(townId, indicatorAndValue, period, status, fc.option(rate, { nil: undefined }))
      .map(([town, [indicator, value], p, s, growth]) => ({
        townId: town,
        indicator,
        period: p,
        value,
        status: s,
        ...(growth === undefined ? {} : { growth }),
      })),
    {
      selector: (o) => `${o.townId}|${o.indicator}|${o.period}|${canonicalStatus(o.status)}`,
      maxLength: 12,
    },
  );
  const landQuotas = fc.uniqueArray(
    fc.record(
      {
        id: fc.integer({ min: 0, max: 20 }).map((i) => `q${i}`),
        townId,
        kind: fc.constantFrom('offset', '农保调整指标', 'linking-surplus'),
        side: fc.constantFrom('available', 'demand'),
        area: amount('area'),
        value: amount('money'),
        period,
      },
      { requiredKeys: ['id', 'townId', 'kind', 'area'] },
    ),
    { selector: (q) => q.id, maxLength: 4 },
  );
  return fc.tuple(towns, projects, observations, landQuotas).chain(([t, p, o, q]) => {
    const fundingOwner =
      p.length === 0
        ? townId.map((id) => ({ townId: id }))
        : fc.oneof(
            townId.map((id) => ({ townId: id })),
            fc
              .constantFrom(...p)
              .map((project) => ({ projectId: project.id, townId: project.townId })),
          );
    const fundingSources = fc.uniqueArray(
      fc
        .tuple(
          fc.integer({ min: 0, max: 20 }),
          fundingOwner,
          fc.constantFrom('外资', 'social-capital', 'bank-loan'),
          fc.constantFrom('协议', 'received'),
          amount('money'),
        )
        .map(([i, owner, kind, s, money]) => ({
          id: `f${i}`,
          ...owner,
          kind,
          status: s,
          amount: money,
        })),
      { selector: (f) => f.id, maxLength: 4 },
    );
    // Claims: a sum of amounts as printed, or a point change of two rates; figures as text or
    // as { text, name?, projectId? } referencing a project of the dataset.
    const figure = (text: fc.Arbitrary<string>): fc.Arbitrary<unknown> =>
      fc.oneof(
        text,
        fc.record(
          {
            text,
            name: fc.constantFrom('基础设施战区', '工业总产值'),
            projectId:
              p.length === 0 ? fc.constant(undefined) : fc.constantFrom(...p.map((x) => x.id)),
          },
          { requiredKeys: ['text'] },
        ),
      );
    const claimBody = fc.oneof(
      fc.tuple(unitsOf('money'), printedText).chain(([unit, stated]) =>
        fc.record({
          kind: fc.constant('sum'),
          stated: fc.constant(`${stated}${unit}`),
          inputs: fc.record({
            parts: fc.array(figure(printedText.map((x) => `${x}${unit}`)), {
              minLength: 1,
              maxLength: 4,
            }),
          }),
        }),
      ),
      fc.record({
        kind: fc.constant('point-change'),
        stated: printedText.map((x) => `${x}个百分点`),
        inputs: fc.record({
          from: figure(printedText.map((x) => `${x}%`)),
          to: figure(printedText.map((x) => `${x}%`)),
        }),
      }),
    );
    const claims = fc.uniqueArray(
      fc
        .tuple(
          fc.integer({ min: 0, max: 20 }),
          townId,
          fc.option(period, { nil: undefined }),
          claimBody,
        )
        .map(([i, town, claimPeriod, body]) => ({
          id: `c${i}`,
          townId: town,
          ...(claimPeriod === undefined ? {} : { period: claimPeriod }),
          ...body,
          source: { document: '建设镇小城镇改革发展战役工作总结' },
        })),
      { selector: (c) => c.id, maxLength: 4 },
    );
    return fc.tuple(fundingSources, claims).map(([f, c]) => ({
      schemaVersion: 1,
      towns: t,
      projects: p,
      fundingSources: f,
      landQuotas: q,
      observations: o,
      claims: c,
    }));
  });
});

describe('JSON round trip (property)', () => {
  it('JSON.stringify of a parsed dataset parses back to an equal dataset', () => {
    fc.assert(
      fc.property(datasetInput, (input) => {
        const dataset = parseDataset(input);
        const json = JSON.stringify(dataset);
        const again = parseDataset(JSON.parse(json));
        expect(sameModel(again, dataset)).toBe(true);
        expect(JSON.stringify(again)).toBe(json);
        // stated figures keep their printed text, trailing zeros included
        expect(again.claims.map((c) => c.stated)).toEqual(input.claims.map((c) => c.stated));
      }),
      { numRuns: 150 },
    );
  });

  it('an observation value written as JSON reads back to an equal value', () => {
    const anyValue = fc.oneof(
      amount('money'),
      amount('population'),
      rateValue,
      decimalText,
      fc.integer(),
    );
    fc.assert(
      fc.property(anyValue, (input) => {
        const value = ObservationValueSchema.parse(input);
        expect(
          sameModel(ObservationValueSchema.parse(JSON.parse(JSON.stringify(value))), value),
        ).toBe(true);
      }),
    );
  });
});
