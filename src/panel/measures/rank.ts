/**
 * Each town's rank in its period (1 = largest), within its group or among all towns; ties share
 * the smallest rank (1, 2, 2, 4: standard competition ranking, as Excel's `RANK.EQ` with
 * descending order). Comparisons are exact: scaled integers, or decimals when a column holds a
 * wide cell.
 *
 * @internal
 * @module
 */
import { type Decimal, toDecimal } from '../../numbers/decimal.js';
import { OK, rawValue, WIDE } from '../internal/cells.js';
import { type MeasureCells, setValue } from '../internal/output.js';
import { failedOperand, type MeasureContext } from './context.js';
import { bucketsOf } from './groups.js';

/** The rank of every row with a value. @internal */
export function rankCells(
  ctx: MeasureContext,
  indicator: string,
  withinGroups: boolean,
  cells: MeasureCells,
): void {
  const { layout } = ctx;
  const column = ctx.column(indicator);
  const { ints, state } = column;
  const buckets = bucketsOf(layout, withinGroups);
  const count = (withinGroups ? layout.groups.length : 1) * layout.periods.length;
  // A counting sort of the ranked rows by bucket, then each bucket sorted by value.
  const starts = new Int32Array(count + 1);
  for (let row = 0; row < layout.length; row += 1) {
    if (failedOperand(cells, row, state[row] as number)) continue;
    const at = (buckets[row] as number) + 1;
    starts[at] = (starts[at] as number) + 1;
  }
  for (let bucket = 0; bucket < count; bucket += 1) {
    starts[bucket + 1] = (starts[bucket + 1] as number) + (starts[bucket] as number);
  }
  const order = new Int32Array(starts[count] as number);
  const next = starts.slice(0, count);
  for (let row = 0; row < layout.length; row += 1) {
    const s = state[row] as number;
    if (s !== OK && s !== WIDE) continue;
    const bucket = buckets[row] as number;
    order[next[bucket] as number] = row;
    next[bucket] = (next[bucket] as number) + 1;
  }
  let decimals: Map<number, Decimal> | undefined;
  const decimalAt = (row: number): Decimal => {
    decimals ??= new Map();
    let value = decimals.get(row);
    if (value === undefined) {
      value = toDecimal(rawValue(column, row));
      decimals.set(row, value);
    }
    return value;
  };
  const compare = column.hasWide
    ? (a: number, b: number): number => decimalAt(b).comparedTo(decimalAt(a))
    : (a: number, b: number): number => (ints[b] as number) - (ints[a] as number);
  const same = column.hasWide
    ? (a: number, b: number): boolean => decimalAt(a).eq(decimalAt(b))
    : (a: number, b: number): boolean => ints[a] === ints[b];
  for (let bucket = 0; bucket < count; bucket += 1) {
    const start = starts[bucket] as number;
    const end = starts[bucket + 1] as number;
    if (end === start) continue;
    const slice = order.subarray(start, end);
    slice.sort(compare);
    let rank = 1;
    for (let i = 0; i < slice.length; i += 1) {
      const row = slice[i] as number;
      if (i > 0 && !same(slice[i - 1] as number, row)) rank = i + 1;
      setValue(cells, row, rank);
    }
  }
}
