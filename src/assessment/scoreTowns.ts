import { readDataset } from '../dataset/readDataset.js';
import { invalidArgumentError, isTownIndicatorsError, validationError } from '../errors.js';
import type { Dataset } from '../models/dataset.js';
import type { PriceBasis } from '../models/observation.js';
import {
  readScorecard,
  type Scorecard,
  type ScorecardCategory,
  type ScorecardInput,
  type ScorecardItem,
} from '../models/scorecard.js';
import { Decimal, type DecimalInput, kindOf, toDecimal } from '../numbers/decimal.js';
import { requireObject, requireOptions } from '../numbers/internal.js';
import { rankPositions } from './normalize.js';
import { type Outcome, penaltyPoints, scoreItem } from './scoring/evaluate.js';
import { type Datum, datumFromDataset, readDatum, type ScoreDatum } from './scoring/readings.js';
import {
  type CategoryScore,
  DatumStore,
  type PlacedItem,
  type TownScore,
  townScore,
} from './scoring/scores.js';

export type { ScoreDatum } from './scoring/readings.js';
export type { CategoryScore, ItemScore, TownScore } from './scoring/scores.js';

const FN = 'scoreTowns';
const ZERO = /* @__PURE__ */ new Decimal(0);

/**
 * The data {@link scoreTowns} reads, by town: `data[townId][indicator]` for an item with an
 * indicator (else `data[townId][itemId]`, for a table keyed by item), `data[townId][itemId]` for
 * one without (a manual item's points). A value is report
 * text (`'96.2%'`, `'12平方米'`), a number (a rate as a fraction: `0.962`), a Quantity or
 * `{ value, unit }`; a growth item takes `{ previous, current }` (or a stated `growth`).
 *
 * @category Assessment
 */
export type ScoreData = Readonly<Record<string, Readonly<Record<string, ScoreDatum>>>>;

/** Options of {@link scoreTowns}. @category Assessment */
export interface ScoreTownsOptions {
  /**
   * A missing datum: `'zero'` (default) scores the item 0 with a warning (a penalty deducts
   * nothing); `'error'` throws one `VALIDATION_ERROR` listing every missing or unreadable datum.
   */
  readonly missing?: 'zero' | 'error';
  /** The language of `explanation` (default `'zh'`); both are always in `explanationZh` / `explanationEn`. */
  readonly locale?: 'zh' | 'en';
  /** With a dataset: the period scored (`'2011'`); required. */
  readonly period?: string;
  /** With a dataset: the price basis of the values read (default `'current'`). */
  readonly basis?: PriceBasis;
  /** With a dataset: the towns scored (default: every town of the dataset), in this order. */
  readonly towns?: readonly string[];
  /** With a dataset: the points assessors gave to manual items, `manual[townId][itemId]`. */
  readonly manual?: Readonly<Record<string, Readonly<Record<string, DecimalInput>>>>;
}

/** A datum that was missing or could not be read. @category Assessment */
export interface ScoreWarning {
  readonly townId: string;
  readonly itemId: string;
  /** `'MISSING_DATA'`, or the error code of an unreadable datum. */
  readonly code: string;
  readonly message: string;
}

/** The result of {@link scoreTowns}. @category Assessment */
export interface ScoreTownsResult {
  readonly scorecard: { readonly id: string; readonly name: string; readonly passMark?: Decimal };
  /** The period scored, when the data is a dataset. */
  readonly period?: string;
  /** The towns in the order of the data. */
  readonly towns: readonly TownScore[];
  readonly warnings: readonly ScoreWarning[];
}

/** A town's data: the datum of each item, and the points given to manual items. */
interface TownReader {
  datum(item: ScorecardItem): Datum;
  manual(item: ScorecardItem): unknown;
}

interface Source {
  readonly towns: readonly { readonly id: string; readonly name?: string }[];
  town(townId: string): TownReader;
  readonly period?: string;
}

function isDatasetLike(value: object): boolean {
  return (
    'schemaVersion' in value && !Array.isArray((value as { schemaVersion?: unknown }).schemaVersion)
  );
}

function recordsSource(data: ScoreData): Source {
  const towns = Object.keys(data).map((id) => ({ id }));
  for (const { id } of towns) {
    requireObject(FN, `data["${id}"]`, data[id], '{ indicator or item id: value }');
  }
  return {
    towns,
    town: (townId) => {
      const row = data[townId] as Readonly<Record<string, unknown>>;
      return {
        datum: (item) => {
          const key = item.indicator ?? item.id;
          // Keyed by the indicator (DESIGN.md §11a); a table keyed by item id is read as well.
          const value = row[key] ?? (item.indicator === undefined ? undefined : row[item.id]);
          return readDatum(value, townId, key);
        },
        manual: (item) => row[item.indicator ?? item.id] ?? row[item.id],
      };
    },
  };
}

function datasetSource(dataset: Dataset, options: ScoreTownsOptions): Source {
  const period = options.period;
  if (typeof period !== 'string' || period.trim() === '') {
    throw invalidArgumentError(
      FN,
      'options.period',
      'is required with a dataset: the period to score, such as "2011"',
      period,
    );
  }
  const basis = options.basis ?? 'current';
  let towns: { id: string; name: string }[] = dataset.towns.map((t) => ({
    id: t.id,
    name: t.name,
  }));
  if (options.towns !== undefined) {
    if (!Array.isArray(options.towns)) {
      throw invalidArgumentError(
        FN,
        'options.towns',
        `must be a list of town ids, got ${kindOf(options.towns)}`,
      );
    }
    const byId = new Map(towns.map((t) => [t.id, t]));
    towns = options.towns.map((id) => {
      const town = byId.get(id);
      if (town === undefined)
        throw invalidArgumentError(
          FN,
          'options.towns',
          `names no town of the dataset: "${String(id)}"`,
          id,
        );
      return town;
    });
  }
  const manual = options.manual;
  if (manual !== undefined)
    requireObject(FN, 'options.manual', manual, '{ townId: { itemId: points } }');
  return {
    towns,
    period,
    town: (townId) => {
      const given = manual?.[townId];
      return {
        datum: (item) =>
          item.indicator === undefined
            ? undefined
            : datumFromDataset(dataset, townId, item.indicator, period, basis),
        manual: (item) => given?.[item.id],
      };
    },
  };
}

function manualArg(item: ScorecardItem, townId: string): string {
  return `manual points of "${item.id}" for "${townId}"`;
}

/**
 * JS numbers read as Decimals once per call (Decimals are immutable, so a value given for many
 * towns — 0.5 points — is one Decimal); the cache is emptied when it grows large.
 */
class NumberCache {
  readonly #decimals = new Map<number, Decimal>();
  readonly #scale: PointScale;
  constructor(scale: PointScale) {
    this.#scale = scale;
  }
  decimal(value: number): Decimal {
    let found = this.#decimals.get(value);
    if (found === undefined) {
      if (this.#decimals.size >= 4096) this.#decimals.clear();
      found = toDecimal(value);
      this.#decimals.set(value, found);
      this.#scale.register(found);
    }
    return found;
  }
}

function readManual(
  value: unknown,
  item: ScorecardItem,
  townId: string,
  numbers: NumberCache,
): Decimal | undefined {
  if (value === undefined || value === null) return undefined;
  let points: Decimal;
  try {
    points =
      typeof value === 'number' && Number.isFinite(value)
        ? numbers.decimal(value)
        : toDecimal(value as DecimalInput, { fn: FN, arg: manualArg(item, townId) });
  } catch (error) {
    throw validationError(
      FN,
      manualArg(item, townId),
      `must be a number of points, got ${kindOf(value)}`,
      [
        {
          townId,
          itemId: item.id,
          value: String(value),
          message: isTownIndicatorsError(error) ? error.message : String(error),
        },
      ],
    );
  }
  if (points.isNegative() || points.gt(item.points)) {
    throw validationError(
      FN,
      manualArg(item, townId),
      `must be between 0 and the item's ${item.points.toFixed()} points, got ${points.toFixed()}`,
      [
        {
          townId,
          itemId: item.id,
          value: points.toFixed(),
          message: `outside [0, ${item.points.toFixed()}]`,
        },
      ],
    );
  }
  return points;
}

/** A category with its cap, and its items' points as integers of a common scale where they allow. */
interface Compiled {
  readonly category: ScorecardCategory;
  readonly maxPoints: Decimal;
}

/**
 * Points as integers of a common scale (10^k for the most decimals any fixed points have), so that
 * a category's sum is exact integer arithmetic; other points (proportional ones) are summed as
 * Decimals. Each Decimal seen is scaled once.
 */
/** The points a scorecard fixes: items', tiers', penalties', caps', and 0. */
function fixedPoints(card: Scorecard): Decimal[] {
  const fixed: Decimal[] = [ZERO];
  for (const category of card.categories) {
    if (category.maxPoints !== undefined) fixed.push(category.maxPoints);
    for (const item of category.items) {
      fixed.push(item.points);
      const rule = item.rule;
      if (rule.type === 'tiers') for (const tier of rule.tiers) fixed.push(tier.points);
      if (rule.type === 'penalty') fixed.push(penaltyPoints(rule));
    }
  }
  return fixed;
}

class PointScale {
  readonly scale: Decimal;
  readonly places: number;
  readonly #integers = new Map<Decimal, number | undefined>();
  readonly #sums = new Map<number, Decimal>();

  constructor(card: Scorecard) {
    const fixed = fixedPoints(card);
    this.places = Math.min(Math.max(...fixed.map((points) => points.decimalPlaces())), 9);
    this.scale = new Decimal(10).pow(this.places);
    for (const points of fixed) this.register(points);
  }

  /**
   * Scales points once: the scorecard's own, and those a caller gives as numbers (manual points).
   * Points computed per town (proportional rules) are not looked for.
   */
  register(points: Decimal): void {
    if (this.#integers.has(points) || this.#integers.size >= 4096) return;
    const scaled = points.times(this.scale);
    this.#integers.set(
      points,
      scaled.isInteger() && scaled.abs().lte(1e9) ? scaled.toNumber() : undefined,
    );
  }

  /** An integer of the scale as points: read with its exponent (no division), once per value. */
  decimal(integer: number): Decimal {
    let found = this.#sums.get(integer);
    if (found === undefined) {
      found = integer === 0 ? ZERO : new Decimal(`${integer}e-${this.places}`);
      if (this.#sums.size < 4096) {
        this.#sums.set(integer, found);
        if (!this.#integers.has(found)) this.#integers.set(found, integer);
      }
    }
    return found;
  }

  /** The points as an integer of the scale, or `undefined` when they are not registered as one. */
  integer(points: Decimal): number | undefined {
    return this.#integers.get(points);
  }
}

/** A running exact sum: integers of the scale, plus any other Decimals. */
class PointSum {
  integer = 0;
  other: Decimal | undefined = undefined;
  add(points: Decimal, scale: PointScale): void {
    const scaled = scale.integer(points);
    if (scaled !== undefined) this.integer += scaled;
    else this.other = this.other === undefined ? points : this.other.plus(points);
  }
  total(scale: PointScale): Decimal {
    // An integer of the scale read with its exponent: no division.
    const integer = this.integer === 0 ? ZERO : new Decimal(`${this.integer}e-${scale.places}`);
    return this.other === undefined ? integer : integer.plus(this.other);
  }
}

function compile(card: Scorecard): readonly Compiled[] {
  return card.categories.map((category) => {
    let sum = ZERO;
    for (const item of category.items) {
      if (item.rule.type !== 'penalty') sum = sum.plus(item.points);
    }
    return { category, maxPoints: category.maxPoints ?? sum };
  });
}

function warningOf(
  townId: string,
  item: ScorecardItem,
  outcome: Outcome,
): ScoreWarning | undefined {
  if (outcome.error !== undefined) {
    const { code, message } = outcome.error;
    return Object.freeze({ townId, itemId: item.id, code, message });
  }
  if (!outcome.missing) return undefined;
  return Object.freeze({
    townId,
    itemId: item.id,
    code: 'MISSING_DATA',
    message: missingMessage(item),
  });
}

// One message per item, not one string per town that lacks it.
const missingMessages = new WeakMap<ScorecardItem, string>();

function missingMessage(item: ScorecardItem): string {
  let message = missingMessages.get(item);
  if (message === undefined) {
    message = `no datum for "${item.indicator ?? item.id}"`;
    missingMessages.set(item, message);
  }
  return message;
}

interface Scoring {
  readonly order: readonly PlacedItem[];
  readonly hasManual: boolean;
  readonly source: Source;
  readonly compiled: readonly Compiled[];
  readonly scale: PointScale;
  readonly numbers: NumberCache;
  readonly warnings: ScoreWarning[];
}

function scoreCategory(
  townId: string,
  reader: TownReader,
  { category, maxPoints }: Compiled,
  scoring: Scoring,
  inputs: DatumStore,
): CategoryScore {
  const raw = new PointSum();
  const deducted = new PointSum();
  // One context for the category's items: scoring keeps none of it.
  const ctx: { item: ScorecardItem; townId: string } = {
    item: category.items[0] as ScorecardItem,
    townId,
  };
  for (const item of category.items) {
    const isManual = item.rule.type === 'manual';
    const datum = isManual ? undefined : reader.datum(item);
    const manual = isManual
      ? readManual(reader.manual(item), item, townId, scoring.numbers)
      : undefined;
    ctx.item = item;
    const outcome = scoreItem(datum, manual, ctx);
    if (outcome.points.isNegative()) deducted.add(outcome.points, scoring.scale);
    else raw.add(outcome.points, scoring.scale);
    const warning = warningOf(townId, item, outcome);
    if (warning !== undefined) scoring.warnings.push(warning);
    inputs.keep(datum, manual);
  }
  // The cap first, then the penalties; a category never goes below 0 (DESIGN.md §11a).
  const rawPoints = raw.total(scoring.scale);
  const deduction = deducted.total(scoring.scale).neg();
  const capped = rawPoints.gt(maxPoints);
  const kept = capped ? maxPoints : rawPoints;
  let points = kept;
  if (!deduction.isZero()) points = kept.gt(deduction) ? kept.minus(deduction) : ZERO;
  return Object.freeze({
    id: category.id,
    name: category.name,
    points,
    rawPoints,
    deducted: deduction,
    maxPoints,
    capped,
  });
}

interface ScoredTown {
  readonly townId: string;
  readonly total: Decimal;
  readonly categories: readonly CategoryScore[];
  readonly inputs: DatumStore;
}

function scoreTown(townId: string, scoring: Scoring): ScoredTown {
  const inputs = new DatumStore(scoring.order, scoring.hasManual);
  const reader = scoring.source.town(townId);
  const categories = scoring.compiled.map((c) => scoreCategory(townId, reader, c, scoring, inputs));
  const sum = new PointSum();
  for (const c of categories) sum.add(c.points, scoring.scale);
  const total = sum.total(scoring.scale);
  return { townId, total, categories: Object.freeze(categories), inputs };
}

function readOptions(options: unknown): ScoreTownsOptions {
  requireOptions(FN, options);
  const o = (options ?? {}) as ScoreTownsOptions;
  if (o.missing !== undefined && o.missing !== 'zero' && o.missing !== 'error') {
    throw invalidArgumentError(
      FN,
      'options.missing',
      `must be 'zero' or 'error', got ${JSON.stringify(String(o.missing))}`,
      o.missing,
    );
  }
  if (o.locale !== undefined && o.locale !== 'zh' && o.locale !== 'en') {
    throw invalidArgumentError(
      FN,
      'options.locale',
      `must be 'zh' or 'en', got ${JSON.stringify(String(o.locale))}`,
      o.locale,
    );
  }
  return o;
}

/**
 * Scores towns against a 考核 scorecard, exactly: each item by its rule, each category capped at
 * its `maxPoints` and then reduced by its penalties (never below 0), the total against the pass
 * mark, and the towns ranked. Every item says in Chinese and English which rule applied, the
 * town's value, the points and the gap to the next tier or threshold ("还差2.3个百分点可得0.5分").
 *
 * Rules (DESIGN.md §11): threshold (all points if met), tiers (the first tier met), proportional
 * (points × min(value / full, 1), or × min(full / value, 1) lower-is-better), any (the best
 * alternative, each with its own measure), manual (points given, 0 ≤ p ≤ the item's points),
 * penalty (deducts when met). A value and a bound of one dimension compare in the bound's unit
 * (`'0.0012公顷'` against `'15平方米'` is 12 平方米); a plain number compares with a rate as a
 * fraction and with a count 1:1. `measure: 'growth'` judges current / previous − 1
 * ({@link growthRate}); from a dataset, the previous value is the one the comparison rule picks
 * ({@link compareObservation}), else the observation's stated growth.
 *
 * Source: the wording and rule types of published 考核 tables (see docs/assessment.md); points are
 * exact decimals (0.5 + 0.3 + 0.2 = 1).
 *
 * @param scorecard - a parsed {@link Scorecard}, or a scorecard file's JSON ({@link parseScorecard} reads it)
 * @param data - {@link ScoreData} by town, or a dataset (parsed or as JSON) with `options.period`
 * @param options - missing data, locale, and the dataset's period, basis, towns and manual points
 * @returns the score of every town, in the data's order, and a warning per missing datum
 * @throws TownIndicatorsError `UNIT_MISMATCH` for a value of another dimension than its rule's
 *   bound (a plain number against `'15平方米'`); `VALIDATION_ERROR` for an invalid scorecard or
 *   dataset, manual points outside [0, the item's points], or (with `missing: 'error'`) missing
 *   or unreadable data; `INVALID_ARGUMENT` for data that is not an object, or a bad option
 * @example
 * ```ts
 * const card = parseScorecard({ id: 'demo', name: '示例', categories: [{ id: 'infra', name: '基础设施', items: [
 *   { id: 'water', name: '自来水普及率', indicator: 'tap-water', points: 0.5, rule: { type: 'threshold', op: '>=', value: '95%' } },
 *   { id: 'road', name: '人均道路面积', indicator: 'road-per-capita', points: 0.5, rule: { type: 'threshold', op: '>=', value: '15平方米' } },
 * ] }] });
 * const result = scoreTowns(card, { a: { 'tap-water': '92.7%', 'road-per-capita': '0.0016公顷' } });
 * [result.towns[0]?.total.toString(), result.towns[0]?.items[0]?.explanation];
 * // => ['0.5', '自来水普及率（≥95%得0.5分）：92.7%，未达标，得0分，还差2.3个百分点可得0.5分']
 * ```
 *
 * @category Assessment
 */
export function scoreTowns(
  scorecard: Scorecard | ScorecardInput,
  data: ScoreData | Dataset,
  options: ScoreTownsOptions = {},
): ScoreTownsResult {
  const opts = readOptions(options);
  const card = readScorecard(FN, scorecard);
  requireObject(FN, 'data', data, '{ townId: { indicator: value } } or a dataset');
  const source = isDatasetLike(data)
    ? datasetSource(readDataset(FN, data), opts)
    : recordsSource(data as ScoreData);
  const locale = opts.locale ?? 'zh';
  const compiled = compile(card);
  const cardMax = compiled.reduce((sum, c) => sum.plus(c.maxPoints), ZERO);
  const warnings: ScoreWarning[] = [];
  const order = card.categories.flatMap((category) =>
    category.items.map((item) => ({ item, category })),
  );
  const hasManual = order.some(({ item }) => item.rule.type === 'manual');
  const scale = new PointScale(card);
  const numbers = new NumberCache(scale);
  const scoring: Scoring = { order, hasManual, source, compiled, scale, numbers, warnings };
  const towns = source.towns.map((town) => scoreTown(town.id, scoring));
  if (opts.missing === 'error' && warnings.length > 0) {
    const first = warnings[0] as ScoreWarning;
    throw validationError(
      FN,
      'data',
      `lacks ${warnings.length} value${warnings.length === 1 ? '' : 's'} the scorecard needs (first: town "${first.townId}", item "${first.itemId}": ${first.message})`,
      warnings,
    );
  }
  const ranks = rankPositions(towns.map((t) => t.total));
  const passMark = card.passMark;
  const scored = towns.map((t, index) =>
    townScore(
      {
        townId: t.townId,
        name: source.towns[index]?.name,
        total: t.total,
        maxPoints: cardMax,
        passed: passMark === undefined ? undefined : t.total.gte(passMark),
        rank: ranks[index] as number,
        categories: t.categories,
      },
      t.inputs,
      locale,
    ),
  );
  return Object.freeze({
    scorecard: Object.freeze({
      id: card.id,
      name: card.name,
      ...(passMark === undefined ? {} : { passMark }),
    }),
    ...(source.period === undefined ? {} : { period: source.period }),
    towns: Object.freeze(scored),
    warnings: Object.freeze(warnings),
  });
}
