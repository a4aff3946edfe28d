/**
 * 考核 scorecards as data: categories of items, each with points and a scoring rule (DESIGN.md §11).
 *
 * @module
 */

import * as z from 'zod/mini';
import { Decimal, isDecimal } from '../numbers/decimal.js';
import { type DecimalFieldInput, DecimalSchema } from './amounts.js';
import { IdSchema } from './fields.js';
import { getIndicator } from './indicators.js';
import { addModelIssue, type IssueSink } from './issueSink.js';
import { parseWith, type SafeParseResult, safeParseWith } from './issues.js';
import {
  fitsDimension,
  type ObservationValue,
  type ObservationValueInput,
  ObservationValueSchema,
  observationValueDimension,
  valueNumber,
} from './value.js';

/**
 * A comparison of a town's value with a rule's bound: `'>='` 达到 / 以上, `'>'` 超过,
 * `'<='` 不超过 / 以内, `'<'` 低于 / 不足.
 *
 * @example
 * ```ts
 * const rule = parseScorecard({ id: 's', name: 's', categories: [{ id: 'c', name: 'c', items: [
 *   { id: 'water', name: '自来水普及率', indicator: 'tap-water', points: 0.5, rule: { type: 'threshold', op: '>=', value: '95%' } },
 * ] }] }).categories[0]?.items[0]?.rule;
 * rule?.type === 'threshold' ? [rule.op, rule.value.kind] : [];
 * // => ['>=', 'rate']
 * ```
 *
 * @category Assessment
 */
export type ComparisonOp = '>=' | '>' | '<=' | '<';

/**
 * What an item judges: the town's value of the period (`'value'`, the default), or its growth
 * over the previous period (`'growth'`, 较上年增长: current / previous − 1).
 *
 * @example
 * ```ts
 * const measure: ScoringMeasure = 'growth';
 * measure;
 * // => 'growth'
 * ```
 *
 * @category Assessment
 */
export type ScoringMeasure = 'value' | 'growth';

/** Whether a larger value is better (`'higher-is-better'`) or a smaller one. @category Assessment */
export type ScoringDirection = 'higher-is-better' | 'lower-is-better';

/** All points when the value meets the bound, else none: "自来水普及率达95%以上，得0.5分". @category Assessment */
export interface ThresholdRule {
  readonly type: 'threshold';
  readonly op: ComparisonOp;
  /** The bound: a rate (`'95%'`), a quantity in any unit of the indicator (`'15平方米'`) or a number. */
  readonly value: ObservationValue;
  /** Within an `any` rule: what this alternative judges (default: the item's measure). */
  readonly measure?: ScoringMeasure;
}

/** One tier of a {@link TiersRule}. @category Assessment */
export interface ScoringTier {
  readonly op: ComparisonOp;
  readonly value: ObservationValue;
  /** The points of this tier (at most the item's points). */
  readonly points: Decimal;
}

/**
 * The points of the first tier met, best first; none met → 0: "15分钟内得0.5分，15—30分钟得0.3分".
 *
 * @category Assessment
 */
export interface TiersRule {
  readonly type: 'tiers';
  readonly tiers: readonly ScoringTier[];
  readonly measure?: ScoringMeasure;
}

/**
 * Points × min(value / full, 1) (higher is better), or × min(full / value, 1) (lower is better).
 *
 * @category Assessment
 */
export interface ProportionalRule {
  readonly type: 'proportional';
  /** The value that earns all the points. */
  readonly full: ObservationValue;
  readonly direction?: ScoringDirection;
  readonly measure?: ScoringMeasure;
}

/**
 * The best of several alternatives: "污水处理率达70%或考核年较上年度增长10%得0.5分".
 *
 * @category Assessment
 */
export interface AnyRule {
  readonly type: 'any';
  readonly rules: readonly (ThresholdRule | TiersRule | ProportionalRule | AnyRule)[];
}

/** Points given by an assessor (视情况酌情给分), at most the item's points. @category Assessment */
export interface ManualRule {
  readonly type: 'manual';
}

/** Deducts its points when the condition holds: "人口净流出的扣0.5分". @category Assessment */
export interface PenaltyRule {
  readonly type: 'penalty';
  readonly op: ComparisonOp;
  readonly value: ObservationValue;
  /** The points deducted (a sign is ignored: 0.5 and −0.5 both deduct 0.5). */
  readonly points: Decimal;
  readonly measure?: ScoringMeasure;
}

/**
 * How an item is scored: one of the six rule types of DESIGN.md §11.
 *
 * @example
 * ```ts
 * const rule = parseScorecard({ id: 's', name: 's', categories: [{ id: 'c', name: 'c', items: [
 *   { id: 'hub', name: '到达交通枢纽', indicator: 'hub-minutes', points: 0.5, rule: { type: 'tiers', tiers: [
 *     { op: '<=', value: 15, points: 0.5 }, { op: '<=', value: 30, points: 0.3 }] } },
 * ] }] }).categories[0]?.items[0]?.rule as ScoringRule;
 * rule.type;
 * // => 'tiers'
 * ```
 *
 * @category Assessment
 */
export type ScoringRule =
  | ThresholdRule
  | TiersRule
  | ProportionalRule
  | AnyRule
  | ManualRule
  | PenaltyRule;

/** An item of a scorecard, parsed. @category Assessment */
export interface ScorecardItem {
  /** Unique within the scorecard; the key of a manual item's points in the data. */
  readonly id: string;
  readonly name: string;
  /** The indicator the data gives for the item; without one the data is keyed by the item's id. */
  readonly indicator?: string;
  /** What the rule judges (default `'value'`). */
  readonly measure?: ScoringMeasure;
  /** The item's points (分值); for a penalty item, not counted in the category's maximum. */
  readonly points: Decimal;
  readonly rule: ScoringRule;
  /** The scoring standard as the table prints it (评分标准). */
  readonly description?: string;
}

/** A category of a scorecard (考核内容), parsed. @category Assessment */
export interface ScorecardCategory {
  readonly id: string;
  readonly name: string;
  /** The cap (累计超过1分的为1分); default: the sum of its non-penalty items' points. */
  readonly maxPoints?: Decimal;
  readonly items: readonly ScorecardItem[];
}

/** Where a scorecard comes from. @category Assessment */
export interface ScorecardSource {
  readonly title?: string;
  readonly url?: string;
  readonly note?: string;
}

/**
 * A 考核 table, parsed by {@link parseScorecard}: points are {@link Decimal}s, bounds are
 * observation values (`'95%'` a rate, `'15平方米'` a quantity). `JSON.stringify` writes a file
 * that parses back to an equal scorecard.
 *
 * @example
 * ```ts
 * const card: Scorecard = parseScorecard({ id: 'demo', name: '示例', passMark: 0.5, categories: [{ id: 'c', name: '基础设施', items: [
 *   { id: 'water', name: '自来水普及率', indicator: 'tap-water', points: '0.5', rule: { type: 'threshold', op: '>=', value: '95%' } },
 * ] }] });
 * JSON.parse(JSON.stringify(card)).categories[0].items[0].rule.value;
 * // => '95%'
 * ```
 *
 * @category Assessment
 */
export interface Scorecard {
  readonly id: string;
  readonly name: string;
  /** The pass mark (合格线): a town passes with total ≥ passMark. */
  readonly passMark?: Decimal;
  readonly source?: ScorecardSource;
  readonly categories: readonly ScorecardCategory[];
}

/** A rule as a scorecard file writes it. @category Assessment */
export type ScoringRuleInput =
  | {
      readonly type: 'threshold';
      readonly op: ComparisonOp;
      readonly value: ObservationValueInput;
      readonly measure?: ScoringMeasure;
    }
  | {
      readonly type: 'tiers';
      readonly tiers: readonly {
        readonly op: ComparisonOp;
        readonly value: ObservationValueInput;
        readonly points: DecimalFieldInput;
      }[];
      readonly measure?: ScoringMeasure;
    }
  | {
      readonly type: 'proportional';
      readonly full: ObservationValueInput;
      readonly direction?: ScoringDirection;
      readonly measure?: ScoringMeasure;
    }
  | { readonly type: 'any'; readonly rules: readonly ScoringRuleInput[] }
  | { readonly type: 'manual' }
  | {
      readonly type: 'penalty';
      readonly op: ComparisonOp;
      readonly value: ObservationValueInput;
      readonly points: DecimalFieldInput;
      readonly measure?: ScoringMeasure;
    };

/** What {@link parseScorecard} accepts: a scorecard file after `JSON.parse`. @category Assessment */
export interface ScorecardInput {
  readonly $schema?: string;
  readonly id: string;
  readonly name: string;
  readonly passMark?: DecimalFieldInput;
  readonly source?: ScorecardSource;
  readonly categories: readonly {
    readonly id: string;
    readonly name: string;
    readonly maxPoints?: DecimalFieldInput;
    readonly items: readonly {
      readonly id: string;
      readonly name: string;
      readonly indicator?: string;
      readonly measure?: ScoringMeasure;
      readonly points: DecimalFieldInput;
      readonly rule: ScoringRuleInput;
      readonly description?: string;
    }[];
  }[];
}

const OpSchema = /* @__PURE__ */ z.enum(['>=', '>', '<=', '<'], {
  error: "expected an operator: '>=', '>', '<=' or '<'",
});
const MeasureSchema = /* @__PURE__ */ z.enum(['value', 'growth'], {
  error: "expected a measure: 'value' or 'growth'",
});
const DirectionSchema = /* @__PURE__ */ z.enum(['higher-is-better', 'lower-is-better'], {
  error: "expected a direction: 'higher-is-better' or 'lower-is-better'",
});
const TextSchema = /* @__PURE__ */ z
  .string({ error: 'expected text' })
  .check(z.minLength(1, { error: 'expected non-empty text' }));

const ThresholdSchema = /* @__PURE__ */ z.strictObject({
  type: z.literal('threshold'),
  op: OpSchema,
  value: ObservationValueSchema,
  measure: z.optional(MeasureSchema),
});

const TiersSchema = /* @__PURE__ */ z.strictObject({
  type: z.literal('tiers'),
  tiers: z
    .array(z.strictObject({ op: OpSchema, value: ObservationValueSchema, points: DecimalSchema }))
    .check(z.minLength(1, { error: 'a tiers rule needs at least one tier' })),
  measure: z.optional(MeasureSchema),
});

const ProportionalSchema = /* @__PURE__ */ z.strictObject({
  type: z.literal('proportional'),
  full: ObservationValueSchema,
  direction: z.optional(DirectionSchema),
  measure: z.optional(MeasureSchema),
});

const ManualSchema = /* @__PURE__ */ z.strictObject({ type: z.literal('manual') });

const PenaltySchema = /* @__PURE__ */ z.strictObject({
  type: z.literal('penalty'),
  op: OpSchema,
  value: ObservationValueSchema,
  points: DecimalSchema,
  measure: z.optional(MeasureSchema),
});

const RULE_TYPES = "'threshold', 'tiers', 'proportional', 'any', 'manual' or 'penalty'";

const AnySchema: z.ZodMiniType<AnyRule, unknown> = /* @__PURE__ */ z.strictObject({
  type: z.literal('any'),
  get rules() {
    return z
      .array(AlternativeSchema)
      .check(z.minLength(1, { error: 'an any rule needs at least one alternative' }));
  },
}) as unknown as z.ZodMiniType<AnyRule, unknown>;

const AlternativeSchema: z.ZodMiniType<AnyRule['rules'][number], unknown> =
  /* @__PURE__ */ z.discriminatedUnion(
    'type',
    [ThresholdSchema, TiersSchema, ProportionalSchema, AnySchema as never],
    {
      error: "expected an alternative of type 'threshold', 'tiers', 'proportional' or 'any'",
    },
  ) as unknown as z.ZodMiniType<AnyRule['rules'][number], unknown>;

const RuleSchema: z.ZodMiniType<ScoringRule, unknown> = /* @__PURE__ */ z.discriminatedUnion(
  'type',
  [
    ThresholdSchema,
    TiersSchema,
    ProportionalSchema,
    AnySchema as never,
    ManualSchema,
    PenaltySchema,
  ],
  { error: `expected a rule of type ${RULE_TYPES}` },
) as unknown as z.ZodMiniType<ScoringRule, unknown>;

const ItemSchema = /* @__PURE__ */ z.strictObject({
  id: IdSchema,
  name: TextSchema,
  indicator: z.optional(IdSchema),
  measure: z.optional(MeasureSchema),
  points: DecimalSchema,
  rule: RuleSchema,
  description: z.optional(z.string({ error: 'expected text' })),
});

const CategorySchema = /* @__PURE__ */ z.strictObject({
  id: IdSchema,
  name: TextSchema,
  maxPoints: z.optional(DecimalSchema),
  items: z.array(ItemSchema).check(z.minLength(1, { error: 'a category needs at least one item' })),
});

const SourceSchema = /* @__PURE__ */ z.strictObject({
  title: z.optional(z.string({ error: 'expected text' })),
  url: z.optional(z.string({ error: 'expected text' })),
  note: z.optional(z.string({ error: 'expected text' })),
});

type Path = readonly PropertyKey[];

const UP: ReadonlySet<ComparisonOp> = new Set(['>=', '>']);
const ZERO_POINTS = /* @__PURE__ */ new Decimal(0);

function isPenalty(item: ScorecardItem): boolean {
  return item.rule.type === 'penalty';
}

function compareOrder(a: ObservationValue, b: ObservationValue): number | undefined {
  const x = a.kind === 'quantity' ? a.quantity : undefined;
  const y = b.kind === 'quantity' ? b.quantity : undefined;
  if (x !== undefined && y !== undefined) {
    if (x.unit.base !== y.unit.base) return undefined;
    return x.value.times(x.unit.factor).cmp(y.value.times(y.unit.factor));
  }
  if (x !== undefined || y !== undefined) return undefined;
  return valueNumber(a).cmp(valueNumber(b));
}

function checkTiers(rule: TiersRule, item: ScorecardItem, ctx: IssueSink, path: Path): void {
  const up = UP.has(rule.tiers[0]?.op ?? '>=');
  rule.tiers.forEach((tier, index) => {
    const at = [...path, 'tiers', index];
    if (UP.has(tier.op) !== up) {
      addModelIssue(
        ctx,
        'tiers_out_of_order',
        `tier ${index + 1} compares ${tier.op}, the first tier ${up ? "'>=' or '>'" : "'<=' or '<'"}: tiers run one way`,
        [...at, 'op'],
      );
    }
    if (tier.points.isNegative() || tier.points.gt(item.points)) {
      addModelIssue(
        ctx,
        'invalid_points',
        `a tier's points must be between 0 and the item's ${item.points.toString()}, got ${tier.points.toString()}`,
        [...at, 'points'],
      );
    }
    const before = rule.tiers[index - 1];
    if (before === undefined) return;
    const order = compareOrder(before.value, tier.value);
    if (order === undefined) {
      addModelIssue(
        ctx,
        'dimension_mismatch',
        `tier ${index + 1} is not of the dimension of tier 1`,
        [...at, 'value'],
      );
      return;
    }
    // Best first: a '>=' ladder falls (≥95% before ≥90%), a '<=' ladder rises (≤15 before ≤30),
    // and each later tier gives fewer points.
    const ordered = up ? order > 0 : order < 0;
    if (!ordered || !tier.points.lt(before.points)) {
      addModelIssue(
        ctx,
        'tiers_out_of_order',
        `tiers must go from the best to the worst: tier ${index + 1} (${tier.op} ${formatBound(tier.value)}, ${tier.points.toString()} points) does not come after tier ${index} (${before.op} ${formatBound(before.value)}, ${before.points.toString()} points)`,
        at,
      );
    }
  });
}

function formatBound(value: ObservationValue): string {
  return JSON.stringify(value).replace(/^"|"$/g, '');
}

function boundsOf(rule: ScoringRule): readonly [ObservationValue, PropertyKey[]][] {
  switch (rule.type) {
    case 'threshold':
    case 'penalty':
      return [[rule.value, ['value']]];
    case 'tiers':
      return rule.tiers.map((tier, index) => [tier.value, ['tiers', index, 'value']]);
    case 'proportional':
      return [[rule.full, ['full']]];
    default:
      return [];
  }
}

function checkBounds(
  rule: ScoringRule,
  item: ScorecardItem,
  measure: ScoringMeasure,
  ctx: IssueSink,
  path: Path,
): void {
  const indicator = item.indicator === undefined ? undefined : getIndicator(item.indicator);
  for (const [bound, at] of boundsOf(rule)) {
    const dimension = observationValueDimension(bound);
    if (measure === 'growth') {
      if (dimension !== 'rate' && dimension !== 'number') {
        addModelIssue(
          ctx,
          'dimension_mismatch',
          `a growth is a rate ('10%'), got ${formatBound(bound)}`,
          [...path, ...at],
        );
      }
    } else if (
      indicator !== undefined &&
      !fitsDimension(bound, indicator.dimension) &&
      !(dimension === 'number' && indicator.dimension === 'rate')
    ) {
      addModelIssue(
        ctx,
        'dimension_mismatch',
        `indicator "${indicator.code}" is ${indicator.dimension}, the bound ${formatBound(bound)} is ${dimension}`,
        [...path, ...at],
      );
    }
  }
}

function checkRule(
  rule: ScoringRule,
  item: ScorecardItem,
  measure: ScoringMeasure,
  ctx: IssueSink,
  path: Path,
): void {
  const own = 'measure' in rule && rule.measure !== undefined ? rule.measure : measure;
  checkBounds(rule, item, own, ctx, path);
  if (rule.type === 'tiers') checkTiers(rule, item, ctx, path);
  if (rule.type === 'any') {
    rule.rules.forEach((inner, index) => {
      checkRule(inner, item, measure, ctx, [...path, 'rules', index]);
    });
  }
  if (rule.type === 'proportional') {
    const full = rule.full;
    const number = valueNumber(full);
    if (!number.isPositive() || number.isZero()) {
      addModelIssue(
        ctx,
        'invalid_rule',
        `the full value of a proportional rule is positive, got ${formatBound(full)}`,
        [...path, 'full'],
      );
    }
  }
  if (rule.type === 'penalty' && rule.points.isZero()) {
    addModelIssue(ctx, 'invalid_points', 'a penalty deducts some points, got 0', [
      ...path,
      'points',
    ]);
  }
}

function positivePoints(category: ScorecardCategory): Decimal | undefined {
  let sum: Decimal | undefined;
  for (const item of category.items) {
    if (!isPenalty(item)) sum = sum === undefined ? item.points : sum.plus(item.points);
  }
  return sum;
}

function checkCategory(category: ScorecardCategory, ctx: IssueSink, path: Path): void {
  category.items.forEach((item, index) => {
    const at = [...path, 'items', index];
    if (!isPenalty(item) && item.points.isNegative()) {
      addModelIssue(
        ctx,
        'invalid_points',
        `an item's points are not negative (deductions are penalty rules), got ${item.points.toString()}`,
        [...at, 'points'],
      );
    }
    if (item.rule.type === 'manual' && item.measure === 'growth') {
      addModelIssue(ctx, 'invalid_rule', 'a manual item has no measure: its points are given', [
        ...at,
        'measure',
      ]);
    }
    checkRule(item.rule, item, item.measure ?? 'value', ctx, [...at, 'rule']);
  });
  const reachable = positivePoints(category);
  const max = category.maxPoints;
  if (max === undefined) return;
  if (max.isNegative()) {
    addModelIssue(
      ctx,
      'invalid_points',
      `a category's maxPoints is not negative, got ${max.toString()}`,
      [...path, 'maxPoints'],
    );
  } else if ((reachable ?? ZERO_POINTS).isZero() !== max.isZero()) {
    // A cap over items that score nothing, or a cap of 0 over items that score: either way the
    // category's items can exceed nothing. (A cap above the items' sum is allowed: it never binds.)
    addModelIssue(
      ctx,
      'unreachable_points',
      max.isZero()
        ? `maxPoints 0 leaves nothing of the ${reachable?.toString() ?? '0'} points its items give`
        : `maxPoints ${max.toString()}, but the category's items can score nothing (only penalties or 0 points)`,
      [...path, 'maxPoints'],
    );
  }
}

function checkScorecard(card: Scorecard, ctx: IssueSink): void {
  const categoryIds = new Map<string, number>();
  const itemIds = new Map<string, string>();
  card.categories.forEach((category, index) => {
    const path = ['categories', index];
    if (categoryIds.has(category.id)) {
      addModelIssue(
        ctx,
        'duplicate_id',
        `category id "${category.id}" is also category ${(categoryIds.get(category.id) ?? 0) + 1}'s`,
        [...path, 'id'],
      );
    } else categoryIds.set(category.id, index);
    category.items.forEach((item, at) => {
      const where = `categories[${index}].items[${at}]`;
      const first = itemIds.get(item.id);
      if (first !== undefined) {
        addModelIssue(ctx, 'duplicate_id', `item id "${item.id}" is also the id of ${first}`, [
          ...path,
          'items',
          at,
          'id',
        ]);
      } else itemIds.set(item.id, where);
    });
    checkCategory(category, ctx, path);
  });
  if (card.passMark !== undefined) {
    if (card.passMark.isNegative()) {
      addModelIssue(
        ctx,
        'invalid_points',
        `passMark is not negative, got ${card.passMark.toString()}`,
        ['passMark'],
      );
    }
  }
}

/**
 * The schema of a scorecard file (考核 table): `{ id, name, passMark?, source?, categories: [{ id,
 * name, maxPoints?, items: [{ id, name, indicator?, measure?, points, rule, description? }] }] }`.
 * Points are decimals (`0.5` or `'0.5'`), bounds are report text (`'95%'`, `'15平方米'`) or
 * numbers. Beyond the shapes it checks that ids are unique, tiers run from the best to the worst
 * with falling points, bounds fit the indicator's dimension (a growth bound is a rate), no category
 * is one whose items can exceed nothing (a cap of 0, a cap over penalties only), and points are not
 * negative; every issue is reported by JSONPath.
 *
 * @example
 * ```ts
 * const result = ScorecardSchema.safeParse({ id: 's', name: 's', categories: [] });
 * result.success;
 * // => true
 * ```
 *
 * @category Assessment
 */
export const ScorecardSchema: z.ZodMiniType<Scorecard, ScorecardInput> = /* @__PURE__ */ z
  .strictObject({
    $schema: z.optional(z.string({ error: 'expected text' })),
    id: IdSchema,
    name: TextSchema,
    passMark: z.optional(DecimalSchema),
    source: z.optional(SourceSchema),
    categories: z.array(CategorySchema),
  })
  .check(
    z.superRefine((card, ctx) => {
      checkScorecard(card as unknown as Scorecard, ctx);
    }),
  )
  .check(
    z.overwrite((card) => {
      const { $schema: _ignored, ...rest } = card;
      const frozen = deepFreeze(rest);
      parsed ??= new WeakSet();
      parsed.add(frozen);
      return frozen as typeof card;
    }),
  ) as unknown as z.ZodMiniType<Scorecard, ScorecardInput>;

let parsed: WeakSet<object> | undefined;

/**
 * Whether a value is a scorecard {@link parseScorecard} returned (so it need not be read again).
 *
 * @internal
 */
export function isParsedScorecard(value: unknown): value is Scorecard {
  return typeof value === 'object' && value !== null && parsed?.has(value) === true;
}

/**
 * A scorecard argument of another function: a parsed scorecard as it is, a scorecard file's JSON
 * parsed, anything else a `VALIDATION_ERROR` that names that function (`scoreTowns: scorecard is
 * invalid …`).
 *
 * @internal
 */
export function readScorecard(fn: string, value: unknown): Scorecard {
  if (isParsedScorecard(value)) return value;
  const result = safeParseWith(ScorecardSchema, value, fn, 'scorecard');
  if (result.success) return result.data;
  throw result.error;
}

function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value) || isDecimal(value))
    return value;
  for (const inner of Object.values(value)) deepFreeze(inner);
  return Object.freeze(value);
}

/**
 * Reads a scorecard file (after `JSON.parse`) into a {@link Scorecard}, checking every rule.
 *
 * @param input - the parsed JSON of a scorecard file, or an object built in code
 * @returns the scorecard, frozen
 * @throws TownIndicatorsError `VALIDATION_ERROR` listing every issue (`details.issues`, each with its
 *   JSONPath: an unknown rule type, tiers out of order, points that are not numbers …)
 * @example
 * ```ts
 * let issues: readonly ValidationIssue[] = [];
 * try {
 *   parseScorecard({ id: 's', name: 's', categories: [{ id: 'c', name: 'c', items: [
 *     { id: 'x', name: 'x', points: 'half', rule: { type: 'guess' } }] }] });
 * } catch (error) {
 *   issues = getValidationIssues(error);
 * }
 * issues.map((issue) => issue.path);
 * // => ['$.categories[0].items[0].points', '$.categories[0].items[0].rule.type']
 * ```
 *
 * @category Assessment
 */
export function parseScorecard(input: unknown): Scorecard {
  return parseWith(ScorecardSchema, input, 'parseScorecard');
}

/**
 * Like {@link parseScorecard}, but returns the `VALIDATION_ERROR` instead of throwing it.
 *
 * @param input - the parsed JSON of a scorecard file
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * const result = safeParseScorecard({ id: 's', name: 's', categories: [{ id: 'c', name: 'c', items: [
 *   { id: 'hub', name: 'hub', points: 0.5, rule: { type: 'tiers', tiers: [{ op: '<=', value: 30, points: 0.3 }, { op: '<=', value: 15, points: 0.5 }] } }] }] });
 * result.success ? [] : getValidationIssues(result.error).map((issue) => issue.code);
 * // => ['tiers_out_of_order']
 * ```
 *
 * @category Assessment
 */
export function safeParseScorecard(input: unknown): SafeParseResult<Scorecard> {
  return safeParseWith(ScorecardSchema, input, 'parseScorecard');
}
