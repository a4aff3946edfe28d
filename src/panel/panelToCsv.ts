import { invalidArgumentError } from '../errors.js';
import { csvField, requireObject, requireOptions } from '../numbers/internal.js';
import type { PanelResult } from './types.js';

const FN = 'panelToCsv';

/** How {@link panelToCsv} writes a table. @category Panels */
export interface PanelToCsvOptions {
  /** Start with a byte-order mark, so that Excel reads the Chinese text as UTF-8 (default `false`). */
  readonly bom?: boolean;
  /** The columns to write, in order (default: town, period, group, then every measure). */
  readonly columns?: readonly string[];
  /** The line break (default `'\n'`; `'\r\n'` for RFC 4180 strictly). */
  readonly newline?: '\n' | '\r\n';
}

/**
 * Writes a {@link PanelResult} as CSV text: a header of column names, one line per row, a cell
 * without a value empty, quoting as RFC 4180 asks (a cell with a comma, a quote or a line break).
 *
 * @param result - what {@link computePanel} gave
 * @param options - `bom` (for Excel), `columns` (which and in what order), `newline`
 * @returns the CSV text
 * @throws TownIndicatorsError `INVALID_ARGUMENT` when `columns` names a column the result does
 *   not have
 * @example
 * ```ts
 * const result = computePanel(
 *   { town: ['甲镇', '甲镇'], period: [2023, 2024], values: { gdp: ['100', '110'] } },
 *   { measures: [{ measure: 'growth', indicator: 'gdp' }] },
 * );
 * panelToCsv(result);
 * // => 'town,period,growth:gdp\n甲镇,2023,\n甲镇,2024,10.0\n'
 * ```
 *
 * @category Panels
 */
export function panelToCsv(result: PanelResult, options: PanelToCsvOptions = {}): string {
  requireObject(FN, 'result', result, 'PanelResult { columns, length }');
  requireObject(FN, 'result.columns', result.columns, 'an object of columns');
  requireOptions(FN, options);
  const all = result.columns as Readonly<Record<string, readonly (string | null)[] | undefined>>;
  if (options.columns !== undefined && !Array.isArray(options.columns)) {
    throw invalidArgumentError(
      FN,
      'options.columns',
      'must be an array of column names',
      options.columns,
    );
  }
  const names = options.columns ?? Object.keys(all);
  const columns = names.map((name, index) => {
    const column = all[name];
    if (column === undefined) {
      throw invalidArgumentError(
        FN,
        `options.columns[${index}]`,
        `names no column of the result (${Object.keys(all).join(', ')})`,
        name,
      );
    }
    return column;
  });
  const newline = options.newline ?? '\n';
  const lines: string[] = [names.map(csvField).join(',')];
  for (let row = 0; row < result.length; row += 1) {
    let line = '';
    for (let k = 0; k < columns.length; k += 1) {
      if (k > 0) line += ',';
      const cell = (columns[k] as readonly (string | null)[])[row];
      if (cell !== null && cell !== undefined) line += csvField(cell);
    }
    lines.push(line);
  }
  return `${options.bom === true ? '\uFEFF' : ''}${lines.join(newline)}${newline}`;
}
