import { divisionByZeroError } from '../../errors.js';
import { Decimal } from '../../numbers/decimal.js';
import type { AmountInput, AmountOf } from '../../units/amount.js';
import type { Quantity } from '../../units/quantity.js';
import { requireNonNegative } from '../internal/arguments.js';
import { amountFromBaseUnits, readAllInBaseUnitsOf } from '../internal/operands.js';

const FN = 'landQuotaGap';

/** Result of {@link landQuotaGap}; amounts are quantities when any input was one. @category Land */
export interface LandQuotaGapResult<T extends Decimal | Quantity = Decimal | Quantity> {
  /** The available quota (可支配建设用地指标), in the result unit. */
  readonly available: T;
  /** The demand (实际建设需求), in the result unit. */
  readonly demand: T;
  /** The shortfall (缺口): max(demand − available, 0). */
  readonly gap: T;
  /** The unused quota (结余): max(available − demand, 0). */
  readonly surplus: T;
  /** The share of the demand the quota covers: available / demand (may exceed 1). */
  readonly coverage: Decimal;
}

/**
 * The gap between a construction-land quota and the land a town needs (建设用地指标缺口), e.g.
 * 白塔镇: 可支配建设用地指标116.7公顷 against 实际建设需求283.4公顷 — a gap of 166.7公顷.
 *
 * Formula: gap = max(demand − available, 0); surplus = max(available − demand, 0);
 * coverage = available / demand. At most one of gap and surplus is non-zero, and
 * gap − surplus = demand − available.
 *
 * Source: the quota accounting of 土地利用总体规划 (land-use master plans) as the seed reports
 * use it; the same shape as the funding gap.
 *
 * @param available - the quota available (可支配建设用地指标), a number or an area quantity
 * @param demand - the land needed (建设用地需求), a number or an area quantity
 * @returns available, demand, gap and surplus — quantities in the unit of the first quantity
 *   argument when quantities were given (plain numbers are then taken in that unit), decimals
 *   otherwise — and the coverage as a fraction
 * @throws TownIndicatorsError `DIVISION_BY_ZERO` when `demand` is zero (no coverage);
 *   `INVALID_ARGUMENT` when an input is negative; `UNIT_MISMATCH` when a quantity is not an
 *   area; `INVALID_NUMBER` for an input that is not a number
 * @example
 * ```ts
 * const r = landQuotaGap(quantity('116.7', '公顷'), quantity('283.4', '公顷'));
 * [String(r.gap), String(r.surplus), roundHalfUp(r.coverage, 4).toString()];
 * // => ['166.7公顷', '0公顷', '0.4118']
 * ```
 *
 * @category Land
 */
export function landQuotaGap<A extends AmountInput, D extends AmountInput>(
  available: A,
  demand: D,
): LandQuotaGapResult<AmountOf<A | D>> {
  const { values, unit } = readAllInBaseUnitsOf(FN, 'area', '亩', [
    ['available', available],
    ['demand', demand],
  ]);
  const [have, need] = values as [Decimal, Decimal];
  requireNonNegative(FN, 'available', have);
  requireNonNegative(FN, 'demand', need);
  if (need.isZero()) {
    throw divisionByZeroError(FN, 'demand');
  }
  const difference = need.minus(have);
  const zero = new Decimal(0);
  const amount = (value: Decimal): AmountOf<A | D> => amountFromBaseUnits<A | D>(value, unit);
  return {
    available: amount(have),
    demand: amount(need),
    gap: amount(difference.gt(0) ? difference : zero),
    surplus: amount(difference.lt(0) ? difference.neg() : zero),
    coverage: have.div(need),
  };
}
