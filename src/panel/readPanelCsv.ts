import Papa from 'papaparse';
import { invalidArgumentError } from '../errors.js';
import { requireOptions } from '../numbers/internal.js';
import { type PanelRead, type ReadPanelOptions, readTable } from './read/readTable.js';
import { gridRows, plainCsvRows, type RowSource, utf8Bytes, utf8Text } from './read/rows.js';

const FN = 'readPanelCsv';

/** The bytes of CSV input: a string as UTF-8, bytes as given, without a byte-order mark. @internal */
function csvBytes(fn: string, input: string | Uint8Array): Uint8Array {
  let bytes: Uint8Array;
  if (typeof input === 'string') bytes = utf8Bytes(input);
  else if (input instanceof Uint8Array) bytes = input;
  else throw invalidArgumentError(fn, 'text', 'must be a string or a Uint8Array of UTF-8', input);
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

function delimiterOf(fn: string, bytes: Uint8Array, given: string | undefined): string {
  if (given !== undefined) {
    if (typeof given !== 'string' || given.length !== 1 || given.charCodeAt(0) > 127) {
      throw invalidArgumentError(fn, 'options.delimiter', 'must be one ASCII character', given);
    }
    return given;
  }
  // The most frequent candidate in the first lines (a title line may hold none).
  const head = bytes.subarray(0, 4096);
  let best = ',';
  let most = 0;
  for (const candidate of [',', '\t', ';']) {
    const code = candidate.charCodeAt(0);
    let count = 0;
    for (const byte of head) if (byte === code) count += 1;
    if (count > most) {
      best = candidate;
      most = count;
    }
  }
  return best;
}

/** The rows of CSV bytes: split here when they hold no quote, by Papa Parse when they do. @internal */
function csvRows(bytes: Uint8Array, delimiter: string): RowSource {
  if (!bytes.includes(34)) return plainCsvRows(bytes, delimiter);
  const parsed = Papa.parse<string[]>(utf8Text(bytes), { delimiter, skipEmptyLines: false });
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
  const bytes = csvBytes(fn, text);
  return readTable(fn, csvRows(bytes, delimiterOf(fn, bytes, options.delimiter)), options);
}
