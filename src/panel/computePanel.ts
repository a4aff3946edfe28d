import { invalidArgumentError } from '../errors.js';
import { requireObject, requireOptions } from '../numbers/internal.js';
import { type ScaledColumn, scaleColumn } from './internal/cells.js';
import { type PanelLayout, panelLayout } from './internal/layout.js';
import { type MeasureCells, measureCells } from './internal/output.js';
import { GROWTH_TASK, SHARE_TASK, startPanelWorker } from './internal/parallel.js';
import { panelResult } from './internal/result.js';
import { averageGrowthCells } from './measures/averageGrowth.js';
import type { MeasureContext } from './measures/context.js';
import { contributionCells, shareCells } from './measures/groups.js';
import { growthCells, pointChangeCells } from './measures/growth.js';
import { rankCells } from './measures/rank.js';
import { ratioCells } from './measures/ratio.js';
import type { MeasureSpec, PanelResult, PanelScale, PanelSpec, PanelTable } from './types.js';

const FN = 'computePanel';

/** How {@link computePanel} runs. @category Panels */
export interface ComputePanelOptions {
  /** Called after each measure with the number done and the number in all. */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * Whether growth and share columns may be computed on a second thread while the main thread
   * reads the next columns (Node's worker_threads, in shared memory; the values are the same).
   * Default: for panels of at least 4 million cells, where the platform has threads.
   */
  readonly parallel?: boolean;
}

/** The least cells (rows × measures) for which computePanel starts a worker by default. */
const PARALLEL_CELLS = 4_000_000;
/** Every kind of measure, in the order of DESIGN.md §10. @internal */
export const MEASURE_KINDS: readonly MeasureSpec['measure'][] = [
  'growth',
  'average-growth',
  'share-of-group',
  'ratio',
  'point-change',
  'pull',
  'contribution-rate',
  'rank',
];
/** The most decimals: 10^(decimals + 2) stays exact in float64. */
const MAX_DECIMALS = 20;

function readDecimals(value: unknown, arg: string): number {
  if (value === undefined) return 1;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_DECIMALS) {
    throw invalidArgumentError(FN, arg, `must be an integer from 0 to ${MAX_DECIMALS}`, value);
  }
  return value;
}

function readScale(value: unknown, arg: string): PanelScale {
  if (value === undefined) return 'percent';
  if (value !== 'percent' && value !== 'fraction') {
    throw invalidArgumentError(FN, arg, "must be 'percent' or 'fraction'", value);
  }
  return value;
}

/** The indicators a measure reads. */
function indicatorsOf(spec: MeasureSpec): readonly (readonly [string, unknown])[] {
  return spec.measure === 'ratio'
    ? [
        ['numerator', spec.numerator],
        ['denominator', spec.denominator],
      ]
    : [['indicator', spec.indicator]];
}

/** A panel's worker and its shared memory, when the panel is computed on two threads. */
interface ParallelPanel {
  readonly values: Int32Array;
  storage(slot: number): { ints: Float64Array; state: Uint8Array };
  takes(measure: MeasureSpec): boolean;
  enqueue(measure: MeasureSpec, index: number, slot: number, exponent: number): void;
  finish(runHere: (measure: number) => void): {
    readonly redo: Uint8Array;
    readonly stalled: boolean;
  };
}

function parallelPanel(
  layout: PanelLayout,
  spec: PanelSpec,
  indicators: readonly string[],
  parallel: boolean | undefined,
): ParallelPanel | undefined {
  const { length } = layout;
  const measures = spec.measures.length;
  const wanted = parallel ?? length * measures >= PARALLEL_CELLS;
  const taken = spec.measures.filter(
    (m) => m.measure === 'growth' || m.measure === 'share-of-group',
  );
  if (!wanted || taken.length === 0 || typeof SharedArrayBuffer === 'undefined') return undefined;
  const ints = new SharedArrayBuffer(indicators.length * length * 8);
  const states = new SharedArrayBuffer(indicators.length * length);
  const valuesBuffer = new SharedArrayBuffer(measures * length * 4);
  const previous = new SharedArrayBuffer(length * 4);
  const buckets = new SharedArrayBuffer(length * 4);
  const worker = startPanelWorker({
    length,
    ints,
    states,
    values: valuesBuffer,
    previous,
    buckets,
    bucketCount: layout.groups.length * layout.periods.length,
    measures,
  });
  if (worker === undefined) return undefined;
  let prepared = false;
  return {
    values: new Int32Array(valuesBuffer),
    storage: (slot) => ({
      ints: new Float64Array(ints, slot * length * 8, length),
      state: new Uint8Array(states, slot * length, length),
    }),
    takes: (measure) => measure.measure === 'growth' || measure.measure === 'share-of-group',
    enqueue(measure, index, slot, exponent) {
      if (!prepared) {
        new Int32Array(previous).set(layout.previousRows());
        new Int32Array(buckets).set(layout.groupPeriods());
        prepared = true;
      }
      worker.enqueue(
        measure.measure === 'growth' ? GROWTH_TASK : SHARE_TASK,
        index,
        slot,
        exponent,
      );
    },
    finish: (runHere) => worker.finish(runHere),
  };
}

function nameOf(spec: MeasureSpec, arg: string): string {
  if (spec.measure === 'ratio') {
    if (typeof spec.name !== 'string' || spec.name.length === 0) {
      throw invalidArgumentError(
        FN,
        `${arg}.name`,
        'must be a non-empty string (a ratio has no default name)',
        spec.name,
      );
    }
    return spec.name;
  }
  if (spec.name !== undefined) {
    if (typeof spec.name !== 'string' || spec.name.length === 0) {
      throw invalidArgumentError(FN, `${arg}.name`, 'must be a non-empty string', spec.name);
    }
    return spec.name;
  }
  return `${spec.measure}:${spec.indicator}`;
}

const RESERVED = new Set(['town', 'period', 'group']);

/** Checks every measure against the table before any is computed. */
function readMeasures(table: PanelTable, spec: PanelSpec): readonly string[] {
  if (!Array.isArray(spec.measures)) {
    throw invalidArgumentError(FN, 'spec.measures', 'must be an array of measures', spec.measures);
  }
  const names: string[] = [];
  spec.measures.forEach((measure: MeasureSpec, index) => {
    const arg = `spec.measures[${index}]`;
    if (
      typeof measure !== 'object' ||
      measure === null ||
      !MEASURE_KINDS.includes(measure.measure)
    ) {
      throw invalidArgumentError(
        FN,
        `${arg}.measure`,
        `must be one of ${MEASURE_KINDS.join(', ')}`,
        (measure as { measure?: unknown } | null)?.measure,
      );
    }
    for (const [field, indicator] of indicatorsOf(measure)) {
      if (typeof indicator !== 'string' || !Object.hasOwn(table.values, indicator)) {
        const known = Object.keys(table.values).join(', ');
        throw invalidArgumentError(
          FN,
          `${arg}.${field}`,
          `names no column of table.values (${known})`,
          indicator,
        );
      }
    }
    if (
      measure.measure === 'rank' &&
      measure.within !== undefined &&
      measure.within !== 'group' &&
      measure.within !== 'all'
    ) {
      throw invalidArgumentError(FN, `${arg}.within`, "must be 'group' or 'all'", measure.within);
    }
    const name = nameOf(measure, arg);
    if (RESERVED.has(name) || names.includes(name)) {
      throw invalidArgumentError(
        FN,
        `${arg}.name`,
        `"${name}" is already a column of the result`,
        name,
      );
    }
    names.push(name);
  });
  return names;
}

/**
 * Computes measures for every town and period of a panel at once: YoY growth, average growth,
 * share of group, ratios, point changes, pulls, contribution rates and ranks, each cell equal to
 * the scalar calculator's result rounded half-up at `decimals` (boundary cells included).
 *
 * Formulas, per row of town `i` in period `t` (p = the same town a year earlier, by
 * {@link samePeriodLastYear}; G = the town's group in `t`):
 * - `growth`: `(c − p) / p` ({@link growthRate});
 * - `average-growth`: `(c_to / c_from)^(1/n) − 1`, n periods apart, in the row of `to`
 *   ({@link averageAnnualGrowth}, NBS 水平法);
 * - `share-of-group`: `c / Σ_G c` ({@link share}; the group's towns with a value);
 * - `ratio`: `numerator / denominator` of the row;
 * - `point-change`: `c − p` in points ({@link percentagePointChange});
 * - `pull`: `(c − p) / Σ_G p`; `contribution-rate`: `(c − p) / (Σ_G c − Σ_G p)` over the group's
 *   towns with both periods ({@link growthContributions}, NBS 拉动 / 贡献率);
 * - `rank`: 1 + the number of towns of the bucket with a larger value.
 *
 * Rates print on `scale` (`'percent'`: 12.3 for 12.3 %); every value is rounded half-up once,
 * from its exact value (quotients of scaled integers, checked roots), never from a float.
 *
 * @param table - the columnar table, one row per town-period ({@link PanelTable})
 * @param spec - the measures, `decimals` (default 1) and `scale` (default `'percent'`)
 * @param options - `onProgress(done, total)`, called after each measure (for a progress bar)
 * @returns the columns, in the table's row order, with a code in `errors` for every cell without
 *   a value (`NO_PREVIOUS_PERIOD`, `MISSING_DATA`, `INVALID_NUMBER`, `DIVISION_BY_ZERO`,
 *   `NON_POSITIVE_BASE`)
 * @throws TownIndicatorsError `INVALID_ARGUMENT` naming the column or row for a bad table (columns
 *   of different lengths, a town-period twice, an empty town) or a bad spec (an indicator that is
 *   no column, a ratio without a name, two measures of one name); `INVALID_PERIOD` naming the row
 *   of a period that is no period label
 * @example
 * ```ts
 * const table = {
 *   town: ['A镇', 'A镇', 'B镇', 'B镇'],
 *   period: [2023, 2024, 2023, 2024],
 *   group: ['甲县', '甲县', '甲县', '甲县'],
 *   values: { gdp: ['100', '110', '300', '330.6'] },
 * };
 * const result = computePanel(table, {
 *   measures: [
 *     { measure: 'growth', indicator: 'gdp' },
 *     { measure: 'share-of-group', indicator: 'gdp' },
 *   ],
 * });
 * [result.columns['growth:gdp'], result.columns['share-of-group:gdp']];
 * // => [[null, '10.0', null, '10.2'], ['25.0', '25.0', '75.0', '75.0']]
 * ```
 *
 * @category Panels
 */
export function computePanel(
  table: PanelTable,
  spec: PanelSpec,
  options: ComputePanelOptions = {},
): PanelResult {
  requireObject(FN, 'spec', spec, 'PanelSpec { measures, decimals?, scale? }');
  requireOptions(FN, options);
  const { onProgress, parallel } = options;
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw invalidArgumentError(FN, 'options.onProgress', 'must be a function', onProgress);
  }
  if (parallel !== undefined && typeof parallel !== 'boolean') {
    throw invalidArgumentError(FN, 'options.parallel', 'must be a boolean', parallel);
  }
  const layout = panelLayout(table);
  const names = readMeasures(table, spec);
  const decimals = readDecimals(spec.decimals, 'spec.decimals');
  const scale = readScale(spec.scale, 'spec.scale');
  const { length } = layout;
  // One buffer for the cells of every measure, and the columns read one indicator at a time (the
  // measures of an indicator computed together, its buffers then reused): a national panel
  // allocates a few blocks, touches little fresh memory, and its collector runs seldom.
  const readsOf = spec.measures.map((m) => indicatorsOf(m).map(([, i]) => i as string));
  const indicators = [...new Set(readsOf.flat())];
  const uses = new Map(
    indicators.map((name) => [name, readsOf.filter((r) => r.includes(name)).length]),
  );
  const order = spec.measures
    .map((_, index) => index)
    .sort(
      (a, b) =>
        indicators.indexOf(readsOf[a]?.[0] as string) -
          indicators.indexOf(readsOf[b]?.[0] as string) || a - b,
    );
  const threads = parallelPanel(layout, spec, indicators, parallel);
  const columns = new Map<string, ScaledColumn>();
  const pool: { ints: Float64Array; state: Uint8Array }[] = [];
  const column = (indicator: string): ScaledColumn => {
    let scaled = columns.get(indicator);
    if (scaled === undefined) {
      const storage = threads?.storage(indicators.indexOf(indicator)) ??
        pool.pop() ?? {
          ints: new Float64Array(length),
          state: new Uint8Array(length),
        };
      storage.state.fill(0);
      scaled = scaleColumn(indicator, table.values[indicator] as ArrayLike<unknown>, storage);
      columns.set(indicator, scaled);
    }
    return scaled;
  };
  const release = (index: number): void => {
    for (const indicator of readsOf[index] ?? []) {
      const left = (uses.get(indicator) as number) - 1;
      uses.set(indicator, left);
      const scaled = columns.get(indicator);
      // A worker's columns stay: it may still be reading them.
      if (left === 0 && scaled !== undefined && threads === undefined) {
        columns.delete(indicator);
        pool.push({ ints: scaled.ints, state: scaled.state });
      }
    }
  };
  const values = threads?.values ?? new Int32Array(spec.measures.length * length);
  let apart = false;
  const cellsOf = (index: number, name: string, places: number, none = false): MeasureCells =>
    measureCells(
      name,
      places,
      apart ? new Int32Array(length) : values.subarray(index * length, (index + 1) * length),
      none,
    );
  const unit = (indicator: string): string | undefined => table.units?.[indicator];
  const contextOf = (measureDecimals: number, measureScale: PanelScale): MeasureContext => ({
    layout,
    column,
    unit,
    decimals: measureDecimals,
    percent: measureScale === 'percent',
  });
  const shared = contextOf(decimals, scale);
  const compute = (index: number): MeasureCells => {
    const measure = spec.measures[index] as MeasureSpec;
    const arg = `spec.measures[${index}]`;
    const name = names[index] as string;
    switch (measure.measure) {
      case 'ratio': {
        const ctx = contextOf(
          measure.decimals === undefined
            ? decimals
            : readDecimals(measure.decimals, `${arg}.decimals`),
          measure.scale === undefined ? scale : readScale(measure.scale, `${arg}.scale`),
        );
        const cells = cellsOf(index, name, ctx.decimals);
        ratioCells(ctx, measure.numerator, measure.denominator, cells);
        return cells;
      }
      case 'rank': {
        const cells = cellsOf(index, name, 0);
        const within = measure.within ?? (layout.hasGroups ? 'group' : 'all');
        rankCells(shared, measure.indicator, within === 'group' && layout.hasGroups, cells);
        return cells;
      }
      default: {
        const cells = cellsOf(index, name, decimals, measure.measure === 'average-growth');
        switch (measure.measure) {
          case 'growth':
            growthCells(shared, measure.indicator, cells);
            break;
          case 'average-growth':
            averageGrowthCells(shared, measure.indicator, measure.from, measure.to, arg, cells);
            break;
          case 'share-of-group':
            shareCells(shared, measure.indicator, cells);
            break;
          case 'point-change':
            pointChangeCells(shared, measure.indicator, cells);
            break;
          default:
            contributionCells(shared, measure.indicator, measure.measure, cells);
        }
        return cells;
      }
    }
  };
  const outputs = new Array<MeasureCells>(spec.measures.length);
  let done = 0;
  for (const index of order) {
    const measure = spec.measures[index] as MeasureSpec;
    if (threads?.takes(measure)) {
      // The worker computes it; the main thread reads the next column meanwhile.
      const indicator = (measure as { readonly indicator: string }).indicator;
      column(indicator);
      outputs[index] = cellsOf(index, names[index] as string, decimals);
      threads.enqueue(
        measure,
        index,
        indicators.indexOf(indicator),
        decimals + (scale === 'percent' ? 2 : 0),
      );
    } else {
      outputs[index] = compute(index);
    }
    release(index);
    done += 1;
    onProgress?.(done, order.length);
  }
  if (threads !== undefined) {
    const { redo, stalled } = threads.finish((index) => {
      outputs[index] = compute(index);
    });
    apart = stalled;
    // A measure the worker left (a wide figure, a value beyond int32), or every measure of a
    // worker that stalled: computed here, whole.
    for (const index of order) {
      if (redo[index] === 1 || (stalled && threads.takes(spec.measures[index] as MeasureSpec))) {
        outputs[index] = compute(index);
      }
    }
  }
  return panelResult(layout, table, outputs);
}
