import { divisionByZeroError, invalidArgumentError } from '../../errors.js';
import { Decimal } from '../../numbers/decimal.js';
import type { AmountInput } from '../../units/amount.js';
import { requireNonNegative } from '../internal/arguments.js';
import { readParts } from '../internal/operands.js';

const FN = 'roundShares';

/** The largest number of decimals {@link roundShares} accepts. */
const MAX_DECIMALS = 20;

/**
 * Percentages of a whole, rounded so that they add up to exactly 100 (the 构成 table of a report):
 * the largest remainder method (Hamilton's method).
 *
 * Formula: each exact percentage p_k = 100 · part_k / Σ parts is cut down to `decimals` digits;
 * the units of the last digit still missing to reach 100 go, one each, to the parts with the
 * largest remainders; equal remainders go to the earlier key. Every result is within one unit of
 * the last digit of its exact value, and the results add up to exactly 100.
 *
 * Source: the largest remainder (Hamilton) method of apportionment, as used to make the
 * percentages of a structure table add up to 100; plain half-up rounding (NBS 四舍五入) of each
 * share does not guarantee that, and NBS publishes such sums unadjusted. The arithmetic is exact
 * (integers), so ties are real ties and no result depends on the units of the parts.
 *
 * Negative parts have no place in a percentage structure and throw `INVALID_ARGUMENT`; zero parts
 * are allowed (their percentage is 0 unless a remainder is needed). Keys keep the order of
 * `parts` (JavaScript's order: insertion order, integer-like keys first).
 *
 * @param parts - the named parts (各部分), non-negative numbers or quantities of one dimension
 * @param decimals - digits after the decimal point of the percentages, an integer from 0 to 20
 * @returns the percentages (33.4 means 33.4%), one {@link Decimal} per key, adding up to 100
 * @throws TownIndicatorsError `DIVISION_BY_ZERO` when the parts sum to zero; `INVALID_ARGUMENT`
 *   for a negative part, an empty or non-record `parts`, or `decimals` not an integer in 0..20;
 *   `UNIT_MISMATCH` when the quantities are of different dimensions or currencies;
 *   `INVALID_NUMBER` for a part that is not a number
 * @example
 * ```ts
 * const p = roundShares({ a: 1, b: 1, c: 1 }, 1);
 * [String(p.a), String(p.b), String(p.c)];
 * // => ['33.4', '33.3', '33.3']
 * ```
 *
 * @category Funding
 */
export function roundShares<K extends string>(
  parts: Readonly<Record<K, AmountInput>>,
  decimals: number,
): Readonly<Record<K, Decimal>> {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    throw invalidArgumentError(
      FN,
      'decimals',
      `must be an integer from 0 to ${MAX_DECIMALS}, got ${String(decimals)}`,
      decimals,
    );
  }
  const { keys, values } = readParts(FN, parts);
  let scale = 0;
  values.forEach((value, index) => {
    requireNonNegative(FN, `parts.${keys[index]}`, value);
    scale = Math.max(scale, value.decimalPlaces());
  });
  // Scaled to integers: part_k · 10^scale, exactly (toFixed keeps every digit).
  const integers = values.map((value) => BigInt(value.abs().toFixed(scale).replace('.', '')));
  const total = integers.reduce((a, b) => a + b, 0n);
  if (total === 0n) throw divisionByZeroError(FN, 'the sum of parts');
  const units = 100n * 10n ** BigInt(decimals);
  const floors = integers.map((part) => (part * units) / total);
  const remainders = integers.map((part) => (part * units) % total);
  let missing = units - floors.reduce((a, b) => a + b, 0n);
  const order = keys.map((_, index) => index);
  order.sort((a, b) => {
    const ra = remainders[a] as bigint;
    const rb = remainders[b] as bigint;
    return ra === rb ? a - b : ra > rb ? -1 : 1;
  });
  for (const index of order) {
    if (missing === 0n) break;
    floors[index] = (floors[index] as bigint) + 1n;
    missing -= 1n;
  }
  return Object.freeze(
    Object.fromEntries(
      keys.map((key, index) => [key, new Decimal(`${floors[index] as bigint}e-${decimals}`)]),
    ),
  ) as Readonly<Record<K, Decimal>>;
}
