import { divisionByZeroError } from '../../errors.js';
import type { Decimal } from '../../numbers/decimal.js';
import { requireOptions } from '../../numbers/internal.js';
import type { AmountInput } from '../../units/amount.js';
import { requireUnit } from '../../units/quantity.js';
import { requireNonNegative } from '../internal/arguments.js';
import { readInBaseUnits, readUnitOption, requireDimension } from '../internal/operands.js';

const FN = 'populationDensity';
const POPULATION = { fn: FN, arg: 'population' } as const;
const AREA = { fn: FN, arg: 'area' } as const;
const POPULATION_UNIT = { fn: FN, arg: 'options.populationUnit' } as const;
const AREA_UNIT = { fn: FN, arg: 'options.areaUnit' } as const;

/** Options of {@link populationDensity}. @category Urbanization */
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
 *   an input is negative or `options` is not an object; `UNIT_MISMATCH` when `population` is not a population or `area` not an
 *   area (also for option units of the wrong dimension); `UNKNOWN_UNIT` for an option unit not
 *   in the units table; `INVALID_NUMBER` for an input that is not a number
 * @example
 * ```ts
 * populationDensity(quantity('4.2', '万人'), quantity('120', '平方公里')).toString();
 * // => '350'
 * ```
 *
 * @category Urbanization
 */
export function populationDensity(
  population: AmountInput,
  area: AmountInput,
  options: PopulationDensityOptions = {},
): Decimal {
  requireOptions(FN, options);
  const populationUnit = readUnitOption(
    POPULATION_UNIT,
    options.populationUnit,
    'population',
    '人',
  );
  const areaUnit = readUnitOption(AREA_UNIT, options.areaUnit, 'area', '平方公里');
  requireDimension(POPULATION, population, 'population', '人');
  requireDimension(AREA, area, 'area', '平方公里');
  const squareKilometre = requireUnit(FN, 'unit', '平方公里');
  // In the base units 人 and 亩.
  const persons = readInBaseUnits(POPULATION, population, populationUnit);
  const areaMu = readInBaseUnits(AREA, area, areaUnit);
  requireNonNegative(FN, 'population', persons);
  requireNonNegative(FN, 'area', areaMu);
  if (areaMu.isZero()) throw divisionByZeroError(FN, 'area');
  // persons per km² = persons × factor(平方公里) / 亩, divided once.
  return persons.times(squareKilometre.factor).div(areaMu);
}
