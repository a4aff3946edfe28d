import { divisionByZeroError, invalidArgumentError } from '../../errors.js';
import {
  Decimal,
  type DecimalInput,
  inRange,
  resultInRange,
  type ToDecimalOptions,
  toDecimal,
} from '../../numbers/decimal.js';
import type { AmountInput } from '../../units/amount.js';
import { isQuantity } from '../../units/quantity.js';
import { readAllInBaseUnits } from '../internal/operands.js';

const FN = 'share';
const PART = { fn: FN, arg: 'part' } as const;
const WHOLE = { fn: FN, arg: 'whole' } as const;

/**
 * Reads a plain number the way {@link toDecimal} does, with a shortcut for the common inputs so
 * that `share` costs no more than the bare decimal.js division: a finite number goes straight to
 * the constructor (which reads it through its shortest decimal string, as `toDecimal` does; `-0`
 * is read as `0`), and text of the form `[sign]digits[.digits][e±digits]` goes straight to the
 * constructor when it starts with a sign, digit or point, ends with a digit and has no
 * `0x`/`0b`/`0o` prefix. Anything else — `'9.5%'`, spaces, invalid text — takes the full path of
 * `toDecimal`, which gives the same value or the same error.
 */
function readPlain(value: DecimalInput, options: ToDecimalOptions): Decimal {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return new Decimal(value === 0 ? 0 : value);
  } else if (typeof value === 'string' && isPlainText(value)) {
    let read: Decimal | undefined;
    try {
      read = new Decimal(value);
    } catch {
      // Not a plain number after all ('1..2', '1 2'): `toDecimal` throws the library's error.
    }
    if (read !== undefined)
      return inRange(read, options.fn ?? 'share', options.arg ?? 'value', value);
  }
  return toDecimal(value, options);
}

function isPlainText(text: string): boolean {
  const length = text.length;
  if (length === 0) return false;
  const last = text.charCodeAt(length - 1);
  if (last < 48 || last > 57) return false;
  let start = 0;
  let code = text.charCodeAt(0);
  if (code === 43 || code === 45) {
    start = 1;
    code = text.charCodeAt(1);
  }
  if (code === 46) return true;
  if (code < 48 || code > 57) return false;
  // `0x1f`, `0b101`, `0o17` are read by decimal.js but are not decimal text.
  const next = text.charCodeAt(start + 1);
  return code !== 48 || next === 46 || (next >= 48 && next <= 57) || Number.isNaN(next);
}

/**
 * The share of a part in a whole (占比, 比重): what fraction of the whole the part is.
 *
 * Formula: part / whole, returned as a fraction (`0.668` = 66.8%).
 *
 * Source: NBS 比重 (proportion) = part / whole. Seed report 000: 社会资金 40.3亿元 of 60.3亿元
 * invested = 66.8%. Quantities are converted into the base unit of their dimension first, so
 * `'40.3亿元'` and `'403000万元'` give the same share; a plain number next to a quantity is taken to
 * be in that quantity's unit. A negative part or whole is computed as given (a net figure may be
 * negative); only a zero whole has no share.
 *
 * @param part - the part (部分), a number or a quantity
 * @param whole - the whole (总量) of the same dimension
 * @returns the share as a fraction (a {@link Decimal}, 34 significant digits)
 * @throws TownIndicatorsError `DIVISION_BY_ZERO` when `whole` is zero; `UNIT_MISMATCH` when the
 *   quantities are of different dimensions or currencies; `INVALID_NUMBER` for an input that is
 *   not a number
 * @example
 * ```ts
 * share(quantity('40.3', '亿元'), quantity('60.3', '亿元')).toDecimalPlaces(4).toString();
 * // => '0.6683'
 * ```
 *
 * @category Funding
 */
export function share(part: AmountInput, whole: AmountInput): Decimal {
  if (isQuantity(part) || isQuantity(whole)) {
    const { values } = readAllInBaseUnits(FN, [
      ['part', part],
      ['whole', whole],
    ]);
    const [numerator, denominator] = values as [Decimal, Decimal];
    if (denominator.isZero()) throw divisionByZeroError(FN, 'whole');
    return resultInRange(numerator.div(denominator), FN, 'part');
  }
  const numerator = readPlain(part, PART);
  // The divisor goes to `div` as given when it is plain, as in the bare decimal.js division
  // (`div` reads its argument anyway); a zero divisor shows as a non-finite quotient.
  let quotient: Decimal;
  if (
    typeof whole === 'number'
      ? Number.isFinite(whole)
      : typeof whole === 'string' && isPlainText(whole)
  ) {
    try {
      quotient = numerator.div(whole);
    } catch {
      quotient = numerator.div(toDecimal(whole, WHOLE));
    }
  } else {
    quotient = numerator.div(toDecimal(whole, WHOLE));
  }
  if (quotient.isFinite()) return resultInRange(quotient, FN, 'part');
  if (toDecimal(whole, WHOLE).isZero()) throw divisionByZeroError(FN, 'whole');
  throw invalidArgumentError(FN, 'part', 'divided by whole is beyond the range of decimal numbers');
}
