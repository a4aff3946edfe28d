/**
 * The shapes of a town report: its sections, rows, options and the report itself. A module of
 * its own, so that the report builder, its sections and the renderer all depend on it and never
 * on each other.
 *
 * @module
 */

import type { Scorecard, ScorecardInput } from '../models/scorecard.js';
import type { Period } from '../periods/period.js';
import type { Locale } from './format/locale.js';

/**
 * The sections of a {@link TownReport}, in the order the rows come in:
 * - `'growth'` — observations of the period compared with an earlier value (增长 / 百分点 / 倍);
 * - `'indicators'` — the other observations of the period, as stated;
 * - `'urbanization'` — urbanization rate (城镇化率) and concentrated-residence ratio (农民集中居住率);
 * - `'projects'` — the project portfolio, plan completion (完成率) and schedule progress (序时进度);
 * - `'funding'` — funding amounts, arrival rates (到位率), structure, gap (缺口) and leverage (撬动比);
 * - `'land'` — land-quota gap and coverage, linking surplus, quota value per 亩, other quotas;
 * - `'audit'` — the check of every stated figure of the town the dataset carries (核对).
 * - `'assessment'` — the town's score on a 考核 scorecard, when the report is given one (考核得分).
 *
 * @example
 * ```ts
 * const section: TownReportSection = 'funding';
 * section;
 * // => 'funding'
 * ```
 *
 * @category Report
 */
export type TownReportSection =
  | 'growth'
  | 'indicators'
  | 'urbanization'
  | 'projects'
  | 'funding'
  | 'land'
  | 'audit'
  | 'assessment';

/**
 * One row of a {@link TownReport}: a plain, frozen, JSON-ready object.
 *
 * - `value` is the exact decimal string of the result (34 significant digits), `null` when it
 *   could not be computed (the reason is in `warnings`).
 * - `unit` says how to read `value`: a unit of the units table (`'亿元'`, `'公顷'`, `'个'`) for an
 *   amount, `'fraction'` for a rate, share or growth (`'0.275'` is 27.5 %; a change of a rate is
 *   a fraction too: `'0.066'` is 6.6 个百分点), `'times'` for a multiple or ratio, `'元/亩'` for a
 *   quota's value per 亩, `''` for a plain number; audit rows are on the stated figure's own
 *   scale (`'%'`, `'亿元'`, `'个百分点'`, `'倍'`), as {@link AuditResult} is.
 * - `text` is the result phrased in the report's locale, rounded half up the way reports print
 *   (`'19.33亿元，比上年增长27.5%（2010年15.16亿元，由增长率推算）'`).
 * - `formula` names the library function that computed `value` (`'growthRate'`,
 *   `'impliedPrevious'`, `'completionRate'`, `'fundingGap'`, `'auditSum'` …), `'sum'` for an
 *   exact sum, or `null` for a figure shown as the dataset states it.
 * - `inputs` holds the report text of each input of that function, by name.
 * - `subject` is the id of what the row is about when the section has several (an observation,
 *   project, land quota or claim id, or a funding kind), else `null`.
 *
 * @example
 * ```ts
 * const dataset = parseDataset({ schemaVersion: 1, towns: [{ id: 't', name: '白塔镇' }], landQuotas: [{ id: 'a', townId: 't', kind: 'construction', area: '116.7公顷', period: '2011' }, { id: 'd', townId: 't', kind: 'construction', side: 'demand', area: '283.4公顷', period: '2011' }] });
 * const row: TownReportRow | undefined = townReport(dataset, { townId: 't' }).rows.find((r) => r.indicator === 'land-quota-gap');
 * row && [row.value, row.unit, row.formula, row.inputs.available, row.inputs.demand];
 * // => ['166.7', '公顷', 'landQuotaGap', '116.7公顷', '283.4公顷']
 * ```
 *
 * @category Report
 */
export interface TownReportRow {
  /** The section the row belongs to. */
  readonly section: TownReportSection;
  /** What the row measures: an indicator code (`'fiscal-revenue'`) or a report code (`'funding-gap'`). */
  readonly indicator: string;
  /** The id of what the row is about, when a section has several (a project id, a funding kind …). */
  readonly subject: string | null;
  /** The Chinese label. */
  readonly labelZh: string;
  /** The English label. */
  readonly labelEn: string;
  /** The exact result as a decimal string, or `null` when it could not be computed. */
  readonly value: string | null;
  /** How to read `value` (see above): a unit name, `'fraction'`, `'times'`, `'元/亩'` or `''`. */
  readonly unit: string;
  /** The result phrased in the report's locale. */
  readonly text: string;
  /** The library function that computed the value, `'sum'`, or `null` for a stated figure. */
  readonly formula: string | null;
  /** The report text of each input of the formula, by name. */
  readonly inputs: Readonly<Record<string, string>>;
  /** What the reader should know: approximate inputs, inconsistent stated figures, errors. */
  readonly warnings: readonly string[];
}

/**
 * A town's indicators for one period, computed from a dataset: see {@link townReport}. A plain
 * object (`JSON.stringify` gives `{ town, period, asOf?, locale, rows, warnings }`) that also
 * prints well: `String(report)` and `util.inspect` give an aligned text table, and
 * `report[Symbol.for('Jupyter.display')]()` returns `{ 'text/plain', 'text/html' }`, so a Deno
 * Jupyter notebook shows it as a table.
 *
 * @example
 * ```ts
 * const dataset = parseDataset({ schemaVersion: 1, towns: [{ id: 'b1', name: 'xxxx镇' }], observations: [{ townId: 'b1', indicator: 'fiscal-revenue', period: '2011', value: '4.7亿元', status: '预计', growth: '9.6%' }] });
 * const report: TownReport = townReport(dataset, { townId: 'b1' });
 * JSON.parse(JSON.stringify(report)).rows[0].text;
 * // => '4.7亿元，比上年增长9.6%（2010年4.3亿元，由增长率推算）'
 * ```
 *
 * @category Report
 */
export interface TownReport {
  /** The town (or city, county, group of towns) reported on. */
  readonly town: { readonly id: string; readonly name: string };
  /** The period reported on, as its canonical label (`'2011'`, `'2011-H1'`). */
  readonly period: string;
  /** The date of the figures (`'YYYY-MM-DD'`) used for schedule progress, when there is one. */
  readonly asOf?: string;
  /** The language of `text` and `warnings`. */
  readonly locale: Locale;
  /** The rows, section by section (see {@link TownReportSection}). */
  readonly rows: readonly TownReportRow[];
  /** Notes on the report as a whole (where a default came from). */
  readonly warnings: readonly string[];
}

/**
 * Options of {@link townReport}.
 *
 * @example
 * ```ts
 * const options: TownReportOptions = { townId: 'jianshe', period: '2011', asOf: '2011-06-30', locale: 'en' };
 * options.locale;
 * // => 'en'
 * ```
 *
 * @category Report
 */
export interface TownReportOptions {
  /** The id of the town (`dataset.towns[].id`). */
  readonly townId: string;
  /**
   * The period (`'2011'`, `'2011-H1'`, a Period). Default: the latest year in which the town has
   * an observation, a project plan or a funding source, or its profile's `asOf`; else the latest
   * period of its land quotas.
   */
  readonly period?: string | Period;
  /**
   * The date of the figures, `'YYYY-MM-DD'`, for schedule progress (序时进度). Default: the
   * latest `date` of a dataset source that the town's records cite and that falls within the
   * period (a report dated 2011-12-22 states its figures as of that day); none when there is none.
   */
  readonly asOf?: string;
  /** The language of the row texts and warnings: `'zh'` (default) or `'en'`. */
  readonly locale?: Locale;
  /**
   * A 考核 scorecard to score the town on for the period (an `assessment` section: the total and
   * rank among the dataset's towns, each category and item); parsed or as a scorecard file's JSON.
   */
  readonly scorecard?: Scorecard | ScorecardInput;
}
