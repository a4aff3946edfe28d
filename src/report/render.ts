import { invalidArgumentError } from '../errors.js';
import { Decimal } from '../numbers/decimal.js';
import { csvField } from '../numbers/internal.js';
import { alignRows, displayWidth, wrapDisplay } from './textTable.js';
import type { TownReport, TownReportRow, TownReportSection } from './types.js';

/**
 * The formats {@link renderReport} writes: `'text'` (an aligned table for terminals and
 * notebooks, CJK characters counted as two columns), `'html'` (a `<table>`), `'csv'` (RFC 4180:
 * CRLF line ends, fields quoted when they hold a comma, a quote or a line break) and `'json'`.
 *
 * @example
 * ```ts
 * const format: ReportFormat = 'csv';
 * format;
 * // => 'csv'
 * ```
 *
 * @category Report
 */
export type ReportFormat = 'text' | 'html' | 'csv' | 'json';

const FN = 'renderReport';

const SECTION_TITLES: Readonly<Record<TownReportSection, { zh: string; en: string }>> = {
  growth: { zh: '增长', en: 'Growth' },
  indicators: { zh: '其他指标', en: 'Other indicators' },
  urbanization: { zh: '城镇化', en: 'Urbanization' },
  projects: { zh: '项目', en: 'Projects' },
  funding: { zh: '资金', en: 'Funding' },
  land: { zh: '用地', en: 'Land' },
  audit: { zh: '数据核对', en: 'Audit of stated figures' },
  assessment: { zh: '考核得分', en: 'Assessment' },
};

/**
 * Options of {@link renderReport}.
 *
 * @example
 * ```ts
 * const options: RenderReportOptions = { width: 80, bom: true };
 * options.width;
 * // => 80
 * ```
 *
 * @category Report
 */
export interface RenderReportOptions {
  /**
   * Text: the width to fit, in terminal columns (CJK characters count two); a longer result text
   * wraps onto continuation lines. Default: no limit.
   */
  readonly width?: number;
  /**
   * CSV: start with a UTF-8 byte order mark, so that Excel on a zh-CN Windows opens the file as
   * UTF-8 rather than GBK. Default `false`.
   */
  readonly bom?: boolean;
}

/**
 * The CSV columns, in order: every field of a row, with `value` split into `value` (a rate always
 * as a fraction), `unit` and `percent` (the rate in percent, or the change in percentage points).
 */
const CSV_COLUMNS = [
  'section',
  'indicator',
  'subject',
  'labelZh',
  'labelEn',
  'value',
  'unit',
  'percent',
  'text',
  'formula',
  'inputs',
  'warnings',
] as const;

const PERCENT_UNITS: ReadonlySet<string> = new Set(['%', '个百分点']);

function zh(report: TownReport): boolean {
  return report.locale === 'zh';
}

function title(report: TownReport): string {
  const parts = [`${report.town.name}（${report.town.id}）`, report.period];
  if (report.asOf !== undefined) {
    parts.push(zh(report) ? `截至${report.asOf}` : `as of ${report.asOf}`);
  }
  return parts.join(' · ');
}

function label(report: TownReport, row: TownReportRow): string {
  return zh(report) ? row.labelZh : row.labelEn;
}

function sections(report: TownReport): [TownReportSection, TownReportRow[]][] {
  const groups = new Map<TownReportSection, TownReportRow[]>();
  for (const row of report.rows) groups.set(row.section, [...(groups.get(row.section) ?? []), row]);
  return [...groups.entries()];
}

function text(report: TownReport, width: number | undefined): string {
  const lines = [title(report)];
  const note = zh(report) ? '注意' : 'note';
  const head = zh(report) ? ['', '指标', '结果', '公式'] : ['', 'Indicator', 'Result', 'Formula'];
  const wrapped = (prefix: string, line: string): string[] => {
    if (width === undefined) return [`${prefix}${line}`];
    const indent = ' '.repeat(displayWidth(prefix));
    return wrapDisplay(line, Math.max(16, width - indent.length)).map(
      (l, i) => `${i === 0 ? prefix : indent}${l}`,
    );
  };
  for (const [section, rows] of sections(report)) {
    const titles = SECTION_TITLES[section];
    lines.push('', zh(report) ? `【${titles.zh}】` : `[${titles.en}]`);
    const aligned = alignRows(
      [head, ...rows.map((row) => ['', label(report, row), row.text, row.formula ?? ''])],
      width === undefined ? {} : { width },
    );
    lines.push(...(aligned[0] ?? []));
    rows.forEach((row, index) => {
      lines.push(...(aligned[index + 1] ?? []));
      for (const warning of row.warnings) lines.push(...wrapped('    ! ', warning));
    });
  }
  if (report.rows.length === 0) {
    lines.push('', zh(report) ? '（本期无可报告的数据）' : '(no figures for this period)');
  }
  if (report.warnings.length > 0) {
    lines.push('');
    for (const warning of report.warnings) lines.push(...wrapped(`${note}: `, warning));
  }
  return `${lines.join('\n')}\n`;
}

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function html(report: TownReport): string {
  const heads = zh(report) ? ['指标', '数值', '公式'] : ['Indicator', 'Value', 'Formula'];
  const out = [
    '<table class="town-indicators-report">',
    `<caption>${escapeHtml(title(report))}</caption>`,
    `<thead><tr>${heads.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>`,
    '<tbody>',
  ];
  for (const [section, rows] of sections(report)) {
    const titles = SECTION_TITLES[section];
    out.push(
      `<tr><th colspan="3" style="text-align:left">${escapeHtml(zh(report) ? titles.zh : titles.en)}</th></tr>`,
    );
    for (const row of rows) {
      const warnings = row.warnings.map((w) => `<br><small>⚠ ${escapeHtml(w)}</small>`).join('');
      const formula = row.formula === null ? '' : `<code>${escapeHtml(row.formula)}</code>`;
      out.push(
        `<tr><td>${escapeHtml(label(report, row))}</td><td>${escapeHtml(row.text)}${warnings}</td><td>${formula}</td></tr>`,
      );
    }
  }
  out.push('</tbody>', '</table>');
  if (report.warnings.length > 0) {
    out.push(`<ul>${report.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul>`);
  }
  return out.join('\n');
}

/** The value, unit and percent columns of a row: rates as fractions, their percent beside. */
function csvNumbers(row: TownReportRow): { value: string; unit: string; percent: string } {
  if (row.value === null) return { value: '', unit: row.unit, percent: '' };
  if (row.unit === 'fraction') {
    return {
      value: row.value,
      unit: row.unit,
      percent: new Decimal(row.value).times(100).toString(),
    };
  }
  if (PERCENT_UNITS.has(row.unit)) {
    return {
      value: new Decimal(row.value).div(100).toString(),
      unit: 'fraction',
      percent: row.value,
    };
  }
  return { value: row.value, unit: row.unit, percent: '' };
}

function csv(report: TownReport, bom: boolean): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of report.rows) {
    const numbers = csvNumbers(row);
    const fields = CSV_COLUMNS.map((column) => {
      if (column === 'inputs') return JSON.stringify(row.inputs);
      if (column === 'warnings') return row.warnings.join('; ');
      if (column === 'value' || column === 'unit' || column === 'percent') return numbers[column];
      return row[column] ?? '';
    });
    lines.push(fields.map(csvField).join(','));
  }
  return `${bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}

/**
 * Writes a town report as an aligned text table, an HTML table, CSV or JSON — what
 * `String(report)`, a notebook and the `town-indicators report` command print.
 *
 * Formula: none (layout only). The text table has a header row in each section and counts CJK
 * characters as two columns, so columns line up in a terminal; with `width` the result text wraps
 * to fit. CSV follows RFC 4180 (`inputs` as a JSON object, `warnings` joined with `'; '`), with
 * every rate as a fraction in `value` (unit `fraction`) and in percent — or percentage points for
 * a change — in `percent`; JSON is `JSON.stringify(report, null, 2)`.
 *
 * Source: RFC 4180 (CSV), Unicode East Asian Width (UAX #11); the Chinese term is 报表输出.
 *
 * @param report - a report from {@link townReport}
 * @param format - `'text'`, `'html'`, `'csv'` or `'json'` (see {@link ReportFormat})
 * @param options - `width` (text: columns to fit) and `bom` (CSV: a UTF-8 byte order mark for
 *   Excel); see {@link RenderReportOptions}
 * @returns the report in that format; text and CSV end with a line break
 * @throws TownIndicatorsError `INVALID_ARGUMENT` for another format, a report without rows or
 *   options of the wrong type
 * @example
 * ```ts
 * const dataset = parseDataset({ schemaVersion: 1, towns: [{ id: 'simen', name: '泗门镇' }], landQuotas: [{ id: 'offset', townId: 'simen', kind: '折抵指标', area: '1200亩', value: '7200万元', period: '2008' }] });
 * renderReport(townReport(dataset, { townId: 'simen' }), 'csv').split('\r\n')[1];
 * // => 'land,quota-unit-price,offset,土地折抵指标单价,Offset quota: value per mu,60000,元/亩,,60000元/亩（7200万元 / 1200亩）,quotaUnitPrice,"{""value"":""7200万元"",""area"":""1200亩""}",'
 * ```
 *
 * @category Report
 */
export function renderReport(
  report: TownReport,
  format: ReportFormat,
  options: RenderReportOptions = {},
): string {
  if (typeof report !== 'object' || report === null || !Array.isArray(report.rows)) {
    throw invalidArgumentError(FN, 'report', 'must be a report from townReport');
  }
  if (typeof options !== 'object' || options === null) {
    throw invalidArgumentError(FN, 'options', 'must be an object { width?, bom? }');
  }
  const { width, bom } = options;
  if (width !== undefined && (!Number.isInteger(width) || width < 20 || width > 10_000)) {
    throw invalidArgumentError(FN, 'options.width', 'must be an integer from 20 to 10000', width);
  }
  if (bom !== undefined && typeof bom !== 'boolean') {
    throw invalidArgumentError(FN, 'options.bom', 'must be a boolean', bom);
  }
  switch (format) {
    case 'text':
      return text(report, width);
    case 'html':
      return html(report);
    case 'csv':
      return csv(report, bom === true);
    case 'json':
      return JSON.stringify(report, null, 2);
    default:
      throw invalidArgumentError(
        FN,
        'format',
        `must be 'text', 'html', 'csv' or 'json', got ${JSON.stringify(String(format))}`,
        format,
      );
  }
}
