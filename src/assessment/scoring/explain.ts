/**
 * Explanations of a scored item in Chinese and English: the rule, the town's value, the points,
 * and what it would take to earn more ("还差2.3个百分点可得0.5分").
 *
 * @module
 */

import type { ComparisonOp, ScorecardItem, ScoringRule } from '../../models/scorecard.js';
import { formatObservationValue, type ObservationValue } from '../../models/value.js';
import { type Decimal, roundHalfUp } from '../../numbers/decimal.js';
import { type Gap, gapOf, type ItemContext, type Outcome } from './evaluate.js';
import { valueOfReading } from './readings.js';

/** The language of an explanation. @internal */
export type ExplanationLocale = 'zh' | 'en';

const OP: Readonly<Record<ComparisonOp, string>> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };

// Shown values: a value as given; a computed growth to two decimals of a percent (its exact value
// is the item's `value`).
function valueText(outcome: Outcome): string {
  if (outcome.reading === undefined) return '';
  const value = valueOfReading(outcome.reading);
  if (outcome.measure === 'growth' && value.kind === 'rate') {
    return `${roundHalfUp(value.rate.times(100), 2).toFixed()}%`;
  }
  return formatObservationValue(value);
}

function boundText(bound: ObservationValue): string {
  return formatObservationValue(bound);
}

function points(value: Decimal): string {
  return value.toFixed();
}

function pointsEn(value: Decimal): string {
  return `${points(value)} ${value.abs().eq(1) ? 'point' : 'points'}`;
}

function condition(op: ComparisonOp, bound: ObservationValue): string {
  return `${OP[op]}${boundText(bound)}`;
}

// A gap from a computed value (a growth) has 34 digits: shown to 2 decimals, marked 约 / about
// (the exact gap is the item's `gap`).
function gapAmount(gap: Gap, locale: ExplanationLocale): string {
  const long = gap.amount.decimalPlaces() > 4;
  const shown = long ? roundHalfUp(gap.amount, 2).toFixed() : gap.amount.toFixed();
  const amount = long ? (locale === 'zh' ? `约${shown}` : `about ${shown}`) : shown;
  if (gap.unit === '%')
    return locale === 'zh' ? `${amount}个百分点` : `${amount} percentage points`;
  if (gap.unit === undefined) return amount;
  return locale === 'zh' ? `${amount}${gap.unit}` : `${amount} ${gap.unit}`;
}

function gapText(gap: Gap, locale: ExplanationLocale): string {
  const up = gap.op === '>=' || gap.op === '>';
  const amount = gapAmount(gap, locale);
  if (locale === 'zh') {
    return `${up ? '还差' : '需再降低'}${amount}可得${points(gap.points)}分`;
  }
  return `${amount} ${up ? 'short of' : 'too high for'} ${pointsEn(gap.points)}`;
}

function measured(outcome: Outcome, locale: ExplanationLocale): string {
  const text = valueText(outcome);
  if (outcome.measure !== 'growth') return text;
  return locale === 'zh' ? `较上年增长${text}` : `growth ${text}`;
}

function ruleText(rule: ScoringRule, item: ScorecardItem, locale: ExplanationLocale): string {
  const zh = locale === 'zh';
  const own = 'measure' in rule && rule.measure !== undefined ? rule.measure : item.measure;
  const text = plainRuleText(rule, item, locale);
  if (own !== 'growth' || rule.type === 'any' || rule.type === 'manual') return text;
  return zh ? `较上年增长${text}` : `growth ${text}`;
}

function plainRuleText(rule: ScoringRule, item: ScorecardItem, locale: ExplanationLocale): string {
  const zh = locale === 'zh';
  switch (rule.type) {
    case 'threshold':
      return zh
        ? `${condition(rule.op, rule.value)}得${points(item.points)}分`
        : `${condition(rule.op, rule.value)}: ${pointsEn(item.points)}`;
    case 'tiers':
      return rule.tiers
        .map(
          (tier) =>
            `${condition(tier.op, tier.value)}${zh ? '得' : ': '}${points(tier.points)}${zh ? '分' : ''}`,
        )
        .join(zh ? '，' : ', ');
    case 'proportional':
      return zh
        ? `按${rule.direction === 'lower-is-better' ? '不高于' : '达到'}${boundText(rule.full)}的比例计分（满分${points(item.points)}分）`
        : `in proportion to ${boundText(rule.full)}, ${pointsEn(item.points)} at full`;
    case 'any':
      return rule.rules.map((inner) => ruleText(inner, item, locale)).join(zh ? '；或' : '; or ');
    case 'manual':
      return zh
        ? `评审给分，满分${points(item.points)}分`
        : `given by the assessor, at most ${pointsEn(item.points)}`;
    default:
      return zh
        ? `${condition(rule.op, rule.value)}扣${points(rule.points.abs())}分`
        : `${condition(rule.op, rule.value)}: minus ${pointsEn(rule.points.abs())}`;
  }
}

// No value to judge: an unreadable datum or none at all.
function unjudgedVerdict(outcome: Outcome, locale: ExplanationLocale): string {
  const zh = locale === 'zh';
  const penalty = outcome.rule.type === 'penalty';
  if (outcome.error !== undefined) {
    const result = zh ? (penalty ? '不扣分' : '得0分') : penalty ? 'nothing deducted' : '0 points';
    return zh
      ? `数据无法读取（${outcome.error.message}），${result}`
      : `the data cannot be read (${outcome.error.message}): ${result}`;
  }
  if (penalty) return zh ? '缺少数据，不扣分' : 'no data: nothing deducted';
  return zh ? '缺少数据，得0分' : 'no data: 0 points';
}

function valuesText(outcome: Outcome, locale: ExplanationLocale): string {
  if (outcome.rule.type !== 'any') return measured(outcome, locale);
  return (outcome.alternatives ?? [])
    .filter((alternative) => alternative.reading !== undefined)
    .map((alternative) => measured(alternative, locale))
    .join(locale === 'zh' ? '，' : ', ');
}

function penaltyVerdict(outcome: Outcome, value: string, locale: ExplanationLocale): string {
  const deducted = outcome.points.abs();
  if (locale === 'zh')
    return outcome.met ? `${value}，扣${points(deducted)}分` : `${value}，不扣分`;
  return outcome.met ? `${value}: minus ${pointsEn(deducted)}` : `${value}: nothing deducted`;
}

function scoreVerdict(
  outcome: Outcome,
  ctx: ItemContext,
  value: string,
  locale: ExplanationLocale,
): string {
  const zh = locale === 'zh';
  const item = ctx.item;
  const score = zh ? `得${points(outcome.points)}分` : pointsEn(outcome.points);
  const found = gapOf(outcome, ctx);
  const gap = found === undefined ? '' : gapText(found, locale);
  if (outcome.rule.type === 'proportional' && !outcome.met) {
    return zh
      ? `${value}，${score}（满分${points(item.points)}分），${gap}`
      : `${value}: ${score} of ${points(item.points)}; ${gap}`;
  }
  if (!outcome.met)
    return zh ? `${value}，未达标，${score}，${gap}` : `${value}: not met, ${score}; ${gap}`;
  if (gap !== '') return zh ? `${value}，${score}，${gap}` : `${value}: ${score}; ${gap}`;
  return zh ? `${value}，达标，${score}` : `${value}: met, ${score}`;
}

function verdict(outcome: Outcome, ctx: ItemContext, locale: ExplanationLocale): string {
  if (outcome.error !== undefined || outcome.missing) return unjudgedVerdict(outcome, locale);
  if (outcome.rule.type === 'manual') {
    return locale === 'zh' ? `得${points(outcome.points)}分` : `${pointsEn(outcome.points)} given`;
  }
  const value = valuesText(outcome, locale);
  if (outcome.rule.type === 'penalty') return penaltyVerdict(outcome, value, locale);
  return scoreVerdict(outcome, ctx, value, locale);
}

/**
 * One item's explanation: `名称：规则；数值，得分` / `Name: rule; value, points`.
 *
 * @internal
 */
export function explainItem(ctx: ItemContext, outcome: Outcome, locale: ExplanationLocale): string {
  const zh = locale === 'zh';
  const item = ctx.item;
  return `${item.name}${zh ? '（' : ' ('}${ruleText(item.rule, item, locale)}${zh ? '）：' : '): '}${verdict(outcome, ctx, locale)}`;
}
