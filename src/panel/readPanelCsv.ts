import Papa from 'papaparse';
import { invalidArgumentError } from '../errors.js';
import { requireOptions } from '../numbers/internal.js';
import { type PanelRead, type ReadPanelOptions, readTable } from './read/readTable.js';
import { gridRows, plainCsvRows, type RowSource } from './read/rows.js';

const FN = 'readPanelCsv';

/** The text of CSV input: a string as given, bytes as UTF-8, without a byte-order mark. @internal */
export function csvText(fn: string, input: string | Uint8Array): string {
  let text: string;
  if (typeof input === 'string') text = input;
  else if (input instanceof Uint8Array) text = new TextDecoder('utf-8').decode(input);
  else throw invalidArgumentError(fn, 'text', 'must be a string or a Uint8Array of UTF-8', input);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function delimiterOf(fn: string, text: string, given: string | undefined): string {
  if (given !== undefined) {
    if (typeof given !== 'string' || given.length !== 1) {
      throw invalidArgumentError(fn, 'options.delimiter', 'must be one character', given);
    }
    return given;
  }
  // The most frequent candidate in the first lines (a title line may hold none).
  const head = text.slice(0, 4096);
  let best = ',';
  let most = 0;
  for (const candidate of [',', '\t', ';']) {
    const count = head.split(candidate).length - 1;
    if (count > most) {
      best = candidate;
      most = count;
    }
  }
  return best;
}

/** The rows of CSV text: split here when it has no quotes, by Papa Parse when it has. @internal */
export function csvRows(text: string, delimiter: string): RowSource {
  if (!text.includes('"')) return plainCsvRows(text, delimiter);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  return gridRows(parsed.data);
}

/**
 * Reads a CSV table as statistical offices export it into a {@link PanelTable}, ready for
 * {@link computePanel}: Chinese headers (乡镇, 年份, 县 and `地区生产总值（万元）`), a title with
 * `（单位：万元）`, a unit row, `—` / `-` / `…` for a missing figure, thousands separators,
 * merged header cells, long (one row per town-period) or wide (years as columns) layouts, and
 * 合计 rows, which are checked against their towns ({@link auditSum}) and not counted.
 *
 * Every value column is a `Float64Array` (`NaN` for a missing cell) whose numbers print as the
 * table printed them: a figure of at most 15 significant digits is one float64 exactly (DBL_DIG);
 * a column with a longer figure is decimal text. Every bad cell is reported in `issues` by row
 * and column (`C7`) and read as missing; the rest of the table is read. Quoted CSV (RFC 4180) is
 * split by Papa Parse; text without quotes is split directly, to the same cells.
 *
 * @param text - the CSV, as a string or as UTF-8 bytes (a byte-order mark is dropped)
 * @param options - key column headers, the period of a one-period table, the indicator of a
 *   one-indicator wide table, a default unit, the delimiter ({@link ReadPanelOptions})
 * @returns the table, with `issues`, `totals` (every 合计 figure, audited), `indicators`, `units`
 *   and the source row of every table row
 * @throws TownIndicatorsError `INVALID_ARGUMENT` when the table has no header row or no town
 *   column (naming the row), when a named column is not in the header, or when a one-period
 *   table names no period
 * @example
 * ```ts
 * const csv = '2023年各镇主要指标（单位：万元）\n乡镇,年份,地区生产总值\n甲镇,2022,"1,000"\n甲镇,2023,1100\n合计,2023,1100\n';
 * const table = readPanelCsv(csv);
 * [table.indicators, table.units, [...table.values['地区生产总值']!], table.totals[0]?.audit.consistent];
 * // => [['地区生产总值'], { '地区生产总值': '万元' }, [1000, 1100], true]
 * ```
 *
 * @category Panels
 */
export function readPanelCsv(text: string | Uint8Array, options: ReadPanelOptions = {}): PanelRead {
  return readCsvTable(FN, text, options);
}

/** {@link readPanelCsv} for another function, whose name its errors carry. @internal */
export function readCsvTable(
  fn: string,
  text: string | Uint8Array,
  options: ReadPanelOptions,
): PanelRead {
  requireOptions(fn, options);
  const csv = csvText(fn, text);
  return readTable(fn, csvRows(csv, delimiterOf(fn, csv, options.delimiter)), options);
}
