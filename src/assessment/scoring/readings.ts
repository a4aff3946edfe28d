/**
 * The data a scorecard item reads: a town's value, or its previous and current values for a
 * growth, from plain records or from a dataset (by the dataset layer's comparison rule).
 *
 * @module
 */

import { growthRate } from '../../calculators/growth/growthRate.js';
import { comparisonOf, observationAt } from '../../dataset/compareObservation.js';
import { isTownIndicatorsError, type TownIndicatorsError, validationError } from '../../errors.js';
import type { Dataset } from '../../models/dataset.js';
import type { PriceBasis } from '../../models/observation.js';
import type { ScoringMeasure } from '../../models/scorecard.js';
import {
  type ObservationValue,
  type ObservationValueInput,
  ObservationValueSchema,
  valueNumber,
} from '../../models/value.js';
import { type Decimal, isDecimal, toDecimal } from '../../numbers/decimal.js';
import { isQuantity, type Quantity } from '../../units/quantity.js';

/**
 * A town's datum for one item as the caller gives it: a value (report text, a number, a
 * Quantity, `{ value, unit }`), or `{ previous?, current?, growth? }` for a growth (较上年增长),
 * or `null` / `undefined` when the town has none.
 *
 * @category Assessment
 */
export type ScoreDatum =
  | ObservationValueInput
  | {
      readonly previous?: ObservationValueInput | null;
      readonly current?: ObservationValueInput | null;
      /** A stated growth (`'12%'`), used when the previous value is not given. */
      readonly growth?: string | number | Decimal | null;
    }
  | null
  | undefined;

/** The values of a growth datum. @internal */
export interface GrowthDatum {
  readonly type: 'growth';
  readonly current: number | Value | undefined;
  readonly previous: number | Value | undefined;
  /** A stated growth, used when there is no previous value to recompute it from. */
  readonly growth: Decimal | undefined;
}

/** A datum that could not be read. @internal */
export interface DatumError {
  readonly type: 'error';
  readonly error: TownIndicatorsError;
}

/**
 * A datum read: a finite JS number as given (it becomes a Decimal only when a rule needs one), a
 * value, a growth datum, an error, or `undefined` for none.
 *
 * @internal
 */
export type Datum = number | Value | GrowthDatum | DatumError | undefined;

/**
 * A value read: a Quantity as the caller gave it (not wrapped: 40,000 towns give millions), or an
 * observation value.
 *
 * @internal
 */
export type Value = ObservationValue | Quantity;

/**
 * A growth of two positive JS numbers, not yet divided: its order against a bound is decided in
 * floating point when the margin is clear, and exactly otherwise ({@link pairGrowth}).
 *
 * @internal
 */
export interface GrowthPair extends GrowthDatum {
  readonly previous: number;
  readonly current: number;
}

/** What a rule judges: a JS number as given, a value, a growth pair, nothing, or an error. @internal */
export type Judged = number | Value | GrowthPair;

/** What a rule judges, or why it cannot. @internal */
export type Reading = Judged | typeof MISSING | DatumError;

/** No datum to judge. @internal */
export const MISSING: unique symbol = Symbol('missing');

const FN = 'scoreTowns';

/** Which datum is read: the town and the key (the item's indicator, else its id). @internal */
export interface Where {
  readonly townId: string;
  readonly key: string;
}

function argOf(where: Where, part: string): string {
  return `data["${where.townId}"]["${where.key}"]${part}`;
}

/** Reads one value: the common forms directly, every other one through the model's schema. */
function readValue(input: unknown, where: Where, part: string): Value | undefined {
  if (input === undefined || input === null) return undefined;
  if (isQuantity(input)) return input;
  if (typeof input === 'number' || isDecimal(input)) {
    return { kind: 'number', number: toDecimal(input, { fn: FN, arg: argOf(where, part) }) };
  }
  const result = ObservationValueSchema.safeParse(input);
  if (result.success) return result.data;
  const message = result.error.issues[0]?.message ?? 'not a value';
  throw validationError(FN, argOf(where, part), `is not a value (${message})`, result.error.issues);
}

function readRaw(input: unknown, where: Where, part: string): number | Value | undefined {
  return typeof input === 'number' && Number.isFinite(input)
    ? input
    : readValue(input, where, part);
}

function isGrowthInput(
  input: object,
): input is { previous?: unknown; current?: unknown; growth?: unknown } {
  return (
    ('previous' in input || 'current' in input || 'growth' in input) &&
    !('kind' in input) &&
    !('unit' in input) &&
    !isQuantity(input) &&
    !isDecimal(input)
  );
}

function readGrowth(
  input: { previous?: unknown; current?: unknown; growth?: unknown },
  where: Where,
): GrowthDatum {
  const growth =
    input.growth === undefined || input.growth === null
      ? undefined
      : toDecimal(input.growth as string, { fn: FN, arg: argOf(where, '.growth') });
  return {
    type: 'growth',
    current: readRaw(input.current, where, '.current'),
    previous: readRaw(input.previous, where, '.previous'),
    growth,
  };
}

/**
 * Reads a caller's datum; an unreadable one becomes a datum with its error (that item scores 0,
 * the others go on). A finite number is kept as it is: it is compared exactly without a Decimal.
 *
 * @internal
 */
export function readDatum(input: unknown, townId: string, key: string): Datum {
  if (input === undefined || input === null) return undefined;
  if (typeof input === 'number' && Number.isFinite(input)) return input;
  if (isQuantity(input)) return input;
  // Names for messages, made only for the inputs that may need them.
  const where: Where = { townId, key };
  try {
    if (typeof input === 'object' && isGrowthInput(input)) return readGrowth(input, where);
    return readValue(input, where, '');
  } catch (error) {
    if (!isTownIndicatorsError(error)) throw error;
    return { type: 'error', error };
  }
}

/**
 * The datum of a town's indicator in a period of a dataset: the best known observation (actual,
 * else estimated, else planned), and what the comparison rule compares it with.
 *
 * @internal
 */
export function datumFromDataset(
  dataset: Dataset,
  townId: string,
  indicator: string,
  period: string,
  basis: PriceBasis,
): Datum {
  const o = observationAt(dataset, townId, indicator, period, basis);
  if (o === undefined) return undefined;
  const comparison = comparisonOf(dataset, o);
  return {
    type: 'growth',
    current: o.value,
    previous: comparison.growthRecomputable ? comparison.previous?.value : undefined,
    growth: o.growth,
  };
}

function amountOf(value: number | Value): Decimal | Quantity {
  if (typeof value === 'number') return toDecimal(value);
  if (isQuantity(value)) return value;
  return value.kind === 'quantity' ? value.quantity : valueNumber(value);
}

/**
 * Whether a datum or a reading is the error of an unreadable datum.
 *
 * @internal
 */
export function isDatumError(value: unknown): value is DatumError {
  return typeof value === 'object' && value !== null && 'type' in value && value.type === 'error';
}

function isGrowthDatum(datum: Datum): datum is GrowthDatum {
  return typeof datum === 'object' && 'type' in datum && datum.type === 'growth';
}

/**
 * What a rule judges of a datum: its current value, or its growth (current / previous − 1 by
 * {@link growthRate}, else the stated growth).
 *
 * @internal
 */
export function readingOf(datum: Datum, measure: ScoringMeasure): Reading {
  if (datum === undefined) return MISSING;
  if (typeof datum === 'number') return measure === 'value' ? datum : MISSING;
  if (isDatumError(datum)) return datum;
  if (!isGrowthDatum(datum)) return measure === 'value' ? datum : MISSING;
  if (measure === 'value') return datum.current ?? MISSING;
  const { current, previous } = datum;
  // Two positive numbers: the datum is its own reading, divided only when a bound is close.
  if (typeof current === 'number' && typeof previous === 'number' && previous > 0) {
    return datum as GrowthPair;
  }
  if (current !== undefined && previous !== undefined) {
    try {
      const growth = growthRate(amountOf(previous), amountOf(current));
      return { kind: 'rate', rate: growth };
    } catch (error) {
      if (!isTownIndicatorsError(error)) throw error;
      return { type: 'error', error };
    }
  }
  return datum.growth === undefined ? MISSING : { kind: 'rate', rate: datum.growth };
}

/**
 * A reading as a value (a JS number becomes a plain-number value).
 *
 * @internal
 */
export function valueOfReading(reading: Judged): ObservationValue {
  if (typeof reading === 'number') return { kind: 'number', number: toDecimal(reading) };
  if (isQuantity(reading)) return { kind: 'quantity', quantity: reading };
  return 'type' in reading ? { kind: 'rate', rate: pairGrowth(reading) } : reading;
}

/**
 * The growth of a pair, by {@link growthRate}: the one formula.
 *
 * @internal
 */
export function pairGrowth(pair: GrowthPair): Decimal {
  return growthRate(toDecimal(pair.previous), toDecimal(pair.current));
}
