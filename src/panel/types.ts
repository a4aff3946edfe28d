/**
 * The shapes of a panel: the columnar table in, the measures asked for, the result out
 * (DESIGN.md §10).
 *
 * @module
 */
import type { ErrorCode } from '../errors.js';

/** A value of a panel cell: a decimal string, a number, or `null` / `undefined` when missing. */
export type PanelValue = string | number | null | undefined;

/**
 * A columnar table, one row per town-period: what Arrow's `getChild(name).toArray()`, DuckDB and
 * the CSV readers give. Every column has the same length; `values` holds one column per
 * indicator (decimal strings or numbers, `null` for a missing cell); `units` names the unit of
 * an indicator (`'万元'`, `'%'`) where it matters: a ratio of two indicators of one dimension
 * converts them, and a point change of a `'%'` indicator reads its values as percentages.
 *
 * @example
 * ```ts
 * const table: PanelTable = {
 *   town: ['A镇', 'A镇'],
 *   period: [2023, 2024],
 *   values: { gdp: ['100', '110'] },
 *   units: { gdp: '万元' },
 * };
 * computePanel(table, { measures: [{ measure: 'growth', indicator: 'gdp' }] }).columns['growth:gdp'];
 * // => [null, '10.0']
 * ```
 *
 * @category Panels
 */
export interface PanelTable {
  /** The town of each row (its id or name). */
  readonly town: ArrayLike<string>;
  /** The period of each row: a year (`2024`, `'2024'`) or any period label (`'2024-Q1'`). */
  readonly period: ArrayLike<string | number>;
  /** The group of each row (its county): what share-of-group, pull and rank divide by. */
  readonly group?: ArrayLike<string>;
  /** One column per indicator. */
  readonly values: Readonly<Record<string, ArrayLike<PanelValue>>>;
  /** The unit of an indicator, by its name. */
  readonly units?: Readonly<Record<string, string>>;
}

/** YoY growth (同比增长) against the same town's period a year earlier. @category Panels */
export interface GrowthMeasure {
  readonly measure: 'growth';
  readonly indicator: string;
  /** The result column's name; default `'growth:<indicator>'`. */
  readonly name?: string;
}

/**
 * Average growth per period (年均增长, 水平法) from `from` to `to`, in the row of `to`; annual
 * between years, per quarter between quarters. Other rows are `null` and no error.
 *
 * @category Panels
 */
export interface AverageGrowthMeasure {
  readonly measure: 'average-growth';
  readonly indicator: string;
  readonly from: string | number;
  readonly to: string | number;
  /** The result column's name; default `'average-growth:<indicator>'`. */
  readonly name?: string;
}

/** Each town's share of its group in that period (占全县比重): value / Σ group. @category Panels */
export interface ShareOfGroupMeasure {
  readonly measure: 'share-of-group';
  readonly indicator: string;
  /** The result column's name; default `'share-of-group:<indicator>'`. */
  readonly name?: string;
}

/**
 * A ratio of two indicators of the same row (城镇化率, 人均, 密度): numerator / denominator, with
 * two indicators of one dimension converted to one unit first (`units` of the table).
 *
 * @category Panels
 */
export interface RatioMeasure {
  readonly measure: 'ratio';
  readonly numerator: string;
  readonly denominator: string;
  /** The result column's name (required: a ratio has no default name). */
  readonly name: string;
  /** This measure's scale, instead of the spec's: `'fraction'` for a per-capita figure. */
  readonly scale?: PanelScale;
  /** This measure's decimals, instead of the spec's. */
  readonly decimals?: number;
}

/**
 * The change of a rate in percentage points (提高N个百分点) against the period a year earlier.
 * Values are fractions, or percentages when the indicator's unit is `'%'`.
 *
 * @category Panels
 */
export interface PointChangeMeasure {
  readonly measure: 'point-change';
  readonly indicator: string;
  /** The result column's name; default `'point-change:<indicator>'`. */
  readonly name?: string;
}

/**
 * Each town's pull (拉动, in points) on its group's growth: Δ_i / Σ previous, over the group's
 * towns with both periods.
 *
 * @category Panels
 */
export interface PullMeasure {
  readonly measure: 'pull';
  readonly indicator: string;
  /** The result column's name; default `'pull:<indicator>'`. */
  readonly name?: string;
}

/**
 * Each town's contribution rate (贡献率) to its group's growth: Δ_i / Σ Δ, over the group's towns
 * with both periods.
 *
 * @category Panels
 */
export interface ContributionRateMeasure {
  readonly measure: 'contribution-rate';
  readonly indicator: string;
  /** The result column's name; default `'contribution-rate:<indicator>'`. */
  readonly name?: string;
}

/**
 * Each town's rank in its period (排名, 1 = largest; ties share the smallest rank, as in
 * 1, 2, 2, 4), within its group (default when the table has groups) or among all towns.
 *
 * @category Panels
 */
export interface RankMeasure {
  readonly measure: 'rank';
  readonly indicator: string;
  readonly within?: 'group' | 'all';
  /** The result column's name; default `'rank:<indicator>'`. */
  readonly name?: string;
}

/** One measure of a {@link PanelSpec}. @category Panels */
export type MeasureSpec =
  | GrowthMeasure
  | AverageGrowthMeasure
  | ShareOfGroupMeasure
  | RatioMeasure
  | PointChangeMeasure
  | PullMeasure
  | ContributionRateMeasure
  | RankMeasure;

/** The kinds of measure. @category Panels */
export type MeasureKind = MeasureSpec['measure'];

/** How a rate is printed: `'percent'` (`12.3` for 12.3 %) or `'fraction'` (`0.123`). @category Panels */
export type PanelScale = 'percent' | 'fraction';

/**
 * What to compute: the measures, the decimals every value is rounded to (half-up, default 1)
 * and the scale of rates (default `'percent'`).
 *
 * @category Panels
 */
export interface PanelSpec {
  readonly measures: readonly MeasureSpec[];
  readonly decimals?: number;
  readonly scale?: PanelScale;
}

/** A cell without a value: its row, its measure's name and why. @category Panels */
export interface PanelCellError {
  readonly row: number;
  readonly measure: string;
  readonly code: ErrorCode;
}

/** One row of a {@link PanelResult}: town, period, group and one value per measure. @category Panels */
export type PanelRow = {
  readonly town: string;
  readonly period: string;
  readonly group?: string;
} & { readonly [name: string]: string | null | undefined };

/** The columns of a {@link PanelResult}. @category Panels */
export type PanelColumns = {
  readonly town: readonly string[];
  readonly period: readonly string[];
  readonly group?: readonly string[];
} & { readonly [name: string]: readonly (string | null)[] | undefined };

/**
 * The result of {@link computePanel}: one column per measure, in the table's row order, each
 * value a decimal string rounded half-up (or `null`, its code in `errors`). Columns are turned
 * into strings when first read, so a result holds its numbers compactly until then.
 *
 * @category Panels
 */
export interface PanelResult {
  /** `town`, `period` (as labels), `group` and one column per measure name. */
  readonly columns: PanelColumns;
  /** The measure names, in the spec's order. */
  readonly measures: readonly string[];
  /** The number of rows. */
  readonly length: number;
  /** The rows as plain objects (what Observable's Inputs.table, Arquero and Plot take). */
  rows(): PanelRow[];
  /** Every cell without a value, by measure in the spec's order, then by row. */
  readonly errors: readonly PanelCellError[];
}
