import { divisionByZeroError, nonPositiveBaseError } from '../../errors.js';
import { Decimal } from '../../numbers/decimal.js';
import type { AmountInput, AmountOf } from '../../units/amount.js';
import type { Quantity } from '../../units/quantity.js';
import { amountFromBaseUnits, namedItems, readAllInBaseUnits } from '../internal/operands.js';
import { sum } from '../internal/wide.js';

const FN = 'fundingGap';

/**
 * The result of {@link fundingGap}. Amounts are quantities in the unit of the first quantity
 * given (`A` = {@link Quantity}), or decimals when only plain numbers came in.
 *
 * @category Funding
 */
export interface FundingGapResult<A extends Decimal | Quantity = Decimal | Quantity> {
  /** The amount required (所需资金), as given. */
  readonly required: A;
  /** The amount secured (已落实资金): the sum of the secured amounts. */
  readonly secured: A;
  /** The funding gap (资金缺口): max(required − secured, 0). */
  readonly gap: A;
  /** The surplus: max(secured − required, 0). */
  readonly surplus: A;
  /** The coverage (资金保障率): secured / required, as a fraction (may exceed 1). */
  readonly coverage: Decimal;
}

/**
 * The funding gap of a project or programme (资金缺口): how much of the required money is not yet
 * secured, and how much of it is.
 *
 * Formula: secured = Σ secured amounts; gap = max(required − secured, 0);
 * surplus = max(secured − required, 0); coverage = secured / required. So
 * gap − surplus = required − secured, and at most one of them is non-zero.
 *
 * Source: the 资金缺口 of Chinese town reports (所需资金 − 已落实资金, reported when positive);
 * seed report 000: of 60.3亿元 invested, 0.6亿 + 11.2亿 + 40.3亿 have a stated source and 8.2亿
 * does not. Quantities are converted into the base unit of their dimension first (CNY and USD do
 * not mix: `UNIT_MISMATCH`); the amounts come back in the unit of the first quantity (`required`
 * first, then the secured amounts in order). A secured amount may be negative (a withdrawn
 * commitment); only their sum counts. An empty list secures nothing.
 *
 * @param required - the amount required (所需资金, 计划投资), a number or a quantity; must be positive
 * @param secured - the amount secured (已落实, 到位), or a list of amounts by source, which are added
 * @returns `{ required, secured, gap, surplus, coverage }` (see {@link FundingGapResult})
 * @throws TownIndicatorsError `DIVISION_BY_ZERO` when `required` is zero; `NON_POSITIVE_BASE`
 *   when `required` is negative; `UNIT_MISMATCH` for quantities of different dimensions or
 *   currencies; `INVALID_NUMBER` for an input that is not a number
 * @example
 * ```ts
 * const g = fundingGap(quantity('60.3', '亿元'), ['0.6', '11.2', quantity('403000', '万元')]);
 * [String(g.secured), String(g.gap), String(g.surplus), g.coverage.toFixed(4)];
 * // => ['52.1亿元', '8.2亿元', '0亿元', '0.8640']
 * ```
 *
 * @category Funding
 */
export function fundingGap<R extends AmountInput, S extends AmountInput>(
  required: R,
  secured: S | readonly S[],
): FundingGapResult<AmountOf<R | S>> {
  const { values, unit } = readAllInBaseUnits(FN, [
    ['required', required],
    ...namedItems('secured', secured),
  ]);
  const [need = new Decimal(0)] = values;
  if (need.isZero()) throw divisionByZeroError(FN, 'required');
  if (need.isNegative()) {
    throw nonPositiveBaseError(FN, 'required', amountFromBaseUnits(need, unit));
  }
  const total = sum(values, 1);
  const difference = need.minus(total);
  const zero = new Decimal(0);
  return Object.freeze({
    required: amountFromBaseUnits<R | S>(need, unit),
    secured: amountFromBaseUnits<R | S>(total, unit),
    gap: amountFromBaseUnits<R | S>(difference.isPositive() ? difference : zero, unit),
    surplus: amountFromBaseUnits<R | S>(difference.isNegative() ? difference.neg() : zero, unit),
    coverage: total.div(need),
  });
}
