/**
 * The projects section of a town report: the portfolio (项目个数, 总投资), the period's plan and
 * its completion (年内计划投资, 已完成投资, 完成率), schedule progress at the report date (序时进度)
 * and the completion rate of each project or programme with a plan.
 *
 * A programme's plan figure, when the dataset gives none, is the sum of its projects' figures.
 *
 * @internal
 * @module
 */
import { auditSum } from '../../audit/auditSum.js';
import { completionRate } from '../../calculators/funding/completionRate.js';
import { scheduleProgress } from '../../calculators/funding/scheduleProgress.js';
import type { Project } from '../../models/project.js';
import { Decimal, roundHalfUp } from '../../numbers/decimal.js';
import type { Quantity } from '../../units/quantity.js';
import { formatRate } from '../format/formatRate.js';
import {
  attempt,
  clauses,
  makeRow,
  RATE_UNIT,
  type ReportContext,
  remark,
  say,
  sumByUnit,
} from '../reportContext.js';
import type { TownReportRow } from '../types.js';

interface Figure {
  readonly value: Quantity;
  /** What was added up: name → amount text (one entry when the figure is stated). */
  readonly parts: Readonly<Record<string, string>>;
  readonly fromParts: boolean;
}

type Field = 'planned' | 'completed';

interface Portfolio {
  readonly ctx: ReportContext;
  /** Projects whose parent is not a project of the town. */
  readonly top: readonly Project[];
  readonly byParent: ReadonlyMap<string, readonly Project[]>;
}

function portfolioOf(ctx: ReportContext): Portfolio {
  const ids = new Set(ctx.projects.map((p) => p.id));
  const top: Project[] = [];
  const byParent = new Map<string, Project[]>();
  for (const p of ctx.projects) {
    if (p.parentId === undefined || !ids.has(p.parentId)) top.push(p);
    else byParent.set(p.parentId, [...(byParent.get(p.parentId) ?? []), p]);
  }
  return { ctx, top, byParent };
}

function childrenOf(portfolio: Portfolio, p: Project): readonly Project[] {
  return portfolio.byParent.get(p.id) ?? [];
}

/** A project's own figure for the period, else the sum of its projects' figures. */
function figureOf(portfolio: Portfolio, p: Project, field: Field): Figure | undefined {
  const own = p.plans.find((plan) => plan.period === portfolio.ctx.period.label)?.[field];
  if (own !== undefined) return { value: own, parts: { [p.name]: String(own) }, fromParts: false };
  return sumOf(portfolio, childrenOf(portfolio, p), field);
}

/** The sum of the projects' figures (those that have one), when they share a currency. */
function sumOf(
  portfolio: Portfolio,
  projects: readonly Project[],
  field: Field,
): Figure | undefined {
  const figures = projects.flatMap((p) => {
    const figure = figureOf(portfolio, p, field);
    return figure === undefined ? [] : [{ name: p.name, figure }];
  });
  if (figures.length === 0) return undefined;
  if (figures.length === 1 && figures[0] !== undefined) return figures[0].figure;
  const sums = sumByUnit(figures.map((f) => f.figure.value));
  if (sums.length !== 1 || sums[0] === undefined) return undefined;
  return {
    value: sums[0],
    parts: Object.fromEntries(figures.map((f) => [f.name, String(f.figure.value)])),
    fromParts: true,
  };
}

/** The rows of the projects section. */
export function projectRows(ctx: ReportContext): TownReportRow[] {
  if (ctx.projects.length === 0) return [];
  const portfolio = portfolioOf(ctx);
  const rows: TownReportRow[] = [countRow(ctx, portfolio), ...totalRows(ctx, portfolio)];
  const planned = sumOf(portfolio, portfolio.top, 'planned');
  const completed = sumOf(portfolio, portfolio.top, 'completed');
  if (planned !== undefined) rows.push(amountRow('planned-investment', planned));
  if (completed !== undefined) rows.push(amountRow('completed-investment', completed));
  if (planned !== undefined && completed !== undefined) {
    rows.push(completionRow(ctx, portfolio, planned, completed));
    if (ctx.asOf !== undefined) rows.push(scheduleRow(ctx, ctx.asOf, planned, completed));
  }
  const only = portfolio.top.length === 1 ? portfolio.top[0] : undefined;
  for (const p of ctx.projects) {
    if (p === only) continue;
    const own = p.plans.find((plan) => plan.period === ctx.period.label);
    if (own?.planned === undefined || own.completed === undefined) continue;
    rows.push(projectCompletionRow(ctx, p, own.planned, own.completed));
  }
  return rows;
}

function countRow(ctx: ReportContext, portfolio: Portfolio): TownReportRow {
  const counts = portfolio.top.map((p) => [p.name, p.projectCount ?? 1] as const);
  const total = counts.reduce((sum, [, n]) => sum + n, 0);
  return makeRow({
    section: 'projects',
    indicator: 'project-count',
    labelZh: '项目个数',
    labelEn: 'Projects',
    value: new Decimal(total),
    unit: '个',
    text: say(ctx.locale, `${total}个`, `${total} project${total === 1 ? '' : 's'}`),
    formula: counts.length > 1 ? 'sum' : null,
    inputs: Object.fromEntries(counts.map(([name, n]) => [name, String(n)])),
  });
}

function totalRows(ctx: ReportContext, portfolio: Portfolio): TownReportRow[] {
  const withTotal = portfolio.top.filter((p) => p.totalInvestment !== undefined);
  const missing = portfolio.top.filter((p) => p.totalInvestment === undefined);
  const warnings: string[] = [];
  if (missing.length > 0) {
    const names = missing.map((p) => p.name).join(say(ctx.locale, '、', ', '));
    warnings.push(
      say(
        ctx.locale,
        `${missing.length}个项目未列总投资：${names}`,
        `${missing.length} project(s) without a total investment: ${names}`,
      ),
    );
  }
  warnings.push(...partsWarnings(ctx, portfolio));
  const amounts = withTotal.map((p) => p.totalInvestment as Quantity);
  if (amounts.some((q) => q.qualifier !== undefined)) {
    warnings.push(say(ctx.locale, '部分总投资为约数', 'some total investments are approximate'));
  }
  const sums = sumByUnit(amounts);
  if (sums.length > 1) {
    warnings.push(
      say(
        ctx.locale,
        '不同币种的投资分别合计（无汇率）',
        'investments in different currencies are added up separately (no exchange rate)',
      ),
    );
  }
  return sums.map((total) => {
    const items = withTotal.filter(
      (p) => (p.totalInvestment as Quantity).unit.base === total.unit.base,
    );
    return makeRow({
      section: 'projects',
      indicator: 'total-investment',
      labelZh: '项目总投资',
      labelEn: 'Total investment of the projects',
      value: total,
      text: String(total) + (missing.length === 0 ? '' : coverage(ctx, items, missing)),
      formula: items.length > 1 ? 'sum' : null,
      inputs: Object.fromEntries(items.map((p) => [p.name, String(p.totalInvestment)])),
      warnings,
    });
  });
}

/**
 * What a total of only some projects covers, so that it is not read as the total of all of them:
 * `（只含1个项目：农村户用沼气池；644个项目未列总投资）`.
 */
function coverage(
  ctx: ReportContext,
  items: readonly Project[],
  missing: readonly Project[],
): string {
  const count = (projects: readonly Project[]): number =>
    projects.reduce((sum, p) => sum + (p.projectCount ?? 1), 0);
  const covered = count(items);
  const uncovered = count(missing);
  const names = items.map((p) => p.name).join(say(ctx.locale, '、', ', '));
  return remark(
    ctx.locale,
    say(
      ctx.locale,
      `只含${covered}个项目：${names}；${uncovered}个项目未列总投资`,
      `covers ${covered} project${covered === 1 ? '' : 's'}: ${names}; ${uncovered} state no total`,
    ),
  );
}

/** Projects whose listed parts are all of them (by count) but add up to another total. */
function partsWarnings(ctx: ReportContext, portfolio: Portfolio): string[] {
  const warnings: string[] = [];
  for (const p of ctx.projects) {
    const children = childrenOf(portfolio, p);
    if (p.totalInvestment === undefined || children.length === 0) continue;
    const count = children.reduce((sum, c) => sum + (c.projectCount ?? 1), 0);
    if (p.projectCount !== undefined && count !== p.projectCount) continue;
    const parts = children.map((c) => c.totalInvestment);
    if (parts.some((q) => q === undefined)) continue;
    const stated = p.totalInvestment;
    const audit = attempt(() => auditSum({ parts: parts as Quantity[], stated }));
    if (audit.ok && !audit.value.consistent) {
      warnings.push(
        `${p.name}: ${say(ctx.locale, audit.value.explanationZh, audit.value.explanation)}`,
      );
    }
  }
  return warnings;
}

const AMOUNT_LABELS = {
  'planned-investment': { zh: '本期计划投资', en: 'Investment planned for the period' },
  'completed-investment': { zh: '本期已完成投资', en: 'Investment completed in the period' },
} as const;

function amountRow(indicator: keyof typeof AMOUNT_LABELS, figure: Figure): TownReportRow {
  return makeRow({
    section: 'projects',
    indicator,
    labelZh: AMOUNT_LABELS[indicator].zh,
    labelEn: AMOUNT_LABELS[indicator].en,
    value: figure.value,
    text: String(figure.value),
    formula: figure.fromParts ? 'sum' : null,
    inputs: figure.parts,
  });
}

function completionRow(
  ctx: ReportContext,
  portfolio: Portfolio,
  planned: Figure,
  completed: Figure,
): TownReportRow {
  const result = attempt(() => completionRate(planned.value, completed.value));
  const warnings: string[] = [];
  if (planned.fromParts !== completed.fromParts || planned.fromParts) {
    warnings.push(
      say(
        ctx.locale,
        `计划投资${planned.fromParts ? '为各分项计划之和' : '为报告值'}，已完成投资${completed.fromParts ? '为各分项之和' : '为报告值'}`,
        `the planned investment is ${planned.fromParts ? 'the sum of the parts’ plans' : 'as stated'}; the completed investment is ${completed.fromParts ? 'the sum of the parts' : 'as stated'}`,
      ),
    );
  }
  for (const p of portfolio.top) {
    const own = figureOf(portfolio, p, 'completed');
    const parts = sumOf(portfolio, childrenOf(portfolio, p), 'completed');
    if (own === undefined || own.fromParts || parts === undefined) continue;
    if (parts.value.to(own.value.unit.name).eq(own.value.value)) continue;
    warnings.push(
      say(
        ctx.locale,
        `${p.name}已完成投资报告值${String(own.value)}，各分项合计${String(parts.value.in(own.value.unit.name))}`,
        `${p.name}: completed investment stated as ${String(own.value)}; its parts add up to ${String(parts.value.in(own.value.unit.name))}`,
      ),
    );
  }
  return makeRow({
    section: 'projects',
    indicator: 'plan-completion-rate',
    labelZh: '计划完成率',
    labelEn: 'Plan completion rate',
    value: result.ok ? result.value : null,
    unit: RATE_UNIT,
    text:
      (result.ok ? formatRate(result.value) : '') +
      remark(ctx.locale, `${String(completed.value)} / ${String(planned.value)}`),
    formula: 'completionRate',
    inputs: { planned: String(planned.value), completed: String(completed.value) },
    warnings: result.ok ? warnings : [result.error, ...warnings],
  });
}

function points(value: Decimal): string {
  return roundHalfUp(value.abs().times(100), 1).toFixed(1);
}

function scheduleRow(
  ctx: ReportContext,
  asOf: string,
  planned: Figure,
  completed: Figure,
): TownReportRow {
  const inputs = {
    period: ctx.period.label,
    asOf,
    planned: String(planned.value),
    completed: String(completed.value),
  };
  const result = attempt(() =>
    scheduleProgress({
      period: ctx.period,
      asOf,
      planned: planned.value,
      completed: completed.value,
    }),
  );
  const base = {
    section: 'projects',
    indicator: 'schedule-progress',
    labelZh: '序时进度',
    labelEn: 'Schedule progress',
    unit: RATE_UNIT,
    formula: 'scheduleProgress',
    inputs,
  } as const;
  if (!result.ok) return makeRow({ ...base, value: null, text: '', warnings: [result.error] });
  const { elapsed, done, lag, onSchedule } = result.value;
  const verdict = onSchedule
    ? say(ctx.locale, `超前${points(lag)}个百分点`, `ahead by ${points(lag)} percentage points`)
    : say(ctx.locale, `滞后${points(lag)}个百分点`, `behind by ${points(lag)} percentage points`);
  const inside = ctx.period.start <= asOf && asOf <= ctx.period.end;
  return makeRow({
    ...base,
    value: lag,
    text: say(
      ctx.locale,
      `截至${asOf}：${clauses('zh', [`时间进度${formatRate(elapsed)}`, `完成${formatRate(done)}`, verdict])}`,
      `at ${asOf}: ${clauses('en', [`${formatRate(elapsed)} of the period elapsed`, `${formatRate(done)} done`, verdict])}`,
    ),
    inputs: { ...inputs, elapsed: elapsed.toString(), done: done.toString() },
    warnings: inside
      ? []
      : [
          say(
            ctx.locale,
            `报告日期${asOf}不在${ctx.period.label}内`,
            `the report date ${asOf} is outside ${ctx.period.label}`,
          ),
        ],
  });
}

function projectCompletionRow(
  ctx: ReportContext,
  p: Project,
  planned: Quantity,
  completed: Quantity,
): TownReportRow {
  const result = attempt(() => completionRate(planned, completed));
  return makeRow({
    section: 'projects',
    indicator: 'project-completion-rate',
    subject: p.id,
    labelZh: `${p.name}计划完成率`,
    labelEn: `${p.name}: plan completion rate`,
    value: result.ok ? result.value : null,
    unit: RATE_UNIT,
    text:
      (result.ok ? formatRate(result.value) : '') +
      remark(ctx.locale, `${String(completed)} / ${String(planned)}`),
    formula: 'completionRate',
    inputs: { planned: String(planned), completed: String(completed) },
    warnings: result.ok ? [] : [result.error],
  });
}
