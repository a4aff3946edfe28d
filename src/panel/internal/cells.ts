/**
 * A panel's indicator column read once into scaled integers: every value `v` of the column is
 * held as the integer `v × 10^scale` in a float64, exact while it is at most 2^53 − 1 (a float64
 * holds every such integer, and sums, differences and products below that bound are exact).
 * A value that does not fit (too many digits, an exponent beyond the scale) is `WIDE`: the
 * measures compute it through the scalar calculators instead.
 *
 * @internal
 * @module
 */
import { isDecimal, toDecimal } from '../../numbers/decimal.js';
import { isMissingMark } from './missing.js';

/** A cell read as a scaled integer. */
export const OK = 0;
/** An empty cell (`null`, `''`, `—`). */
export const MISSING = 1;
/** A cell that is not a number. */
export const INVALID = 2;
/** A number that does not fit the column's scaled integers. */
export const WIDE = 3;

/** The largest integer a float64 holds exactly, with every integer below it. */
export const SAFE = Number.MAX_SAFE_INTEGER;

/** The most decimals a column's scale takes; a value with more is `WIDE`. */
const MAX_SCALE = 15;

/** Powers of ten, exact in float64 up to 10^22. */
export const POW10: readonly number[] = Array.from({ length: 23 }, (_, k) => 10 ** k);

/** One indicator column as scaled integers. */
export interface ScaledColumn {
  readonly name: string;
  /** `value × 10^scale`, for the cells whose state is `OK`. */
  readonly ints: Float64Array;
  /** `OK`, `MISSING`, `INVALID` or `WIDE` per row. */
  readonly state: Uint8Array;
  /** The number of decimals of the scaled integers. */
  readonly scale: number;
  /** The column as given, for the scalar path. */
  readonly raw: ArrayLike<unknown>;
  /** Whether any cell is `WIDE`. */
  readonly hasWide: boolean;
}

const FAIL = -1;

/**
 * Reads plain decimal text (`-12.50`, `+3`, `.5`): writes the mantissa to `ints[row]` and returns
 * the number of decimals, or `FAIL` for anything else (exponents, spaces, more than 2^53).
 */
function readPlain(text: string, ints: Float64Array, row: number): number {
  const length = text.length;
  let i = 0;
  let negative = false;
  const first = text.charCodeAt(0);
  if (first === 45) {
    negative = true;
    i = 1;
  } else if (first === 43) {
    i = 1;
  }
  let mantissa = 0;
  let digits = 0;
  let decimals = -1;
  for (; i < length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      mantissa = mantissa * 10 + (code - 48);
      digits += 1;
      if (decimals >= 0) decimals += 1;
    } else if (code === 46 && decimals < 0) {
      decimals = 0;
    } else {
      return FAIL;
    }
  }
  // Each partial mantissa is below the final one, so a final one within 2^53 was exact all along.
  if (digits === 0 || mantissa > SAFE || decimals > MAX_SCALE) return FAIL;
  ints[row] = negative ? -mantissa : mantissa;
  return decimals < 0 ? 0 : decimals;
}

/** The value of one cell, as {@link toDecimal} reads it, or `undefined` when it is no number. */
function readOther(value: unknown): string | undefined {
  try {
    const decimal = toDecimal(value as string);
    return decimal.toFixed();
  } catch {
    return undefined;
  }
}

/** Reads text or a decimal that the fast reader refused: its decimals, or a state. */
function readSlow(value: unknown, ints: Float64Array, row: number): number {
  const text = readOther(typeof value === 'string' ? value.trim() : value);
  if (text === undefined) return -1 - INVALID;
  const places = readPlain(text, ints, row);
  return places === FAIL ? -1 - WIDE : places;
}

/**
 * Reads one cell into `ints[row]`: its number of decimals, or `-1 − state` for a cell that is
 * not `OK`.
 */
function readCell(value: unknown, ints: Float64Array, row: number): number {
  if (typeof value === 'string') {
    const places = readPlain(value, ints, row);
    if (places !== FAIL) return places;
    return isMissingMark(value) ? -1 - MISSING : readSlow(value, ints, row);
  }
  if (typeof value === 'number') {
    if (Number.isInteger(value) && Math.abs(value) <= SAFE) {
      ints[row] = value;
      return 0;
    }
    return Number.isFinite(value) ? readSlow(value, ints, row) : -1 - INVALID;
  }
  if (value === null || value === undefined) return -1 - MISSING;
  return isDecimal(value) ? readSlow(value, ints, row) : -1 - INVALID;
}

/**
 * Reads a column of a panel into scaled integers, every cell by the rules of {@link toDecimal}
 * (a number, a decimal string, a `Decimal`); `null`, `undefined`, `''` and the missing marks of
 * statistical tables (`—`, `-`, `…`) are `MISSING`.
 *
 * @internal
 */
export function scaleColumn(name: string, raw: ArrayLike<unknown>, length: number): ScaledColumn {
  const ints = new Float64Array(length);
  const state = new Uint8Array(length);
  const decimals = new Uint8Array(length);
  let scale = 0;
  for (let row = 0; row < length; row += 1) {
    const places = readCell(raw[row], ints, row);
    if (places < 0) {
      state[row] = -1 - places;
      continue;
    }
    decimals[row] = places;
    if (places > scale) scale = places;
  }
  let hasWide = false;
  for (let row = 0; row < length; row += 1) {
    if (state[row] === OK) {
      const shift = scale - (decimals[row] as number);
      if (shift > 0) {
        // A product of integers that is at most 2^53 is exact; beyond, the cell is wide.
        const scaled = (ints[row] as number) * (POW10[shift] as number);
        if (Math.abs(scaled) > SAFE) state[row] = WIDE;
        else ints[row] = scaled;
      }
    }
    if (state[row] === WIDE) hasWide = true;
  }
  return { name, ints, state, scale, raw, hasWide };
}

/** The value of a cell as the scalar calculators take it. @internal */
export function rawValue(column: ScaledColumn, row: number): string {
  const value = column.raw[row];
  return typeof value === 'string' ? value.trim() : String(value);
}
