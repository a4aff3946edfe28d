import { unitMismatchError } from '../errors.js';
import { div, fromDecimal, mul } from '../numbers/rational.js';
import type { AmountInput } from '../units/amount.js';
import type { Quantity } from '../units/quantity.js';
import { findUnit, type Unit, unitFactorRatio } from '../units/table.js';
import { type BoundedValue, readAmounts, readRawAmount } from './internal/figures.js';
import { readAuditOptions, requireInput } from './internal/options.js';
import { ratioRange, requireNonZero, requirePositive } from './internal/ranges.js';
import { buildResult } from './internal/result.js';
import { readStated } from './internal/stated.js';
import type { AuditOptions, AuditResult, StatedFigure } from './types.js';

const FN = 'auditPerCapita';

/** The inputs of {@link auditPerCapita}. @category Audit */
export interface AuditPerCapitaInput {
  /** The total (总量): `'5353公顷'`, `'3 864平方公里'`, `'244394万元'`, a number or a quantity. */
  readonly total: AmountInput;
  /** The population it is shared by: `'5.21万人'`, `'263.27万人'`, a number of persons or a quantity. */
  readonly population: AmountInput;
  /**
   * The per-capita figure as the report states it, in a unit of the total's dimension (`'1.5亩'`,
   * `'0.15公顷'`), or per person (`'1.5亩/人'`), or plain digits in the total's unit.
   */
  readonly stated: StatedFigure | Quantity;
}

/** Options of {@link auditPerCapita}. @category Audit */
export type AuditPerCapitaOptions = AuditOptions;

/**
 * Checks a stated per-capita figure (人均…) against the total and the population: converts the
 * total into the stated unit and the population into persons, divides exactly, rounds half up at
 * the stated precision and compares.
 *
 * Formula: per capita = total / population (persons); consistent ⇔ roundHalfUp(per capita,
 * stated decimals) = stated; the range is taken over the corners of the input intervals.
 *
 * Source: NBS 人均指标 = 总量指标 / 人口数 (国家统计局《统计指标解释》); which population (常住,
 * 户籍, 年平均) the report divides by is the report's choice: pass that one.
 *
 * @param input - `total`, `population` and the `stated` per-capita figure
 * @param options - `exactInputs` and `locale`
 * @returns the {@link AuditResult} in the stated unit (`'1.5亩'` → 1.5)
 * @throws TownIndicatorsError `DIVISION_BY_ZERO` for a zero population; `NON_POSITIVE_BASE` for a
 *   negative one; `UNIT_MISMATCH` when the population is not people or the total is not of the
 *   stated unit's dimension; `PARSE_ERROR` / `INVALID_NUMBER` / `UNKNOWN_UNIT` for unreadable
 *   figures; `INVALID_ARGUMENT` when `input` or `options` is not an object
 * @example
 * ```ts
 * const r = auditPerCapita({ total: '5353公顷', population: '5.21万人', stated: '1.5亩' });
 * [r.consistent, r.computed.toDecimalPlaces(4).toString(), r.unit];
 * // => [true, '1.5412', '亩']
 * ```
 *
 * @category Audit
 */
export function auditPerCapita(
  input: AuditPerCapitaInput,
  options: AuditPerCapitaOptions = {},
): AuditResult {
  requireInput(FN, input);
  const { exact, locale } = readAuditOptions(FN, options);
  const stated = readStated(FN, 'amount', input.stated);
  const statedUnit = stated.quantityUnit;
  const perPerson = statedUnit?.per?.denominator;
  if (perPerson !== undefined && perPerson.dimension !== 'population') {
    throw unitMismatchError(FN, 'stated', statedUnit?.name ?? '', '…/人');
  }
  const totalUnit = statedUnit?.per?.numerator ?? statedUnit;
  const {
    figures: [total],
  } = readAmounts(FN, [['total', input.total]], exact, totalUnit);
  const population = readPersons(
    readRawAmount(FN, 'population', input.population, exact),
    perPerson,
  );
  requireNonZero(FN, 'population', population);
  requirePositive(FN, 'population', population.value);
  const totalFigure = total as BoundedValue;
  return buildResult(
    'per-capita',
    stated,
    div(totalFigure.value, population.value),
    ratioRange(totalFigure, population),
    locale,
  );
}

/** The population in persons (or in the stated unit's denominator), exactly. */
function readPersons(
  figure: ReturnType<typeof readRawAmount>,
  target: Unit | undefined,
): BoundedValue {
  const persons = target ?? (findUnit('人') as Unit);
  const from = figure.unit;
  if (from === undefined) return figure;
  if (from.dimension !== 'population') {
    throw unitMismatchError(FN, 'population', from.name, persons.name);
  }
  const [numerator, denominator] = unitFactorRatio(from, persons);
  const factor = div(fromDecimal(numerator), fromDecimal(denominator));
  return { value: mul(figure.value, factor), half: mul(figure.half, factor) };
}
