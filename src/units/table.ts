import { invalidArgumentError } from '../errors.js';
import { Decimal, kindOf } from '../numbers/decimal.js';

/** The physical or accounting dimension of a unit. Units combine only within one dimension. @category Units */
export type Dimension = 'money' | 'area' | 'population' | 'visits' | 'length' | 'mass' | 'count';

/** The currency of a money unit: CNY and USD never mix without an explicit exchange rate. @category Units */
export type Currency = 'CNY' | 'USD';

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
const UNIT_ROWS: readonly UnitRow[] = [
  ['元', 'money', '1', '元', ['yuan', 'cny', 'rmb'], 'CNY'],
  ['万元', 'money', '1e4', '元', ['wan-yuan'], 'CNY'],
  ['亿元', 'money', '1e8', '元', ['yi-yuan'], 'CNY'],
  ['美元', 'money', '1', '美元', ['usd'], 'USD'],
  ['万美元', 'money', '1e4', '美元', ['wan-usd'], 'USD'],
  ['亿美元', 'money', '1e8', '美元', ['yi-usd'], 'USD'],
  ['平方米', 'area', '0.0015', '亩', ['m2', 'm²', '㎡', 'sqm']],
  ['万平方米', 'area', '15', '亩', ['wan-m2']],
  ['亩', 'area', '1', '亩', ['mu']],
  ['万亩', 'area', '1e4', '亩', ['wan-mu']],
  ['公顷', 'area', '15', '亩', ['ha', 'hm2', 'hm²']],
  ['平方公里', 'area', '1500', '亩', ['km2', 'km²', '㎢', '平方千米']],
  ['人', 'population', '1', '人', ['person', 'persons', 'people']],
  ['万人', 'population', '1e4', '人', ['wan-person']],
  ['人次', 'visits', '1', '人次', ['person-time', 'visits']],
  ['万人次', 'visits', '1e4', '人次', ['wan-person-time']],
  ['米', 'length', '1', '米', ['m']],
  ['千米', 'length', '1e3', '米', ['km', '公里']],
  ['吨', 'mass', '1', '吨', ['t', 'tonne']],
  ['万吨', 'mass', '1e4', '吨', ['wan-t']],
  ['个', 'count', '1', '个', ['count', 'item']],
  ['家', 'count', '1', '个', []],
  ['笔', 'count', '1', '个', []],
  ['户', 'count', '1', '个', ['household']],
  ['座', 'count', '1', '个', []],
  ['口', 'count', '1', '个', []],
  ['项', 'count', '1', '个', []],
  ['处', 'count', '1', '个', []],
  ['对', 'count', '1', '个', []],
  ['辆', 'count', '1', '个', []],
  ['只', 'count', '1', '个', []],
  ['台', 'count', '1', '个', []],
  ['套', 'count', '1', '个', []],
  ['间', 'count', '1', '个', []],
  ['栋', 'count', '1', '个', []],
  ['条', 'count', '1', '个', []],
  ['所', 'count', '1', '个', []],
  ['宗', 'count', '1', '个', []],
  ['万户', 'count', '1e4', '个', ['wan-household']],
  ['万个', 'count', '1e4', '个', ['wan-count']],
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
  return unitIndex.get(trimmed) ?? unitIndex.get(trimmed.toLowerCase());
}

/**
 * Every unit of the table, in a stable order (money, area, population, visits, length, mass,
 * count).
 *
 * @returns the frozen list of units
 * @example
 * ```ts
 * listUnits().filter((unit) => unit.dimension === 'area').map((unit) => unit.name);
 * // => ['平方米', '万平方米', '亩', '万亩', '公顷', '平方公里']
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
