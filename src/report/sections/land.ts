/**
 * The land section of a town report: the gap between the land quota available and the land
 * needed (用地指标缺口) and its coverage, the surplus share of a linking turnover quota
 * (节余 / 周转), the money value per 亩 of quotas that have one (折抵指标单价) and every other quota
 * as stated.
 *
 * @internal
 * @module
 */
import { auditSum } from '../../audit/auditSum.js';
import { share } from '../../calculators/funding/share.js';
import { landQuotaGap } from '../../calculators/land/landQuotaGap.js';
import { quotaUnitPrice } from '../../calculators/land/quotaUnitPrice.js';
import { type LandQuota, landQuotaKindLabels } from '../../models/landQuota.js';
import { observationStatusLabels } from '../../models/observation.js';
import { parsePeriod } from '../../periods/period.js';
import type { Quantity } from '../../units/quantity.js';
import { formatRate } from '../format/formatRate.js';
import {
  attempt,
  makeRow,
  numberText,
  overlaps,
  RATE_UNIT,
  type ReportContext,
  remark,
  say,
  sumByUnit,
} from '../reportContext.js';
import type { TownReportRow } from '../types.js';

function quotasOfPeriod(ctx: ReportContext): LandQuota[] {
  return ctx.landQuotas.filter(
    (q) => q.period === undefined || overlaps(parsePeriod(q.period), ctx.period),
  );
}

/** The sum of a non-empty list of quotas (areas always convert into each other). */
function total(quotas: readonly LandQuota[]): Quantity {
  return sumByUnit(quotas.map((q) => q.area))[0] as Quantity;
}

function nameOf(q: LandQuota): { zh: string; en: string } {
  const kind = landQuotaKindLabels[q.kind];
  return q.name === undefined ? kind : { zh: q.name, en: `${kind.en}: ${q.name}` };
}

/** The rows of the land section. */
export function landRows(ctx: ReportContext): TownReportRow[] {
  const quotas = quotasOfPeriod(ctx);
  if (quotas.length === 0) return [];
  const ids = new Set(quotas.map((q) => q.id));
  const partsOf = (q: LandQuota): LandQuota[] => quotas.filter((p) => p.partOf === q.id);
  const top = quotas.filter((q) => q.partOf === undefined || !ids.has(q.partOf));
  const used = new Set<LandQuota>();
  const rows = gapSection(ctx, top, partsOf, used);

  const turnover = top.filter((q) => q.kind === 'linking-turnover' && q.side === 'available');
  const surplus = top.filter((q) => q.kind === 'linking-surplus' && q.side === 'available');
  if (turnover.length > 0 && surplus.length > 0) {
    for (const q of [...turnover, ...surplus]) used.add(q);
    rows.push(linkingRow(ctx, turnover, surplus));
  }

  for (const q of quotas) {
    if (q.value === undefined) continue;
    rows.push(unitPriceRow(ctx, q, q.value));
    if (top.includes(q)) used.add(q);
  }

  for (const q of top) {
    if (!used.has(q)) rows.push(stated(ctx, q, partsOf(q)));
  }
  return rows;
}

/**
 * Gap and coverage of each kind and period that has both sides, and of the one part of each
 * side ("其中": 城镇建设用地指标 against 城镇建设用地需求).
 */
function gapSection(
  ctx: ReportContext,
  top: readonly LandQuota[],
  partsOf: (q: LandQuota) => LandQuota[],
  used: Set<LandQuota>,
): TownReportRow[] {
  const rows: TownReportRow[] = [];
  const groups = new Map<string, LandQuota[]>();
  for (const q of top) {
    const key = `${q.kind}|${q.period ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), q]);
  }
  for (const group of groups.values()) {
    const available = group.filter((q) => q.side === 'available');
    const demand = group.filter((q) => q.side === 'demand');
    if (available.length === 0 || demand.length === 0) continue;
    for (const q of group) used.add(q);
    const first = group[0] as LandQuota;
    rows.push(...gapRows(ctx, first, available, demand, landQuotaKindLabels[first.kind]));
    if (available.length !== 1 || demand.length !== 1) continue;
    const haveParts = partsOf(available[0] as LandQuota);
    const needParts = partsOf(demand[0] as LandQuota);
    if (haveParts.length === 1 && needParts.length === 1) {
      const part = haveParts[0] as LandQuota;
      rows.push(...gapRows(ctx, part, haveParts, needParts, nameOf(part)));
    }
  }
  return rows;
}

function gapRows(
  ctx: ReportContext,
  subject: LandQuota,
  available: readonly LandQuota[],
  demand: readonly LandQuota[],
  names: { zh: string; en: string },
): TownReportRow[] {
  const have = total(available);
  const need = total(demand);
  const inputs = {
    available: available.map((q) => String(q.area)).join(' + '),
    demand: demand.map((q) => String(q.area)).join(' + '),
  };
  const result = attempt(() => landQuotaGap(have, need));
  const warnings = result.ok ? [] : [result.error];
  const gap = result.ok ? result.value : undefined;
  const words =
    gap === undefined
      ? ''
      : !gap.gap.value.isZero()
        ? say(ctx.locale, `缺口${String(gap.gap)}`, `short by ${String(gap.gap)}`)
        : gap.surplus.value.isZero()
          ? say(ctx.locale, '无缺口', 'no gap')
          : say(ctx.locale, `结余${String(gap.surplus)}`, `surplus of ${String(gap.surplus)}`);
  const sides = say(
    ctx.locale,
    `可用${String(have)}，需求${String(need)}`,
    `available ${String(have)}, needed ${String(need)}`,
  );
  return [
    makeRow({
      section: 'land',
      indicator: 'land-quota-gap',
      subject: subject.id,
      labelZh: `${names.zh}缺口`,
      labelEn: `${names.en}: gap`,
      value: gap?.gap ?? null,
      text: words + remark(ctx.locale, sides),
      formula: 'landQuotaGap',
      inputs,
      warnings,
    }),
    makeRow({
      section: 'land',
      indicator: 'land-quota-coverage',
      subject: subject.id,
      labelZh: `${names.zh}保障率`,
      labelEn: `${names.en}: coverage`,
      value: gap?.coverage ?? null,
      unit: RATE_UNIT,
      text:
        (gap === undefined ? '' : formatRate(gap.coverage)) +
        remark(ctx.locale, `${String(have)} / ${String(need)}`),
      formula: 'landQuotaGap',
      inputs,
      warnings,
    }),
  ];
}

function linkingRow(
  ctx: ReportContext,
  turnover: readonly LandQuota[],
  surplus: readonly LandQuota[],
): TownReportRow {
  const whole = total(turnover);
  const part = total(surplus);
  const result = attempt(() => share(part, whole));
  const estimated = surplus.some((q) => q.status === 'estimated' || q.status === 'planned');
  return makeRow({
    section: 'land',
    indicator: 'linking-surplus-share',
    subject: surplus[0]?.id,
    labelZh: '节余指标占周转指标比重',
    labelEn: 'Surplus quota as a share of the turnover quota',
    value: result.ok ? result.value : null,
    unit: RATE_UNIT,
    text:
      (result.ok ? formatRate(result.value) : '') +
      remark(
        ctx.locale,
        say(
          ctx.locale,
          `节余${String(part)} / 周转${String(whole)}`,
          `surplus ${String(part)} / turnover ${String(whole)}`,
        ),
      ),
    formula: 'share',
    inputs: { part: String(part), whole: String(whole) },
    warnings: [
      ...(result.ok ? [] : [result.error]),
      ...(estimated
        ? [say(ctx.locale, '节余指标为预计数', 'the surplus quota is an estimate')]
        : []),
    ],
  });
}

function unitPriceRow(ctx: ReportContext, q: LandQuota, value: Quantity): TownReportRow {
  const names = nameOf(q);
  const result = attempt(() => quotaUnitPrice(value, q.area));
  const price = result.ok ? numberText(result.value, 2) : '';
  return makeRow({
    section: 'land',
    indicator: 'quota-unit-price',
    subject: q.id,
    labelZh: `${names.zh}单价`,
    labelEn: `${names.en}: value per mu`,
    value: result.ok ? result.value : null,
    unit: '元/亩',
    text:
      (result.ok ? `${price}元/亩` : '') +
      remark(ctx.locale, `${String(value)} / ${String(q.area)}`),
    formula: 'quotaUnitPrice',
    inputs: { value: String(value), area: String(q.area) },
    warnings: result.ok ? [] : [result.error],
  });
}

function stated(ctx: ReportContext, q: LandQuota, parts: readonly LandQuota[]): TownReportRow {
  const names = nameOf(q);
  const warnings: string[] = [];
  // Two or more parts ("其中" lists) are taken to be the whole list: they should add up.
  if (parts.length >= 2) {
    const audit = attempt(() => auditSum({ parts: parts.map((p) => p.area), stated: q.area }));
    if (audit.ok && !audit.value.consistent) {
      warnings.push(say(ctx.locale, audit.value.explanationZh, audit.value.explanation));
    }
  }
  const status =
    q.status === undefined || q.status === 'actual'
      ? ''
      : say(
          ctx.locale,
          observationStatusLabels[q.status].zh,
          observationStatusLabels[q.status].en.toLowerCase(),
        );
  const side = q.side === 'demand' ? say(ctx.locale, '需求', 'demand') : '';
  return makeRow({
    section: 'land',
    indicator: 'land-quota',
    subject: q.id,
    labelZh: names.zh,
    labelEn: names.en,
    value: q.area,
    text:
      String(q.area) +
      remark(ctx.locale, [side, status].filter((s) => s !== '').join(say(ctx.locale, '，', ', '))),
    formula: null,
    inputs:
      parts.length === 0
        ? {}
        : Object.fromEntries(parts.map((p) => [p.name ?? p.id, String(p.area)])),
    warnings,
  });
}
