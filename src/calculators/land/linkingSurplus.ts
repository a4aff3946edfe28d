import type { Decimal } from '../../numbers/decimal.js';
import { requireObject } from '../../numbers/internal.js';
import type { AmountInput, AmountOf } from '../../units/amount.js';
import { requireNonNegative } from '../internal/arguments.js';
import { amountFromBaseUnits, readAllInBaseUnitsOf } from '../internal/operands.js';

const FN = 'linkingSurplus';

/** Input of {@link linkingSurplus}. @category Land */
export interface LinkingSurplusInput<
  R extends AmountInput = AmountInput,
  S extends AmountInput = AmountInput,
> {
  /** Farmland reclaimed from demolished rural construction land (拆旧复垦耕地面积). */
  readonly reclaimed: R;
  /** The part of the new resettlement land that occupies farmland (建新安置区占用耕地面积). */
  readonly resettlementOnFarmland: S;
}

/**
 * The surplus quota of a linking project (城乡建设用地增减挂钩节余指标): the construction-land
 * quota left for the town once the resettlement area is paid for.
 *
 * Formula: reclaimed − resettlementOnFarmland.
 *
 * Source: the 增减挂钩 rules of the Ministry of Land and Resources (国土资源部《城乡建设用地增减
 * 挂钩试点管理办法》); Weishan county examples 8.76 − 3.44 = 5.32 公顷 and
 * 17.86 − 6.50 = 11.36 公顷. Only the part of the resettlement land on farmland counts, not the
 * whole resettlement area.
 *
 * The result is signed: a negative value is a shortfall (the project occupies more farmland
 * than it reclaims, so it cannot repay its turnover quota); it is returned, not thrown, so that
 * an audit can report it.
 *
 * @param input - `reclaimed` and `resettlementOnFarmland`, numbers or area quantities
 * @returns the surplus (negative for a shortfall): a quantity in the unit of the first quantity
 *   (`reclaimed` if it is one) when quantities were given, else a decimal
 * @throws TownIndicatorsError `INVALID_ARGUMENT` when `input` is not an object or an area is
 *   negative; `UNIT_MISMATCH` when
 *   a quantity is not an area; `INVALID_NUMBER` for an input that is not a number
 * @example
 * ```ts
 * String(linkingSurplus({ reclaimed: quantity('8.76', '公顷'), resettlementOnFarmland: quantity('3.44', '公顷') }));
 * // => '5.32公顷'
 * ```
 *
 * @category Land
 */
export function linkingSurplus<R extends AmountInput, S extends AmountInput>(
  input: LinkingSurplusInput<R, S>,
): AmountOf<R | S> {
  requireObject(FN, 'input', input, '{ reclaimed, resettlementOnFarmland }');
  const { values, unit } = readAllInBaseUnitsOf(FN, 'area', '亩', [
    ['reclaimed', input.reclaimed],
    ['resettlementOnFarmland', input.resettlementOnFarmland],
  ]);
  const [reclaimed, occupied] = values as [Decimal, Decimal];
  requireNonNegative(FN, 'reclaimed', reclaimed);
  requireNonNegative(FN, 'resettlementOnFarmland', occupied);
  const surplus: Decimal = reclaimed.minus(occupied);
  return amountFromBaseUnits<R | S>(surplus, unit);
}
