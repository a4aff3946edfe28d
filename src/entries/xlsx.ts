/**
 * `town-indicators/xlsx`: reading XLSX workbooks into panels, with the optional dependency
 * read-excel-file (install it beside town-indicators). The core entry points never load it.
 *
 * @module xlsx
 */
export type { ReadPanelXlsxOptions } from '../panel/xlsx/readPanelXlsx.js';
export { readPanelXlsx } from '../panel/xlsx/readPanelXlsx.js';
