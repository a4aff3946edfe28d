/**
 * A statistical table into a {@link PanelTable}: finds the title, the header (one or two rows,
 * merged cells filled), a unit row, the key columns, and the layout — long (one row per
 * town-period), wide (years as columns, with an indicator per row, per header or per table) or
 * one period — then reads every cell, reporting each bad one by sheet, row and column and going
 * on, and checks 合计 rows against the towns with the audit instead of counting them.
 *
 * @internal
 * @module
 */
import { auditSum } from '../../audit/auditSum.js';
import type { AuditResult } from '../../audit/types.js';
import { ErrorCode, invalidArgumentError } from '../../errors.js';
import type { PanelTable } from '../types.js';
import {
  columnLetter,
  isTotalLabel,
  isUnitName,
  type KeyRole,
  keyRole,
  periodCell,
  periodHeader,
  splitHeader,
  titleIndicator,
  titleUnit,
  titleYear,
} from './headers.js';
import { cellBytes, cellText, type RowCells, type RowSource, rowTexts, sameCell } from './rows.js';
import { plainNumberAt, readTableNumber } from './tableNumber.js';

/**
 * A cell the reader could not read, by sheet, row and column (`Sheet1!C7`); the rest of the
 * table is read all the same.
 *
 * @category Panels
 */
export interface PanelReadIssue {
  /** The sheet of an XLSX workbook. */
  readonly sheet?: string;
  /** The row as a spreadsheet numbers it (1 = the first line). */
  readonly row: number;
  /** The column letter (`'C'`). */
  readonly column: string;
  /** The cell's address: `'C7'`, or `'Sheet1!C7'` in a workbook. */
  readonly cell: string;
  readonly code: ErrorCode;
  readonly message: string;
}

/**
 * A 合计 row's figure checked against the towns it sums ({@link auditSum}): a total row is read
 * as a check, never as a town.
 *
 * @category Panels
 */
export interface PanelTotal {
  readonly sheet?: string;
  readonly row: number;
  /** The total row's label (`'合计'`, `'全县'`). */
  readonly label: string;
  /** The group it totals, when the row names one. */
  readonly group?: string;
  readonly period: string;
  readonly indicator: string;
  /** The figure printed in the total row. */
  readonly stated: string;
  readonly audit: AuditResult;
}

/**
 * A table read by {@link readPanelCsv} or `readPanelXlsx`: a {@link PanelTable} (each value
 * column a `Float64Array` with `NaN` for a missing cell, or decimal text where a figure has more
 * than 15 significant digits), and what the reader found on the way.
 *
 * @category Panels
 */
export interface PanelRead extends PanelTable {
  readonly town: string[];
  readonly period: string[];
  readonly group?: string[];
  readonly values: Record<string, Float64Array | (string | null)[]>;
  readonly units: Record<string, string>;
  /** The indicator columns, in the table's order. */
  readonly indicators: readonly string[];
  /** Every cell that could not be read (and every row left out), by sheet, row and column. */
  readonly issues: readonly PanelReadIssue[];
  /** Every 合计 figure, checked against its towns. */
  readonly totals: readonly PanelTotal[];
  /** The source row (as a spreadsheet numbers it) of each row of the table. */
  readonly sourceRows: Int32Array;
}

/**
 * How to read a table; every field is optional, the readers find the layout themselves.
 *
 * @category Panels
 */
export interface ReadPanelOptions {
  /** The headers of the key columns, when they are not among the usual ones (乡镇, 年份, 县). */
  readonly columns?: {
    readonly town?: string;
    readonly period?: string;
    readonly group?: string;
    readonly indicator?: string;
  };
  /** The period of a table of one period (default: the year its title names). */
  readonly period?: string | number;
  /** The indicator of a wide table of one indicator (default: the title, or `'value'`). */
  readonly indicator?: string;
  /** The unit of columns whose header and title name none. */
  readonly unit?: string;
  /** The CSV delimiter (default: the most frequent of `,`, tab and `;` in the header). */
  readonly delimiter?: string;
}

type Layout = 'long' | 'wide' | 'single';

interface ValueColumn {
  readonly index: number;
  readonly indicator: string;
  readonly period?: string;
}

interface Frame {
  readonly keys: Partial<Record<KeyRole, number>>;
  readonly layout: Layout;
  readonly columns: readonly ValueColumn[];
  /** Filled in as the reader finds units (a `%` cell) and indicators (an indicator column). */
  readonly units: Record<string, string>;
  readonly indicators: string[];
  readonly dataStart: number;
  readonly period?: string;
  readonly indicator?: string;
}

const IGNORED = /^(?:序号|编号|排序|备注|说明|no\.?|#|)$/i;
const NOTE = /^(?:注|备注|说明|资料来源|数据来源|来源|填表|制表|审核)\s*[:：]?/;

function nonEmpty(texts: readonly string[]): number {
  return texts.filter((t) => t.length > 0).length;
}

function findKeys(
  fn: string,
  header: readonly string[],
  options: ReadPanelOptions,
): Partial<Record<KeyRole, number>> {
  const keys: Partial<Record<KeyRole, number>> = {};
  header.forEach((text, index) => {
    const role = keyRole(splitHeader(text).name);
    if (role !== undefined && keys[role] === undefined) keys[role] = index;
  });
  for (const role of ['town', 'period', 'group', 'indicator'] as const) {
    const name = options.columns?.[role];
    if (name === undefined) continue;
    const index = header.findIndex((text) => text === name || splitHeader(text).name === name);
    if (index < 0) {
      throw invalidArgumentError(
        fn,
        `options.columns.${role}`,
        `names no column of the header (${header.filter((t) => t.length > 0).join(', ')})`,
        name,
      );
    }
    keys[role] = index;
  }
  return keys;
}

const UNIT_WRAPPING = /^单位[:：]?|[（()）]/g;

/**
 * The rows under the header: a row of years under merged indicator cells, and a unit row, in
 * either order (neither has a town), and where the data starts.
 */
function subHeaders(
  head: readonly (readonly string[])[],
  at: number,
  townAt: number,
  isValueColumn: (index: number) => boolean,
): {
  readonly dataStart: number;
  readonly periodsRow?: readonly string[];
  readonly unitRow?: readonly string[];
} {
  let dataStart = at + 1;
  let periodsRow: readonly string[] | undefined;
  let unitRow: readonly string[] | undefined;
  for (let extra = 0; extra < 2; extra += 1) {
    const row = head[dataStart];
    const town = row?.[townAt] ?? '';
    if (row === undefined || (town.length > 0 && !isUnitName(town))) break;
    const cells = row.filter((text, index) => isValueColumn(index) && text.length > 0);
    if (cells.length === 0) break;
    if (periodsRow === undefined && cells.every((text) => periodHeader(text) !== undefined)) {
      periodsRow = row;
    } else if (
      unitRow === undefined &&
      cells.every((text) => isUnitName(text.replace(UNIT_WRAPPING, '')))
    ) {
      unitRow = row;
    } else {
      break;
    }
    dataStart += 1;
  }
  return {
    dataStart,
    ...(periodsRow === undefined ? {} : { periodsRow }),
    ...(unitRow === undefined ? {} : { unitRow }),
  };
}

/** The title rows (at most one cell each) before the header, and the header's index. */
function titlesOf(head: readonly (readonly string[])[]): {
  readonly titles: string[];
  readonly at: number;
} {
  let at = 0;
  const titles: string[] = [];
  while (at < head.length && nonEmpty(head[at] as string[]) <= 1) {
    const text = (head[at] as string[]).find((t) => t.length > 0);
    if (text !== undefined) titles.push(text);
    at += 1;
  }
  return { titles, at };
}

/** The period of a table of one period: the option's, else the year its title names. */
function singlePeriod(fn: string, titles: readonly string[], options: ReadPanelOptions): string {
  const period =
    options.period === undefined
      ? titles.map(titleYear).find((y) => y !== undefined)
      : String(options.period);
  if (period === undefined) {
    throw invalidArgumentError(
      fn,
      'options.period',
      'is needed: the table has no period column (年份, 年度, year …), no year columns, and its title names no year',
    );
  }
  return period;
}

/** Finds the title, the header rows, the unit row and the layout. */
function frameOf(fn: string, source: RowSource, options: ReadPanelOptions): Frame {
  const head: string[][] = [];
  for (let i = 0; i < Math.min(source.count, 40); i += 1) head.push(rowTexts(source.row(i)));
  const { titles, at } = titlesOf(head);
  const header = head[at];
  if (header === undefined) {
    throw invalidArgumentError(fn, 'table', 'has no header row (a row of at least two cells)');
  }
  const headerRow = source.line(at);
  const keys = findKeys(fn, header, options);
  if (keys.town === undefined) {
    throw invalidArgumentError(
      fn,
      `row ${headerRow}`,
      `has no town column (乡镇, 镇, 名称, 地区, town …; or name it with options.columns.town): ${header.join(', ')}`,
    );
  }
  const keyColumns = new Set(Object.values(keys));
  const isValueColumn = (index: number): boolean => !keyColumns.has(index);
  const { dataStart, periodsRow, unitRow } = subHeaders(head, at, keys.town, isValueColumn);
  const defaultUnit = options.unit ?? titles.map(titleUnit).find((u) => u !== undefined);
  const units: Record<string, string> = {};
  const indicators: string[] = [];
  const columns: ValueColumn[] = [];
  const noteUnit = (indicator: string, unit: string | undefined): void => {
    if (!indicators.includes(indicator)) indicators.push(indicator);
    const chosen = unit ?? defaultUnit;
    if (chosen !== undefined && units[indicator] === undefined) units[indicator] = chosen;
  };
  const unitAt = (index: number): string | undefined => {
    const text = (unitRow?.[index] ?? '').replace(UNIT_WRAPPING, '').trim();
    return text.length > 0 ? text.replace('％', '%') : undefined;
  };
  let layout: Layout;
  const wideHeaders = header.map((text, index) =>
    isValueColumn(index) ? periodHeader(text) : undefined,
  );
  if (periodsRow !== undefined) {
    layout = 'wide';
    let current: { name: string; unit?: string } | undefined;
    header.forEach((text, index) => {
      if (!isValueColumn(index)) return;
      // A merged header cell spans the empty cells after it.
      if (text.length > 0) current = splitHeader(text);
      const period = periodHeader(periodsRow?.[index] ?? '');
      if (current === undefined || period === undefined || IGNORED.test(current.name)) return;
      noteUnit(current.name, unitAt(index) ?? current.unit);
      columns.push({ index, indicator: current.name, period });
    });
  } else if (keys.period === undefined && wideHeaders.some((p) => p !== undefined)) {
    layout = 'wide';
    const single =
      keys.indicator === undefined
        ? (options.indicator ??
          (titles.length > 0 ? titleIndicator(titles[titles.length - 1] as string) : 'value'))
        : undefined;
    wideHeaders.forEach((period, index) => {
      if (period === undefined) return;
      if (single !== undefined) noteUnit(single, unitAt(index));
      columns.push({ index, indicator: single ?? '', period });
    });
  } else {
    layout = keys.period === undefined ? 'single' : 'long';
    header.forEach((text, index) => {
      if (!isValueColumn(index)) return;
      const { name, unit } = splitHeader(text);
      if (IGNORED.test(name)) return;
      noteUnit(name, unitAt(index) ?? unit);
      columns.push({ index, indicator: name });
    });
  }
  const period = layout === 'single' ? singlePeriod(fn, titles, options) : undefined;
  return {
    keys,
    layout,
    columns,
    units,
    indicators,
    dataStart,
    ...(period === undefined ? {} : { period }),
  };
}

/**
 * The key cells of the line read last, and their bytes: a key cell like the line before's is
 * that line's string (no slice, no regular expression), as a national table's towns repeat.
 */
interface KeyCells {
  townBytes: Uint8Array;
  town: string;
  townIsNote: boolean;
  townIsTotal: boolean;
  groupBytes: Uint8Array;
  group: string;
  periodBytes: Uint8Array;
  period: string;
  readonly periodLabels: Map<string | number, string>;
}

function newKeyCells(): KeyCells {
  const none = new Uint8Array(0);
  return {
    townBytes: none,
    town: '',
    townIsNote: false,
    townIsTotal: false,
    groupBytes: none,
    group: '',
    periodBytes: none,
    period: '',
    periodLabels: new Map(),
  };
}

/** Reads a line's town, group and period into `last`, where they differ from the line before's. */
function readKeyCells(
  last: KeyCells,
  cells: RowCells,
  townAt: number,
  keys: Partial<Record<KeyRole, number>>,
): void {
  if (!sameCell(cells, townAt, last.townBytes)) {
    last.townBytes = cellBytes(cells, townAt);
    last.town = cellText(cells, townAt);
    last.townIsNote = NOTE.test(last.town);
    last.townIsTotal = isTotalLabel(last.town);
  }
  const { group, period } = keys;
  if (group !== undefined && !sameCell(cells, group, last.groupBytes)) {
    last.groupBytes = cellBytes(cells, group);
    last.group = cellText(cells, group);
  }
  if (period !== undefined && !sameCell(cells, period, last.periodBytes)) {
    last.periodBytes = cellBytes(cells, period);
    const raw = periodKey(cells, period);
    let label = last.periodLabels.get(raw);
    if (label === undefined) {
      label = periodCell(typeof raw === 'number' ? String(raw) : raw);
      last.periodLabels.set(raw, label);
    }
    last.period = label;
  }
}

/** Whether a line is blank, or a note alone (注：…). */
function isBlankOrNote(cells: RowCells): boolean {
  const texts = rowTexts(cells);
  const filled = nonEmpty(texts);
  return filled === 0 || (filled === 1 && NOTE.test(texts.find((t) => t.length > 0) ?? ''));
}

/** A period cell's key: a year of four ASCII digits as its number (no string made), else its text. */
function periodKey(cells: RowCells, i: number): string | number {
  if (i < cells.count) {
    const start = cells.starts[i] as number;
    if ((cells.ends[i] as number) - start === 4) {
      let year = 0;
      for (let k = start; k < start + 4; k += 1) {
        const digit = (cells.bytes[k] as number) - 48;
        if (digit < 0 || digit > 9) return cellText(cells, i);
        year = year * 10 + digit;
      }
      return year;
    }
  }
  return cellText(cells, i);
}

/** A growable column of float64 values, with decimal text for the rare long figure. */
interface Values {
  data: Float64Array;
  texts?: Map<number, string>;
}

function grow(values: Values, size: number): void {
  if (size <= values.data.length) return;
  const wider = new Float64Array(Math.max(size, values.data.length * 2)).fill(Number.NaN);
  wider.set(values.data);
  values.data = wider;
}

interface PendingTotal {
  readonly line: number;
  readonly label: string;
  readonly group?: string;
  readonly cells: {
    readonly column: number;
    readonly period: string;
    readonly indicator: string;
    readonly value: number | string;
  }[];
}

/** Where an issue goes: the line, the column's index, its code and message. */
type IssueSink = (line: number, column: number, code: ErrorCode, message: string) => void;

/** Reads a value cell: a number, decimal text, or `undefined` (missing, or bad and reported). */
type CellReader = (
  cells: RowCells,
  line: number,
  column: ValueColumn,
  indicator: string,
) => number | string | undefined;

/** The row of a town-period, made (with its line) when it is new. */
type RowFor = (line: number, town: string, period: string, group: string) => number;

/** What the readers of a line's value cells share. */
interface LineWriters {
  readonly columns: readonly ValueColumn[];
  readonly columnTargets: readonly (Values | undefined)[];
  readonly readCell: CellReader;
  readonly rowFor: RowFor;
  readonly targetOf: (indicator: string, unit: string | undefined) => Values;
  readonly issue: IssueSink;
  readonly wide: boolean;
}

/**
 * The rows of the table being read, by town-period: towns and periods by number, so that a
 * national table looks each up once; each town's rows by period id (−1 where it has none).
 */
function makeRowFor(table: {
  readonly town: string[];
  readonly period: string[];
  readonly group: string[] | undefined;
  readonly sourceRows: number[];
}): RowFor {
  const { town, period, group, sourceRows } = table;
  const townIds = new Map<string, number>();
  const periodIds = new Map<string, number>();
  // Each town's rows by period id (−1 where it has none).
  const townSlots: Int32Array[] = [];
  let lastTownName = '';
  let lastTownId = -1;
  let lastPeriodName = '';
  let lastPeriodId = -1;
  return (line: number, t: string, p: string, g: string): number => {
    if (t !== lastTownName) {
      lastTownName = t;
      let id = townIds.get(t);
      if (id === undefined) {
        id = townIds.size;
        townIds.set(t, id);
        townSlots.push(new Int32Array(8).fill(-1));
      }
      lastTownId = id;
    }
    if (p !== lastPeriodName) {
      lastPeriodName = p;
      let id = periodIds.get(p);
      if (id === undefined) {
        id = periodIds.size;
        periodIds.set(p, id);
      }
      lastPeriodId = id;
    }
    let slots = townSlots[lastTownId] as Int32Array;
    if (lastPeriodId >= slots.length) {
      const wider = new Int32Array(Math.max(slots.length * 2, lastPeriodId + 1)).fill(-1);
      wider.set(slots);
      slots = wider;
      townSlots[lastTownId] = wider;
    }
    const known = slots[lastPeriodId] as number;
    if (known >= 0) return known;
    const row = town.length;
    slots[lastPeriodId] = row;
    town.push(t);
    period.push(p);
    group?.push(g);
    sourceRows.push(line);
    return row;
  };
}

/** The reader of value cells, reporting bad ones and noting a `%` unit. */
function makeCellReader(frame: Frame, issue: IssueSink): CellReader {
  return (
    cells: RowCells,
    line: number,
    column: ValueColumn,
    indicator: string,
  ): number | string | undefined => {
    const i = column.index;
    if (i >= cells.count) return undefined;
    const fast = plainNumberAt(cells.bytes, cells.starts[i] as number, cells.ends[i] as number);
    if (typeof fast === 'number') return fast;
    if (fast === null) return undefined;
    const text = cellText(cells, i);
    const read = readTableNumber(text);
    switch (read.kind) {
      case 'missing':
        return undefined;
      case 'bad':
        issue(line, i, ErrorCode.INVALID_NUMBER, `"${text}" is not a number; read as missing`);
        return undefined;
      default:
        if (read.percent && frame.units[indicator] === undefined) frame.units[indicator] = '%';
        return read.kind === 'number' ? read.value : read.text;
    }
  };
}

/** Stores a value (a number, or decimal text) in row `row` of a column. */
function storeValue(target: Values, row: number, value: number | string): void {
  grow(target, row + 1);
  if (typeof value === 'number') target.data[row] = value;
  else {
    target.texts ??= new Map();
    target.texts.set(row, value);
  }
}

/** The column of an indicator, made when an indicator column names a new one. */
function targetFor(
  values: Map<string, Values>,
  frame: Frame,
  indicator: string,
  unit: string | undefined,
): Values {
  let target = values.get(indicator);
  if (target === undefined) {
    target = { data: new Float64Array(16).fill(Number.NaN) };
    values.set(indicator, target);
    frame.indicators.push(indicator);
    if (unit !== undefined) frame.units[indicator] = unit;
  }
  return target;
}
/** A 合计 row's figures, to check against its towns once the table is read. */
function pendingTotal(
  lines: LineWriters,
  cells: RowCells,
  line: number,
  rawTown: string,
  rawGroup: string,
  rowIndicator: string | undefined,
  periodText: string,
): PendingTotal {
  const { columns, readCell } = lines;
  const groupName = rawGroup.length > 0 && !isTotalLabel(rawGroup) ? rawGroup : undefined;
  const pending: PendingTotal = {
    line,
    label: rawTown.length > 0 ? rawTown : rawGroup,
    ...(groupName === undefined ? {} : { group: groupName }),
    cells: [],
  };
  for (const column of columns) {
    const indicator = rowIndicator ?? column.indicator;
    const value = readCell(cells, line, column, indicator);
    if (value !== undefined && indicator.length > 0) {
      pending.cells.push({
        column: column.index,
        period: column.period ?? periodText,
        indicator,
        value,
      });
    }
  }
  return pending;
}
/** The number cells the one-pass reader left (spaces, separators, long figures). */
function storeSlowCells(
  lines: LineWriters,
  cells: RowCells,
  line: number,
  row: number,
  slow: Int32Array,
  columnOfCell: readonly number[],
): void {
  const { columns, columnTargets, readCell } = lines;
  for (let k = 0; k < slow.length; k += 1) {
    const c = columnOfCell[slow[k] as number] as number;
    const column = columns[c] as ValueColumn;
    const value = readCell(cells, line, column, column.indicator);
    if (value !== undefined) storeValue(columnTargets[c] as Values, row, value);
  }
}
/**
 * A long table's line: each column its own indicator; the common number cell is read where it
 * lies and stored at once (the columns hold every row of the table).
 */
function storeLongCells(lines: LineWriters, cells: RowCells, line: number, row: number): void {
  const { columns, columnTargets, readCell } = lines;
  const { bytes, starts, ends, count } = cells;
  for (let c = 0; c < columns.length; c += 1) {
    const column = columns[c] as ValueColumn;
    const i = column.index;
    const target = columnTargets[c] as Values;
    const fast =
      i < count && row < target.data.length
        ? plainNumberAt(bytes, starts[i] as number, ends[i] as number)
        : undefined;
    if (typeof fast === 'number') target.data[row] = fast;
    else if (fast === undefined) {
      const value = readCell(cells, line, column, column.indicator);
      if (value !== undefined) storeValue(target, row, value);
    }
  }
}
/** A wide table's line, or a line of one indicator (指标 column): a town-period per cell. */
function storeCells(
  lines: LineWriters,
  cells: RowCells,
  line: number,
  row: number,
  townText: string,
  groupText: string,
  rowIndicator: { readonly name: string; readonly unit?: string } | undefined,
): void {
  const { columns, columnTargets, readCell, rowFor, targetOf, issue, wide } = lines;
  for (let c = 0; c < columns.length; c += 1) {
    const column = columns[c] as ValueColumn;
    const indicator = rowIndicator?.name ?? column.indicator;
    if (indicator.length === 0) continue;
    const target =
      rowIndicator === undefined
        ? (columnTargets[c] as Values)
        : targetOf(indicator, rowIndicator.unit);
    const at = wide ? rowFor(line, townText, column.period as string, groupText) : row;
    const value = readCell(cells, line, column, indicator);
    if (value === undefined) continue;
    const existing = at < target.data.length ? (target.data[at] as number) : Number.NaN;
    if (wide && (!Number.isNaN(existing) || target.texts?.has(at) === true)) {
      issue(
        line,
        column.index,
        ErrorCode.INVALID_ARGUMENT,
        `${indicator} of "${townText}" in ${column.period} is given twice; the first is kept`,
      );
      continue;
    }
    storeValue(target, at, value);
  }
}

/** The state of reading a long plain CSV in one pass: where its numbers went, which it left. */
interface OnePassRead {
  readonly cellTargets: readonly (Float64Array | undefined)[];
  readonly slow: Int32Array;
  /** The row the last line's numbers went into. */
  speculative: number;
  slowCount: number;
}

/**
 * Splits line `r` and reads its numbers into the row it will be (`next`); when the line before
 * made no row, its numbers are cleared from that row first.
 */
function readOnePass(
  source: RowSource,
  fused: NonNullable<RowSource['readNumbers']>,
  r: number,
  next: number,
  state: OnePassRead,
): RowCells {
  if (state.speculative === next) {
    for (const target of state.cellTargets) if (target !== undefined) target[next] = Number.NaN;
  }
  state.speculative = next;
  const read = fused.call(source, r, state.cellTargets, next, state.slow);
  state.slowCount = read.slowCount;
  return read.cells;
}

/** A line left out of the table (its town-period repeats an earlier line's). */
const LEFT_OUT = -2;

/** The new row of a line of a long table, or `LEFT_OUT` (reported) when its town-period repeats. */
function newRow(
  lines: LineWriters,
  line: number,
  townAt: number,
  town: string,
  period: string,
  group: string,
  sourceRows: readonly number[],
): number {
  const before = sourceRows.length;
  const row = lines.rowFor(line, town, period, group);
  if (row >= before) return row;
  lines.issue(
    line,
    townAt,
    ErrorCode.INVALID_ARGUMENT,
    `town "${town}" in ${period} repeats row ${sourceRows[row]}; row left out`,
  );
  return LEFT_OUT;
}

/** The value columns cut to the table's length: float64, or text where a figure is long. */
function finishedColumns(
  values: ReadonlyMap<string, Values>,
  indicators: readonly string[],
  length: number,
): Record<string, Float64Array | (string | null)[]> {
  const outValues: Record<string, Float64Array | (string | null)[]> = {};
  for (const name of indicators) {
    const column = values.get(name) as Values;
    grow(column, length);
    const data = column.data.slice(0, length);
    if (column.texts === undefined) {
      outValues[name] = data;
    } else {
      const texts = column.texts;
      outValues[name] = Array.from(
        data,
        (v, row) => texts.get(row) ?? (Number.isNaN(v) ? null : String(v)),
      );
    }
  }
  return outValues;
}

/** What the lines of a table are read with. */
interface LinesContext {
  readonly source: RowSource;
  readonly frame: Frame;
  readonly townAt: number;
  readonly fused: RowSource['readNumbers'];
  readonly oneRead: OnePassRead;
  readonly lines: LineWriters;
  readonly keyCells: KeyCells;
  readonly totals: PendingTotal[];
  readonly town: readonly string[];
  readonly sourceRows: readonly number[];
  readonly columnOfCell: readonly number[];
  readonly slow: Int32Array;
}

/** Reads every line after the header: a row, a 合计 (kept to check), or an issue. */
function readLines(ctx: LinesContext): void {
  const { source, frame, townAt, fused, oneRead, lines, keyCells, totals, town, sourceRows } = ctx;
  const { keys } = frame;
  const { issue, wide } = lines;
  let lastTown = '';
  let lastGroup = '';
  for (let r = frame.dataStart; r < source.count; r += 1) {
    const cells =
      fused === undefined ? source.row(r) : readOnePass(source, fused, r, town.length, oneRead);
    const line = source.line(r);
    readKeyCells(keyCells, cells, townAt, keys);
    const rawTown = keyCells.town;
    // Only a row without a town, or a note (注：…), is looked at whole.
    if ((rawTown.length === 0 || keyCells.townIsNote) && isBlankOrNote(cells)) continue;
    const rawGroup = keyCells.group;
    const periodText = keys.period === undefined ? (frame.period ?? '') : keyCells.period;
    const rowIndicator = indicatorOfLine(cells, keys.indicator);
    if (isTotalLine(keyCells)) {
      totals.push(
        pendingTotal(lines, cells, line, rawTown, rawGroup, rowIndicator?.name, periodText),
      );
      continue;
    }
    // A town or group merged down a block of rows (its years, its indicators) prints once.
    const townText = rawTown || lastTown;
    const groupText = rawGroup || lastGroup;
    if (townText.length === 0) {
      issue(line, townAt, ErrorCode.MISSING_DATA, 'has no town; row left out');
      continue;
    }
    lastTown = townText;
    lastGroup = groupText;
    if (!wide && periodText.length === 0) {
      issue(line, keys.period ?? townAt, ErrorCode.INVALID_PERIOD, 'has no period; row left out');
      continue;
    }
    const row = wide
      ? -1
      : newRow(lines, line, townAt, townText, periodText, groupText, sourceRows);
    if (row !== LEFT_OUT) storeLine(ctx, cells, line, row, townText, groupText, rowIndicator);
  }
}

/** Stores a line's value cells in its row (or, in a wide table, in a row per cell). */
function storeLine(
  ctx: LinesContext,
  cells: RowCells,
  line: number,
  row: number,
  town: string,
  group: string,
  rowIndicator: { readonly name: string; readonly unit?: string } | undefined,
): void {
  const { lines } = ctx;
  if (ctx.fused !== undefined) {
    const slow = ctx.slow.subarray(0, ctx.oneRead.slowCount);
    storeSlowCells(lines, cells, line, row, slow, ctx.columnOfCell);
  } else if (!lines.wide && rowIndicator === undefined) {
    storeLongCells(lines, cells, line, row);
  } else {
    storeCells(lines, cells, line, row, town, group, rowIndicator);
  }
}

/** The indicator a line names in its 指标 column, when the table has one. */
function indicatorOfLine(
  cells: RowCells,
  at: number | undefined,
): { readonly name: string; readonly unit?: string } | undefined {
  return at === undefined ? undefined : splitHeader(cellText(cells, at));
}

/** Whether a line is a 合计 row: its town cell says so, or its group cell under an empty town. */
function isTotalLine(keyCells: KeyCells): boolean {
  return keyCells.townIsTotal || (keyCells.town.length === 0 && isTotalLabel(keyCells.group));
}

/**
 * Reads a table from its rows.
 *
 * @internal
 */
export function readTable(fn: string, source: RowSource, options: ReadPanelOptions): PanelRead {
  const frame = frameOf(fn, source, options);
  const { keys, columns } = frame;
  const townAt = keys.town as number;
  const sheet = source.sheet;
  const issues: PanelReadIssue[] = [];
  const issue = (line: number, column: number, code: ErrorCode, message: string): void => {
    const letter = columnLetter(column);
    const cell = `${sheet === undefined ? '' : `${sheet}!`}${letter}${line}`;
    issues.push({
      ...(sheet === undefined ? {} : { sheet }),
      row: line,
      column: letter,
      cell,
      code,
      message: `${fn}: ${cell}: ${message}`,
    });
  };
  const capacity =
    frame.layout === 'long' || frame.layout === 'single' ? source.count - frame.dataStart : 0;
  const values = new Map<string, Values>(
    frame.indicators.map((name) => [
      name,
      { data: new Float64Array(Math.max(capacity, 16)).fill(Number.NaN) },
    ]),
  );
  const town: string[] = [];
  const period: string[] = [];
  const group: string[] | undefined = keys.group === undefined ? undefined : [];
  const sourceRows: number[] = [];
  const totals: PendingTotal[] = [];
  const keyCells = newKeyCells();
  const rowFor = makeRowFor({ town, period, group, sourceRows });
  const readCell = makeCellReader(frame, issue);
  const targetOf = (indicator: string, unit: string | undefined): Values =>
    targetFor(values, frame, indicator, unit ?? options.unit);
  const wide = frame.layout === 'wide';
  const columnTargets = columns.map((column) => values.get(column.indicator));

  // A long table from plain CSV: each line split and its number cells read in one pass, into the
  // row the line will be (the next); a line that makes no row has those cells cleared again.
  const fused = !wide && keys.indicator === undefined ? source.readNumbers : undefined;
  const cellTargets: (Float64Array | undefined)[] = [];
  const columnOfCell: number[] = [];
  columns.forEach((column, c) => {
    cellTargets[column.index] = columnTargets[c]?.data;
    columnOfCell[column.index] = c;
  });
  const slow = new Int32Array(columns.length + 1);
  const lines: LineWriters = { columns, columnTargets, readCell, rowFor, targetOf, issue, wide };
  const oneRead: OnePassRead = { cellTargets, slow, speculative: -1, slowCount: 0 };
  readLines({
    source,
    frame,
    townAt,
    fused,
    oneRead,
    lines,
    keyCells,
    totals,
    town,
    sourceRows,
    columnOfCell,
    slow,
  });
  const length = town.length;
  const outValues = finishedColumns(values, frame.indicators, length);
  const table = {
    town,
    period,
    ...(group === undefined ? {} : { group }),
    values: outValues,
    units: frame.units,
    indicators: frame.indicators,
  };
  return {
    ...table,
    issues,
    totals: auditTotals(table, totals, sheet, issue),
    sourceRows: Int32Array.from(sourceRows),
  };
}

/** The figures of the towns a total sums: of its period, and of its group when it names one. */
function partsOf(
  table: Pick<PanelRead, 'town' | 'period' | 'group' | 'values'>,
  indicator: string,
  period: string,
  group: string | undefined,
): string[] {
  const column = table.values[indicator];
  const parts: string[] = [];
  if (column === undefined) return parts;
  for (let row = 0; row < table.town.length; row += 1) {
    if (table.period[row] !== period) continue;
    if (group !== undefined && table.group?.[row] !== group) continue;
    const v = column[row];
    if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) continue;
    parts.push(String(v));
  }
  return parts;
}

function auditTotals(
  table: Pick<PanelRead, 'town' | 'period' | 'group' | 'values'>,
  pending: readonly PendingTotal[],
  sheet: string | undefined,
  issue: (line: number, column: number, code: ErrorCode, message: string) => void,
): PanelTotal[] {
  const out: PanelTotal[] = [];
  for (const total of pending) {
    for (const { column: at, period, indicator, value } of total.cells) {
      const parts = partsOf(table, indicator, period, total.group);
      if (parts.length === 0) continue;
      const stated = String(value);
      const audit = auditSum({ parts, stated });
      out.push({
        ...(sheet === undefined ? {} : { sheet }),
        row: total.line,
        label: total.label,
        ...(total.group === undefined ? {} : { group: total.group }),
        period,
        indicator,
        stated,
        audit,
      });
      if (!audit.consistent && !audit.withinInputRounding) {
        issue(
          total.line,
          at,
          ErrorCode.VALIDATION_ERROR,
          `${total.label} ${indicator} ${period} is ${stated}, but its ${parts.length} towns sum to ${audit.computed.toString()}`,
        );
      }
    }
  }
  return out;
}
