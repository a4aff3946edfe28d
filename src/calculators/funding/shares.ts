import { divisionByZeroError } from '../../errors.js';
import type { Decimal } from '../../numbers/decimal.js';
import type { AmountInput } from '../../units/amount.js';
import { readParts } from '../internal/operands.js';
import { sum } from '../internal/wide.js';

const FN = 'shares';

/**
 * The share of each part in the sum of all parts (结构, 构成, 占比): a funding structure such as
 * 市级专项 / 区县配套 / 社会资金 of the total invested.
 *
 * Formula: share_k = part_k / Σ parts, each as a fraction; the shares add up to 1 (to the 34
 * significant digits of the decimals).
 *
 * Source: NBS 比重 (proportion) = part / total. Seed report 000: 0.6亿 市级专项, 11.2亿 区县配套,
 * 40.3亿 社会资金 of 60.3亿 invested. Quantities are converted into the base unit of their
 * dimension first (`'8.2亿元'` and `'82000万元'` mix); a plain number next to a quantity is taken to
 * be in the unit of the first quantity. Negative parts are computed as given (a net item may be
 * negative); only a zero sum has no shares.
 *
 * The result has the keys of `parts` in the same order (JavaScript's own order for object keys:
 * insertion order, except that integer-like keys such as `'2011'` come first, ascending).
 *
 * @param parts - the named parts (各部分), numbers or quantities of one dimension
 * @returns the shares as fractions, one {@link Decimal} per key
 * @throws TownIndicatorsError `DIVISION_BY_ZERO` when the parts sum to zero; `INVALID_ARGUMENT`
 *   when `parts` has no key or is not a record; `UNIT_MISMATCH` when the quantities are of
 *   different dimensions or currencies; `INVALID_NUMBER` for a part that is not a number
 * @example
 * ```ts
 * const s = shares({ public: '20', social: quantity('40', '亿元') });
 * [s.public.toFixed(4), s.social.toFixed(4)];
 * // => ['0.3333', '0.6667']
 * ```
 *
 * @category Funding
 */
export function shares<K extends string>(
  parts: Readonly<Record<K, AmountInput>>,
): Readonly<Record<K, Decimal>> {
  const { keys, values } = readParts(FN, parts);
  const total = sum(values);
  if (total.isZero()) throw divisionByZeroError(FN, 'the sum of parts');
  return Object.freeze(
    Object.fromEntries(keys.map((key, index) => [key, (values[index] as Decimal).div(total)])),
  ) as Readonly<Record<K, Decimal>>;
}
