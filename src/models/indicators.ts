import { requireOptions } from '../numbers/internal.js';
import type { BaseDimension, Dimension } from '../units/table.js';

/**
 * What an indicator measures: a unit {@link Dimension} (`'money'`, `'area'`, `'population'`,
 * `'visits'`, `'length'`, `'mass'`, `'count'`), a `'rate'` (a share or ratio written with `%`, held
 * as a fraction) or a plain `'number'` (an index or other figure without a unit).
 *
 * Chinese term: 量纲.
 *
 * @example
 * ```ts
 * [getIndicator('gdp')?.dimension, getIndicator('urbanization-rate')?.dimension];
 * // => ['money', 'rate']
 * ```
 *
 * @category Models
 */
export type IndicatorDimension = Dimension | 'rate';

/**
 * Every {@link IndicatorDimension}, in a stable order.
 *
 * @example
 * ```ts
 * INDICATOR_DIMENSIONS.slice(-2);
 * // => ['rate', 'number']
 * ```
 *
 * @category Models
 */
export const INDICATOR_DIMENSIONS = /* @__PURE__ */ Object.freeze([
  'money',
  'area',
  'population',
  'visits',
  'length',
  'mass',
  'volume',
  'energy',
  'power',
  'count',
  'rate',
  'number',
] as const satisfies readonly (BaseDimension | 'rate')[]);

/**
 * An indicator (统计指标) of the registry, or one a dataset declares: a stable code, its Chinese and
 * English names, what it measures and the unit reports usually print it in.
 *
 * @example
 * ```ts
 * getIndicator('rural-income-per-capita');
 * // => { code: 'rural-income-per-capita', nameZh: '农民人均纯收入', nameEn: 'Rural per-capita net income', dimension: 'money', defaultUnit: '元' }
 * ```
 *
 * @category Models
 */
export interface Indicator {
  /** Stable code: lower case, digits, `-`, `_` or `.` (`'gdp'`, `'tap-water-coverage'`). */
  readonly code: string;
  /** Chinese name as reports write it (`'地区生产总值'`). */
  readonly nameZh: string;
  /** English name. */
  readonly nameEn: string;
  /** What the indicator measures; an observation's value must be of this dimension. */
  readonly dimension: IndicatorDimension;
  /** The unit figures are usually printed in (`'亿元'`, `'%'` for rates); absent for plain numbers. */
  readonly defaultUnit?: string | undefined;
  /** A longer description, when the name alone is ambiguous. */
  readonly description?: string | undefined;
}

/**
 * Options of {@link getIndicator}.
 *
 * @example
 * ```ts
 * const dataset = parseDataset({ schemaVersion: 1, indicators: [{ code: 'x.index', nameZh: '指数', nameEn: 'Index', dimension: 'number' }] });
 * getIndicator('x.index', { custom: dataset.indicators })?.nameEn;
 * // => 'Index'
 * ```
 *
 * @category Models
 */
export interface GetIndicatorOptions {
  /** Indicators a dataset declares (`dataset.indicators`), looked up after the standard ones. */
  readonly custom?: readonly Indicator[];
}

type Row = readonly [
  code: string,
  nameZh: string,
  nameEn: string,
  dimension: IndicatorDimension,
  defaultUnit: string,
  description?: string,
];

// The figures the seed reports carry (see DOMAIN.md, "What the seed reports carry").
const ROWS: readonly Row[] = [
  [
    'gross-output-industry-agriculture',
    '工农业总产值',
    'Gross output of industry and agriculture',
    'money',
    '亿元',
  ],
  ['industrial-output', '工业总产值', 'Gross industrial output', 'money', '亿元'],
  [
    'agricultural-output',
    '农业总产值',
    'Gross agricultural output',
    'money',
    '亿元',
    '农林牧渔业总产值: farming, forestry, animal husbandry and fishery',
  ],
  ['tertiary-output', '第三产业总产值', 'Gross output of the tertiary sector', 'money', '亿元'],
  [
    'above-scale-industrial-output',
    '规模以上工业产值',
    'Output of industry above designated size',
    'money',
    '亿元',
  ],
  [
    'above-scale-industrial-sales',
    '规模以上工业销售产值',
    'Sales of industry above designated size',
    'money',
    '亿元',
  ],
  [
    'above-scale-industrial-profit',
    '规模以上工业利润',
    'Profit of industry above designated size',
    'money',
    '亿元',
  ],
  ['high-tech-output', '高新技术产品产值', 'Output of high-tech products', 'money', '亿元'],
  ['gdp', '地区生产总值', 'Gross regional product (GDP)', 'money', '亿元'],
  ['rural-economic-income', '农村经济总收入', 'Total rural economic income', 'money', '亿元'],
  ['fiscal-revenue', '财政总收入', 'Total fiscal revenue', 'money', '万元'],
  [
    'general-budget-revenue',
    '一般预算收入',
    'General budget revenue',
    'money',
    '万元',
    '财政一般预算收入',
  ],
  ['tax-revenue', '税收', 'Tax revenue', 'money', '万元'],
  ['rural-income-per-capita', '农民人均纯收入', 'Rural per-capita net income', 'money', '元'],
  ['fixed-asset-investment', '固定资产投资', 'Fixed-asset investment', 'money', '亿元'],
  [
    'industrial-fixed-asset-investment',
    '工业固定资产投入',
    'Industrial fixed-asset investment',
    'money',
    '亿元',
  ],
  [
    'rural-fixed-asset-investment',
    '农村固定资产投资',
    'Rural fixed-asset investment',
    'money',
    '亿元',
  ],
  [
    'completed-investment',
    '完成投资',
    'Investment completed',
    'money',
    '亿元',
    '实际完成投资 of construction and renovation projects',
  ],
  ['commercial-sales', '商贸销售额', 'Commercial sales', 'money', '亿元'],
  ['export-earnings', '出口创汇', 'Export earnings', 'money', '万美元'],
  ['agricultural-loans', '涉农贷款余额', 'Outstanding agriculture-related loans', 'money', '亿元'],
  ['tourist-visits', '游客人次', 'Tourist visits', 'visits', '万人次', '接待游客'],
  ['tourism-revenue', '旅游收入', 'Tourism revenue', 'money', '万元'],
  ['built-up-area', '建成区面积', 'Built-up area', 'area', '平方公里'],
  ['resident-population', '常住人口', 'Resident population', 'population', '万人'],
  ['registered-population', '户籍人口', 'Registered (hukou) population', 'population', '万人'],
  ['urban-population', '城镇居住人口', 'Urban resident population', 'population', '万人'],
  [
    'urbanization-rate',
    '城镇化率',
    'Urbanization rate',
    'rate',
    '%',
    'urban population / total population',
  ],
  [
    'concentrated-residence-population',
    '农民集中居住人口',
    'Rural population in concentrated residence',
    'population',
    '万人',
  ],
  [
    'concentrated-residence-rate',
    '农民集中居住率',
    'Concentrated-residence ratio',
    'rate',
    '%',
    'concentrated rural population / rural population',
  ],
  ['tap-water-coverage', '自来水普及率', 'Tap-water coverage', 'rate', '%'],
  ['sewage-treatment-rate', '污水处理率', 'Sewage treatment rate', 'rate', '%'],
  ['leading-industry-share', '主导产业比重', 'Share of the leading industry', 'rate', '%'],
  ['pension-insurance-coverage', '养老保险参保率', 'Pension insurance coverage', 'rate', '%'],
  [
    'rural-cooperative-medical-coverage',
    '新型农村合作医疗参保率',
    'Rural cooperative medical scheme coverage',
    'rate',
    '%',
  ],
  ['park-enterprises', '入园企业数', 'Enterprises in industrial parks', 'count', '家'],
];

let registry: ReadonlyMap<string, Indicator> | undefined;
let registryList: readonly Indicator[] = [];

function standard(): ReadonlyMap<string, Indicator> {
  if (registry !== undefined) return registry;
  const map = new Map<string, Indicator>();
  const list: Indicator[] = [];
  for (const [code, nameZh, nameEn, dimension, defaultUnit, description] of ROWS) {
    const indicator: Indicator = Object.freeze({
      code,
      nameZh,
      nameEn,
      dimension,
      defaultUnit,
      ...(description === undefined ? {} : { description }),
    });
    map.set(code, indicator);
    list.push(indicator);
  }
  registryList = Object.freeze(list);
  registry = map;
  return map;
}

/**
 * Looks an indicator up by its code: first in the standard registry, then in the indicators a
 * dataset declares (`options.custom`).
 *
 * Chinese term: 统计指标.
 *
 * @param code - the indicator code (`'gdp'`, `'urbanization-rate'`)
 * @param options - custom indicators to search after the standard ones
 * @returns the indicator, or `undefined` when the code is neither standard nor declared
 * @throws TownIndicatorsError `INVALID_ARGUMENT` when `options` is `null` or not an object
 * @example
 * ```ts
 * const custom = [{ code: 'mortgage-loans', nameZh: '农村产权抵押融资', nameEn: 'Rural property mortgage loans', dimension: 'money' as const, defaultUnit: '亿元' }];
 * [getIndicator('gdp')?.nameZh, getIndicator('mortgage-loans', { custom })?.nameZh, getIndicator('mortgage-loans')];
 * // => ['地区生产总值', '农村产权抵押融资', undefined]
 * ```
 *
 * @category Models
 */
export function getIndicator(
  code: string,
  options: GetIndicatorOptions = {},
): Indicator | undefined {
  requireOptions('getIndicator', options);
  return standard().get(code) ?? options.custom?.find((indicator) => indicator.code === code);
}

/**
 * Tells whether a code belongs to the standard registry (custom declarations do not count).
 *
 * @param code - an indicator code
 * @returns `true` for a standard code
 * @example
 * ```ts
 * [isStandardIndicator('gdp'), isStandardIndicator('GDP'), isStandardIndicator('my-index')];
 * // => [true, false, false]
 * ```
 *
 * @category Models
 */
export function isStandardIndicator(code: string): boolean {
  return standard().has(code);
}

/**
 * Every standard indicator, in a stable order (outputs, revenues and incomes, investment, tourism,
 * land, population, rates, counts).
 *
 * Chinese term: 指标体系.
 *
 * @returns the frozen list of standard indicators
 * @example
 * ```ts
 * listIndicators().filter((i) => i.dimension === 'rate').map((i) => i.nameZh).slice(0, 4);
 * // => ['城镇化率', '农民集中居住率', '自来水普及率', '污水处理率']
 * ```
 *
 * @category Models
 */
export function listIndicators(): readonly Indicator[] {
  standard();
  return registryList;
}
