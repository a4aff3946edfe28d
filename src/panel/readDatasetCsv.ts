import { invalidArgumentError } from '../errors.js';
import { type Dataset, type DatasetInput, parseDataset } from '../models/dataset.js';
import { INDICATOR_DIMENSIONS, listIndicators } from '../models/indicators.js';
import { INDICATOR_CODE_PATTERN } from '../models/observation.js';
import { requireOptions } from '../numbers/internal.js';
import { findUnit } from '../units/table.js';
import type { PanelRead, PanelReadIssue, PanelTotal, ReadPanelOptions } from './read/readTable.js';
import { readCsvTable } from './readPanelCsv.js';

const FN = 'readDatasetCsv';

/** How {@link readDatasetCsv} reads a table. @category Panels */
export interface ReadDatasetCsvOptions extends ReadPanelOptions {
  /**
   * The indicator code of a column, by its header name (`{ 地区生产总值: 'gdp' }`); a header that
   * names a standard indicator (`常住人口`, `城镇化率`) or is a code already needs none.
   */
  readonly indicators?: Readonly<Record<string, string>>;
  /** The dataset's title (default: none). */
  readonly title?: string;
}

/** A {@link Dataset} read from a table, and what the reader found on the way. @category Panels */
export interface DatasetRead {
  readonly dataset: Dataset;
  /** Every cell not read, and every column without an indicator code. */
  readonly issues: readonly PanelReadIssue[];
  /** Every 合计 figure, checked against its towns. */
  readonly totals: readonly PanelTotal[];
}

function dimensionOf(unit: string | undefined): (typeof INDICATOR_DIMENSIONS)[number] {
  if (unit === undefined) return 'number';
  if (unit === '%') return 'rate';
  const dimension = findUnit(unit)?.dimension;
  // A compound unit (万元/亩) has no dimension of the indicator table: a plain number.
  return INDICATOR_DIMENSIONS.find((d) => d === dimension) ?? 'number';
}

/** The unit an observation carries: none where the indicator's dimension cannot hold it (万元/亩). */
function observationUnit(unit: string | undefined): string | undefined {
  return unit !== undefined && dimensionOf(unit) === 'number' ? undefined : unit;
}

function valueText(
  value: number | string | null | undefined,
  unit: string | undefined,
): string | undefined {
  if (value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value)))
    return undefined;
  return `${value}${unit ?? ''}`;
}

/**
 * Reads a CSV table as statistical offices export it (the layouts of {@link readPanelCsv}) into a
 * {@link Dataset}: a town per row label (its county as `region.county`), an observation per
 * figure (with the column's unit: `'1100万元'`, `'41.5%'`), an indicator per column — a standard
 * one by its Chinese name (`常住人口` → `resident-population`), or a code given in
 * `options.indicators`. The dataset is validated as {@link parseDataset} validates it.
 *
 * @param text - the CSV, as a string or as UTF-8 bytes
 * @param options - the options of {@link readPanelCsv}, `indicators` (header → code), `title`
 * @returns the dataset, the issues (bad cells; columns without a code, left out) and the totals
 * @throws TownIndicatorsError as {@link readPanelCsv}; `INVALID_ARGUMENT` for a code in
 *   `options.indicators` that is not one; `VALIDATION_ERROR` when the dataset does not validate
 * @example
 * ```ts
 * const csv = '乡镇,所属县,年份,常住人口（万人）,地区生产总值（亿元）\n甲镇,A县,2023,2.6,44.1\n';
 * const { dataset } = readDatasetCsv(csv, { indicators: { 地区生产总值: 'gdp' } });
 * dataset.observations.map((o) => [o.townId, o.indicator, o.period, formatObservationValue(o.value)]);
 * // => [['甲镇', 'resident-population', '2023', '2.6万人'], ['甲镇', 'gdp', '2023', '44.1亿元']]
 * ```
 *
 * @category Panels
 */
export function readDatasetCsv(
  text: string | Uint8Array,
  options: ReadDatasetCsvOptions = {},
): DatasetRead {
  requireOptions(FN, options);
  const table: PanelRead = readCsvTable(FN, text, options);
  const standard = new Map(listIndicators().map((i) => [i.nameZh, i.code]));
  const issues: PanelReadIssue[] = [...table.issues];
  const codes = new Map<string, string>();
  for (const name of table.indicators) {
    const code =
      options.indicators?.[name] ??
      standard.get(name) ??
      (INDICATOR_CODE_PATTERN.test(name) ? name : undefined);
    if (code === undefined) {
      issues.push({
        row: 1,
        column: '',
        cell: '',
        code: 'INVALID_ARGUMENT',
        message: `${FN}: column "${name}" names no standard indicator; give its code in options.indicators ({ '${name}': 'code' }); left out`,
      });
      continue;
    }
    if (!INDICATOR_CODE_PATTERN.test(code)) {
      throw invalidArgumentError(
        FN,
        `options.indicators["${name}"]`,
        "must be an indicator code: lower case, digits, '-', '_' or '.'",
        code,
      );
    }
    codes.set(name, code);
  }
  const standardCodes = new Set(listIndicators().map((i) => i.code));
  const towns = new Map<string, { id: string; name: string; region?: { county: string } }>();
  table.town.forEach((town, row) => {
    if (towns.has(town)) return;
    const county = table.group?.[row];
    towns.set(town, { id: town, name: town, ...(county ? { region: { county } } : {}) });
  });
  const observations: NonNullable<DatasetInput['observations']>[number][] = [];
  for (let row = 0; row < table.town.length; row += 1) {
    for (const [name, code] of codes) {
      const value = valueText(table.values[name]?.[row], observationUnit(table.units[name]));
      if (value === undefined) continue;
      observations.push({
        townId: table.town[row] as string,
        indicator: code,
        period: table.period[row] as string,
        value,
      });
    }
  }
  const input: DatasetInput = {
    schemaVersion: 1,
    ...(options.title === undefined ? {} : { title: options.title }),
    indicators: [...codes]
      .filter(([, code]) => !standardCodes.has(code))
      .map(([name, code]) => {
        const printed = table.units[name];
        const unit = observationUnit(printed);
        return {
          code,
          nameZh: name,
          nameEn: code,
          dimension: dimensionOf(unit),
          ...(unit === undefined ? {} : { defaultUnit: unit }),
          ...(printed !== undefined && unit === undefined ? { description: `in ${printed}` } : {}),
        };
      }),
    towns: [...towns.values()],
    observations,
  };
  return { dataset: parseDataset(input), issues, totals: table.totals };
}
