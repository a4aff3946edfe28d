/**
 * What every section of a town report shares: the resolved town, period and locale, the records
 * of the town, the row factory and the phrasing helpers. Internal: not re-exported.
 *
 * @internal
 * @module
 */
import { isTownIndicatorsError } from '../errors.js';
import type { Dataset } from '../models/dataset.js';
import type { FundingSource } from '../models/fundingSource.js';
import { getIndicator } from '../models/indicators.js';
import type { LandQuota } from '../models/landQuota.js';
import type { Observation } from '../models/observation.js';
import type { Project } from '../models/project.js';
import type { Town } from '../models/town.js';
import type { ObservationValue } from '../models/value.js';
import { type Decimal, isDecimal, roundHalfUp } from '../numbers/decimal.js';
import type { Period } from '../periods/period.js';
import { isQuantity, type Quantity, quantity } from '../units/quantity.js';
import { areCompatible } from '../units/table.js';
import { formatQuantity } from './format/formatQuantity.js';
import type { Locale } from './format/locale.js';
import type { TownReportRow, TownReportSection } from './types.js';

/**
 * The resolved inputs of one report and the records of its town.
 *
 * @internal
 */
export interface ReportContext {
  readonly dataset: Dataset;
  readonly town: Town;
  readonly period: Period;
  readonly asOf: string | undefined;
  readonly locale: Locale;
  /** Observations of the town, any period. */
  readonly observations: readonly Observation[];
  /** Projects of the town. */
  readonly projects: readonly Project[];
  /** Funding sources of the town (by `townId` or through their project), any period. */
  readonly fundingSources: readonly FundingSource[];
  /** Land quotas of the town, any period. */
  readonly landQuotas: readonly LandQuota[];
}

/**
 * What a section gives to build a row; `value` may be a Decimal or a Quantity (its unit is then
 * the row's unit).
 *
 * @internal
 */
export interface RowInit {
  readonly section: TownReportSection;
  readonly indicator: string;
  readonly subject?: string | undefined;
  readonly labelZh: string;
  readonly labelEn: string;
  readonly value: Decimal | Quantity | null;
  readonly unit?: string;
  readonly text: string;
  readonly formula: string | null;
  readonly inputs?: Readonly<Record<string, string>>;
  readonly warnings?: readonly string[];
}

/**
 * Builds a frozen, JSON-ready report row.
 *
 * @internal
 */
export function makeRow(init: RowInit): TownReportRow {
  let value: string | null = null;
  let unit = init.unit ?? '';
  if (isQuantity(init.value)) {
    value = init.value.value.toString();
    unit = init.value.unit.name;
  } else if (isDecimal(init.value)) value = init.value.toString();
  return Object.freeze({
    section: init.section,
    indicator: init.indicator,
    subject: init.subject ?? null,
    labelZh: init.labelZh,
    labelEn: init.labelEn,
    value,
    unit,
    text: init.text,
    formula: init.formula,
    inputs: Object.freeze({ ...init.inputs }),
    warnings: Object.freeze([...(init.warnings ?? [])]),
  });
}

/** Units of row values that are not units of the table. @internal */
export const RATE_UNIT = 'fraction';
/** @internal */
export const TIMES_UNIT = 'times';

/**
 * Picks the phrase of the locale.
 *
 * @internal
 */
export function say(locale: Locale, zh: string, en: string): string {
  return locale === 'zh' ? zh : en;
}

/**
 * Joins clauses: `'，'` in Chinese, `', '` in English.
 *
 * @internal
 */
export function clauses(locale: Locale, parts: readonly string[]): string {
  return parts.filter((part) => part !== '').join(locale === 'zh' ? '，' : ', ');
}

/**
 * Wraps a remark in brackets: `（…）` in Chinese, ` (…)` in English.
 *
 * @internal
 */
export function remark(locale: Locale, text: string): string {
  if (text === '') return '';
  return locale === 'zh' ? `（${text}）` : ` (${text})`;
}

/**
 * The name of a period in a phrase: `'2010年'` / `'2010'`, other labels as they are.
 *
 * @internal
 */
export function periodName(locale: Locale, label: string): string {
  return /^\d{4}$/.test(label) && locale === 'zh' ? `${label}年` : label;
}

/**
 * The decimal places a rate has as a percentage (`0.275` → 1, `0.09` → 0), capped at 4.
 *
 * @internal
 */
export function percentDecimals(rate: Decimal): number {
  return Math.min(rate.times(100).decimalPlaces(), 4);
}

/**
 * A quantity rounded half up at `decimals` (when given), as report text.
 *
 * @internal
 */
export function amountText(q: Quantity, decimals?: number): string {
  return decimals === undefined ? String(q) : formatQuantity(q, { decimals });
}

/**
 * A plain decimal rounded half up at `decimals`, trailing zeros dropped.
 *
 * @internal
 */
export function numberText(value: Decimal, decimals: number): string {
  return roundHalfUp(value, decimals).toString();
}

/**
 * The Chinese and English names of an indicator (standard or declared by the dataset).
 *
 * @internal
 */
export function indicatorNames(
  dataset: Dataset,
  code: string,
): { readonly zh: string; readonly en: string } {
  const indicator = getIndicator(code, { custom: dataset.indicators });
  return indicator === undefined
    ? { zh: code, en: code }
    : { zh: indicator.nameZh, en: indicator.nameEn };
}

/**
 * The amount an observation value stands for in a formula: its Quantity, rate or number.
 *
 * @internal
 */
export function amountOf(value: ObservationValue): Quantity | Decimal {
  if (value.kind === 'quantity') return value.quantity;
  return value.kind === 'rate' ? value.rate : value.number;
}

/**
 * Sums quantities of one dimension, one sum per group of convertible units (CNY and USD apart),
 * each in the unit of the group's first quantity. Exact.
 *
 * @internal
 */
export function sumByUnit(items: readonly Quantity[]): Quantity[] {
  const groups: { first: Quantity; total: Decimal }[] = [];
  for (const item of items) {
    const group = groups.find((g) => areCompatible(g.first.unit, item.unit));
    if (group === undefined) groups.push({ first: item, total: item.value });
    else group.total = group.total.plus(item.to(group.first.unit.name));
  }
  return groups.map((g) => quantity(g.total, g.first.unit.name));
}

/**
 * Whether two periods share at least one day.
 *
 * @internal
 */
export function overlaps(a: Period, b: Period): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/**
 * Runs a computation; a TownIndicatorsError (a zero base, mixed currencies …) becomes its
 * message, so that one odd figure does not stop the report.
 *
 * @internal
 */
export function attempt<T>(
  compute: () => T,
): { ok: true; value: T } | { ok: false; error: string } {
  try {
    return { ok: true, value: compute() };
  } catch (error) {
    if (isTownIndicatorsError(error)) return { ok: false, error: error.message };
    throw error;
  }
}
