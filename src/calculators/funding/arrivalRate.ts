import type { Decimal } from '../../numbers/decimal.js';
import type { AmountInput } from '../../units/amount.js';
import { ratioToPositiveBase } from '../internal/operands.js';

/**
 * The arrival rate of committed money (资金到位率, 到位率): the share of the committed (协议)
 * amount actually received (实到, 到位).
 *
 * Formula: received / committed, as a fraction.
 *
 * Source: the 到位率 of 招商引资 and project funding reports (实际到位资金 / 协议资金). Seed report
 * 002: 协议引进外资 1665万美元, 实到外资 850万美元 → 51.05%. A commitment of zero throws
 * `DIVISION_BY_ZERO`, a negative one `NON_POSITIVE_BASE`. Quantities are converted into the base
 * unit of their dimension first; CNY and USD do not mix (`UNIT_MISMATCH`); a plain number next to a
 * quantity is taken to be in that quantity's unit.
 *
 * @param committed - the committed amount (协议金额), a number or a quantity; must be positive
 * @param received - the amount received (实到, 到位金额) of the same dimension and currency
 * @returns the arrival rate as a fraction
 * @throws TownIndicatorsError `DIVISION_BY_ZERO` when `committed` is zero; `NON_POSITIVE_BASE`
 *   when it is negative; `UNIT_MISMATCH` for quantities of different dimensions or currencies;
 *   `INVALID_NUMBER` for an input that is not a number
 * @example
 * ```ts
 * arrivalRate(quantity('1665', '万美元'), quantity('850', '万美元')).toFixed(4);
 * // => '0.5105'
 * ```
 *
 * @category Funding
 */
export function arrivalRate(committed: AmountInput, received: AmountInput): Decimal {
  return ratioToPositiveBase('arrivalRate', ['committed', committed], ['received', received], true);
}
