import type { Decimal, DecimalInput } from '../../numbers/decimal.js';
import type { AmountInput } from '../../units/operands.js';
import { populationGrowthRateOf, readYears } from './internal.js';

const FN = 'populationGrowthRate';

/**
 * The population growth rate (人口年均增长率, exponential) of SDG indicator 11.3.1.
 *
 * Formula: PGR = ln(presentPopulation / pastPopulation) / years.
 *
 * Source: UN SDG 11.3.1 metadata, 2021 revision (the same exponential rate as World Bank WDI
 * SP.POP.GROW). Quantities in 人 and 万人 combine; a plain number next to a quantity is taken to be
 * in that quantity's unit.
 *
 * @param pastPopulation - population at the start of the period
 * @param presentPopulation - population at the end of the period
 * @param years - length of the period in years (> 0, need not be whole)
 * @returns the rate per year as a fraction (`0.01215` = 1.215% a year); negative when the
 *   population declined
 * @throws TownIndicatorsError `DIVISION_BY_ZERO` when `pastPopulation` is zero;
 *   `NON_POSITIVE_BASE` when a population is negative or `presentPopulation` is zero (no
 *   logarithm); `INVALID_ARGUMENT` when `years` ≤ 0; `UNIT_MISMATCH` when a quantity is not a
 *   population; `INVALID_NUMBER` for an input that is not a number
 * @example
 * ```ts
 * roundHalfUp(populationGrowthRate(quantity('100', '万人'), quantity('120', '万人'), 15), 5).toString();
 * // => '0.01215'
 * ```
 */
export function populationGrowthRate(
  pastPopulation: AmountInput,
  presentPopulation: AmountInput,
  years: DecimalInput,
): Decimal {
  return populationGrowthRateOf(
    FN,
    ['pastPopulation', pastPopulation],
    ['presentPopulation', presentPopulation],
    readYears(FN, years),
  );
}
