import readXlsxFile from 'read-excel-file/universal';
import { invalidArgumentError, parseErrorError } from '../../errors.js';
import { requireOptions } from '../../numbers/internal.js';
import { type PanelRead, type ReadPanelOptions, readTable } from '../read/readTable.js';
import { type GridCell, gridRows } from '../read/rows.js';

const FN = 'readPanelXlsx';

/** How {@link readPanelXlsx} reads a workbook: the table options and which sheet. @category Panels */
export interface ReadPanelXlsxOptions extends Omit<ReadPanelOptions, 'delimiter'> {
  /** The sheet, by name or by 1-based number (default: the first). */
  readonly sheet?: string | number;
}

function arrayBufferOf(data: Uint8Array | ArrayBuffer): ArrayBuffer {
  if (data instanceof ArrayBuffer) return data;
  return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
}

/**
 * Reads a sheet of an XLSX workbook as statistical offices export it into a {@link PanelTable},
 * by the rules of {@link readPanelCsv} (Chinese headers, a unit row or `（单位：万元）`, missing
 * marks, merged header cells, long and wide layouts, 合计 rows audited); every bad cell is
 * reported as `Sheet1!C7`. Numbers are read as the workbook stores them (its XML text), so a
 * figure keeps its digits. The reader is [read-excel-file](https://www.npmjs.com/package/read-excel-file),
 * an optional dependency: install it beside town-indicators to use this entry point.
 *
 * @param data - the .xlsx file's bytes (`Uint8Array`, `ArrayBuffer`) or a `Blob` (a browser `File`)
 * @param options - the sheet (name or 1-based number), and the options of {@link readPanelCsv}
 * @returns a promise of the table, with `issues` (by sheet, row and column) and `totals`
 * @throws TownIndicatorsError `PARSE_ERROR` (the promise rejects) when the data is not an XLSX
 *   workbook; `INVALID_ARGUMENT` for a sheet the workbook does not have, and for a table
 *   without a header or a town column
 * @example
 * ```ts
 * // import { readPanelXlsx } from 'town-indicators/xlsx';
 * // const table = await readPanelXlsx(await file.arrayBuffer(), { sheet: '2023年' });
 * typeof readPanelXlsx;
 * // => 'function'
 * ```
 *
 * @category Panels
 */
export async function readPanelXlsx(
  data: Uint8Array | ArrayBuffer | Blob,
  options: ReadPanelXlsxOptions = {},
): Promise<PanelRead> {
  requireOptions(FN, options);
  const input =
    data instanceof Uint8Array || data instanceof ArrayBuffer
      ? arrayBufferOf(data)
      : typeof Blob !== 'undefined' && data instanceof Blob
        ? data
        : undefined;
  if (input === undefined) {
    throw invalidArgumentError(
      FN,
      'data',
      'must be the bytes of an .xlsx file (Uint8Array, ArrayBuffer or Blob)',
      data,
    );
  }
  let sheets: Awaited<ReturnType<typeof readXlsxFile<string>>>;
  try {
    // Numbers as the workbook's XML stores them: the reader turns that text into exact values.
    sheets = await readXlsxFile<string>(input, { parseNumber: (text) => text, trim: false });
  } catch (error) {
    throw parseErrorError(
      FN,
      'data',
      `is not an XLSX workbook (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const wanted = options.sheet ?? 1;
  const sheet =
    typeof wanted === 'number' ? sheets[wanted - 1] : sheets.find((s) => s.sheet === wanted);
  if (sheet === undefined) {
    throw invalidArgumentError(
      FN,
      'options.sheet',
      `names no sheet of the workbook (${sheets.map((s) => s.sheet).join(', ')})`,
      wanted,
    );
  }
  const grid = sheet.data.map((row) =>
    row.map(
      (cell): GridCell =>
        cell instanceof Date ? cell.toISOString().slice(0, 10) : (cell as GridCell),
    ),
  );
  return readTable(FN, gridRows(grid, sheet.sheet), options);
}
