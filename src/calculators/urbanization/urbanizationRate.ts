import { divisionByZeroError, invalidArgumentError } from '../../errors.js';
import type { Decimal } from '../../numbers/decimal.js';
import type { AmountInput } from '../../units/amount.js';
import { requireNonNegative } from '../internal/arguments.js';
import { readAllInBaseUnitsOf } from '../internal/operands.js';

const FN = 'urbanizationRate';

/**
 * The urbanization rate (城镇化率): the share of a population that lives in towns and cities.
 *
 * Formula: urbanPopulation / totalPopulation, returned as a fraction (`0.7` = 70%).
 *
 * Source: NBS, 城镇化率 = 城镇人口 / 总人口. The basis is the caller's: pass 常住人口 (resident
 * population, the NBS headline rate) or 户籍人口 (registered population) for both arguments.
 * Quantities are converted into one unit (`'52.7万人'` and `'753000人'` combine); a plain number
 * next to a quantity is taken to be in that quantity's unit.
 *
 * An urban population larger than the total is a data error, not a rate above 100%: it throws.
 *
 * @param urbanPopulation - urban population (城镇人口), a number or a population quantity
 * @param totalPopulation - total population (总人口) on the same basis
 * @returns the rate as a fraction in [0, 1]
 * @throws TownIndicatorsError `DIVISION_BY_ZERO` when `totalPopulation` is zero;
 *   `INVALID_ARGUMENT` when either population is negative or `urbanPopulation` exceeds
 *   `totalPopulation`; `UNIT_MISMATCH` when a quantity is not a population (人, 万人);
 *   `INVALID_NUMBER` for an input that is not a number
 * @example
 * ```ts
 * urbanizationRate(quantity('3.5', '万人'), quantity('50000', '人')).toString();
 * // => '0.7'
 * ```
 *
 * @category Urbanization
 */
export function urbanizationRate(
  urbanPopulation: AmountInput,
  totalPopulation: AmountInput,
): Decimal {
  const { values } = readAllInBaseUnitsOf(FN, 'population', '人', [
    ['urbanPopulation', urbanPopulation],
    ['totalPopulation', totalPopulation],
  ]);
  const [urban, total] = values as [Decimal, Decimal];
  requireNonNegative(FN, 'urbanPopulation', urban);
  requireNonNegative(FN, 'totalPopulation', total);
  if (total.isZero()) {
    throw divisionByZeroError(FN, 'totalPopulation');
  }
  if (urban.gt(total)) {
    throw invalidArgumentError(
      FN,
      'urbanPopulation',
      `must not exceed totalPopulation, got ${urban.toString()} > ${total.toString()} (in 人 when quantities were given)`,
      urban,
      { total: total.toString() },
    );
  }
  return urban.div(total);
}
