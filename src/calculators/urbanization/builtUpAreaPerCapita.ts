import { divisionByZeroError } from '../../errors.js';
import type { Decimal } from '../../numbers/decimal.js';
import { requireOptions } from '../../numbers/internal.js';
import type { AmountInput } from '../../units/amount.js';
import { requireUnit } from '../../units/quantity.js';
import { requireNonNegative } from '../internal/arguments.js';
import { readInBaseUnits, readUnitOption, requireDimension } from '../internal/operands.js';

const FN = 'builtUpAreaPerCapita';
const AREA = { fn: FN, arg: 'area' } as const;
const POPULATION = { fn: FN, arg: 'population' } as const;
const AREA_UNIT = { fn: FN, arg: 'options.areaUnit' } as const;
const POPULATION_UNIT = { fn: FN, arg: 'options.populationUnit' } as const;

/** Options of {@link builtUpAreaPerCapita}. @category Urbanization */
export interface BuiltUpAreaPerCapitaOptions {
  /** The area unit of a plain-number `area`. Default `'平方米'`. Quantities carry their own. */
  readonly areaUnit?: string;
  /** The population unit of a plain-number `population`. Default `'人'`. */
  readonly populationUnit?: string;
}

/**
 * Built-up area per capita (人均建成区面积 / 人均城镇建设用地), in square metres per person.
 *
 * Formula: built-up area (m²) / population (persons).
 *
 * Source: UN SDG 11.3.1 metadata, 2021 revision (secondary indicator "built-up area per
 * capita"). An area quantity is converted into 平方米 and a population quantity into 人; plain
 * numbers are taken to be in `options.areaUnit` (default 平方米) and `options.populationUnit`
 * (default 人). The result is computed from the exact area in 亩 with one rounding.
 *
 * @param area - built-up area (建成区面积), a number or an area quantity
 * @param population - population living on it, a number or a population quantity
 * @param options - the units of plain-number inputs
 * @returns square metres per person
 * @throws TownIndicatorsError `DIVISION_BY_ZERO` when `population` is zero; `INVALID_ARGUMENT`
 *   when an input is negative or `options` is not an object; `UNIT_MISMATCH` when `area` is not an area or `population` not a
 *   population (also for option units of the wrong dimension); `UNKNOWN_UNIT` for an option unit
 *   not in the units table; `INVALID_NUMBER` for an input that is not a number
 * @example
 * ```ts
 * builtUpAreaPerCapita(quantity('1.5', '平方公里'), quantity('1', '万人')).toString();
 * // => '150'
 * ```
 *
 * @category Urbanization
 */
export function builtUpAreaPerCapita(
  area: AmountInput,
  population: AmountInput,
  options: BuiltUpAreaPerCapitaOptions = {},
): Decimal {
  requireOptions(FN, options);
  const areaUnit = readUnitOption(AREA_UNIT, options.areaUnit, 'area', '平方米');
  const populationUnit = readUnitOption(
    POPULATION_UNIT,
    options.populationUnit,
    'population',
    '人',
  );
  requireDimension(AREA, area, 'area', '平方米');
  requireDimension(POPULATION, population, 'population', '人');
  const squareMetre = requireUnit(FN, 'unit', '平方米');
  // In the base units 亩 and 人.
  const areaMu = readInBaseUnits(AREA, area, areaUnit);
  const persons = readInBaseUnits(POPULATION, population, populationUnit);
  requireNonNegative(FN, 'area', areaMu);
  requireNonNegative(FN, 'population', persons);
  if (persons.isZero()) throw divisionByZeroError(FN, 'population');
  // m² per person = (亩 / factor(平方米)) / persons, divided once.
  return areaMu.div(squareMetre.factor.times(persons));
}
