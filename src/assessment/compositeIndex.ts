import { narrow, WideDecimal } from '../calculators/internal/wide.js';
import {
  divisionByZeroError,
  invalidArgumentError,
  invalidNumberError,
  nonPositiveBaseError,
} from '../errors.js';
import { type Decimal, type DecimalInput, toDecimal } from '../numbers/decimal.js';
import { requireList, requireObject } from '../numbers/internal.js';
import {
  type IndicatorDirection,
  type NormalizationMethod,
  normalize,
  rankDescending,
  readDirection,
} from './normalize.js';

const FN = 'compositeIndex';

/** A unit of a composite index: a town and its indicator values. @category Assessment */
export interface CompositeUnit {
  /** The unit's id (a town id). */
  readonly id: string;
  /** Its value of each indicator; `null` (or absent) for a missing one. */
  readonly values: Readonly<Record<string, DecimalInput | null>>;
}

/** How {@link compositeIndex} builds the index. @category Assessment */
export interface CompositeSpec {
  /** Each indicator with its weight (renormalised to sum to 1) and direction. */
  readonly indicators: Readonly<
    Record<string, { readonly weight: DecimalInput; readonly direction?: IndicatorDirection }>
  >;
  /** One normalisation for every indicator (see {@link normalize}). */
  readonly normalization: NormalizationMethod;
  /** Weighted arithmetic, geometric or harmonic mean of the normalised values. */
  readonly aggregation: 'arithmetic' | 'geometric' | 'harmonic';
  /**
   * A missing value: `'reweight'` (default) drops the indicator for that unit and renormalises
   * the other weights; `'error'` throws `INVALID_NUMBER`.
   */
  readonly missing?: 'reweight' | 'error';
}

/** A unit's score in {@link CompositeIndexResult}. @category Assessment */
export interface CompositeScore {
  readonly id: string;
  /** The index; `null` when the unit has no value of any indicator. */
  readonly score: Decimal | null;
  /** 1 for the highest score, ties sharing the smallest rank; `null` without a score. */
  readonly rank: number | null;
  /** The normalised value of each indicator (`null` when missing). */
  readonly normalized: Readonly<Record<string, Decimal | null>>;
}

/** What {@link compositeIndex} returns. @category Assessment */
export interface CompositeIndexResult {
  readonly units: readonly CompositeScore[];
}

/**
 * A composite index of town development (综合指数): each indicator normalised across the units,
 * then aggregated per unit with weights — the steps of the OECD/JRC Handbook.
 *
 * Formula: weights w_i renormalised to Σ w_i = 1 (per unit, over its present indicators, with
 * `missing: 'reweight'`); arithmetic Σ w_i·x_i; geometric Π x_i^(w_i); harmonic 1 / Σ (w_i / x_i),
 * x_i the normalised values. Ranks: 1 for the highest, ties sharing the smallest rank. Computed
 * in 60 digits, rounded once to 34.
 *
 * Source: OECD/JRC, Handbook on Constructing Composite Indicators (2008), §5 (normalisation),
 * §6 (weighting and aggregation: the compensability of arithmetic means, why geometric means need
 * positive values); COINr `Aggregate` (arithmetic, geometric, harmonic means).
 *
 * @param units - the units with their indicator values
 * @param spec - indicators with weights and directions, the normalisation, the aggregation and
 *   the rule for missing values (see {@link CompositeSpec})
 * @returns each unit's score, rank and normalised values, in the order given
 * @throws TownIndicatorsError `DIVISION_BY_ZERO` when the weights sum to zero (or a
 *   normalisation divides by zero: a constant column); `NON_POSITIVE_BASE` for a normalised value
 *   ≤ 0 under a geometric or harmonic mean; `INVALID_NUMBER` for a missing value with
 *   `missing: 'error'`; `INVALID_ARGUMENT` for a negative weight, an unknown aggregation or a bad
 *   shape
 * @example
 * ```ts
 * const result = compositeIndex(
 *   [
 *     { id: 'a', values: { gdp: 10, water: 90 } },
 *     { id: 'b', values: { gdp: 30, water: 70 } },
 *     { id: 'c', values: { gdp: 20, water: 80 } },
 *   ],
 *   { indicators: { gdp: { weight: 1 }, water: { weight: 1 } }, normalization: { type: 'min-max' }, aggregation: 'arithmetic' },
 * );
 * result.units.map((u) => [u.id, u.score?.toString(), u.rank]);
 * // => [['a', '50', 1], ['b', '50', 1], ['c', '50', 1]]
 * ```
 *
 * @category Assessment
 */
export function compositeIndex(
  units: readonly CompositeUnit[],
  spec: CompositeSpec,
): CompositeIndexResult {
  requireList(FN, 'units', units, 'units { id, values }');
  requireObject(FN, 'spec', spec, '{ indicators, normalization, aggregation, missing? }');
  requireObject(FN, 'spec.indicators', spec.indicators, '{ [indicator]: { weight, direction? } }');
  const aggregation = spec.aggregation;
  if (aggregation !== 'arithmetic' && aggregation !== 'geometric' && aggregation !== 'harmonic') {
    throw invalidArgumentError(
      FN,
      'spec.aggregation',
      "must be 'arithmetic', 'geometric' or 'harmonic'",
      aggregation,
    );
  }
  const missing = spec.missing ?? 'reweight';
  if (missing !== 'reweight' && missing !== 'error') {
    throw invalidArgumentError(FN, 'spec.missing', "must be 'reweight' or 'error'", missing);
  }
  const codes = Object.keys(spec.indicators);
  const weights = codes.map((code) => {
    const entry = spec.indicators[code];
    requireObject(FN, `spec.indicators.${code}`, entry, '{ weight, direction? }');
    const weight = new WideDecimal(
      toDecimal(entry?.weight as DecimalInput, { fn: FN, arg: `spec.indicators.${code}.weight` }),
    );
    if (weight.isNegative()) {
      throw invalidArgumentError(
        FN,
        `spec.indicators.${code}.weight`,
        'must not be negative',
        weight,
      );
    }
    return weight;
  });
  if (weights.reduce((sum, w) => sum.plus(w), new WideDecimal(0)).isZero()) {
    throw divisionByZeroError(FN, 'the sum of the weights');
  }
  units.forEach((unit, i) => {
    requireObject(FN, `units[${i}]`, unit, '{ id, values }');
  });
  const columns = codes.map((code) => {
    const raw = units.map((unit, i) => {
      const value = unit.values?.[code];
      if (value === undefined || value === null) {
        if (missing === 'error') throw invalidNumberError(FN, `units[${i}].values.${code}`, value);
        return null;
      }
      return value;
    });
    const direction = readDirection(
      FN,
      `spec.indicators.${code}.direction`,
      spec.indicators[code]?.direction,
    );
    return raw.every((v) => v === null)
      ? raw.map(() => null)
      : normalize(raw, spec.normalization, { direction });
  });
  const scores = units.map((_, i) => {
    let total = new WideDecimal(0);
    let weightSum = new WideDecimal(0);
    codes.forEach((code, j) => {
      const x = columns[j]?.[i];
      const w = weights[j] as Decimal;
      if (x === null || x === undefined || w.isZero()) return;
      weightSum = weightSum.plus(w);
      if (aggregation === 'arithmetic') total = total.plus(w.times(x));
      else if (x.lte(0)) {
        throw nonPositiveBaseError(FN, `the normalised ${code} of units[${i}]`, x, {
          note: `a ${aggregation} mean needs positive values`,
        });
      } else if (aggregation === 'geometric') total = total.plus(w.times(new WideDecimal(x).ln()));
      else total = total.plus(w.div(x));
    });
    // No present indicator with a weight: nothing to score.
    if (weightSum.isZero()) return null;
    if (aggregation === 'arithmetic') return narrow(total.div(weightSum), FN);
    if (aggregation === 'geometric') return narrow(total.div(weightSum).exp(), FN);
    return narrow(weightSum.div(total), FN);
  });
  const ranks = rankDescending(scores);
  return Object.freeze({
    units: Object.freeze(
      units.map((unit, i) =>
        Object.freeze({
          id: unit.id,
          score: scores[i] ?? null,
          rank:
            ranks[i] === null || ranks[i] === undefined ? null : (ranks[i] as Decimal).toNumber(),
          normalized: Object.freeze(
            Object.fromEntries(codes.map((code, j) => [code, columns[j]?.[i] ?? null])),
          ),
        }),
      ),
    ),
  });
}
