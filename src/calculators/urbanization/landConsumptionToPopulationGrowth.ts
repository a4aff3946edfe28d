import { divisionByZeroError, invalidArgumentError } from '../../errors.js';
import type { Decimal, DecimalInput } from '../../numbers/decimal.js';
import { kindOf, requireObject } from '../../numbers/internal.js';
import type { AmountInput } from '../../units/amount.js';
import { readYears } from '../internal/arguments.js';
import { narrow } from '../internal/wide.js';
import { landConsumptionRateOf } from './landConsumptionRate.js';
import { populationGrowthRateOf } from './populationGrowthRate.js';

const FN = 'landConsumptionToPopulationGrowth';
const YEARS = { fn: FN, arg: 'years' } as const;

/** The start and end values of a period: `[past, present]`. @category Urbanization */
export type PastPresent = readonly [past: AmountInput, present: AmountInput];

/** Input of {@link landConsumptionToPopulationGrowth}. @category Urbanization */
export interface LandConsumptionToPopulationGrowthInput {
  /** Built-up area (建成区面积) at the start and the end of the period, in any area unit. */
  readonly builtUpArea: PastPresent;
  /** Population at the start and the end of the period (人, 万人). */
  readonly population: PastPresent;
  /** Length of the period in years (> 0). */
  readonly years: DecimalInput;
}

/**
 * A condition under which SDG 11.3.1 says the ratio must be read with care:
 * - `'population-declining'`: PGR < 0, so the sign of the ratio is flipped — a negative ratio
 *   then means the built-up area grew while the population shrank (the worst case, not the best);
 * - `'built-up-area-shrinking'`: LCR < 0, the built-up area decreased.
 *
 * @category Urbanization
 */
export type LandConsumptionWarning = 'population-declining' | 'built-up-area-shrinking';

/** Result of {@link landConsumptionToPopulationGrowth}. @category Urbanization */
export interface LandConsumptionToPopulationGrowthResult {
  /** LCR = (present − past) / past / years, a fraction per year. */
  readonly landConsumptionRate: Decimal;
  /** PGR = ln(present / past) / years, a fraction per year. */
  readonly populationGrowthRate: Decimal;
  /** LCRPGR = LCR / PGR. */
  readonly ratio: Decimal;
  /** `true` when PGR < 0: the ratio's sign is flipped and must not be read as usual. */
  readonly populationDeclining: boolean;
  /** Every {@link LandConsumptionWarning} that applies, in a fixed order; empty when none. */
  readonly warnings: readonly LandConsumptionWarning[];
}

function requirePastPresent(name: string, value: unknown): PastPresent {
  if (!Array.isArray(value) || value.length !== 2) {
    const got = Array.isArray(value) ? `a list of ${value.length}` : kindOf(value);
    throw invalidArgumentError(FN, name, `must be a pair [past, present], got ${got}`);
  }
  return value as unknown as PastPresent;
}

/**
 * The ratio of land consumption rate to population growth rate (LCRPGR, 土地消耗率与人口增长率
 * 之比), SDG indicator 11.3.1: is the built-up area growing faster than the population?
 *
 * Formula: LCR = (A_present − A_past) / A_past / years; PGR = ln(P_present / P_past) / years;
 * ratio = LCR / PGR. A ratio above 1 means land is consumed faster than the population grows.
 * LCR, PGR and the ratio are each correctly rounded to 34 significant digits: the ratio is
 * computed from the 60-digit LCR and PGR, not from their rounded values.
 *
 * Source: UN SDG 11.3.1 metadata, 2021 revision. PGR = 0 gives no value (it throws); PGR < 0
 * flips the sign of the ratio, which is flagged by `populationDeclining` and `warnings`.
 *
 * @param input - `builtUpArea: [past, present]`, `population: [past, present]`, `years`
 * @returns LCR, PGR, their ratio and the flags
 * @throws TownIndicatorsError `DIVISION_BY_ZERO` when the population did not change (PGR = 0),
 *   the past built-up area or past population is zero, or `years` is zero;
 *   `NON_POSITIVE_BASE` for a negative past area or past population, or a present population
 *   that is zero or negative (no logarithm); `INVALID_ARGUMENT` when `input` is not an object,
 *   `years` is negative, a pair is not `[past, present]` or the present area is negative;
 *   `UNIT_MISMATCH` when an area is not an area or a population not a population;
 *   `INVALID_NUMBER` for an input that is not a number
 * @example
 * ```ts
 * const r = landConsumptionToPopulationGrowth({
 *   builtUpArea: [quantity('50', 'km2'), quantity('70', 'km2')],
 *   population: ['1000000', '1200000'],
 *   years: 15,
 * });
 * [roundHalfUp(r.ratio, 2).toString(), r.populationDeclining];
 * // => ['2.19', false]
 * ```
 *
 * @category Urbanization
 */
export function landConsumptionToPopulationGrowth(
  input: LandConsumptionToPopulationGrowthInput,
): LandConsumptionToPopulationGrowthResult {
  requireObject(FN, 'input', input, '{ builtUpArea, population, years }');
  const [pastArea, presentArea] = requirePastPresent('builtUpArea', input.builtUpArea);
  const [pastPopulation, presentPopulation] = requirePastPresent('population', input.population);
  const years = readYears(input.years, YEARS);
  const lcr = landConsumptionRateOf(
    FN,
    ['builtUpArea[0]', pastArea],
    ['builtUpArea[1]', presentArea],
    years,
  );
  const pgr = populationGrowthRateOf(
    FN,
    ['population[0]', pastPopulation],
    ['population[1]', presentPopulation],
    years,
  );
  if (pgr.isZero()) {
    throw divisionByZeroError(FN, 'population (its growth rate)', { arg: 'population' });
  }
  const warnings: LandConsumptionWarning[] = [];
  if (pgr.lt(0)) warnings.push('population-declining');
  if (lcr.lt(0)) warnings.push('built-up-area-shrinking');
  return {
    landConsumptionRate: narrow(lcr, FN),
    populationGrowthRate: narrow(pgr, FN),
    ratio: narrow(lcr.div(pgr), FN),
    populationDeclining: pgr.lt(0),
    warnings: Object.freeze(warnings),
  };
}
