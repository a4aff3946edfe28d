import { invalidArgumentError } from '../errors.js';
import { Decimal, kindOf } from '../numbers/decimal.js';

/**
 * The dimension of a unit of the table. `'number'` is a bare figure or multiplier (`'6.66亿'`),
 * never guessed to be money.
 *
 * @category Units
 */
export type BaseDimension =
  | 'money'
  | 'area'
  | 'population'
  | 'visits'
  | 'length'
  | 'mass'
  | 'volume'
  | 'energy'
  | 'power'
  | 'count'
  | 'number';

/**
 * The physical or accounting dimension of a unit. Units combine only within one dimension; a
 * compound unit `A/B` (`'万元/亩'`) has the dimension `'money/area'`.
 *
 * @category Units
 */
export type Dimension = BaseDimension | `${BaseDimension}/${BaseDimension}`;

/**
 * The currency of a money unit: currencies never mix without an explicit exchange rate.
 *
 * @category Units
 */
export type Currency = 'CNY' | 'USD' | 'HKD' | 'EUR';

/**
 * A unit of the units table. `factor` is exact: the number of base units (元, 美元, 亩, 人, 人次, 米,
 * 吨, 个) in one of this unit.
 *
 * @category Units
 */
export interface Unit {
  /** Canonical (Chinese) name, as reports write it: `'亿元'`, `'公顷'`. */
  readonly name: string;
  /** The dimension; units convert only within one dimension (and, for money, one currency). */
  readonly dimension: Dimension;
  /** For money units, the currency. */
  readonly currency?: Currency;
  /** Base units per one of this unit, exact. */
  readonly factor: Decimal;
  /** The base unit of the dimension (and currency): `'元'`, `'亩'`, `'人'` … */
  readonly base: string;
  /** ASCII and other accepted spellings (`'yi-yuan'`, `'ha'`). */
  readonly aliases: readonly string[];
  /** For a compound unit `A/B` (`'万元/亩'`), its two parts. */
  readonly per?: { readonly numerator: Unit; readonly denominator: Unit };
  /** The unit's name, so that `${q.unit}` prints `'亿元'`. */
  toString(): string;
  /** The unit's name: a unit serializes to JSON as its name. */
  toJSON(): string;
}

const unitMethods = {
  toString(this: Unit): string {
    return this.name;
  },
  toJSON(this: Unit): string {
    return this.name;
  },
};

type UnitRow = readonly [
  name: string,
  dimension: Dimension,
  factor: string,
  base: string,
  aliases: readonly string[],
  currency?: Currency,
];

// Area is based on 亩 because every area unit is then an exact decimal multiple of it
// (1 平方米 = 0.0015 亩), while 1 亩 = 2000/3 平方米 has no finite decimal form.
// The counters (量词) reports count things in: each is one 个, so counts of any kind add up.
const COUNTERS: readonly string[] = [
  '家',
  '笔',
  '座',
  '口',
  '项',
  '处',
  '对',
  '辆',
  '只',
  '台',
  '套',
  '间',
  '栋',
  '幢',
  '条',
  '所',
  '宗',
  '张',
  '头',
  '羽',
  '艘',
  '次',
  '件',
  '名',
  '位',
  '批',
  '棵',
  '株',
  '块',
  '种',
  '本',
  '部',
  '支',
  '架',
  '起',
  '份',
  '场',
  '期',
  '届',
  '篇',
  '册',
  '匹',
  '尾',
  '标准箱',
  '床',
];
// Counters reports scale by 万 (万头, 万株, 万辆 …).
const SCALED_COUNTERS: readonly string[] = [
  '家',
  '头',
  '只',
  '株',
  '棵',
  '辆',
  '台',
  '套',
  '间',
  '件',
  '名',
  '张',
  '次',
  '标准箱',
  '册',
];

const UNIT_ROWS: readonly UnitRow[] = [
  ['元', 'money', '1', '元', ['yuan', 'cny', 'rmb', '元人民币'], 'CNY'],
  ['万元', 'money', '1e4', '元', ['wan-yuan', '万元人民币'], 'CNY'],
  ['亿元', 'money', '1e8', '元', ['yi-yuan', '亿元人民币'], 'CNY'],
  ['美元', 'money', '1', '美元', ['usd'], 'USD'],
  ['万美元', 'money', '1e4', '美元', ['wan-usd'], 'USD'],
  ['亿美元', 'money', '1e8', '美元', ['yi-usd'], 'USD'],
  ['港元', 'money', '1', '港元', ['hkd', '港币'], 'HKD'],
  ['万港元', 'money', '1e4', '港元', ['wan-hkd'], 'HKD'],
  ['亿港元', 'money', '1e8', '港元', ['yi-hkd'], 'HKD'],
  ['欧元', 'money', '1', '欧元', ['eur'], 'EUR'],
  ['万欧元', 'money', '1e4', '欧元', ['wan-eur'], 'EUR'],
  ['亿欧元', 'money', '1e8', '欧元', ['yi-eur'], 'EUR'],
  ['平方米', 'area', '0.0015', '亩', ['m2', 'm²', '㎡', 'sqm']],
  ['万平方米', 'area', '15', '亩', ['wan-m2']],
  ['亩', 'area', '1', '亩', ['mu']],
  ['万亩', 'area', '1e4', '亩', ['wan-mu']],
  ['公顷', 'area', '15', '亩', ['ha', 'hm2', 'hm²']],
  ['万公顷', 'area', '150000', '亩', []],
  ['平方公里', 'area', '1500', '亩', ['km2', 'km²', '㎢']],
  ['平方千米', 'area', '1500', '亩', []],
  ['万平方公里', 'area', '1.5e7', '亩', []],
  ['人', 'population', '1', '人', ['person', 'persons', 'people']],
  ['万人', 'population', '1e4', '人', ['wan-person']],
  ['人次', 'visits', '1', '人次', ['person-time', 'visits']],
  ['万人次', 'visits', '1e4', '人次', ['wan-person-time']],
  ['亿人次', 'visits', '1e8', '人次', []],
  ['米', 'length', '1', '米', ['m']],
  ['千米', 'length', '1e3', '米', ['km']],
  ['公里', 'length', '1e3', '米', []],
  ['万公里', 'length', '1e7', '米', []],
  ['吨', 'mass', '1', '吨', ['t', 'tonne']],
  ['万吨', 'mass', '1e4', '吨', ['wan-t']],
  ['亿吨', 'mass', '1e8', '吨', []],
  ['公斤', 'mass', '0.001', '吨', ['kg']],
  ['千克', 'mass', '0.001', '吨', []],
  ['万公斤', 'mass', '10', '吨', []],
  ['斤', 'mass', '0.0005', '吨', ['jin']],
  ['万斤', 'mass', '5', '吨', []],
  ['立方米', 'volume', '1', '立方米', ['m3', 'm³']],
  ['万立方米', 'volume', '1e4', '立方米', ['wan-m3']],
  ['亿立方米', 'volume', '1e8', '立方米', []],
  ['千瓦时', 'energy', '1', '千瓦时', ['kwh']],
  ['度', 'energy', '1', '千瓦时', []],
  ['万千瓦时', 'energy', '1e4', '千瓦时', ['wan-kwh']],
  ['亿千瓦时', 'energy', '1e8', '千瓦时', ['yi-kwh']],
  ['万度', 'energy', '1e4', '千瓦时', []],
  ['亿度', 'energy', '1e8', '千瓦时', []],
  ['千瓦', 'power', '1', '千瓦', ['kw']],
  ['万千瓦', 'power', '1e4', '千瓦', ['wan-kw']],
  ['兆瓦', 'power', '1e3', '千瓦', ['mw']],
  // Metric horsepower (米制马力), 735.49875 W exactly.
  ['马力', 'power', '0.73549875', '千瓦', ['hp']],
  ['万马力', 'power', '7354.9875', '千瓦', []],
  ['个', 'count', '1', '个', ['count', 'item']],
  ['万个', 'count', '1e4', '个', ['wan-count']],
  ['户', 'count', '1', '个', ['household']],
  ['万户', 'count', '1e4', '个', ['wan-household']],
  ...COUNTERS.map((name): UnitRow => [name, 'count', '1', '个', []]),
  ...SCALED_COUNTERS.map((name): UnitRow => [`万${name}`, 'count', '1e4', '个', []]),
  ['百羽', 'count', '100', '个', []],
  ['万羽', 'count', '1e4', '个', []],
  ['亿只', 'count', '1e8', '个', []],
  ['', 'number', '1', '', []],
  ['十', 'number', '10', '', []],
  ['百', 'number', '100', '', []],
  ['千', 'number', '1e3', '', []],
  ['万', 'number', '1e4', '', []],
  ['十万', 'number', '1e5', '', []],
  ['百万', 'number', '1e6', '', []],
  ['千万', 'number', '1e7', '', []],
  ['亿', 'number', '1e8', '', []],
  ['万亿', 'number', '1e12', '', []],
];

let unitIndex: ReadonlyMap<string, Unit> | undefined;
let unitList: readonly Unit[] | undefined;

function buildIndex(): ReadonlyMap<string, Unit> {
  const index = new Map<string, Unit>();
  const list: Unit[] = [];
  for (const [name, dimension, factor, base, aliases, currency] of UNIT_ROWS) {
    const unit: Unit = Object.freeze(
      Object.assign(Object.create(unitMethods) as Unit, {
        name,
        dimension,
        ...(currency === undefined ? {} : { currency }),
        factor: new Decimal(factor),
        base,
        aliases: Object.freeze([...aliases]),
      }),
    );
    list.push(unit);
    index.set(name, unit);
    for (const alias of aliases) index.set(alias.toLowerCase(), unit);
  }
  unitList = Object.freeze(list);
  return index;
}

/**
 * Looks a unit up by its Chinese name or an alias (ASCII aliases are case-insensitive).
 *
 * @param name - `'亿元'`, `'yi-yuan'`, `'HA'` …
 * @returns the unit, or `undefined` when the name is unknown
 * @throws TownIndicatorsError `INVALID_ARGUMENT` when `name` is not a string
 * @example
 * ```ts
 * findUnit('ha')?.name;
 * // => '公顷'
 * ```
 *
 * @category Units
 */
export function findUnit(name: string): Unit | undefined {
  if (typeof name !== 'string') {
    throw invalidArgumentError('findUnit', 'name', `must be a string, got ${kindOf(name)}`);
  }
  unitIndex ??= buildIndex();
  const trimmed = name.trim();
  // The unit of a bare number is named '', but an empty name is no unit to look up.
  if (trimmed.length === 0) return undefined;
  return unitIndex.get(trimmed) ?? unitIndex.get(trimmed.toLowerCase()) ?? compoundUnit(trimmed);
}

/**
 * A unit by its exact name or alias, as printed (no trimming, no case folding): the fast lookup
 * of a scanner that tries many short names.
 *
 * @internal
 */
export function unitNamed(name: string): Unit | undefined {
  unitIndex ??= buildIndex();
  return unitIndex.get(name);
}

/**
 * The unit of a bare number (named `''`, dimension `'number'`), which {@link findUnit} does not
 * give for an empty name.
 *
 * @internal
 */
export function bareNumberUnit(): Unit {
  unitIndex ??= buildIndex();
  return unitIndex.get('') as Unit;
}

/** The longest compound unit name looked up; no `A/B` of table units comes near it. */
const MAX_COMPOUND_LENGTH = 40;
let compoundCache: Map<string, Unit> | undefined;

/**
 * A compound unit `A/B` of two table units (`'万元/亩'`, `'公斤/亩'`, `'人/平方公里'`), made on
 * first use and kept, so one name always gives the same unit.
 */
function compoundUnit(name: string): Unit | undefined {
  const slash = name.indexOf('/');
  if (slash <= 0 || name.length > MAX_COMPOUND_LENGTH) return undefined;
  compoundCache ??= new Map();
  const cached = compoundCache.get(name);
  if (cached !== undefined) return cached;
  const index = unitIndex ?? buildIndex();
  const lookUp = (part: string): Unit | undefined => {
    const unit = index.get(part.trim()) ?? index.get(part.trim().toLowerCase());
    return unit?.dimension === 'number' ? undefined : unit;
  };
  const numerator = lookUp(name.slice(0, slash));
  const denominator = lookUp(name.slice(slash + 1));
  if (numerator === undefined || denominator === undefined) return undefined;
  const canonical = `${numerator.name}/${denominator.name}`;
  const existing = compoundCache.get(canonical);
  if (existing !== undefined) return existing;
  const unit: Unit = Object.freeze(
    Object.assign(Object.create(unitMethods) as Unit, {
      name: canonical,
      dimension: `${numerator.dimension}/${denominator.dimension}` as Dimension,
      ...(numerator.currency === undefined ? {} : { currency: numerator.currency }),
      factor: numerator.factor.div(denominator.factor),
      base: `${numerator.base}/${denominator.base}`,
      aliases: Object.freeze([]),
      per: Object.freeze({ numerator, denominator }),
    }),
  );
  compoundCache.set(canonical, unit);
  compoundCache.set(name, unit);
  return unit;
}

/**
 * The exact factor from one unit into another as a fraction `[numerator, denominator]`: a value in
 * `from` times numerator / denominator is the value in `to`. For compound units the parts' factors
 * are multiplied out, so `元/平方米` → `元/亩` stays exact as 1 / 0.0015.
 *
 * @internal
 */
export function unitFactorRatio(from: Unit, to: Unit): readonly [Decimal, Decimal] {
  if (from.per !== undefined && to.per !== undefined) {
    return [
      from.per.numerator.factor.times(to.per.denominator.factor),
      from.per.denominator.factor.times(to.per.numerator.factor),
    ];
  }
  return [from.factor, to.factor];
}

/**
 * Every unit of the table, in a stable order (money, area, population, visits, length, mass,
 * volume, energy, power, count, number). Compound units `A/B` are made on lookup and not listed.
 *
 * @returns the frozen list of units
 * @example
 * ```ts
 * listUnits().filter((unit) => unit.dimension === 'area').map((unit) => unit.name);
 * // => ['平方米', '万平方米', '亩', '万亩', '公顷', '万公顷', '平方公里', '平方千米', '万平方公里']
 * ```
 *
 * @category Units
 */
export function listUnits(): readonly Unit[] {
  unitIndex ??= buildIndex();
  return unitList ?? [];
}

/** Throws `INVALID_ARGUMENT` unless an argument of {@link areCompatible} is a unit object. */
function requireUnitObject(arg: string, value: unknown): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidArgumentError('areCompatible', arg, `must be a unit, got ${kindOf(value)}`);
  }
}

/**
 * Tells whether two units can be converted into each other: the same dimension and, for money,
 * the same currency.
 *
 * @param a - a unit
 * @param b - another unit
 * @returns `true` when `a` and `b` measure the same thing
 * @throws TownIndicatorsError `INVALID_ARGUMENT` when `a` or `b` is not a unit object
 * @example
 * ```ts
 * areCompatible(findUnit('万元')!, findUnit('亿元')!);
 * // => true
 * ```
 *
 * @category Units
 */
export function areCompatible(a: Unit, b: Unit): boolean {
  requireUnitObject('a', a);
  requireUnitObject('b', b);
  return a.dimension === b.dimension && a.base === b.base;
}
