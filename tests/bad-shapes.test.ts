/**
 * Bad shapes: every calculator and audit that takes an object, a list or an options object,
 * called through the public entry with `null`, `undefined`, a list of `null`, a hole or a value of
 * another type where the object or list belongs. Each must throw a TownIndicatorsError — never a
 * TypeError — with INVALID_ARGUMENT (INVALID_NUMBER for an element that should be a number) and a
 * message naming the function and the argument.
 */
import { describe, expect, it } from 'vitest';
import * as library from '../src/index.js';

// Calls with wrong shapes go through an untyped view of the public entry, as JavaScript callers
// and JSON data would reach it.
const lib = library as unknown as Record<string, (...args: unknown[]) => unknown>;

function call(name: string, ...args: unknown[]): () => unknown {
  const fn = lib[name];
  if (typeof fn !== 'function') throw new Error(`${name} is not exported`);
  return () => fn(...args);
}

const SHARE = { part: '40.3亿元', whole: '60.3亿元', stated: '66.8%' };
const GROWTH = { previous: '3', current: '5', stated: '66.7%' };
const MULTIPLE = { base: '1.5', current: '10.3', stated: '6.9倍' };
const POINTS = { from: '58.4%', to: '65%', stated: '6.6个百分点' };
const SUM = { parts: ['1', '2'], stated: '3' };
const AGGREGATE = { components: [{ current: '160亿元', growth: '9.5%' }], stated: '9.5%' };
const SCHEDULE = { period: '2011', asOf: '2011-06-30', planned: '12', completed: '7' };
const LCRPGR = { builtUpArea: ['50', '70'], population: ['100', '120'], years: 15 };
// A list with a hole at index 0.
const HOLE: unknown[] = [];
HOLE[1] = '1';

type Case = readonly [label: string, run: () => unknown, code: string, message: string];

const CASES: readonly Case[] = [
  // growth
  [
    'growthContributions([null])',
    call('growthContributions', [null]),
    'INVALID_ARGUMENT',
    'growthContributions: components[0] must be an object { name?, previous, current }, got null',
  ],
  [
    'growthContributions([{…}, undefined])',
    call('growthContributions', [{ previous: '1', current: '2' }, undefined]),
    'INVALID_ARGUMENT',
    'growthContributions: components[1] must be an object',
  ],
  [
    'growthContributions(null)',
    call('growthContributions', null),
    'INVALID_ARGUMENT',
    'growthContributions: components must be a list of components { name?, previous, current }, got null',
  ],
  [
    'growthContributions([{ name: 5 }])',
    call('growthContributions', [{ name: 5, previous: '1', current: '2' }]),
    'INVALID_ARGUMENT',
    'growthContributions: components[0].name must be a string, got number',
  ],
  [
    'growthContributions([{ previous: null }])',
    call('growthContributions', [{ previous: null, current: '2' }]),
    'INVALID_NUMBER',
    'growthContributions: components[0].previous must be a finite number, got null',
  ],
  [
    'leastSquaresGrowthRate(null)',
    call('leastSquaresGrowthRate', null),
    'INVALID_ARGUMENT',
    'leastSquaresGrowthRate: series must be a list of observations { year, value }, got null',
  ],
  [
    'leastSquaresGrowthRate([null, {…}])',
    call('leastSquaresGrowthRate', [null, { year: 2011, value: 1 }]),
    'INVALID_ARGUMENT',
    'leastSquaresGrowthRate: series[0] must be an object { year, value }, got null',
  ],
  [
    'leastSquaresGrowthRate([{…}, 5])',
    call('leastSquaresGrowthRate', [{ year: 2011, value: 1 }, 5]),
    'INVALID_ARGUMENT',
    'leastSquaresGrowthRate: series[1] must be an object { year, value }, got a number',
  ],
  [
    'cumulativeAverageGrowth(b, null)',
    call('cumulativeAverageGrowth', '100', null),
    'INVALID_ARGUMENT',
    'cumulativeAverageGrowth: values must be a list of values, one per year, got null',
  ],
  [
    'cumulativeAverageGrowth(b, [null])',
    call('cumulativeAverageGrowth', '100', [null]),
    'INVALID_NUMBER',
    'cumulativeAverageGrowth: values[0] must be a finite number, got null',
  ],
  [
    'cumulativeAverageGrowth(b, [hole, 1])',
    call('cumulativeAverageGrowth', '100', HOLE),
    'INVALID_NUMBER',
    'cumulativeAverageGrowth: values[0] must be a finite number, got undefined',
  ],
  [
    'cumulativeAverageGrowth(b, v, null)',
    call('cumulativeAverageGrowth', '100', ['110'], null),
    'INVALID_ARGUMENT',
    'cumulativeAverageGrowth: options must be an object, got null',
  ],
  // urbanization
  [
    'landConsumptionToPopulationGrowth(undefined)',
    call('landConsumptionToPopulationGrowth', undefined),
    'INVALID_ARGUMENT',
    'landConsumptionToPopulationGrowth: input must be an object { builtUpArea, population, years }, got undefined',
  ],
  [
    'landConsumptionToPopulationGrowth(null)',
    call('landConsumptionToPopulationGrowth', null),
    'INVALID_ARGUMENT',
    'landConsumptionToPopulationGrowth: input must be an object',
  ],
  [
    'landConsumptionToPopulationGrowth({ builtUpArea: null })',
    call('landConsumptionToPopulationGrowth', { ...LCRPGR, builtUpArea: null }),
    'INVALID_ARGUMENT',
    'landConsumptionToPopulationGrowth: builtUpArea must be a pair [past, present], got null',
  ],
  [
    'landConsumptionToPopulationGrowth({ population: [null, 1] })',
    call('landConsumptionToPopulationGrowth', { ...LCRPGR, population: [null, '120'] }),
    'INVALID_NUMBER',
    'landConsumptionToPopulationGrowth: population[0] must be a finite number, got null',
  ],
  [
    'builtUpAreaPerCapita(a, p, null)',
    call('builtUpAreaPerCapita', '1', '1', null),
    'INVALID_ARGUMENT',
    'builtUpAreaPerCapita: options must be an object, got null',
  ],
  [
    'populationDensity(p, a, null)',
    call('populationDensity', '1', '1', null),
    'INVALID_ARGUMENT',
    'populationDensity: options must be an object, got null',
  ],
  // land
  [
    'linkingSurplus(undefined)',
    call('linkingSurplus', undefined),
    'INVALID_ARGUMENT',
    'linkingSurplus: input must be an object { reclaimed, resettlementOnFarmland }, got undefined',
  ],
  [
    'linkingSurplus([1, 2])',
    call('linkingSurplus', [1, 2]),
    'INVALID_ARGUMENT',
    'linkingSurplus: input must be an object { reclaimed, resettlementOnFarmland }, got an array',
  ],
  [
    'quotaUnitPrice(v, a, null)',
    call('quotaUnitPrice', '1', '1', null),
    'INVALID_ARGUMENT',
    'quotaUnitPrice: options must be an object, got null',
  ],
  [
    'quotaValue(a, p, null)',
    call('quotaValue', '1', '1', null),
    'INVALID_ARGUMENT',
    'quotaValue: options must be an object, got null',
  ],
  // funding
  [
    'shares(null)',
    call('shares', null),
    'INVALID_ARGUMENT',
    'shares: parts must be a record of named amounts',
  ],
  [
    'shares({ a: null })',
    call('shares', { a: null }),
    'INVALID_NUMBER',
    'shares: parts.a must be a finite number, got null',
  ],
  [
    'roundShares(undefined, 1)',
    call('roundShares', undefined, 1),
    'INVALID_ARGUMENT',
    'roundShares: parts must be a record of named amounts',
  ],
  [
    'fundingGap(x, [null])',
    call('fundingGap', '60.3', [null]),
    'INVALID_NUMBER',
    'fundingGap: secured[0] must be a finite number, got null',
  ],
  [
    'fundingGap(x, null)',
    call('fundingGap', '60.3', null),
    'INVALID_NUMBER',
    'fundingGap: secured must be a finite number, got null',
  ],
  [
    'leverageRatio([null], seed)',
    call('leverageRatio', [null], '1'),
    'INVALID_NUMBER',
    'leverageRatio: mobilized[0] must be a finite number, got null',
  ],
  [
    'scheduleProgress(undefined)',
    call('scheduleProgress', undefined),
    'INVALID_ARGUMENT',
    'scheduleProgress: input must be an object { period, asOf, planned, completed }, got undefined',
  ],
  [
    'scheduleProgress(input, null)',
    call('scheduleProgress', SCHEDULE, null),
    'INVALID_ARGUMENT',
    'scheduleProgress: options must be an object, got null',
  ],
  [
    'npv(r, null, …)',
    call('npv', '8%', null, { convention: 'numpy' }),
    'INVALID_ARGUMENT',
    'npv: cashflows must be a list of amounts, one per period, got null',
  ],
  [
    'npv(r, [null], …)',
    call('npv', '8%', [null], { convention: 'numpy' }),
    'INVALID_NUMBER',
    'npv: cashflows[0] must be a finite number, got null',
  ],
  [
    'npv(r, flows, null)',
    call('npv', '8%', [1], null),
    'INVALID_ARGUMENT',
    'npv: options.convention must be chosen',
  ],
  [
    'irr(null)',
    call('irr', null),
    'INVALID_ARGUMENT',
    'irr: cashflows must be a list of amounts, one per period, got null',
  ],
  [
    'irr([-1, null, 2])',
    call('irr', [-1, null, 2]),
    'INVALID_NUMBER',
    'irr: cashflows[1] must be a finite number, got null',
  ],
  [
    'irr(flows, null)',
    call('irr', [-1, 2], null),
    'INVALID_ARGUMENT',
    'irr: options must be an object, got null',
  ],
  // audits
  [
    'auditAggregateGrowth({ components: [null] })',
    call('auditAggregateGrowth', { components: [null], stated: '1%' }),
    'INVALID_ARGUMENT',
    'auditAggregateGrowth: components[0] must be an object { current, growth }, got null',
  ],
  [
    'auditAggregateGrowth({ components: [{…}, undefined] })',
    call('auditAggregateGrowth', {
      components: [{ current: '1', growth: '1%' }, undefined],
      stated: '1%',
    }),
    'INVALID_ARGUMENT',
    'auditAggregateGrowth: components[1] must be an object { current, growth }, got undefined',
  ],
  [
    'auditAggregateGrowth({ components: null })',
    call('auditAggregateGrowth', { components: null, stated: '1%' }),
    'INVALID_ARGUMENT',
    'auditAggregateGrowth: components must be a non-empty array',
  ],
  [
    'auditAggregateGrowth(input, null)',
    call('auditAggregateGrowth', AGGREGATE, null),
    'INVALID_ARGUMENT',
    'auditAggregateGrowth: options must be an object, got null',
  ],
  [
    'auditAggregateGrowth(undefined)',
    call('auditAggregateGrowth', undefined),
    'INVALID_ARGUMENT',
    'auditAggregateGrowth: input must be an object of named inputs, got undefined',
  ],
  [
    'auditShare(null)',
    call('auditShare', null),
    'INVALID_ARGUMENT',
    'auditShare: input must be an object of named inputs, got null',
  ],
  [
    'auditShare(input, null)',
    call('auditShare', SHARE, null),
    'INVALID_ARGUMENT',
    'auditShare: options must be an object, got null',
  ],
  [
    'auditSum([1, 2])',
    call('auditSum', [1, 2]),
    'INVALID_ARGUMENT',
    'auditSum: input must be an object of named inputs, got an array',
  ],
  [
    'auditSum({ parts: null })',
    call('auditSum', { parts: null, stated: '3' }),
    'INVALID_ARGUMENT',
    'auditSum: parts must be a non-empty array',
  ],
  [
    'auditSum({ parts: [hole, 1] })',
    call('auditSum', { parts: HOLE, stated: '3' }),
    'INVALID_NUMBER',
    'auditSum: parts[0] must be a finite number, got undefined',
  ],
  [
    'auditSum(input, null)',
    call('auditSum', SUM, null),
    'INVALID_ARGUMENT',
    'auditSum: options must be an object, got null',
  ],
  [
    'auditGrowth(undefined)',
    call('auditGrowth', undefined),
    'INVALID_ARGUMENT',
    'auditGrowth: input must be an object of named inputs, got undefined',
  ],
  [
    'auditGrowth(input, null)',
    call('auditGrowth', GROWTH, null),
    'INVALID_ARGUMENT',
    'auditGrowth: options must be an object, got null',
  ],
  [
    'auditMultiple(5)',
    call('auditMultiple', 5),
    'INVALID_ARGUMENT',
    'auditMultiple: input must be an object of named inputs, got a number',
  ],
  [
    'auditMultiple(input, null)',
    call('auditMultiple', MULTIPLE, null),
    'INVALID_ARGUMENT',
    'auditMultiple: options must be an object, got null',
  ],
  [
    'auditPointChange(null)',
    call('auditPointChange', null),
    'INVALID_ARGUMENT',
    'auditPointChange: input must be an object of named inputs, got null',
  ],
  [
    'auditPointChange(input, null)',
    call('auditPointChange', POINTS, null),
    'INVALID_ARGUMENT',
    'auditPointChange: options must be an object, got null',
  ],
];

// Public functions outside the calculators: wrong shapes where a string, a unit, an observation
// value, a number or an options object belongs.

// Every function with an options argument rejects `null` options the same way.
const NULL_OPTIONS: readonly (readonly [name: string, args: readonly unknown[]])[] = [
  ['getIndicator', ['gdp']],
  ['toDecimal', ['1']],
  ['parseQuantity', ['1亩']],
  ['describeGrowth', ['0.1']],
  ['describeMultiple', ['2']],
  ['describePointChange', ['0.01']],
  ['formatRate', ['0.1']],
  ['formatQuantity', ['1亩']],
  ['elapsedShare', ['2011', '2011-06-30']],
];

const OTHER_CASES: readonly Case[] = [
  ...NULL_OPTIONS.map(
    ([name, args]): Case => [
      `${name}(${args.map(() => 'x').join(', ')}, null)`,
      call(name, ...args, null),
      'INVALID_ARGUMENT',
      `${name}: options must be an object, got null`,
    ],
  ),
  [
    'decimalsOf(null)',
    call('decimalsOf', null),
    'INVALID_ARGUMENT',
    'decimalsOf: text must be a string, got null',
  ],
  [
    'findUnit(null)',
    call('findUnit', null),
    'INVALID_ARGUMENT',
    'findUnit: name must be a string, got null',
  ],
  [
    'areCompatible(null, x)',
    call('areCompatible', null, library.findUnit('亿元')),
    'INVALID_ARGUMENT',
    'areCompatible: a must be a unit, got null',
  ],
  [
    'areCompatible(x, 5)',
    call('areCompatible', library.findUnit('亿元'), 5),
    'INVALID_ARGUMENT',
    'areCompatible: b must be a unit, got a number',
  ],
  [
    'formatObservationValue(null)',
    call('formatObservationValue', null),
    'INVALID_ARGUMENT',
    'formatObservationValue: value must be an observation value, got null',
  ],
  [
    'observationValueDimension(null)',
    call('observationValueDimension', null),
    'INVALID_ARGUMENT',
    'observationValueDimension: value must be an observation value, got null',
  ],
  [
    'roundHalfUp(x, Symbol())',
    call('roundHalfUp', '1.25', Symbol('d')),
    'INVALID_NUMBER',
    'roundHalfUp: decimals must be a finite number, got',
  ],
  [
    'parsePeriod(null)',
    call('parsePeriod', null),
    'INVALID_PERIOD',
    'parsePeriod: input is not a valid period',
  ],
];

function expectLibraryError(
  _label: string,
  run: () => unknown,
  code: string,
  message: string,
): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(library.TownIndicatorsError);
  expect(caught).toMatchObject({ name: 'TownIndicatorsError', code });
  expect((caught as Error).message).toContain(message);
}

describe('bad shapes throw TownIndicatorsError, never TypeError', () => {
  it.each(CASES)('%s', expectLibraryError);

  it.each(OTHER_CASES)('%s', expectLibraryError);

  it('covers every calculator and audit that takes an object, a list or options', () => {
    const covered = new Set(CASES.map(([label]) => label.slice(0, label.indexOf('('))));
    expect([...covered].sort()).toEqual(
      [
        'auditAggregateGrowth',
        'auditGrowth',
        'auditMultiple',
        'auditPointChange',
        'auditShare',
        'auditSum',
        'builtUpAreaPerCapita',
        'cumulativeAverageGrowth',
        'fundingGap',
        'growthContributions',
        'irr',
        'landConsumptionToPopulationGrowth',
        'leastSquaresGrowthRate',
        'leverageRatio',
        'linkingSurplus',
        'npv',
        'populationDensity',
        'quotaUnitPrice',
        'quotaValue',
        'roundShares',
        'scheduleProgress',
        'shares',
      ].sort(),
    );
  });
});
