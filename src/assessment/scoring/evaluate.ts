/**
 * Scores one item of a scorecard for one town: compares the town's reading with the rule's bounds
 * in a common unit, exactly, and says how far it is from the next tier or threshold.
 *
 * @module
 */

import { type TownIndicatorsError, unitMismatchError } from '../../errors.js';
import type {
  ComparisonOp,
  ScorecardItem,
  ScoringMeasure,
  ScoringRule,
} from '../../models/scorecard.js';
import { type ObservationValue, valueNumber } from '../../models/value.js';
import { Decimal, toDecimal } from '../../numbers/decimal.js';
import { isQuantity } from '../../units/quantity.js';
import type { Unit } from '../../units/table.js';
import {
  type Datum,
  type GrowthPair,
  isDatumError,
  type Judged,
  MISSING,
  pairGrowth,
  type Reading,
  readingOf,
  type Value,
  valueOfReading,
} from './readings.js';

const FN = 'scoreTowns';
const ZERO = /* @__PURE__ */ new Decimal(0);
const ONE = /* @__PURE__ */ new Decimal(1);
const HUNDRED = /* @__PURE__ */ new Decimal(100);

/** A rule's bound, read once: its number on its own scale and, for a quantity, its unit. */
interface Bound {
  readonly text: ObservationValue;
  readonly number: Decimal;
  /** The nearest double, for comparing a JS number without making a Decimal of it. */
  readonly float: number;
  /** A quantity bound in its dimension's base unit (元, 亩, 个 …), for comparing other units. */
  readonly base: Decimal | undefined;
  readonly kind: ObservationValue['kind'];
  readonly unit: Unit | undefined;
}

/**
 * How far a value is from the bound that would earn more points, in the bound's unit (a rate's
 * gap in percentage points, `unit: '%'`).
 *
 * @internal
 */
export interface Gap {
  readonly amount: Decimal;
  readonly unit: string | undefined;
  /** The comparison the value has yet to meet. */
  readonly op: ComparisonOp;
  /** The bound, as the rule writes it. */
  readonly bound: ObservationValue;
  /** The points that meeting it gives. */
  readonly points: Decimal;
}

/** The bound a value has yet to meet, and what meeting it gives. */
interface GapTarget {
  readonly op: ComparisonOp;
  readonly bound: Bound;
  readonly points: Decimal;
}

/** The outcome of a rule for a town (every field present, so that all outcomes share one shape). @internal */
export interface Outcome {
  readonly rule: ScoringRule;
  readonly measure: ScoringMeasure;
  readonly points: Decimal;
  readonly met: boolean;
  /** The town had no datum (or, for an `any` rule, none for any alternative). */
  readonly missing: boolean;
  readonly error: TownIndicatorsError | undefined;
  /** What was judged (a growth as a rate value; a JS number as given). */
  readonly reading: Judged | undefined;
  /** The bound still to meet; the gap itself is computed only when asked ({@link gapOf}). */
  readonly target: GapTarget | undefined;
  /** For a tiers rule: the tier met (0 = the best), or −1. */
  readonly tier: number | undefined;
  /** For an any rule: the outcome of each alternative. */
  readonly alternatives: readonly Outcome[] | undefined;
}

/** What the scorer knows of the item being scored, for error messages. @internal */
export interface ItemContext {
  readonly item: ScorecardItem;
  readonly townId: string;
}

/** The part of an outcome a rule type decides. */
interface Verdict {
  readonly points: Decimal;
  readonly met: boolean;
  readonly target?: GapTarget | undefined;
  readonly tier?: number | undefined;
  readonly missing?: boolean;
  readonly error?: TownIndicatorsError | undefined;
  readonly alternatives?: readonly Outcome[] | undefined;
}

function outcome(
  rule: ScoringRule,
  measure: ScoringMeasure,
  reading: Judged | undefined,
  verdict: Verdict,
): Outcome {
  return {
    rule,
    measure,
    points: verdict.points,
    met: verdict.met,
    missing: verdict.missing ?? false,
    error: verdict.error,
    reading,
    target: verdict.target,
    tier: verdict.tier,
    alternatives: verdict.alternatives,
  };
}

const bounds = new WeakMap<ObservationValue, Bound>();

function boundOf(value: ObservationValue): Bound {
  let bound = bounds.get(value);
  if (bound === undefined) {
    const number = valueNumber(value);
    const unit = value.kind === 'quantity' ? value.quantity.unit : undefined;
    const base = unit === undefined ? undefined : number.times(unit.factor);
    // A count compares 1:1 with a JS number: its float is that of its base value (个).
    const float =
      unit?.dimension === 'count' && base !== undefined ? base.toNumber() : number.toNumber();
    bound = { text: value, number, float, base, kind: value.kind, unit };
    bounds.set(value, bound);
  }
  return bound;
}

const targets = new WeakMap<object, GapTarget>();

function targetOf(
  owner: object,
  op: ComparisonOp,
  value: ObservationValue,
  points: Decimal,
): GapTarget {
  let target = targets.get(owner);
  if (target === undefined) {
    target = { op, bound: boundOf(value), points };
    targets.set(owner, target);
  }
  return target;
}

const deductions = new WeakMap<object, Decimal>();

/**
 * The points a penalty rule deducts, as a negative Decimal (one instance per rule).
 *
 * @internal
 */
export function penaltyPoints(rule: Extract<ScoringRule, { type: 'penalty' }>): Decimal {
  let points = deductions.get(rule);
  if (points === undefined) {
    points = rule.points.abs().neg();
    deductions.set(rule, points);
  }
  return points;
}

function describeScale(reading: Judged): string {
  if (typeof reading === 'number') return 'a plain number';
  if (isQuantity(reading)) return reading.unit.name;
  if ('type' in reading) return '% (a rate)';
  if (reading.kind === 'number') return 'a plain number';
  if (reading.kind === 'quantity') return reading.quantity.unit.name;
  return '% (a rate)';
}

function mismatch(reading: Judged, bound: Bound, ctx: ItemContext): never {
  throw unitMismatchError(
    FN,
    `data["${ctx.townId}"]["${ctx.item.indicator ?? ctx.item.id}"]`,
    describeScale(reading),
    describeScale(bound.text),
  );
}

/**
 * The reading on the bound's scale: a quantity converted exactly into the bound's unit, a rate or a
 * plain number as it is (rates are fractions: 0.962 = 96.2%), a count 1:1 with a plain number.
 */
function onScale(reading: Judged, bound: Bound, ctx: ItemContext): Decimal {
  const value = valueOfReading(reading);
  if (value.kind === 'quantity') {
    const q = value.quantity;
    if (bound.unit !== undefined && q.unit.base === bound.unit.base) {
      return q.unit === bound.unit ? q.value : q.value.times(q.unit.factor).div(bound.unit.factor);
    }
    if (bound.kind === 'number' && q.dimension === 'count') return q.value.times(q.unit.factor);
  } else if (bound.kind !== 'quantity') {
    return valueNumber(value);
  } else if (value.kind === 'number' && bound.unit?.dimension === 'count') {
    return value.number.div(bound.unit.factor);
  }
  return mismatch(reading, bound, ctx);
}

/**
 * The sign of reading − bound, exactly. A JS number is read as its shortest decimal string (as
 * {@link toDecimal} does); rounding to the nearest double is monotonic, so when the number and the
 * bound's nearest double differ, their order is the decimals' order, and only a tie needs the
 * Decimal.
 */
function compare(reading: Judged, bound: Bound, ctx: ItemContext): number {
  if (typeof reading === 'number') {
    const count = bound.unit?.dimension === 'count';
    if (bound.kind !== 'quantity' || count) {
      if (reading !== bound.float) return reading < bound.float ? -1 : 1;
      return toDecimal(reading).cmp(count ? (bound.base as Decimal) : bound.number);
    }
  } else if ('type' in reading) {
    if (bound.kind !== 'quantity') return comparePair(reading, bound);
  } else {
    const order = compareQuantity(reading, bound);
    if (order !== undefined) return order;
  }
  return onScale(reading, bound, ctx).cmp(bound.number);
}

/** A quantity against a quantity bound of its dimension, without a division; else `undefined`. */
function compareQuantity(reading: Value, bound: Bound): number | undefined {
  const q = isQuantity(reading)
    ? reading
    : reading.kind === 'quantity'
      ? reading.quantity
      : undefined;
  if (q === undefined || bound.unit === undefined) return undefined;
  if (q.unit === bound.unit) return q.value.cmp(bound.number);
  // Compared in the base unit: one exact multiplication.
  if (q.unit.base === bound.unit.base)
    return q.value.times(q.unit.factor).cmp(bound.base as Decimal);
  return undefined;
}

/**
 * The sign of current / previous − 1 − bound. The quotient of two doubles is within a few units
 * in the last place of the exact quotient of their decimals, so a margin above 1e-9 decides the
 * order; a closer call divides exactly ({@link growthRate}).
 */
function comparePair(pair: GrowthPair, bound: Bound): number {
  const growth = pair.current / pair.previous - 1;
  const margin = growth - bound.float;
  if (Math.abs(margin) > 1e-9 * (1 + Math.abs(growth) + Math.abs(bound.float))) {
    return margin < 0 ? -1 : 1;
  }
  return pairGrowth(pair).cmp(bound.number);
}

function holds(order: number, op: ComparisonOp): boolean {
  switch (op) {
    case '>=':
      return order >= 0;
    case '>':
      return order > 0;
    case '<=':
      return order <= 0;
    default:
      return order < 0;
  }
}

type JudgedRule = Exclude<ScoringRule, { type: 'manual' } | { type: 'any' }>;

function judgeThreshold(
  rule: Extract<ScoringRule, { type: 'threshold' }>,
  reading: Judged,
  ctx: ItemContext,
): Verdict {
  const points = ctx.item.points;
  if (holds(compare(reading, boundOf(rule.value), ctx), rule.op)) return { points, met: true };
  return { points: ZERO, met: false, target: targetOf(rule, rule.op, rule.value, points) };
}

function judgeTiers(
  rule: Extract<ScoringRule, { type: 'tiers' }>,
  reading: Judged,
  ctx: ItemContext,
): Verdict {
  const tiers = rule.tiers;
  let tier = -1;
  for (let index = 0; index < tiers.length; index += 1) {
    const t = tiers[index] as (typeof tiers)[number];
    if (holds(compare(reading, boundOf(t.value), ctx), t.op)) {
      tier = index;
      break;
    }
  }
  // The next better tier: the one above the tier met, or the last (easiest) when none is met.
  const next = tier === -1 ? tiers[tiers.length - 1] : tiers[tier - 1];
  const points = tier === -1 ? ZERO : (tiers[tier]?.points ?? ZERO);
  const target = next === undefined ? undefined : targetOf(next, next.op, next.value, next.points);
  return { points, met: tier >= 0, tier, target };
}

function judgeProportional(
  rule: Extract<ScoringRule, { type: 'proportional' }>,
  reading: Judged,
  ctx: ItemContext,
): Verdict {
  const bound = boundOf(rule.full);
  const x = onScale(reading, bound, ctx);
  const lower = rule.direction === 'lower-is-better';
  // Lower is better: a value of 0 or below is as good as it gets (no accidents at all).
  let ratio: Decimal;
  if (lower) ratio = x.lte(0) ? ONE : bound.number.div(x);
  else ratio = x.lte(0) ? ZERO : x.div(bound.number);
  const points = ctx.item.points;
  if (ratio.gte(ONE)) return { points, met: true };
  const target = targetOf(rule, lower ? '<=' : '>=', rule.full, points);
  return { points: points.times(ratio), met: false, target };
}

function judgePenalty(
  rule: Extract<ScoringRule, { type: 'penalty' }>,
  reading: Judged,
  ctx: ItemContext,
): Verdict {
  const met = holds(compare(reading, boundOf(rule.value), ctx), rule.op);
  return { points: met ? penaltyPoints(rule) : ZERO, met };
}

function judge(rule: JudgedRule, reading: Judged, ctx: ItemContext): Verdict {
  switch (rule.type) {
    case 'threshold':
      return judgeThreshold(rule, reading, ctx);
    case 'tiers':
      return judgeTiers(rule, reading, ctx);
    case 'proportional':
      return judgeProportional(rule, reading, ctx);
    default:
      return judgePenalty(rule, reading, ctx);
  }
}

function measureOf(rule: ScoringRule, fallback: ScoringMeasure): ScoringMeasure {
  return 'measure' in rule && rule.measure !== undefined ? rule.measure : fallback;
}

function unjudged(rule: ScoringRule, measure: ScoringMeasure, reading: Reading): Outcome {
  const error = isDatumError(reading) ? reading.error : undefined;
  return outcome(rule, measure, undefined, {
    points: ZERO,
    met: false,
    missing: reading === MISSING,
    error,
  });
}

function scoreRule(
  rule: Exclude<ScoringRule, { type: 'manual' }>,
  datum: Datum,
  fallback: ScoringMeasure,
  ctx: ItemContext,
): Outcome {
  if (rule.type === 'any') return scoreAny(rule, datum, fallback, ctx);
  const measure = measureOf(rule, fallback);
  const reading = readingOf(datum, measure);
  if (reading === MISSING || isDatumError(reading)) {
    return unjudged(rule, measure, reading);
  }
  return outcome(rule, measure, reading, judge(rule, reading, ctx));
}

function scoreAny(
  rule: Extract<ScoringRule, { type: 'any' }>,
  datum: Datum,
  fallback: ScoringMeasure,
  ctx: ItemContext,
): Outcome {
  const alternatives = rule.rules.map((inner) => scoreRule(inner, datum, fallback, ctx));
  let best: Outcome | undefined;
  for (const alternative of alternatives) {
    if (best === undefined || alternative.points.gt(best.points)) best = alternative;
  }
  const met = alternatives.some((alternative) => alternative.met);
  const unjudgedAll = alternatives.every((a) => a.missing || a.error !== undefined);
  return outcome(rule, fallback, best?.reading, {
    points: best?.points ?? ZERO,
    met,
    missing: alternatives.every((alternative) => alternative.missing),
    error: unjudgedAll ? alternatives.find((a) => a.error !== undefined)?.error : undefined,
    // Not met: the target of the first alternative that has one (the table's main wording).
    target: met ? undefined : alternatives.find((a) => a.target !== undefined)?.target,
    alternatives,
  });
}

/**
 * Scores one item: its rule judged on the town's datum (for a manual item, the points given).
 *
 * @internal
 */
export function scoreItem(datum: Datum, manual: Decimal | undefined, ctx: ItemContext): Outcome {
  const { item } = ctx;
  const measure = item.measure ?? 'value';
  if (item.rule.type === 'manual') {
    return outcome(item.rule, measure, undefined, {
      points: manual ?? ZERO,
      met: manual?.gt(0) === true,
      missing: manual === undefined,
    });
  }
  return scoreRule(item.rule, datum, measure, ctx);
}

// The outcome (an alternative of an any rule, at any depth) whose reading the target judges.
function ownerOf(result: Outcome, target: GapTarget): Outcome {
  for (const alternative of result.alternatives ?? []) {
    if (alternative.target === target) return ownerOf(alternative, target);
  }
  return result;
}

/**
 * The gap of an outcome: |bound − value| in the bound's unit (a rate's in percentage points), for
 * the first alternative of an `any` rule that has a target.
 *
 * @internal
 */
export function gapOf(result: Outcome, ctx: ItemContext): Gap | undefined {
  const target = result.target;
  if (target === undefined) return undefined;
  const owner = ownerOf(result, target);
  if (owner.reading === undefined) return undefined;
  const distance = target.bound.number.minus(onScale(owner.reading, target.bound, ctx)).abs();
  const rate = target.bound.kind === 'rate';
  return {
    amount: rate ? distance.times(HUNDRED) : distance,
    unit: rate ? '%' : target.bound.unit?.name,
    op: target.op,
    bound: target.bound.text,
    points: target.points,
  };
}
