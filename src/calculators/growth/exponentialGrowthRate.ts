import type { Decimal, DecimalInput } from '../../numbers/decimal.js';
import type { AmountInput } from '../../units/amount.js';
import { readYears } from '../internal/arguments.js';
import { readGrowthRatio } from '../internal/operands.js';
import { narrow } from '../internal/wide.js';

const FN = 'exponentialGrowthRate';
const BASE = { fn: FN, arg: 'base' } as const;
const CURRENT = { fn: FN, arg: 'current' } as const;
const YEARS = { fn: FN, arg: 'years' } as const;

/**
 * The exponential (continuous) growth rate between two values, as the World Bank computes
 * population growth (指数增长率; 人口增长率 in WDI and UN SDG 11.3.1).
 *
 * Formula: `ln(current / base) / years` (World Bank WDI, SP.POP.GROW: `r = ln(p_n / p_0) / n`,
 * "not the geometric growth rate"; UN SDG 11.3.1 metadata 2021: population growth rate
 * `PGR = ln(Pop_{t+n} / Pop_t) / y`). It is `ln(1 + g)` for the geometric rate `g` of
 * {@link averageAnnualGrowth}, so it is slightly smaller for growth and larger in magnitude for
 * decline. The result is correctly rounded to 34 significant digits: the ratio, the logarithm
 * and the division are computed in 60 digits and rounded once.
 *
 * @param base - the value at the start: a number, a decimal string or a {@link Quantity}
 * @param current - the value `years` later, in any unit of the same dimension
 * @param years - the time between them, positive (may be fractional)
 * @returns the continuous growth rate per year as a fraction
 * @throws TownIndicatorsError `DIVISION_BY_ZERO` when `base` is zero or `years` is zero;
 *   `NON_POSITIVE_BASE` when `base` is negative, or when `current` is zero or negative (the
 *   ratio has no logarithm); `INVALID_ARGUMENT` when `years` is negative; `UNIT_MISMATCH` for
 *   quantities of different dimensions; `INVALID_NUMBER` for a value that is not a number
 * @example
 * ```ts
 * // Population 1.0 M → 1.2 M over 15 years (our own worked example of the UN SDG 11.3.1
 * // formula; the metadata has none): PGR = 1.215 %/yr
 * exponentialGrowthRate(quantity('100', '万人'), quantity('120', '万人'), 15).toFixed(5);
 * // => '0.01215'
 * ```
 *
 * @category Growth
 */
export function exponentialGrowthRate(
  base: AmountInput,
  current: AmountInput,
  years: DecimalInput,
): Decimal {
  const ratio = readGrowthRatio(BASE, base, CURRENT, current, 'positive');
  return narrow(ratio.ln().div(readYears(years, YEARS)), FN);
}
