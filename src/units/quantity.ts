import { unitMismatchError, unknownUnitError } from '../errors.js';
import { type Decimal, type DecimalInput, resultInRange, toDecimal } from '../numbers/decimal.js';
import { areCompatible, type Dimension, findUnit, type Unit, unitFactorRatio } from './table.js';

/**
 * How a report qualifies a figure: 约 (about), 近 (nearly), 余 / 多 / 超过 / 突破 (more than),
 * 以上 (at least), 不足 (less than).
 *
 * @category Units
 */
export type Qualifier = 'about' | 'nearly' | 'more-than' | 'at-least' | 'less-than';

/**
 * An amount with its unit: immutable, exact, and printed the way reports print it (`'60.3亿元'`).
 * `JSON.stringify` writes it as that string, which {@link parseQuantity} reads back.
 *
 * @category Units
 */
export interface Quantity {
  /** The number, in {@link Quantity.unit}. */
  readonly value: Decimal;
  /** The unit the value is expressed in. */
  readonly unit: Unit;
  /** The unit's dimension. */
  readonly dimension: Dimension;
  /** The qualifier the report gave the figure (近, 约, 余 …), if any. */
  readonly qualifier?: Qualifier;
  /** The value converted into another unit of the same dimension (exact where the factors allow). */
  to(unit: string): Decimal;
  /** The same quantity expressed in another unit; the qualifier is kept. */
  in(unit: string): Quantity;
  /** Whether another quantity has the same value, unit and qualifier. */
  equals(other: Quantity): boolean;
  /** Report text: `'60.3亿元'`, `'2.6万余人'`, `'近5万人'`. */
  toString(): string;
  /** The same text as {@link Quantity.toString}, so JSON round-trips through {@link parseQuantity}. */
  toJSON(): string;
}

/** Options of {@link quantity}. @category Units */
export interface QuantityOptions {
  /** The qualifier of the figure, if the report gives one. */
  readonly qualifier?: Qualifier;
}

const QUANTITY_BRAND: unique symbol = /* @__PURE__ */ Symbol.for('town-indicators.quantity');

const QUALIFIER_TEXT: Readonly<Record<Qualifier, readonly [prefix: string, suffix: string]>> = {
  about: ['约', ''],
  nearly: ['近', ''],
  'more-than': ['', '余'],
  'at-least': ['', '以上'],
  'less-than': ['不足', ''],
};

function formatQuantity(q: Quantity): string {
  const number = q.value.toString();
  if (q.qualifier === undefined) return `${number}${q.unit.name}`;
  const [prefix, suffix] = QUALIFIER_TEXT[q.qualifier];
  if (suffix === '余') {
    // Reports put 余 between the multiplier and the unit: 2.6万余人, 150余万 is rarer.
    if (q.unit.dimension === 'number') return `${number}${q.unit.name}余`;
    const scaled = /^[万亿]./.test(q.unit.name);
    return scaled
      ? `${number}${q.unit.name.slice(0, 1)}余${q.unit.name.slice(1)}`
      : `${number}余${q.unit.name}`;
  }
  return `${prefix}${number}${q.unit.name}${suffix}`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// Built on first use: a module-level object with computed symbol keys would count as a side effect
// and keep the whole prototype in every bundle that imports anything from this module.
let sharedPrototype: object | undefined;

function quantityPrototype(): object {
  sharedPrototype ??= createPrototype();
  return sharedPrototype;
}

function createPrototype(): object {
  return {
    to(this: Quantity, unit: string): Decimal {
      return convertValue(
        this.value,
        this.unit,
        requireUnit('Quantity.to', 'unit', unit),
        'Quantity.to',
        'this',
      );
    },
    in(this: Quantity, unit: string): Quantity {
      const target = requireUnit('Quantity.in', 'unit', unit);
      const value = convertValue(this.value, this.unit, target, 'Quantity.in', 'this');
      return makeQuantity(value, target, this.qualifier);
    },
    equals(this: Quantity, other: Quantity): boolean {
      return (
        isQuantity(other) &&
        other.unit.name === this.unit.name &&
        other.value.eq(this.value) &&
        other.qualifier === this.qualifier
      );
    },
    toString(this: Quantity): string {
      return formatQuantity(this);
    },
    toJSON(this: Quantity): string {
      return formatQuantity(this);
    },
    [Symbol.for('nodejs.util.inspect.custom')](this: Quantity): string {
      return formatQuantity(this);
    },
    [Symbol.for('Jupyter.display')](this: Quantity): Record<string, string> {
      const text = formatQuantity(this);
      return { 'text/plain': text, 'text/html': `<span>${escapeHtml(text)}</span>` };
    },
    [QUANTITY_BRAND]: true,
  };
}

function makeQuantity(value: Decimal, unit: Unit, qualifier: Qualifier | undefined): Quantity {
  const q = Object.create(quantityPrototype()) as { -readonly [K in keyof Quantity]: Quantity[K] };
  q.value = value;
  q.unit = unit;
  q.dimension = unit.dimension;
  if (qualifier !== undefined) q.qualifier = qualifier;
  return Object.freeze(q);
}

/**
 * Looks up a unit or throws.
 *
 * @internal
 */
export function requireUnit(fn: string, arg: string, name: string): Unit {
  const unit = typeof name === 'string' ? findUnit(name) : undefined;
  if (unit === undefined) {
    throw unknownUnitError(fn, arg, name);
  }
  return unit;
}

/**
 * Converts a value between two units, checking compatibility.
 *
 * @internal
 */
export function convertValue(
  value: Decimal,
  from: Unit,
  to: Unit,
  fn: string,
  arg = 'unit',
): Decimal {
  if (!areCompatible(from, to)) {
    throw unitMismatchError(fn, arg, from.name, to.name);
  }
  if (from === to) return value;
  const [numerator, denominator] = unitFactorRatio(from, to);
  return resultInRange(value.times(numerator).div(denominator), fn, arg);
}

/**
 * Tells whether a value is a {@link Quantity} (from this or another copy of the library).
 *
 * @param value - anything
 * @returns `true` for a quantity
 * @example
 * ```ts
 * isQuantity(quantity('60.3', '亿元'));
 * // => true
 * ```
 *
 * @category Units
 */
export function isQuantity(value: unknown): value is Quantity {
  return typeof value === 'object' && value !== null && QUANTITY_BRAND in value;
}

/**
 * Makes a quantity: a value with its unit.
 *
 * @param value - the number (`'60.3'`, `60.3` or a decimal)
 * @param unit - a unit name or alias from the units table (`'亿元'`, `'yi-yuan'`)
 * @param options - the qualifier, if any
 * @returns an immutable {@link Quantity}
 * @throws TownIndicatorsError `INVALID_NUMBER` for a value that is not a finite number;
 *   `UNKNOWN_UNIT` for a unit not in the table
 * @example
 * ```ts
 * quantity('116.7', '公顷').to('亩').toString();
 * // => '1750.5'
 * ```
 *
 * @category Units
 */
export function quantity(
  value: DecimalInput,
  unit: string,
  options: QuantityOptions = {},
): Quantity {
  const resolved = requireUnit('quantity', 'unit', unit);
  const number = toDecimal(value, { fn: 'quantity', arg: 'value' });
  return makeQuantity(number, resolved, options.qualifier);
}

/**
 * Converts a value from one unit to another of the same dimension. Exact wherever the result has
 * a finite decimal form (every conversion into 亩 does: 1 公顷 = 15 亩, 1 平方公里 = 1500 亩,
 * 1 平方米 = 0.0015 亩).
 *
 * Formula: value × factor(from) / factor(to).
 *
 * @param value - the number in `from`
 * @param from - the unit of `value`
 * @param to - the unit wanted
 * @returns the value in `to`
 * @throws TownIndicatorsError `UNKNOWN_UNIT` for a unit not in the table; `UNIT_MISMATCH` across
 *   dimensions or currencies; `INVALID_NUMBER` for a value that is not a number
 * @example
 * ```ts
 * convert('1.5', '平方公里', '亩').toString();
 * // => '2250'
 * ```
 *
 * @category Units
 */
export function convert(value: DecimalInput, from: string, to: string): Decimal {
  const fromUnit = requireUnit('convert', 'from', from);
  const toUnit = requireUnit('convert', 'to', to);
  const number = toDecimal(value, { fn: 'convert', arg: 'value' });
  return convertValue(number, fromUnit, toUnit, 'convert', 'value');
}

/** @internal Re-exported so the parser builds quantities without a second lookup. */
export function quantityOfUnit(value: Decimal, unit: Unit, qualifier?: Qualifier): Quantity {
  return makeQuantity(value, unit, qualifier);
}
