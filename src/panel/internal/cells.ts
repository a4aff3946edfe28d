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

/**
 * Where a column is read into: `ints` and `state` of the column's length (views of one buffer
 * for all the columns of a panel, so that a national panel allocates once).
 */
export interface ColumnStorage {
  readonly ints: Float64Array;
  readonly state: Uint8Array;
}

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

/**
 * The decimal of a float64 as {@link toDecimal} reads it (its shortest form), when that has at
 * most 15 significant digits: the first `d` for which `r = round(v · 10^d)` gives back `v` as
 * `r / 10^d`. Every decimal of at most 15 significant digits is a distinct float64, so that
 * decimal is the shortest form; a float with more digits is `FAIL`.
 */
function readFloat(value: number, ints: Float64Array, row: number): number {
  for (let d = 1; d <= MAX_SCALE; d += 1) {
    const power = POW10[d] as number;
    const r = Math.round(value * power);
    if (Math.abs(r) >= 1e15) return FAIL;
    if (r / power === value) {
      ints[row] = r;
      return d;
    }
  }
  return FAIL;
}

/**
 * Reads a float64 at `scale` decimals when `round(v · 10^scale) / 10^scale` gives it back with
 * fewer than 10^15 units: by the argument of {@link readFloat}, that is its decimal, scaled.
 */
function readAtScale(value: number, scale: number, ints: Float64Array, row: number): boolean {
  const power = POW10[scale] as number;
  const r = Math.round(value * power);
  if (!(Math.abs(r) < 1e15) || r / power !== value) return false;
  ints[row] = r;
  return true;
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

/**
 * The common cell, inline: unsigned plain decimal text of at most 15 characters (so at most 15
 * digits, exact); anything else goes to {@link readCell}.
 */
function readUnsigned(text: string, ints: Float64Array, row: number): number {
  const size = text.length;
  if (size === 0 || size > 15) return readCell(text, ints, row);
  let mantissa = 0;
  let decimals = -1;
  for (let i = 0; i < size; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      mantissa = mantissa * 10 + (code - 48);
      if (decimals >= 0) decimals += 1;
    } else if (code === 46 && decimals < 0) {
      decimals = 0;
    } else {
      return readCell(text, ints, row);
    }
  }
  // '.' alone has no digit; every other text here is a number.
  if (decimals === 0 && size === 1) return readCell(text, ints, row);
  ints[row] = mantissa;
  return decimals < 0 ? 0 : decimals;
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
    if (Number.isFinite(value)) {
      const places = readFloat(value, ints, row);
      return places === FAIL ? readSlow(value, ints, row) : places;
    }
    // NaN is a missing cell, as pandas and the table readers write one in a float column.
    return Number.isNaN(value) ? -1 - MISSING : -1 - INVALID;
  }
  if (value === null || value === undefined) return -1 - MISSING;
  return isDecimal(value) ? readSlow(value, ints, row) : -1 - INVALID;
}

/** Scales the cells before `end` up by `10^shift`; true when one no longer fits (it is wide). */
function rescale(ints: Float64Array, state: Uint8Array, end: number, shift: number): boolean {
  const factor = POW10[shift] as number;
  let wide = false;
  for (let row = 0; row < end; row += 1) {
    if (state[row] !== OK) continue;
    const scaled = (ints[row] as number) * factor;
    if (Math.abs(scaled) > SAFE) {
      state[row] = WIDE;
      wide = true;
    } else {
      ints[row] = scaled;
    }
  }
  return wide;
}

/**
 * Reads a column of a panel into scaled integers, every cell by the rules of {@link toDecimal}
 * (a number, a decimal string, a `Decimal`); `null`, `undefined`, `''` and the missing marks of
 * statistical tables (`—`, `-`, `…`) are `MISSING`.
 *
 * @internal
 */
export function scaleColumn(
  name: string,
  raw: ArrayLike<unknown>,
  storage: ColumnStorage,
): ScaledColumn {
  const { ints, state } = storage;
  const length = ints.length;
  // One pass: each cell is scaled to the decimals seen so far; a cell with more decimals scales
  // the cells before it up (at most 15 times a column).
  let scale = 0;
  let hasWide = false;
  for (let row = 0; row < length; row += 1) {
    const value = raw[row];
    let places: number;
    if (typeof value === 'string') {
      places = readUnsigned(value, ints, row);
    } else if (typeof value === 'number' && scale > 0 && readAtScale(value, scale, ints, row)) {
      // A float of a column read so far at `scale` decimals: one try at that scale.
      places = scale;
    } else {
      places = readCell(value, ints, row);
    }
    if (places < 0) {
      state[row] = -1 - places;
      if (places === -1 - WIDE) hasWide = true;
      continue;
    }
    if (places > scale) {
      hasWide = rescale(ints, state, row, places - scale) || hasWide;
      scale = places;
    } else if (places < scale) {
      // A product of integers that is at most 2^53 is exact; beyond, the cell is wide.
      const scaled = (ints[row] as number) * (POW10[scale - places] as number);
      if (Math.abs(scaled) > SAFE) {
        state[row] = WIDE;
        hasWide = true;
      } else {
        ints[row] = scaled;
      }
    }
  }
  return { name, ints, state, scale, raw, hasWide };
}

/** The value of a cell as the scalar calculators take it. @internal */
export function rawValue(column: ScaledColumn, row: number): string {
  const value = column.raw[row];
  return typeof value === 'string' ? value.trim() : String(value);
}
