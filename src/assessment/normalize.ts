import { narrow, WideDecimal } from '../calculators/internal/wide.js';
import { divisionByZeroError, invalidArgumentError } from '../errors.js';
import { type Decimal, type DecimalInput, toDecimal } from '../numbers/decimal.js';
import { requireList, requireObject, requireOptions } from '../numbers/internal.js';

const FN = 'normalize';

/**
 * How {@link normalize} puts values on one scale (OECD/JRC Handbook on Constructing Composite
 * Indicators, 2008, §5; COINr `Normalise`):
 * - `{ type: 'min-max', range? }` — (x − min) / (max − min), scaled to `range` (default [0, 100]);
 * - `{ type: 'z-score' }` — (x − mean) / sd, the population standard deviation;
 * - `{ type: 'goalposts', low, high, range? }` — (x − low) / (high − low) clamped to [0, 1], scaled
 *   to `range` (default [0, 1]), as the UN HDI;
 * - `{ type: 'rank' }` — 1 for the best value, ties sharing the smallest rank;
 * - `{ type: 'distance-to-target', target }` — x / target, uncapped.
 *
 * @example
 * ```ts
 * const method: NormalizationMethod = { type: 'goalposts', low: 0, high: 100 };
 * method.type;
 * // => 'goalposts'
 * ```
 *
 * @category Assessment
 */
export type NormalizationMethod =
  | { readonly type: 'min-max'; readonly range?: readonly [DecimalInput, DecimalInput] }
  | { readonly type: 'z-score' }
  | {
      readonly type: 'goalposts';
      readonly low: DecimalInput;
      readonly high: DecimalInput;
      readonly range?: readonly [DecimalInput, DecimalInput];
    }
  | { readonly type: 'rank' }
  | { readonly type: 'distance-to-target'; readonly target: DecimalInput };

/** Whether a larger value is better (the default) or a smaller one. @category Assessment */
export type IndicatorDirection = 'higher-is-better' | 'lower-is-better';

/** Options of {@link normalize}. @category Assessment */
export interface NormalizeOptions {
  /** `'higher-is-better'` (default) or `'lower-is-better'` (the scale is reversed). */
  readonly direction?: IndicatorDirection;
}

/** Reads a direction option. @internal */
export function readDirection(fn: string, arg: string, value: unknown): IndicatorDirection {
  if (value === undefined || value === 'higher-is-better') return 'higher-is-better';
  if (value === 'lower-is-better') return value;
  throw invalidArgumentError(
    fn,
    arg,
    `must be 'higher-is-better' or 'lower-is-better', got ${JSON.stringify(String(value))}`,
    value,
  );
}

function readRange(value: unknown, fallback: readonly [number, number]): [Decimal, Decimal] {
  if (value === undefined) return [new WideDecimal(fallback[0]), new WideDecimal(fallback[1])];
  if (!Array.isArray(value) || value.length !== 2) {
    throw invalidArgumentError(FN, 'method.range', 'must be a pair [low, high]', value);
  }
  return [
    new WideDecimal(toDecimal(value[0], { fn: FN, arg: 'method.range[0]' })),
    new WideDecimal(toDecimal(value[1], { fn: FN, arg: 'method.range[1]' })),
  ];
}

/** Ranks, 1 for the largest, ties sharing the smallest rank (1, 2, 2, 4). @internal */
export function rankDescending(values: readonly (Decimal | null)[]): (Decimal | null)[] {
  return rankPositions(values).map((rank) => (rank === null ? null : new WideDecimal(rank)));
}

/**
 * Ranks as numbers, 1 for the largest, ties sharing the smallest rank (1, 2, 2, 4); O(n log n).
 *
 * @internal
 */
export function rankPositions(values: readonly (Decimal | null)[]): (number | null)[] {
  const order: number[] = [];
  values.forEach((v, index) => {
    if (v !== null) order.push(index);
  });
  // Sorted by the nearest doubles, exact Decimals only where those tie: rounding to a double is
  // monotonic, so two different doubles are in the order of their decimals.
  const floats = values.map((v) => (v === null ? 0 : v.toNumber()));
  order.sort((a, b) => {
    const x = floats[a] as number;
    const y = floats[b] as number;
    if (x !== y) return y - x;
    return (values[b] as Decimal).cmp(values[a] as Decimal);
  });
  const ranks: (number | null)[] = values.map(() => null);
  order.forEach((index, position) => {
    const before = order[position - 1];
    const tied = before !== undefined && (values[before] as Decimal).eq(values[index] as Decimal);
    ranks[index] = tied ? (ranks[before] as number) : position + 1;
  });
  return ranks;
}

/**
 * Puts the values of one indicator on a common scale, as composite indices do: min-max, z-score,
 * goalposts (clamped, as the UN HDI), rank or distance to a target; `null` values stay `null`
 * and are left out of the statistics.
 *
 * Formula: min-max (x − min)/(max − min)·(b − a) + a; z-score (x − mean)/sd with the population
 * sd √(Σ(x − mean)²/n); goalposts clamp((x − low)/(high − low), 0, 1)·(b − a) + a; rank 1 for the
 * best; distance-to-target x/target. Lower-is-better reverses each: (max − x)/(max − min),
 * −z, (high − x)/(high − low), rank 1 for the smallest, target/x. Computed in 60 digits, rounded
 * once to 34.
 *
 * Source: OECD/JRC, Handbook on Constructing Composite Indicators (2008), §5 Normalisation;
 * COINr `Normalise` (min-max, z-score, goalposts, rank, distance to target); UNDP HDI technical
 * notes (goalposts).
 *
 * @param values - the values of one indicator, one per unit, `null` for missing
 * @param method - the {@link NormalizationMethod}
 * @param options - `direction` (default `'higher-is-better'`)
 * @returns the normalized values, in the same order, `null` where the value was `null`
 * @throws TownIndicatorsError `DIVISION_BY_ZERO` for min-max of a constant column (or a single
 *   value), z-score with sd 0, goalposts with low = high, a target of 0 or, lower-is-better, a
 *   value of 0; `INVALID_ARGUMENT` for an unknown method or a bad option; `INVALID_NUMBER` for a
 *   value that is not a number
 * @example
 * ```ts
 * normalize([10, 20, null, 30], { type: 'min-max' }).map((v) => v?.toString() ?? null);
 * // => ['0', '50', null, '100']
 * ```
 *
 * @category Assessment
 */
export function normalize(
  values: readonly (DecimalInput | null)[],
  method: NormalizationMethod,
  options: NormalizeOptions = {},
): (Decimal | null)[] {
  requireList(FN, 'values', values, 'values (numbers or null)');
  requireObject(FN, 'method', method, '{ type, … }');
  requireOptions(FN, options);
  const lower = readDirection(FN, 'options.direction', options.direction) === 'lower-is-better';
  const xs = values.map((v, i) =>
    v === null ? null : new WideDecimal(toDecimal(v, { fn: FN, arg: `values[${i}]` })),
  );
  const present = xs.flatMap((x) => (x === null ? [] : [x]));
  const out = (f: (x: Decimal) => Decimal): (Decimal | null)[] =>
    xs.map((x) => (x === null ? null : narrow(f(x), FN)));
  switch (method.type) {
    case 'min-max': {
      const [a, b] = readRange(method.range, [0, 100]);
      if (present.length === 0) return xs;
      const min = WideDecimal.min(...present);
      const max = WideDecimal.max(...present);
      const span = max.minus(min);
      if (span.isZero()) throw divisionByZeroError(FN, 'max − min', { note: 'a constant column' });
      return out((x) => (lower ? max.minus(x) : x.minus(min)).div(span).times(b.minus(a)).plus(a));
    }
    case 'z-score': {
      if (present.length === 0) return xs;
      const n = present.length;
      const mean = present.reduce((s, x) => s.plus(x), new WideDecimal(0)).div(n);
      const variance = present
        .reduce((s, x) => s.plus(x.minus(mean).pow(2)), new WideDecimal(0))
        .div(n);
      if (variance.isZero()) throw divisionByZeroError(FN, 'the standard deviation');
      const sd = variance.sqrt();
      return out((x) => (lower ? mean.minus(x) : x.minus(mean)).div(sd));
    }
    case 'goalposts': {
      const low = new WideDecimal(toDecimal(method.low, { fn: FN, arg: 'method.low' }));
      const high = new WideDecimal(toDecimal(method.high, { fn: FN, arg: 'method.high' }));
      const [a, b] = readRange(method.range, [0, 1]);
      const span = high.minus(low);
      if (span.isZero()) throw divisionByZeroError(FN, 'method.high − method.low');
      return out((x) => {
        const share = (lower ? high.minus(x) : x.minus(low)).div(span);
        const clamped = WideDecimal.min(1, WideDecimal.max(0, share));
        return clamped.times(b.minus(a)).plus(a);
      });
    }
    case 'rank': {
      const ranks = rankDescending(lower ? xs.map((x) => (x === null ? null : x.neg())) : xs);
      return ranks.map((r) => (r === null ? null : narrow(r, FN)));
    }
    case 'distance-to-target': {
      const target = new WideDecimal(toDecimal(method.target, { fn: FN, arg: 'method.target' }));
      if (target.isZero()) throw divisionByZeroError(FN, 'method.target');
      return out((x) => {
        if (lower && x.isZero())
          throw divisionByZeroError(FN, 'a value', {
            note: 'lower-is-better divides the target by it',
          });
        return lower ? target.div(x) : x.div(target);
      });
    }
    default:
      throw invalidArgumentError(
        FN,
        'method.type',
        `must be 'min-max', 'z-score', 'goalposts', 'rank' or 'distance-to-target', got ${JSON.stringify(String((method as { type?: unknown }).type))}`,
      );
  }
}
