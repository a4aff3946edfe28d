/**
 * The scores of towns, categories and items. Item scores are made when first read: scoring 40,000
 * towns on 50 items is two million of them, and most callers read a town's total, rank and
 * categories; a town keeps what its items were scored on and scores them again, exactly, on
 * demand.
 *
 * @module
 */

import type { TownIndicatorsError } from '../../errors.js';
import type { ScorecardCategory, ScorecardItem, ScoringRule } from '../../models/scorecard.js';
import type { ObservationValue } from '../../models/value.js';
import { Decimal } from '../../numbers/decimal.js';
import { gapOf, type ItemContext, type Outcome, scoreItem } from './evaluate.js';
import { type ExplanationLocale, explainItem } from './explain.js';
import { type Datum, type GrowthDatum, valueOfReading } from './readings.js';

const ZERO = /* @__PURE__ */ new Decimal(0);

/** The score of one item for one town. @category Assessment */
export interface ItemScore {
  readonly id: string;
  readonly categoryId: string;
  readonly name: string;
  /** The rule type. */
  readonly rule: ScoringRule['type'];
  /** The points earned (a penalty's are ≤ 0). */
  readonly points: Decimal;
  /** The most the item can earn (0 for a penalty). */
  readonly maxPoints: Decimal;
  /**
   * Whether the rule holds: a threshold met, a tier reached, any alternative met, the full value
   * of a proportional rule reached, manual points given above 0, a penalty triggered.
   */
  readonly met: boolean;
  /** The town had no datum for the item. */
  readonly missing: boolean;
  /** The value judged (for `measure: 'growth'`, the growth as a rate). */
  readonly value?: ObservationValue;
  /**
   * How far the value is from the next better tier or the threshold (or the full value of a
   * proportional rule), in the rule's unit; a rate's gap in percentage points (`gapUnit: '%'`).
   */
  readonly gap?: Decimal;
  /** The unit of `gap`: the rule's unit name, `'%'` for percentage points, none for a number. */
  readonly gapUnit?: string;
  /** The points the next better tier or the threshold gives. */
  readonly gapPoints?: Decimal;
  /** Why the datum could not be read (the item then scores 0). */
  readonly error?: TownIndicatorsError;
  /** The explanation in the chosen locale. */
  readonly explanation: string;
  readonly explanationZh: string;
  readonly explanationEn: string;
}

/** The score of one category for one town. @category Assessment */
export interface CategoryScore {
  readonly id: string;
  readonly name: string;
  /** min(raw, maxPoints) − penalties, never below 0. */
  readonly points: Decimal;
  /** The sum of the non-penalty items' points, before the cap. */
  readonly rawPoints: Decimal;
  /** The points deducted by penalty items (≥ 0). */
  readonly deducted: Decimal;
  readonly maxPoints: Decimal;
  /** rawPoints > maxPoints (equal is not capped). */
  readonly capped: boolean;
}

/** The score of one town. @category Assessment */
export interface TownScore {
  readonly townId: string;
  /** The town's name, when the data is a dataset. */
  readonly name?: string;
  readonly total: Decimal;
  /** The sum of the categories' maxPoints. */
  readonly maxPoints: Decimal;
  /** total ≥ passMark, when the scorecard has a pass mark. */
  readonly passed?: boolean;
  /** 1 for the highest total; ties share the smallest rank (1, 2, 2, 4). */
  readonly rank: number;
  readonly categories: readonly CategoryScore[];
  readonly items: readonly ItemScore[];
}

/** What an item was scored on. @internal */
export interface ScoredInput {
  readonly item: ScorecardItem;
  readonly category: ScorecardCategory;
  readonly townId: string;
  readonly datum: Datum;
  readonly manual: Decimal | undefined;
}

/** An item of the scorecard with its category, in the scorecard's order. @internal */
export interface PlacedItem {
  readonly item: ScorecardItem;
  readonly category: ScorecardCategory;
}

/**
 * What a town's items were scored on, by position in the scorecard's item order: the data read
 * and the manual points given. Numbers are kept unboxed (a town's numbers are one typed array,
 * not one heap object each: 40,000 towns have millions of them).
 *
 * @internal
 */
export class DatumStore {
  readonly order: readonly PlacedItem[];
  readonly #numbers: Float64Array;
  /** The previous values of number pairs (growth data), made for the first pair. */
  #previous: Float64Array | undefined;
  readonly #others: Datum[];
  readonly #manuals: (Decimal | undefined)[] | undefined;
  #size = 0;

  constructor(order: readonly PlacedItem[], hasManual: boolean) {
    this.order = order;
    this.#numbers = new Float64Array(order.length);
    this.#others = [];
    this.#manuals = hasManual ? [] : undefined;
  }

  /** Keeps the next item's datum and manual points. */
  keep(datum: Datum, manual: Decimal | undefined): void {
    const index = this.#size;
    this.#size += 1;
    if (typeof datum === 'number') this.#numbers[index] = datum;
    else if (isNumberPair(datum)) {
      // A pair of numbers is kept as two numbers, not as an object per town and item.
      this.#previous ??= new Float64Array(this.order.length).fill(Number.NaN);
      this.#numbers[index] = datum.current;
      this.#previous[index] = datum.previous;
    } else {
      this.#numbers[index] = Number.NaN; // a datum number is finite: NaN marks "see others"
      this.#others[index] = datum;
    }
    if (this.#manuals !== undefined) this.#manuals[index] = manual;
  }

  datum(index: number): Datum {
    const number = this.#numbers[index] as number;
    if (Number.isNaN(number)) return this.#others[index];
    const previous = this.#previous?.[index];
    if (previous === undefined || Number.isNaN(previous)) return number;
    return { type: 'growth', current: number, previous, growth: undefined };
  }

  manual(index: number): Decimal | undefined {
    return this.#manuals?.[index];
  }
}

function isNumberPair(datum: Datum): datum is GrowthDatum & { current: number; previous: number } {
  return (
    typeof datum === 'object' &&
    'type' in datum &&
    datum.type === 'growth' &&
    typeof datum.current === 'number' &&
    typeof datum.previous === 'number' &&
    datum.growth === undefined
  );
}

/**
 * An item score: a class so that its explanations, written when read, come from private fields
 * that neither `JSON.stringify` nor equality checks see; `toJSON` writes them out.
 */
class ScoredItem implements ItemScore {
  readonly id: string;
  readonly categoryId: string;
  readonly name: string;
  readonly rule: ScoringRule['type'];
  readonly points: Decimal;
  readonly maxPoints: Decimal;
  readonly met: boolean;
  readonly missing: boolean;
  readonly value?: ObservationValue;
  readonly gap?: Decimal;
  readonly gapUnit?: string;
  readonly gapPoints?: Decimal;
  readonly error?: TownIndicatorsError;
  readonly #ctx: ItemContext;
  readonly #outcome: Outcome;
  readonly #locale: ExplanationLocale;

  constructor(input: ScoredInput, locale: ExplanationLocale) {
    const { item, category } = input;
    const ctx: ItemContext = { item, townId: input.townId };
    const outcome = scoreItem(input.datum, input.manual, ctx);
    this.id = item.id;
    this.categoryId = category.id;
    this.name = item.name;
    this.rule = item.rule.type;
    this.points = outcome.points;
    this.maxPoints = item.rule.type === 'penalty' ? ZERO : item.points;
    this.met = outcome.met;
    this.missing = outcome.missing;
    if (outcome.reading !== undefined) this.value = valueOfReading(outcome.reading);
    const gap = gapOf(outcome, ctx);
    if (gap !== undefined) {
      this.gap = gap.amount;
      if (gap.unit !== undefined) this.gapUnit = gap.unit;
      this.gapPoints = gap.points;
    }
    if (outcome.error !== undefined) this.error = outcome.error;
    this.#ctx = ctx;
    this.#outcome = outcome;
    this.#locale = locale;
    Object.freeze(this);
  }

  get explanationZh(): string {
    return explainItem(this.#ctx, this.#outcome, 'zh');
  }

  get explanationEn(): string {
    return explainItem(this.#ctx, this.#outcome, 'en');
  }

  get explanation(): string {
    return explainItem(this.#ctx, this.#outcome, this.#locale);
  }

  toJSON(): Record<string, unknown> {
    return {
      ...(this as object),
      explanation: this.explanation,
      explanationZh: this.explanationZh,
      explanationEn: this.explanationEn,
    };
  }
}

/** The fields of a town score known when it is scored. @internal */
export interface TownTotals {
  readonly townId: string;
  readonly name: string | undefined;
  readonly total: Decimal;
  readonly maxPoints: Decimal;
  readonly passed: boolean | undefined;
  readonly rank: number;
  readonly categories: readonly CategoryScore[];
}

/** A town score whose items are made when first read. */
class ScoredTown implements TownScore {
  readonly townId: string;
  readonly name?: string;
  readonly total: Decimal;
  readonly maxPoints: Decimal;
  readonly passed?: boolean;
  readonly rank: number;
  readonly categories: readonly CategoryScore[];
  readonly #inputs: DatumStore;
  readonly #locale: ExplanationLocale;
  #items: readonly ItemScore[] | undefined;

  constructor(totals: TownTotals, inputs: DatumStore, locale: ExplanationLocale) {
    this.townId = totals.townId;
    if (totals.name !== undefined) this.name = totals.name;
    this.total = totals.total;
    this.maxPoints = totals.maxPoints;
    if (totals.passed !== undefined) this.passed = totals.passed;
    this.rank = totals.rank;
    this.categories = totals.categories;
    this.#inputs = inputs;
    this.#locale = locale;
    Object.freeze(this);
  }

  get items(): readonly ItemScore[] {
    const inputs = this.#inputs;
    const townId = this.townId;
    this.#items ??= Object.freeze(
      inputs.order.map(
        ({ item, category }, index) =>
          new ScoredItem(
            { item, category, townId, datum: inputs.datum(index), manual: inputs.manual(index) },
            this.#locale,
          ),
      ),
    );
    return this.#items;
  }

  toJSON(): Record<string, unknown> {
    return { ...(this as object), items: this.items };
  }
}

/**
 * Makes the score of a town, its items to be scored when read.
 *
 * @internal
 */
export function townScore(
  totals: TownTotals,
  inputs: DatumStore,
  locale: ExplanationLocale,
): TownScore {
  return new ScoredTown(totals, inputs, locale);
}
