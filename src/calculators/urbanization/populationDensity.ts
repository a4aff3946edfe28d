import { ErrorCode, TownIndicatorsError } from '../../errors.js';
import * as messages from '../../messages.js';
import type { Decimal } from '../../numbers/decimal.js';
import type { AmountInput } from '../../units/operands.js';
import { requireUnit } from '../../units/quantity.js';
import { readIn, requireDimension, requireNonNegative, requireUnitOf } from './internal.js';

const FN = 'populationDensity';

/** Options of {@link populationDensity}. */
export interface PopulationDensityOptions {
  /** The population unit of a plain-number `population`. Default `'人'`. */
  readonly populationUnit?: string;
  /** The area unit of a plain-number `area`. Default `'平方公里'`. Quantities carry their own. */
  readonly areaUnit?: string;
}

/**
 * Population density (人口密度), in persons per square kilometre.
 *
 * Formula: population (persons) / area (km²).
 *
 * Source: UN / NBS definition of population density (persons per km²). A population quantity is
 * converted into 人 and an area quantity into 平方公里; plain numbers are taken to be in
 * `options.populationUnit` (default 人) and `options.areaUnit` (default 平方公里). The result is
 * computed from the exact area in 亩 with one rounding.
 *
 * @param population - population (常住人口, 城镇人口 …), a number or a population quantity
 * @param area - the area it lives on (区域面积, 建成区面积), a number or an area quantity
 * @param options - the units of plain-number inputs
 * @returns persons per square kilometre
 * @throws TownIndicatorsError `DIVISION_BY_ZERO` when `area` is zero; `INVALID_ARGUMENT` when
 *   an input is negative; `UNIT_MISMATCH` when `population` is not a population or `area` not an
 *   area (also for option units of the wrong dimension); `UNKNOWN_UNIT` for an option unit not
 *   in the units table; `INVALID_NUMBER` for an input that is not a number
 * @example
 * ```ts
 * populationDensity(quantity('4.2', '万人'), quantity('120', '平方公里')).toString();
 * // => '350'
 * ```
 */
export function populationDensity(
  population: AmountInput,
  area: AmountInput,
  options: PopulationDensityOptions = {},
): Decimal {
  const populationUnit = requireUnitOf(
    FN,
    'options.populationUnit',
    options.populationUnit ?? '人',
    'population',
    '人',
  );
  const areaUnit = requireUnitOf(
    FN,
    'options.areaUnit',
    options.areaUnit ?? '平方公里',
    'area',
    '平方公里',
  );
  requireDimension(FN, 'population', '人', [['population', population]]);
  requireDimension(FN, 'area', '平方公里', [['area', area]]);
  const squareKilometre = requireUnit(FN, 'unit', '平方公里');
  const persons = readIn(
    FN,
    'population',
    population,
    populationUnit,
    requireUnit(FN, 'unit', '人'),
  );
  const areaMu = readIn(FN, 'area', area, areaUnit, requireUnit(FN, 'unit', '亩'));
  requireNonNegative(FN, 'population', persons);
  requireNonNegative(FN, 'area', areaMu);
  if (areaMu.isZero()) {
    throw new TownIndicatorsError(ErrorCode.DIVISION_BY_ZERO, messages.divisionByZero(FN, 'area'), {
      fn: FN,
      arg: 'area',
    });
  }
  // persons per km² = persons × factor(平方公里) / 亩, divided once.
  return persons.times(squareKilometre.factor).div(areaMu);
}
