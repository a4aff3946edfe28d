import { divisionByZeroError, invalidArgumentError } from '../../errors.js';
import { type DecimalInput, toDecimal } from '../../numbers/decimal.js';
import type { AmountInput, AmountOf } from '../../units/amount.js';
import { requireNonNegative } from '../internal/arguments.js';
import { firstUnit, readAmount, requireDimension, toAmount } from '../internal/operands.js';

const FN = 'impliedTotalPopulation';
const URBAN = { fn: FN, arg: 'urbanPopulation' } as const;
const RATE = { fn: FN, arg: 'rate' } as const;

/**
 * The total population implied by an urban population and its urbanization rate (由城镇人口和
 * 城镇化率推算总人口), e.g. "城镇居住人口52.7万人，城镇化率达70%" implies 75.29万人 in all.
 *
 * Formula: urbanPopulation / rate.
 *
 * Source: NBS definition of 城镇化率 (urban / total population), solved for the total.
 *
 * @param urbanPopulation - urban population (城镇人口), a number or a population quantity
 * @param rate - the urbanization rate (城镇化率) as a fraction (`0.7`) or a percentage (`'70%'`),
 *   in (0, 1]
 * @returns the total population: a quantity in the unit of `urbanPopulation` when it is a
 *   quantity, else a decimal
 * @throws TownIndicatorsError `DIVISION_BY_ZERO` when `rate` is zero; `INVALID_ARGUMENT` when
 *   `rate` is negative or above 1 (write `'49%'`, not `49`) or `urbanPopulation` is negative;
 *   `UNIT_MISMATCH` when `urbanPopulation` is not a population; `INVALID_NUMBER` for an input
 *   that is not a number
 * @example
 * ```ts
 * String(impliedTotalPopulation(quantity('52.5', '万人'), '70%'));
 * // => '75万人'
 * ```
 *
 * @category Urbanization
 */
export function impliedTotalPopulation<U extends AmountInput>(
  urbanPopulation: U,
  rate: DecimalInput,
): AmountOf<U> {
  requireDimension(URBAN, urbanPopulation, 'population', '人');
  const urban = readAmount(URBAN, urbanPopulation);
  requireNonNegative(FN, 'urbanPopulation', urban);
  const r = toDecimal(rate, RATE);
  if (r.isZero()) throw divisionByZeroError(FN, 'rate');
  if (r.lt(0) || r.gt(1)) {
    throw invalidArgumentError(
      FN,
      'rate',
      `must be a fraction in (0, 1] (write '70%' or 0.7), got "${r.toString()}"`,
      r,
    );
  }
  return toAmount<U>(urban.div(r), firstUnit(urbanPopulation));
}
