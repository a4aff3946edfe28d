import { invalidArgumentError } from '../errors.js';
import { kindOf } from '../numbers/decimal.js';
import { requireList, requireObject } from '../numbers/internal.js';
import type { PanelTable, PanelValue } from './types.js';

const FN = 'panelFromRows';

/** Which fields of the rows are the keys and the indicators. @category Panels */
export interface PanelFromRowsOptions {
  /** The field of a row's town. */
  readonly town: string;
  /** The field of a row's period. */
  readonly period: string;
  /** The field of a row's group (its county), if the rows have one. */
  readonly group?: string;
  /** The fields that are indicators, each a column of `values`. */
  readonly indicators: readonly string[];
  /** The unit of an indicator, by its name. */
  readonly units?: Readonly<Record<string, string>>;
}

function fieldName(value: unknown, arg: string): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw invalidArgumentError(
      FN,
      arg,
      `must be a field name (a non-empty string), got ${kindOf(value)}`,
      value,
    );
  }
  return value;
}

/**
 * Builds a columnar {@link PanelTable} from an array of plain objects, one per town-period (what
 * a JSON API, a spreadsheet library's `sheet_to_json` or `d3.csvParse` gives), for
 * {@link computePanel}. Values are taken as they are (decimal strings, numbers, `null`); a
 * missing field is `null`. The rows are not changed.
 *
 * @param rows - the rows, each an object with the key fields and the indicator fields
 * @param options - the fields of `town`, `period`, `group?`, the `indicators`, and `units?`
 * @returns the table, in the rows' order
 * @throws TownIndicatorsError `INVALID_ARGUMENT` when `rows` is not an array, a row is not an
 *   object (naming the row), or a field name is not a non-empty string
 * @example
 * ```ts
 * const table = panelFromRows(
 *   [
 *     { 镇: '甲镇', 年份: 2023, gdp: '100' },
 *     { 镇: '甲镇', 年份: 2024, gdp: '110' },
 *   ],
 *   { town: '镇', period: '年份', indicators: ['gdp'] },
 * );
 * computePanel(table, { measures: [{ measure: 'growth', indicator: 'gdp' }] }).columns['growth:gdp'];
 * // => [null, '10.0']
 * ```
 *
 * @category Panels
 */
export function panelFromRows(
  rows: readonly Readonly<Record<string, unknown>>[],
  options: PanelFromRowsOptions,
): PanelTable {
  requireList(FN, 'rows', rows, 'rows (plain objects)');
  requireObject(FN, 'options', options, '{ town, period, group?, indicators }');
  const townField = fieldName(options.town, 'options.town');
  const periodField = fieldName(options.period, 'options.period');
  const groupField =
    options.group === undefined ? undefined : fieldName(options.group, 'options.group');
  requireList(FN, 'options.indicators', options.indicators, 'field names');
  const indicators = Array.from(options.indicators, (name, index) =>
    fieldName(name, `options.indicators[${index}]`),
  );
  const town: string[] = new Array(rows.length);
  const period: (string | number)[] = new Array(rows.length);
  const group: string[] | undefined = groupField === undefined ? undefined : new Array(rows.length);
  const values: Record<string, PanelValue[]> = {};
  for (const name of indicators) values[name] = new Array(rows.length);
  for (let index = 0; index < rows.length; index += 1) {
    const row: unknown = rows[index];
    requireObject(FN, `rows[${index}]`, row, 'an object');
    const record = row as Readonly<Record<string, unknown>>;
    // Keys are checked by computePanel, which names the row of a bad one.
    town[index] = record[townField] as string;
    period[index] = record[periodField] as string | number;
    if (group !== undefined) group[index] = record[groupField as string] as string;
    for (const name of indicators) {
      const value = record[name];
      (values[name] as PanelValue[])[index] = value === undefined ? null : (value as PanelValue);
    }
  }
  return {
    town,
    period,
    ...(group === undefined ? {} : { group }),
    values,
    ...(options.units === undefined ? {} : { units: options.units }),
  };
}
