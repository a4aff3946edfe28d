/**
 * The funding section of a town report: the amount of each kind of funding at each stage, the
 * arrival rate (到位率 = 实到 / 协议) of a kind committed and received for the same purpose, and,
 * for each project with funding sources (and for the town's own sources), the funding structure
 * (资金结构), the part of the investment no source covers (未列明来源 / 资金缺口) and the leverage of
 * public money (撬动比).
 *
 * In a structure, each kind counts at one stage: received (实到) when the group has it, else
 * committed (协议), else planned — so that 协议 and 实到 of the same money are never added up.
 *
 * @internal
 * @module
 */
import { arrivalRate } from '../../calculators/funding/arrivalRate.js';
import { fundingGap } from '../../calculators/funding/fundingGap.js';
import { leverageRatio } from '../../calculators/funding/leverageRatio.js';
import { share } from '../../calculators/funding/share.js';
import { shares } from '../../calculators/funding/shares.js';
import {
  type FundingKind,
  type FundingSource,
  type FundingStatus,
  fundingKindLabels,
  fundingStatusLabels,
} from '../../models/fundingSource.js';
import type { Project } from '../../models/project.js';
import { roundHalfUp } from '../../numbers/decimal.js';
import { parsePeriod } from '../../periods/period.js';
import type { Quantity } from '../../units/quantity.js';
import { formatRate } from '../format/formatRate.js';
import {
  attempt,
  clauses,
  makeRow,
  overlaps,
  RATE_UNIT,
  type ReportContext,
  remark,
  say,
  sumByUnit,
  TIMES_UNIT,
} from '../reportContext.js';
import type { TownReportRow } from '../types.js';

/** Public money: the seed of the leverage ratio. */
const PUBLIC_KINDS: ReadonlySet<FundingKind> = /* @__PURE__ */ new Set<FundingKind>([
  'municipal-special-fund',
  'county-matching',
  'town-finance',
  'higher-level-subsidy',
  'land-transfer-rebate',
  'fiscal-rebate',
]);

/** Social and foreign capital: what public money mobilizes (撬动). */
const MOBILIZED_KINDS: ReadonlySet<FundingKind> = /* @__PURE__ */ new Set<FundingKind>([
  'social-capital',
  'foreign-capital',
]);

const STAGES: readonly FundingStatus[] = ['received', 'committed', 'planned'];

/** The funding of one kind at its counted stage, in one currency, within one group. */
interface Entry {
  readonly kind: FundingKind;
  readonly status: FundingStatus;
  readonly amount: Quantity;
  readonly sources: readonly FundingSource[];
}

/** The sources of one project (or of the town itself, when `project` is undefined). */
interface Group {
  readonly project: Project | undefined;
  readonly sources: readonly FundingSource[];
}

function sourcesOfPeriod(ctx: ReportContext): FundingSource[] {
  return ctx.fundingSources.filter(
    (f) => f.period === undefined || overlaps(parsePeriod(f.period), ctx.period),
  );
}

function kindNames(kind: FundingKind): { zh: string; en: string } {
  return fundingKindLabels[kind];
}

function sameCurrency(a: Quantity, b: Quantity): boolean {
  return a.unit.base === b.unit.base;
}

/** Each kind at its counted stage (received, else committed, else planned), by currency. */
function entriesOf(sources: readonly FundingSource[]): Entry[] {
  const kinds = [...new Set(sources.map((f) => f.kind))];
  return kinds.flatMap((kind) => {
    const ofKind = sources.filter((f) => f.kind === kind);
    const status = STAGES.find((s) => ofKind.some((f) => f.status === s)) as FundingStatus;
    const counted = ofKind.filter((f) => f.status === status);
    return sumByUnit(counted.map((f) => f.amount)).map((amount) => ({
      kind,
      status,
      amount,
      sources: counted.filter((f) => sameCurrency(f.amount, amount)),
    }));
  });
}

function sourceInputs(sources: readonly FundingSource[]): Record<string, string> {
  return Object.fromEntries(sources.map((f) => [f.id, String(f.amount)]));
}

/** The rows of the funding section. */
export function fundingRows(ctx: ReportContext): TownReportRow[] {
  const sources = sourcesOfPeriod(ctx);
  if (sources.length === 0) return [];
  const rows: TownReportRow[] = [];
  const kinds = [...new Set(sources.map((f) => f.kind))];
  for (const kind of kinds) {
    for (const status of STAGES) {
      const ofStage = sources.filter((f) => f.kind === kind && f.status === status);
      for (const amount of sumByUnit(ofStage.map((f) => f.amount))) {
        const counted = ofStage.filter((f) => sameCurrency(f.amount, amount));
        rows.push(amountRow({ kind, status, amount, sources: counted }));
      }
    }
  }
  const groups: Group[] = [];
  for (const f of sources) {
    const project = ctx.projects.find((p) => p.id === f.projectId);
    const group = groups.find((g) => g.project === project);
    if (group === undefined) groups.push({ project, sources: [f] });
    else (group.sources as FundingSource[]).push(f);
  }
  for (const group of groups) rows.push(...arrivalRows(ctx, group));
  for (const group of groups) {
    const entries = entriesOf(group.sources);
    const currencies = [...new Set(entries.map((e) => e.amount.unit.base))];
    for (const currency of currencies) {
      const inCurrency = entries.filter((e) => e.amount.unit.base === currency);
      rows.push(...structureRows(ctx, group.project, inCurrency));
      const leverage = leverageRow(ctx, group.project, inCurrency);
      if (leverage !== undefined) rows.push(leverage);
    }
  }
  return rows;
}

function amountRow(entry: Entry): TownReportRow {
  const kind = kindNames(entry.kind);
  const status = fundingStatusLabels[entry.status];
  return makeRow({
    section: 'funding',
    indicator: 'funding-amount',
    subject: entry.kind,
    labelZh: `${kind.zh}（${status.zh}）`,
    labelEn: `${kind.en} (${status.en.toLowerCase()})`,
    value: entry.amount,
    text: String(entry.amount),
    formula: entry.sources.length > 1 ? 'sum' : null,
    inputs: sourceInputs(entry.sources),
  });
}

/** `社会资金` / `Social capital`, or with the project: `社会资金（小城镇改造）`. */
function groupLabel(
  project: Project | undefined,
  zh: string,
  en: string,
): { labelZh: string; labelEn: string } {
  if (project === undefined)
    return { labelZh: zh, labelEn: en.charAt(0).toUpperCase() + en.slice(1) };
  return { labelZh: `${project.name}：${zh}`, labelEn: `${project.name}: ${en}` };
}

function subjectOf(project: Project | undefined, key: string): string {
  return project === undefined ? key : `${project.id}/${key}`;
}

function arrivalRows(ctx: ReportContext, group: Group): TownReportRow[] {
  const kinds = [...new Set(group.sources.map((f) => f.kind))];
  return kinds.flatMap((kind) => {
    const ofKind = group.sources.filter((f) => f.kind === kind);
    const sum = (status: FundingStatus): Quantity[] =>
      sumByUnit(ofKind.filter((f) => f.status === status).map((f) => f.amount));
    const received = sum('received');
    return sum('committed').flatMap((promised) => {
      const got = received.find((q) => sameCurrency(q, promised));
      if (got === undefined) return [];
      const result = attempt(() => arrivalRate(promised, got));
      const names = kindNames(kind);
      return [
        makeRow({
          section: 'funding',
          indicator: 'arrival-rate',
          subject: subjectOf(group.project, kind),
          ...groupLabel(group.project, `${names.zh}到位率`, `${names.en}: arrival rate`),
          value: result.ok ? result.value : null,
          unit: RATE_UNIT,
          text:
            (result.ok ? formatRate(result.value) : '') +
            remark(ctx.locale, `${String(got)} / ${String(promised)}`),
          formula: 'arrivalRate',
          inputs: { committed: String(promised), received: String(got) },
          warnings: result.ok ? [] : [result.error],
        }),
      ];
    });
  });
}

/** What a project's funding is measured against: the investment of the period, else its total. */
function baseOf(
  ctx: ReportContext,
  project: Project,
  like: Quantity,
): { amount: Quantity; against: 'completed' | 'total' } | undefined {
  const completed = project.plans.find((plan) => plan.period === ctx.period.label)?.completed;
  if (completed !== undefined && sameCurrency(completed, like)) {
    return { amount: completed, against: 'completed' };
  }
  const total = project.totalInvestment;
  if (total !== undefined && sameCurrency(total, like)) return { amount: total, against: 'total' };
  return undefined;
}

function structureRows(
  ctx: ReportContext,
  project: Project | undefined,
  entries: readonly Entry[],
): TownReportRow[] {
  const first = entries[0];
  if (first === undefined) return [];
  const base = project === undefined ? undefined : baseOf(ctx, project, first.amount);
  if (project !== undefined && base !== undefined) {
    const rows = entries.map((entry) => {
      const names = kindNames(entry.kind);
      const result = attempt(() => share(entry.amount, base.amount));
      const labels =
        base.against === 'completed'
          ? groupLabel(
              project,
              `${names.zh}占完成投资比重`,
              `${names.en}, share of the investment completed`,
            )
          : groupLabel(
              project,
              `${names.zh}占总投资比重`,
              `${names.en}, share of the total investment`,
            );
      return makeRow({
        section: 'funding',
        indicator: 'funding-share',
        subject: subjectOf(project, entry.kind),
        ...labels,
        value: result.ok ? result.value : null,
        unit: RATE_UNIT,
        text:
          (result.ok ? formatRate(result.value) : '') +
          remark(ctx.locale, `${String(entry.amount)} / ${String(base.amount)}`),
        formula: 'share',
        inputs: { part: String(entry.amount), whole: String(base.amount) },
        warnings: result.ok ? [] : [result.error],
      });
    });
    return [...rows, ...gapRows(ctx, project, entries, base.amount, base.against)];
  }
  // A structure adds up amounts of one stage only: a committed amount (协议) is never a share of
  // a total that holds received ones (实到).
  return STAGES.flatMap((status) => {
    const ofStage = entries.filter((e) => e.status === status);
    return ofStage.length < 2 ? [] : stageShareRows(ctx, project, ofStage, status);
  });
}

function stageShareRows(
  ctx: ReportContext,
  project: Project | undefined,
  entries: readonly Entry[],
  status: FundingStatus,
): TownReportRow[] {
  const parts = Object.fromEntries(entries.map((e) => [e.kind, e.amount]));
  const result = attempt(() => shares(parts));
  const total = String(sumByUnit(entries.map((e) => e.amount))[0]);
  const stage = fundingStatusLabels[status];
  return entries.map((entry) => {
    const names = kindNames(entry.kind);
    const value = result.ok ? result.value[entry.kind] : undefined;
    return makeRow({
      section: 'funding',
      indicator: 'funding-share',
      subject: subjectOf(project, entry.kind),
      ...groupLabel(
        project,
        `${names.zh}占比（${stage.zh}）`,
        `${names.en}, share (${stage.en.toLowerCase()})`,
      ),
      value: value ?? null,
      unit: RATE_UNIT,
      text:
        (value === undefined ? '' : formatRate(value)) +
        remark(ctx.locale, `${String(entry.amount)} / ${total}`),
      formula: 'shares',
      inputs: Object.fromEntries(entries.map((e) => [e.kind, String(e.amount)])),
      warnings: result.ok ? [] : [result.error],
    });
  });
}

function gapRows(
  ctx: ReportContext,
  project: Project,
  entries: readonly Entry[],
  required: Quantity,
  against: 'completed' | 'total',
): TownReportRow[] {
  const result = attempt(() =>
    fundingGap(
      required,
      entries.map((e) => e.amount),
    ),
  );
  const inputs = {
    required: String(required),
    ...Object.fromEntries(entries.map((e) => [e.kind, String(e.amount)])),
  };
  const labels =
    against === 'completed'
      ? {
          gap: groupLabel(project, '未列明来源的投资', 'investment without a stated source'),
          coverage: groupLabel(project, '已列明来源比重', 'share with a stated source'),
        }
      : {
          gap: groupLabel(project, '资金缺口', 'funding gap'),
          coverage: groupLabel(project, '资金保障率', 'funding coverage'),
        };
  const warnings = result.ok ? [] : [result.error];
  const secured = result.ok ? String(result.value.secured) : '';
  const surplus =
    result.ok && !result.value.surplus.value.isZero()
      ? say(
          ctx.locale,
          `超出${String(result.value.surplus)}`,
          `exceeded by ${String(result.value.surplus)}`,
        )
      : '';
  return [
    makeRow({
      section: 'funding',
      indicator: 'funding-gap',
      subject: project.id,
      ...labels.gap,
      value: result.ok ? result.value.gap : null,
      text:
        (result.ok
          ? clauses(ctx.locale, [
              result.value.gap.value.isZero()
                ? say(ctx.locale, '无', 'none')
                : String(result.value.gap),
              surplus,
            ])
          : '') +
        remark(
          ctx.locale,
          say(
            ctx.locale,
            `${String(required)} − 已列明${secured}`,
            `${String(required)} − ${secured} listed`,
          ),
        ),
      formula: 'fundingGap',
      inputs,
      warnings,
    }),
    makeRow({
      section: 'funding',
      indicator: 'funding-coverage',
      subject: project.id,
      ...labels.coverage,
      value: result.ok ? result.value.coverage : null,
      unit: RATE_UNIT,
      text:
        (result.ok ? formatRate(result.value.coverage) : '') +
        remark(ctx.locale, `${secured} / ${String(required)}`),
      formula: 'fundingGap',
      inputs,
      warnings,
    }),
  ];
}

function leverageRow(
  ctx: ReportContext,
  project: Project | undefined,
  entries: readonly Entry[],
): TownReportRow | undefined {
  const mobilized = entries.filter((e) => MOBILIZED_KINDS.has(e.kind));
  const seed = entries.filter((e) => PUBLIC_KINDS.has(e.kind));
  if (mobilized.length === 0 || seed.length === 0) return undefined;
  const result = attempt(() =>
    leverageRatio(
      mobilized.map((e) => e.amount),
      seed.map((e) => e.amount),
    ),
  );
  const mobilizedTotal = String(sumByUnit(mobilized.map((e) => e.amount))[0]);
  const seedTotal = String(sumByUnit(seed.map((e) => e.amount))[0]);
  const ratio = result.ok ? roundHalfUp(result.value, 2).toFixed(2) : '';
  return makeRow({
    section: 'funding',
    indicator: 'leverage-ratio',
    subject: project?.id,
    ...groupLabel(project, '财政资金撬动比', 'leverage of public money'),
    value: result.ok ? result.value : null,
    unit: TIMES_UNIT,
    text: result.ok
      ? say(
          ctx.locale,
          `${ratio}倍（社会资本${mobilizedTotal} / 财政资金${seedTotal}）`,
          `${ratio} times (social capital ${mobilizedTotal} / public money ${seedTotal})`,
        )
      : '',
    formula: 'leverageRatio',
    inputs: {
      mobilized: mobilized.map((e) => String(e.amount)).join(' + '),
      seed: seed.map((e) => String(e.amount)).join(' + '),
    },
    warnings: result.ok ? [] : [result.error],
  });
}
