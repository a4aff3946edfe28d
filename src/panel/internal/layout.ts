/**
 * The keys of a panel: each row's town, period and group as small integers, the row of every
 * town-period, and the row a growth compares with. Built once per {@link computePanel} call.
 *
 * @internal
 * @module
 */
import { invalidArgumentError } from '../../errors.js';
import { type Period, readPeriod } from '../../periods/period.js';
import { comparisonPeriodLabel } from '../../periods/shift.js';
import type { PanelTable } from '../types.js';

const FN = 'computePanel';

/** The keys of a panel's rows. @internal */
export interface PanelLayout {
  readonly length: number;
  readonly townOf: Int32Array;
  readonly periodOf: Int32Array;
  /** Each row's group (0 when the table has none). */
  readonly groupOf: Int32Array;
  readonly towns: readonly string[];
  readonly periods: readonly Period[];
  readonly groups: readonly string[];
  readonly hasGroups: boolean;
  /** The row of a town in a period, or −1. */
  rowAt(town: number, period: number): number;
  /** The index of a period by its label, or −1. */
  periodIndex(label: string): number;
  /** Each row's comparison row (the same town a year earlier), −1 when the table has none. */
  previousRows(): Int32Array;
  /** Each row's group and period as one index, `group × periods + period`. */
  groupPeriods(): Int32Array;
}

function keyText(fn: string, column: string, row: number, value: unknown): string {
  if (typeof value === 'string' && value.trim().length > 0) return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw invalidArgumentError(
    fn,
    `table.${column}[${row}]`,
    `must be a non-empty string, got ${value === null ? 'null' : typeof value}`,
    value,
  );
}

function dictionary(
  column: string,
  values: ArrayLike<unknown>,
  length: number,
  ids: Int32Array,
): string[] {
  const index = new Map<string, number>();
  const names: string[] = [];
  for (let row = 0; row < length; row += 1) {
    const raw = values[row];
    // Most tables repeat one string object per town: the Map lookup is by value all the same.
    const name =
      typeof raw === 'string' && raw.length > 0 && raw.trim() === raw
        ? raw
        : keyText(FN, column, row, raw);
    let id = index.get(name);
    if (id === undefined) {
      id = names.length;
      index.set(name, id);
      names.push(name);
    }
    ids[row] = id;
  }
  return names;
}

/** Checks the table's shape and builds its keys. @internal */
export function panelLayout(table: PanelTable): PanelLayout {
  if (typeof table !== 'object' || table === null) {
    throw invalidArgumentError(FN, 'table', 'must be a PanelTable { town, period, values }', table);
  }
  const { town, period, group } = table;
  for (const [name, column] of [
    ['town', town],
    ['period', period],
  ] as const) {
    if (column === null || typeof column !== 'object' || typeof column.length !== 'number') {
      throw invalidArgumentError(FN, `table.${name}`, 'must be an array', column);
    }
  }
  const length = town.length;
  const sameLength = (name: string, column: ArrayLike<unknown>): void => {
    if (column === null || typeof column !== 'object' || typeof column.length !== 'number') {
      throw invalidArgumentError(FN, `table.${name}`, 'must be an array', column);
    }
    if (column.length !== length) {
      throw invalidArgumentError(
        FN,
        `table.${name}`,
        `has ${column.length} rows, but table.town has ${length}`,
      );
    }
  };
  sameLength('period', period);
  if (group !== undefined) sameLength('group', group);
  if (typeof table.values !== 'object' || table.values === null) {
    throw invalidArgumentError(FN, 'table.values', 'must be an object of columns', table.values);
  }
  for (const [name, column] of Object.entries(table.values)) sameLength(`values.${name}`, column);

  const townOf = new Int32Array(length);
  const towns = dictionary('town', town, length, townOf);
  const groupOf = new Int32Array(length);
  const groups = group === undefined ? [''] : dictionary('group', group, length, groupOf);

  const periodOf = new Int32Array(length);
  const periods: Period[] = [];
  const byRaw = new Map<string | number, number>();
  const byLabel = new Map<string, number>();
  for (let row = 0; row < length; row += 1) {
    const raw = period[row] as string | number;
    let id = byRaw.get(raw);
    if (id === undefined) {
      const text = keyText(FN, 'period', row, raw);
      const parsed = readPeriod(text, FN, `table.period[${row}]`);
      id = byLabel.get(parsed.label);
      if (id === undefined) {
        id = periods.length;
        periods.push(parsed);
        byLabel.set(parsed.label, id);
      }
      byRaw.set(raw, id);
    }
    periodOf[row] = id;
  }

  const periodCount = periods.length;
  const slots = new Int32Array(towns.length * periodCount).fill(-1);
  for (let row = 0; row < length; row += 1) {
    const slot = (townOf[row] as number) * periodCount + (periodOf[row] as number);
    const earlier = slots[slot] as number;
    if (earlier >= 0) {
      throw invalidArgumentError(
        FN,
        `table.town[${row}]`,
        `repeats rows ${earlier}: town "${towns[townOf[row] as number]}" in period ${
          periods[periodOf[row] as number]?.label
        } appears twice`,
      );
    }
    slots[slot] = row;
  }

  let previous: Int32Array | undefined;
  let groupPeriods: Int32Array | undefined;
  return {
    length,
    townOf,
    periodOf,
    groupOf,
    towns,
    periods,
    groups,
    hasGroups: group !== undefined,
    rowAt: (t, p) => slots[t * periodCount + p] as number,
    periodIndex: (label) => byLabel.get(label) ?? -1,
    groupPeriods() {
      if (groupPeriods !== undefined) return groupPeriods;
      groupPeriods = new Int32Array(length);
      for (let row = 0; row < length; row += 1) {
        groupPeriods[row] = (groupOf[row] as number) * periodCount + (periodOf[row] as number);
      }
      return groupPeriods;
    },
    previousRows() {
      if (previous !== undefined) return previous;
      const earlierPeriod = periods.map((p) => {
        const label = comparisonPeriodLabel(p);
        return label === undefined ? -1 : (byLabel.get(label) ?? -1);
      });
      previous = new Int32Array(length);
      for (let row = 0; row < length; row += 1) {
        const p = earlierPeriod[periodOf[row] as number] as number;
        previous[row] = p < 0 ? -1 : (slots[(townOf[row] as number) * periodCount + p] as number);
      }
      return previous;
    },
  };
}
