/**
 * Reading a number cell of a statistical table as offices print it: `12345.67`, `-3`,
 * `1,234.5` (thousands separators), `１２.５` (full-width digits), `12.5%`, and the missing marks
 * (`—`, `-`, `…`, empty). A value with at most 15 significant digits is a float64 whose shortest
 * form is the printed number (every such decimal is a distinct float64), so nothing is lost;
 * a longer one stays decimal text.
 *
 * @internal
 * @module
 */
import { isMissingMark } from '../internal/missing.js';

/** The most significant digits a float64 keeps for every decimal (DBL_DIG). */
const FLOAT_DIGITS = 15;
const EXACT_POWERS: readonly number[] = Array.from({ length: 23 }, (_, k) => 10 ** k);

/** A cell read. @internal */
export type TableNumber =
  | { readonly kind: 'number'; readonly value: number; readonly percent: boolean }
  | { readonly kind: 'text'; readonly text: string; readonly percent: boolean }
  | { readonly kind: 'missing' }
  | { readonly kind: 'bad' };

/**
 * The plain decimal in `bytes[start, end)` (`-12.50`, optional spaces around it) as a float64,
 * or `null` when the cell is empty, or `undefined` for anything else (the caller reads it with
 * {@link readTableNumber}). The fast path of the table readers: no string is made.
 *
 * @internal
 */
export function plainNumberAt(
  bytes: Uint8Array,
  start: number,
  end: number,
): number | null | undefined {
  let i = start;
  let j = end;
  while (i < j && bytes[i] === 32) i += 1;
  while (j > i && bytes[j - 1] === 32) j -= 1;
  if (i === j) return null;
  let negative = false;
  const first = bytes[i] as number;
  if (first === 45 || first === 43) {
    negative = first === 45;
    i += 1;
  }
  let mantissa = 0;
  let digits = 0;
  let significant = 0;
  let decimals = -1;
  for (; i < j; i += 1) {
    const code = bytes[i] as number;
    if (code >= 48 && code <= 57) {
      mantissa = mantissa * 10 + (code - 48);
      digits += 1;
      if (mantissa !== 0) significant += 1;
      if (decimals >= 0) decimals += 1;
    } else if (code === 46 && decimals < 0) {
      decimals = 0;
    } else {
      return undefined;
    }
  }
  if (digits === 0 || significant > FLOAT_DIGITS || decimals > 22) return undefined;
  // An exact integer over an exact power of ten, rounded once: the float64 nearest the decimal.
  const value = decimals > 0 ? mantissa / (EXACT_POWERS[decimals] as number) : mantissa;
  return negative ? -value : value;
}

const FULL_WIDTH = /[０-９．－＋，％]/g;
const THOUSANDS = /^[+-]?\d{1,3}(?:[,，]\d{3})+(?:\.\d*)?$/;
const SPACED_THOUSANDS = /^[+-]?\d{1,3}(?: \d{3})+(?:\.\d*)?$/;
const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;

/**
 * Reads a number cell of any form the readers accept.
 *
 * @internal
 */
export function readTableNumber(cell: string): TableNumber {
  if (isMissingMark(cell)) return { kind: 'missing' };
  let text = cell
    .trim()
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/^−/, '-');
  const percent = text.endsWith('%');
  if (percent) text = text.slice(0, -1).trimEnd();
  if (THOUSANDS.test(text)) text = text.replace(/[,，]/g, '');
  else if (SPACED_THOUSANDS.test(text)) text = text.replace(/ /g, '');
  if (!PLAIN.test(text)) return { kind: 'bad' };
  const significant = text.replace(/^[+-]/, '').replace('.', '').replace(/^0+/, '').length;
  // Number() rounds correctly: with at most 15 significant digits, the float64 is the decimal's.
  if (significant <= FLOAT_DIGITS) return { kind: 'number', value: Number(text), percent };
  // More than 15 significant digits: kept as text, exactly as printed.
  return { kind: 'text', text: text.startsWith('+') ? text.slice(1) : text, percent };
}
