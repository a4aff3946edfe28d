import { auditDataset } from '../dataset/auditDataset.js';
import { datasetIndex, type TownRecords } from '../dataset/datasetIndex.js';
import { readDataset } from '../dataset/readDataset.js';
import { invalidArgumentError, type TownIndicatorsError } from '../errors.js';
import type { Dataset } from '../models/dataset.js';
import type { Town } from '../models/town.js';
import { type Period, parsePeriod, readDate, readPeriod } from '../periods/period.js';
import { readLocale } from './format/internal.js';
import { renderReport } from './render.js';
import { overlaps, type ReportContext, say } from './reportContext.js';
import { assessmentRows } from './sections/assessment.js';
import { auditRow, inPeriod } from './sections/audit.js';
import { fundingRows } from './sections/funding.js';
import { growthRow, indicatorRow, observationsOfPeriod } from './sections/growth.js';
import { landRows } from './sections/land.js';
import { projectRows } from './sections/projects.js';
import { urbanizationRows } from './sections/urbanization.js';
import type { TownReport, TownReportOptions } from './types.js';

const FN = 'townReport';

function invalid(arg: string, reason: string, value?: unknown): TownIndicatorsError {
  return invalidArgumentError(FN, arg, reason, value);
}

function requireTown(dataset: Dataset, options: unknown): TownRecords {
  if (typeof options !== 'object' || options === null) {
    throw invalid('options', 'must be an object { townId, period?, asOf?, locale? }');
  }
  const { townId } = options as { townId?: unknown };
  if (typeof townId !== 'string' || townId.trim() === '') {
    throw invalid('options.townId', 'must name a town of the dataset', townId);
  }
  const records = datasetIndex(dataset).towns.get(townId);
  if (records !== undefined) return records;
  const known = dataset.towns.map((t) => `${t.id} (${t.name})`).join(', ');
  throw invalid(
    'options.townId',
    `names no town of the dataset: ${JSON.stringify(townId)}; the towns are: ${known === '' ? 'none' : known}`,
    townId,
  );
}

/** Every dated figure of the town: labels matched exactly, and labels matched by overlap. */
function datedFigures(
  ctx: Pick<ReportContext, 'town' | 'observations' | 'projects' | 'fundingSources' | 'landQuotas'>,
): { exact: string[]; overlapping: string[] } {
  const exact = [
    ...ctx.observations.map((o) => o.period),
    ...ctx.projects.flatMap((p) => p.plans.map((plan) => plan.period)),
  ];
  const overlapping = [
    ...ctx.fundingSources.flatMap((f) => (f.period === undefined ? [] : [f.period])),
    ...ctx.landQuotas.flatMap((q) => (q.period === undefined ? [] : [q.period])),
    ...(ctx.town.asOf === undefined ? [] : [ctx.town.asOf]),
  ];
  return { exact, overlapping };
}

function defaultPeriod(town: Town, figures: { exact: string[]; overlapping: string[] }): Period {
  const periods = [...figures.exact, ...figures.overlapping].map((label) => parsePeriod(label));
  const years = periods.filter((p) => p.kind !== 'range').map((p) => p.start.slice(0, 4));
  const latestYear = years.sort().at(-1);
  if (latestYear !== undefined) return parsePeriod(latestYear);
  const latestRange = periods.sort((a, b) => a.end.localeCompare(b.end)).at(-1);
  if (latestRange !== undefined) return latestRange;
  throw invalid(
    'options.period',
    `is needed: town ${JSON.stringify(town.id)} has no dated figures to take a default period from`,
  );
}

function checkPeriod(
  town: Town,
  period: Period,
  figures: { exact: string[]; overlapping: string[] },
): void {
  if (figures.exact.includes(period.label)) return;
  if (figures.overlapping.some((label) => overlaps(parsePeriod(label), period))) return;
  const known = [...new Set([...figures.exact, ...figures.overlapping])].sort();
  throw invalid(
    'options.period',
    `has no figures of town ${JSON.stringify(town.id)}: ${JSON.stringify(period.label)}; its periods are: ${known.length === 0 ? 'none' : known.join(', ')}`,
    period.label,
  );
}

/** The latest date of a source the town's records cite that falls within the period. */
function sourceDate(
  dataset: Dataset,
  records: Pick<
    ReportContext,
    'town' | 'observations' | 'projects' | 'fundingSources' | 'landQuotas'
  >,
  period: Period,
): { date: string; title: string } | undefined {
  const cited = new Set(
    [
      records.town,
      ...records.observations,
      ...records.projects,
      ...records.fundingSources,
      ...records.landQuotas,
    ].flatMap((record) => (record.source === undefined ? [] : [record.source.document])),
  );
  const dated = dataset.sources
    .filter((s) => cited.has(s.id) && s.date !== undefined)
    .filter((s) => period.start <= (s.date as string) && (s.date as string) <= period.end)
    .sort((a, b) => (a.date as string).localeCompare(b.date as string));
  const latest = dated.at(-1);
  return latest?.date === undefined ? undefined : { date: latest.date, title: latest.title };
}

// Built on first use: a module-level object with computed symbol keys would be a side effect.
let sharedPrototype: object | undefined;

function reportPrototype(): object {
  sharedPrototype ??= {
    toString(this: TownReport): string {
      return renderReport(this, 'text');
    },
    [Symbol.for('nodejs.util.inspect.custom')](this: TownReport): string {
      return renderReport(this, 'text');
    },
    [Symbol.for('Jupyter.display')](this: TownReport): Record<string, string> {
      return { 'text/plain': renderReport(this, 'text'), 'text/html': renderReport(this, 'html') };
    },
  };
  return sharedPrototype;
}

/**
 * Computes a town's indicators for one period from a dataset, through the library's calculators,
 * and returns them as rows ready for a table, a notebook, JSON or CSV.
 *
 * The rows, section by section (see {@link TownReportSection}): the growth of every observed
 * indicator against its previous value (an observation of the same period a year earlier or of
 * its stated base period — or the previous value a stated growth, increment or multiple implies:
 * previous = current / (1 + growth)); the other observations as stated; the urbanization rate
 * (urban / total population, or the total a stated rate implies) and the concentrated-residence
 * ratio; the project portfolio (projects, total investment, the period's plan, its completion
 * rate actual / planned, schedule progress at `asOf`: done − elapsed share, and each project's
 * completion); funding by kind, arrival rates received / committed, the structure (shares of the
 * investment completed, else of the funding listed), the gap (required − secured) and the
 * leverage of public money (social capital / public money); land-quota gap (demand − available)
 * and coverage (available / demand), linking surplus / turnover and quota value per 亩; and the
 * audit of every stated figure of the town the dataset carries; with `options.scorecard`, the
 * town's score on that 考核 table ({@link scoreTowns}: total, rank among the dataset's towns,
 * categories and items). Each row names its formula and
 * its inputs; a figure that cannot be computed gives a row with `value: null` and the reason in
 * `warnings`, rather than stopping the report.
 *
 * Source: the formulas of the calculators it calls (NBS growth and share conventions, 序时进度,
 * 资金缺口, land-quota accounting); the Chinese term is 城镇发展指标报告.
 *
 * @param dataset - a parsed dataset (see `parseDataset`)
 * @param options - `townId`, and optionally `period`, `asOf` and `locale` (see {@link TownReportOptions})
 * @returns the {@link TownReport}
 * @throws TownIndicatorsError `INVALID_ARGUMENT` for a town that is not in the dataset, a period
 *   in which the town has no figures (both messages list the known ones), a dataset that is not
 *   parsed or a bad locale; `INVALID_PERIOD` for a period label or `asOf` date that is not valid
 * @example
 * ```ts
 * const dataset = parseDataset({
 *   schemaVersion: 1,
 *   towns: [{ id: 'jianshe', name: '建设镇' }],
 *   projects: [{ id: 'zones', townId: 'jianshe', name: '四个战区', totalInvestment: '22.32亿元', plans: [{ period: '2011', planned: '12.81亿元', completed: '9.6亿元' }] }],
 * });
 * const report = townReport(dataset, { townId: 'jianshe', asOf: '2011-06-30' });
 * report.rows.filter((r) => r.section === 'projects').map((r) => `${r.indicator}: ${r.text}`);
 * // => ['project-count: 1个', 'total-investment: 22.32亿元', 'planned-investment: 12.81亿元', 'completed-investment: 9.6亿元', 'plan-completion-rate: 74.9%（9.6亿元 / 12.81亿元）', 'schedule-progress: 截至2011-06-30：时间进度49.6%，完成74.9%，超前25.4个百分点']
 * ```
 *
 * @category Report
 */
export function townReport(dataset: Dataset, options: TownReportOptions): TownReport {
  const data = readDataset(FN, dataset);
  const records = requireTown(data, options);
  const town = records.town;
  const locale = readLocale(FN, options.locale);
  const figures = datedFigures(records);
  let period: Period;
  if (options.period === undefined) period = defaultPeriod(town, figures);
  else {
    period = readPeriod(options.period, FN, 'options.period');
    checkPeriod(town, period, figures);
  }
  const warnings: string[] = [];
  let asOf = options.asOf === undefined ? undefined : readDate(options.asOf, FN, 'options.asOf');
  if (asOf === undefined) {
    const found = sourceDate(data, records, period);
    if (found !== undefined) {
      asOf = found.date;
      warnings.push(
        say(
          locale,
          `报告日期${found.date}取自资料《${found.title}》`,
          `the report date ${found.date} is the date of the source “${found.title}”`,
        ),
      );
    }
  }
  const ctx: ReportContext = { dataset: data, period, asOf, locale, ...records };

  const observations = observationsOfPeriod(ctx);
  const growth = observations.flatMap((o) => {
    const row = growthRow(ctx, o);
    return row === undefined ? [] : [{ o, row }];
  });
  const compared = new Set(growth.map((g) => g.o));
  const urbanization = urbanizationRows(ctx, observations);
  const listed = observations.filter((o) => !compared.has(o) && !urbanization.used.has(o));
  const audit = auditDataset(data, { townId: town.id })
    .filter((entry) => inPeriod(ctx, entry))
    .map((entry) => auditRow(ctx, entry));
  const rows = [
    ...growth.map((g) => g.row),
    ...listed.map((o) => indicatorRow(ctx, o)),
    ...urbanization.rows,
    ...projectRows(ctx),
    ...fundingRows(ctx),
    ...landRows(ctx),
    ...audit,
    ...(options.scorecard === undefined ? [] : assessmentRows(ctx, options.scorecard)),
  ];

  const report = Object.create(reportPrototype()) as {
    -readonly [K in keyof TownReport]: TownReport[K];
  };
  report.town = Object.freeze({ id: town.id, name: town.name });
  report.period = period.label;
  if (asOf !== undefined) report.asOf = asOf;
  report.locale = locale;
  report.rows = Object.freeze(rows);
  report.warnings = Object.freeze(warnings);
  return Object.freeze(report);
}
