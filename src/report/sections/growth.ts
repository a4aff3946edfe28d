/**
 * The growth and indicators sections of a town report: every observation of the period, with its
 * comparison (a previous observation, or the previous value a stated growth, increment or
 * multiple implies) when there is one.
 *
 * @internal
 * @module
 */
import { auditGrowth } from '../../audit/auditGrowth.js';
import { growthRate } from '../../calculators/growth/growthRate.js';
import { impliedPrevious } from '../../calculators/growth/impliedPrevious.js';
import { percentagePointChange } from '../../calculators/growth/percentagePointChange.js';
import { comparisonOf } from '../../dataset/compareObservation.js';
import type { Observation } from '../../models/observation.js';
import { observationStatusLabels } from '../../models/observation.js';
import { auditInput, formatObservationValue, type ObservationValue } from '../../models/value.js';
import { type Decimal, isDecimal } from '../../numbers/decimal.js';
import { percentText } from '../../numbers/percent.js';
import { isQuantity, type Quantity, quantity } from '../../units/quantity.js';
import { describeGrowth } from '../format/describeGrowth.js';
import { describeMultiple } from '../format/describeMultiple.js';
import { describePointChange } from '../format/describePointChange.js';
import { formatRate } from '../format/formatRate.js';
import {
  amountOf,
  amountText,
  attempt,
  clauses,
  indicatorNames,
  makeRow,
  numberText,
  percentDecimals,
  periodName,
  RATE_UNIT,
  type ReportContext,
  type RowInit,
  remark,
  say,
  TIMES_UNIT,
} from '../reportContext.js';
import type { TownReportRow } from '../types.js';

/** The labels of an observation's row: the indicator's names, and its status unless actual. */
export function observationLabels(
  ctx: ReportContext,
  o: Observation,
): { readonly labelZh: string; readonly labelEn: string } {
  const names = indicatorNames(ctx.dataset, o.indicator);
  if (o.status === 'actual') return { labelZh: names.zh, labelEn: names.en };
  const status = observationStatusLabels[o.status];
  return {
    labelZh: `${names.zh}（${status.zh}）`,
    labelEn: `${names.en} (${status.en.toLowerCase()})`,
  };
}

/** The observations of the report period, in dataset order. */
export function observationsOfPeriod(ctx: ReportContext): readonly Observation[] {
  return ctx.observations.filter((o) => o.period === ctx.period.label);
}

/** `比上年` / `on the previous year`, `比上年同期` / `year on year`, `比1996年` / `on 1996`. */
function comparedWith(ctx: ReportContext, o: Observation): { zh: string; en: string } {
  if (o.base !== undefined) {
    return { zh: `比${periodName('zh', o.base)}`, en: `on ${o.base}` };
  }
  return ctx.period.kind === 'year'
    ? { zh: '比上年', en: 'on the previous year' }
    : { zh: '比上年同期', en: 'year on year' };
}

function growthPhrase(ctx: ReportContext, o: Observation, rate: Decimal, decimals: number): string {
  const phrase = describeGrowth(rate, { locale: ctx.locale, decimals });
  const compared = comparedWith(ctx, o);
  return say(ctx.locale, `${compared.zh}${phrase}`, `${phrase} ${compared.en}`);
}

function pointPhrase(ctx: ReportContext, o: Observation, change: Decimal): string {
  const phrase = describePointChange(change, { locale: ctx.locale });
  const compared = comparedWith(ctx, o);
  return say(ctx.locale, `${compared.zh}${phrase}`, `${phrase} ${compared.en}`);
}

/** `2010年15.16亿元` / `2010: 15.16亿元`. */
function previousText(ctx: ReportContext, basePeriod: string, text: string): string {
  return say(ctx.locale, `${periodName('zh', basePeriod)}${text}`, `${basePeriod}: ${text}`);
}

/** A derived value printed at the precision of the value it comes from. */
function derivedText(value: Quantity | Decimal, like: ObservationValue): string {
  if (isQuantity(value)) {
    const decimals = like.kind === 'quantity' ? like.quantity.value.decimalPlaces() : 2;
    return amountText(value, decimals);
  }
  if (like.kind === 'rate') return formatRate(value);
  const decimals = like.kind === 'number' ? like.number.decimalPlaces() : 2;
  return numberText(value, decimals);
}

function qualifierWarnings(ctx: ReportContext, o: Observation): string[] {
  const value = o.value;
  const approximate =
    (value.kind === 'quantity' && value.quantity.qualifier !== undefined) ||
    (value.kind !== 'quantity' && value.qualifier !== undefined);
  if (!approximate) return [];
  return [
    say(
      ctx.locale,
      `本期值${formatObservationValue(value)}为约数，推算结果同为约数`,
      `the current value ${formatObservationValue(value)} is approximate, and so is what is derived from it`,
    ),
  ];
}

function basisWarnings(ctx: ReportContext, o: Observation): string[] {
  if (o.growthBasis !== 'comparable' || o.basis === 'comparable') return [];
  return [
    say(
      ctx.locale,
      '增长率按可比价计算，由现价总量推算的上年数只是近似值',
      'the growth is at comparable prices: a previous level derived from a current-price value is only approximate',
    ),
  ];
}

function errorRow(ctx: ReportContext, o: Observation, formula: string, error: string) {
  return makeRow({
    section: 'growth',
    indicator: o.indicator,
    subject: o.id,
    ...observationLabels(ctx, o),
    value: null,
    text: formatObservationValue(o.value),
    formula,
    inputs: { current: formatObservationValue(o.value) },
    warnings: [error],
  });
}

function fromPrevious(
  ctx: ReportContext,
  o: Observation,
  previous: Observation,
  basePeriod: string,
): TownReportRow {
  const isRate = o.value.kind === 'rate';
  const formula = isRate ? 'percentagePointChange' : 'growthRate';
  const current = amountOf(o.value);
  const before = amountOf(previous.value);
  const result = attempt(() =>
    isRate
      ? percentagePointChange(before as Decimal, current as Decimal)
      : growthRate(before, current),
  );
  if (!result.ok) return errorRow(ctx, o, formula, result.error);
  const inputs: Record<string, string> = {
    previous: formatObservationValue(previous.value),
    current: formatObservationValue(o.value),
  };
  const warnings = qualifierWarnings(ctx, o);
  if (o.growth !== undefined && !isRate) {
    inputs.statedGrowth = percentText(o.growth);
    const stated = o.growth;
    const audit = attempt(() =>
      auditGrowth({
        previous: auditInput(previous.value),
        current: auditInput(o.value),
        stated: percentText(stated),
      }),
    );
    if (audit.ok && !audit.value.consistent) {
      warnings.push(say(ctx.locale, audit.value.explanationZh, audit.value.explanation));
    }
  }
  const change = isRate ? pointPhrase(ctx, o, result.value) : growthPhrase(ctx, o, result.value, 1);
  return makeRow({
    section: 'growth',
    indicator: o.indicator,
    subject: o.id,
    ...observationLabels(ctx, o),
    value: result.value,
    unit: RATE_UNIT,
    text:
      clauses(ctx.locale, [formatObservationValue(o.value), change]) +
      remark(ctx.locale, previousText(ctx, basePeriod, formatObservationValue(previous.value))),
    formula,
    inputs,
    warnings,
  });
}

function fromStatedGrowth(
  ctx: ReportContext,
  o: Observation,
  growth: Decimal,
  basePeriod: string | undefined,
  previous?: Observation,
): TownReportRow {
  const phrase = growthPhrase(ctx, o, growth, percentDecimals(growth));
  const current = formatObservationValue(o.value);
  const stated = { current, growth: percentText(growth) };
  let row: Pick<RowInit, 'text' | 'formula' | 'inputs' | 'warnings'>;
  if (previous !== undefined && basePeriod !== undefined) {
    // The comparison rule found the previous level, but the growth is on another price basis.
    const before = formatObservationValue(previous.value);
    row = {
      text: remark(ctx.locale, previousText(ctx, basePeriod, before)),
      formula: null,
      inputs: { ...stated, previous: before },
      warnings: [
        say(
          ctx.locale,
          '增长率按可比价计算，不能由现价总量重算，故未核对',
          'the growth is at comparable prices: it cannot be recomputed from the current-price levels, so it is not audited',
        ),
      ],
    };
  } else {
    const result = attempt(() => impliedPrevious(amountOf(o.value), growth));
    if (!result.ok) return errorRow(ctx, o, 'impliedPrevious', result.error);
    const implied = derivedText(result.value, o.value);
    const how = say(ctx.locale, '由增长率推算', 'implied by the stated growth');
    row = {
      text: remark(
        ctx.locale,
        clauses(ctx.locale, [previousOrBase(ctx, basePeriod, implied), how]),
      ),
      formula: 'impliedPrevious',
      inputs: stated,
      warnings: basisWarnings(ctx, o),
    };
  }
  return makeRow({
    section: 'growth',
    indicator: o.indicator,
    subject: o.id,
    ...observationLabels(ctx, o),
    value: growth,
    unit: RATE_UNIT,
    text: clauses(ctx.locale, [current, phrase]) + row.text,
    formula: row.formula,
    inputs: row.inputs ?? {},
    warnings: [...qualifierWarnings(ctx, o), ...(row.warnings ?? [])],
  });
}

function fromIncrement(
  ctx: ReportContext,
  o: Observation,
  increment: ObservationValue,
  basePeriod: string | undefined,
): TownReportRow | undefined {
  const current = amountOf(o.value);
  const added = amountOf(increment);
  const stated = formatObservationValue(increment);
  const inputs = { current: formatObservationValue(o.value), increment: stated };
  if (o.value.kind === 'rate' && increment.kind === 'rate') {
    const from = (current as Decimal).minus(added as Decimal);
    const change = percentagePointChange(from, current as Decimal);
    const before = previousOrBase(ctx, basePeriod, formatRate(from, { decimals: 1 }));
    const how = say(ctx.locale, `由提高${stated}推算`, `implied by the stated rise of ${stated}`);
    return makeRow({
      section: 'growth',
      indicator: o.indicator,
      subject: o.id,
      ...observationLabels(ctx, o),
      value: change,
      unit: RATE_UNIT,
      text:
        clauses(ctx.locale, [formatObservationValue(o.value), pointPhrase(ctx, o, change)]) +
        remark(ctx.locale, clauses(ctx.locale, [before, how])),
      formula: 'percentagePointChange',
      inputs,
    });
  }
  if (isDecimal(current) !== isDecimal(added)) return undefined;
  const result = attempt(() => {
    const from = isQuantity(current)
      ? quantity(current.value.minus((added as Quantity).to(current.unit.name)), current.unit.name)
      : (current as Decimal).minus(added as Decimal);
    return { from, rate: growthRate(from, current) };
  });
  if (!result.ok) return errorRow(ctx, o, 'growthRate', result.error);
  const implied = derivedText(result.value.from, o.value);
  const how = say(ctx.locale, `由增加${stated}推算`, `implied by the stated increase of ${stated}`);
  return makeRow({
    section: 'growth',
    indicator: o.indicator,
    subject: o.id,
    ...observationLabels(ctx, o),
    value: result.value.rate,
    unit: RATE_UNIT,
    text:
      clauses(ctx.locale, [
        formatObservationValue(o.value),
        growthPhrase(ctx, o, result.value.rate, 1),
      ]) + remark(ctx.locale, clauses(ctx.locale, [previousOrBase(ctx, basePeriod, implied), how])),
    formula: 'growthRate',
    inputs,
    warnings: qualifierWarnings(ctx, o),
  });
}

function previousOrBase(ctx: ReportContext, basePeriod: string | undefined, text: string): string {
  return basePeriod === undefined
    ? say(ctx.locale, `基期${text}`, `base: ${text}`)
    : previousText(ctx, basePeriod, text);
}

function fromMultiple(
  ctx: ReportContext,
  o: Observation,
  times: Decimal,
  basePeriod: string | undefined,
): TownReportRow {
  const current = amountOf(o.value);
  // A multiple m says base = current / m, which is impliedPrevious with a growth of m − 1.
  const result = attempt(() => impliedPrevious(current, times.minus(1)));
  if (!result.ok) return errorRow(ctx, o, 'impliedPrevious', result.error);
  const implied = derivedText(result.value, o.value);
  const base =
    o.base === undefined
      ? {}
      : { base: say(ctx.locale, periodName('zh', o.base), `the ${o.base} level`) };
  const phrase = describeMultiple(times, {
    locale: ctx.locale,
    decimals: times.decimalPlaces(),
    ...base,
  });
  const how = say(ctx.locale, '由倍数推算', 'implied by the stated multiple');
  return makeRow({
    section: 'growth',
    indicator: o.indicator,
    subject: o.id,
    ...observationLabels(ctx, o),
    value: times,
    unit: TIMES_UNIT,
    text:
      clauses(ctx.locale, [formatObservationValue(o.value), phrase]) +
      remark(ctx.locale, clauses(ctx.locale, [previousOrBase(ctx, basePeriod, implied), how])),
    formula: 'impliedPrevious',
    inputs: { current: formatObservationValue(o.value), multiple: times.toString() },
    warnings: qualifierWarnings(ctx, o),
  });
}

/**
 * The growth row of an observation, or `undefined` when nothing compares it with an earlier
 * value. The previous observation comes from the dataset's one comparison rule
 * (`compareObservation`, which `auditDataset` follows too); without one, a stated growth,
 * increment or multiple implies the previous value. A growth stated on another price basis than
 * the levels is shown as stated, with the previous level beside it, and not recomputed.
 */
export function growthRow(ctx: ReportContext, o: Observation): TownReportRow | undefined {
  const { basePeriod, previous, growthRecomputable } = comparisonOf(ctx.dataset, o);
  if (previous !== undefined && basePeriod !== undefined) {
    if (o.growth !== undefined && !growthRecomputable) {
      return fromStatedGrowth(ctx, o, o.growth, basePeriod, previous);
    }
    return fromPrevious(ctx, o, previous, basePeriod);
  }
  if (o.growth !== undefined) return fromStatedGrowth(ctx, o, o.growth, basePeriod);
  if (o.increment !== undefined) {
    const row = fromIncrement(ctx, o, o.increment, basePeriod);
    if (row !== undefined) return row;
  }
  if (o.multiple !== undefined) return fromMultiple(ctx, o, o.multiple, o.base);
  return undefined;
}

/** A row for an observation as stated (the indicators section). */
export function indicatorRow(ctx: ReportContext, o: Observation): TownReportRow {
  const value = amountOf(o.value);
  return makeRow({
    section: 'indicators',
    indicator: o.indicator,
    subject: o.id,
    ...observationLabels(ctx, o),
    value,
    unit: o.value.kind === 'rate' ? RATE_UNIT : '',
    text: formatObservationValue(o.value),
    formula: null,
  });
}
