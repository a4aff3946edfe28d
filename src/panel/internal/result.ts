/**
 * A panel's result: the computed cells held as scaled integers, printed into string columns when
 * a column is first read, and the cells without a value listed when `errors` is first read.
 *
 * @internal
 * @module
 */
import type { PanelCellError, PanelColumns, PanelResult, PanelRow, PanelTable } from '../types.js';
import type { PanelLayout } from './layout.js';
import { cellText, codeAt, type MeasureCells } from './output.js';

function printColumn(cells: MeasureCells, length: number): (string | null)[] {
  const column = new Array<string | null>(length);
  for (let row = 0; row < length; row += 1) column[row] = cellText(cells, row);
  return column;
}

function lazy<T>(compute: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value as T;
  };
}

/** Builds the result of {@link computePanel}. @internal */
export function panelResult(
  layout: PanelLayout,
  table: PanelTable,
  outputs: readonly MeasureCells[],
): PanelResult {
  const { length } = layout;
  const columns: Record<string, unknown> = {};
  const define = (name: string, compute: () => readonly unknown[]): void => {
    const get = lazy(() => Object.freeze(compute()));
    Object.defineProperty(columns, name, { enumerable: true, get });
  };
  define('town', () => Array.from(layout.townOf, (id) => layout.towns[id] as string));
  define('period', () => Array.from(layout.periodOf, (id) => layout.periods[id]?.label as string));
  if (table.group !== undefined) {
    define('group', () => Array.from(layout.groupOf, (id) => layout.groups[id] as string));
  }
  for (const cells of outputs) define(cells.name, () => printColumn(cells, length));
  Object.freeze(columns);
  const errors = lazy(() => {
    const list: PanelCellError[] = [];
    for (const cells of outputs) {
      for (let row = 0; row < length; row += 1) {
        const code = codeAt(cells, row);
        if (code !== undefined) list.push(Object.freeze({ row, measure: cells.name, code }));
      }
    }
    return Object.freeze(list);
  });
  const measures = Object.freeze(outputs.map((cells) => cells.name));
  return Object.freeze({
    columns: columns as PanelColumns,
    measures,
    length,
    rows(): PanelRow[] {
      const all = columns as Record<string, readonly unknown[]>;
      const names = Object.keys(all);
      const lists = names.map((name) => all[name] as readonly unknown[]);
      const rows: PanelRow[] = new Array(length);
      for (let row = 0; row < length; row += 1) {
        const object: Record<string, unknown> = {};
        for (let k = 0; k < names.length; k += 1) object[names[k] as string] = lists[k]?.[row];
        rows[row] = object as PanelRow;
      }
      return rows;
    },
    get errors() {
      return errors();
    },
  });
}
