/**
 * The audit section of a town report: one row per stated figure of the town that the dataset
 * lets us check (its claims, and the growth, multiples and point changes its observations state),
 * with the verdict of the audit: is the stated figure what its inputs give, rounded half up?
 *
 * @internal
 * @module
 */
import type { AuditKind } from '../../audit/types.js';
import type { DatasetAuditEntry } from '../../dataset/auditDataset.js';
import { parsePeriod } from '../../periods/period.js';
import { indicatorNames, makeRow, overlaps, type ReportContext, say } from '../reportContext.js';
import type { TownReportRow } from '../types.js';

/** The audit function behind each kind of check. */
const AUDIT_FUNCTIONS: Readonly<Record<AuditKind, string>> = {
  share: 'auditShare',
  sum: 'auditSum',
  growth: 'auditGrowth',
  'aggregate-growth': 'auditAggregateGrowth',
  multiple: 'auditMultiple',
  'point-change': 'auditPointChange',
  structure: 'auditStructure',
  pull: 'auditPull',
  'per-capita': 'auditPerCapita',
  increment: 'auditIncrement',
};

/** Whether an entry belongs in the report's period (entries without a period always do). */
export function inPeriod(ctx: ReportContext, entry: DatasetAuditEntry): boolean {
  return entry.period === undefined || overlaps(parsePeriod(entry.period), ctx.period);
}

function labels(
  ctx: ReportContext,
  entry: DatasetAuditEntry,
): { labelZh: string; labelEn: string } {
  if (entry.subject === 'observation' && entry.name !== undefined) {
    const names = indicatorNames(ctx.dataset, entry.name);
    return { labelZh: `${names.zh} ${entry.stated}`, labelEn: `${names.en} ${entry.stated}` };
  }
  const name = entry.name ?? entry.quote ?? entry.path;
  return { labelZh: `${name} ${entry.stated}`, labelEn: `${name} ${entry.stated}` };
}

/** One row of the audit section. */
export function auditRow(ctx: ReportContext, entry: DatasetAuditEntry): TownReportRow {
  const base = {
    section: 'audit',
    indicator: entry.kind,
    subject: entry.claimId ?? entry.observationId ?? entry.path,
    ...labels(ctx, entry),
    formula: AUDIT_FUNCTIONS[entry.kind] ?? entry.kind,
  } as const;
  const where = {
    path: entry.path,
    ...(entry.quote === undefined ? {} : { quote: entry.quote }),
  };
  if (!entry.ok) {
    return makeRow({
      ...base,
      value: null,
      text: entry.error.message,
      inputs: { stated: entry.stated, ...where },
      warnings: [entry.error.message],
    });
  }
  const { result } = entry;
  const unit = result.unit;
  const [min, max] = result.range;
  const warnings: string[] = [];
  if (!result.consistent) {
    warnings.push(
      result.withinInputRounding
        ? say(
            ctx.locale,
            '报告值与其输入不一致（但在输入值的舍入误差范围内）',
            'the stated figure is inconsistent with its inputs (though within their rounding)',
          )
        : say(
            ctx.locale,
            '报告值与其输入不一致',
            'the stated figure is inconsistent with its inputs',
          ),
    );
  }
  return makeRow({
    ...base,
    value: result.computed,
    unit,
    text: say(ctx.locale, result.explanationZh, result.explanation),
    inputs: {
      stated: entry.stated,
      rounded: `${result.rounded.toString()}${unit}`,
      range: `${min.toString()}–${max.toString()}${unit}`,
      consistent: String(result.consistent),
      ...where,
    },
    warnings,
  });
}
