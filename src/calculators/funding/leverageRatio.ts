import type { Decimal } from '../../numbers/decimal.js';
import type { AmountInput } from '../../units/amount.js';
import { ratioToPositiveBase } from '../internal/operands.js';

/**
 * The leverage of public money (社会资本撬动比, 撬动): how many yuan of social capital each yuan of
 * public (seed) money mobilized.
 *
 * Formula: Σ mobilized / Σ seed (a multiple: `3.4` means 1 yuan of public money drew 3.4 yuan).
 *
 * Source: the 撬动 ratio of Chinese town and PPP reports (社会资本 / 财政资金). Seed report 000:
 * 40.3亿元 of 社会资金 against 0.6亿 市级专项 + 11.2亿 区县配套 of public money. Each argument may
 * be one amount or a list of amounts by source, which are added. Quantities are converted into the
 * base unit of their dimension first (CNY and USD do not mix: `UNIT_MISMATCH`); a plain number
 * next to a quantity is taken to be in the unit of the first quantity.
 *
 * @param mobilized - the social capital mobilized (社会资本, 社会资金), an amount or a list
 * @param seed - the public money that drew it (财政资金, 引导资金), an amount or a list; must be positive
 * @returns the ratio as a {@link Decimal}
 * @throws TownIndicatorsError `DIVISION_BY_ZERO` when the seed money is zero; `NON_POSITIVE_BASE`
 *   when it is negative; `UNIT_MISMATCH` for quantities of different dimensions or currencies;
 *   `INVALID_NUMBER` for an input that is not a number
 * @example
 * ```ts
 * leverageRatio(quantity('40.3', '亿元'), ['0.6', '11.2']).toFixed(2);
 * // => '3.42'
 * ```
 *
 * @category Funding
 */
export function leverageRatio(
  mobilized: AmountInput | readonly AmountInput[],
  seed: AmountInput | readonly AmountInput[],
): Decimal {
  return ratioToPositiveBase('leverageRatio', ['mobilized', mobilized], ['seed', seed], false);
}
