import { divisionByZeroError, invalidArgumentError, nonPositiveBaseError } from '../errors.js';
import type { DecimalInput } from '../numbers/decimal.js';
import { requireObject } from '../numbers/internal.js';
import {
  add,
  compare,
  div,
  mul,
  ONE,
  type Rational,
  sub,
  sumRationals,
  toDecimalValue,
  ZERO,
} from '../numbers/rational.js';
import type { AmountInput } from '../units/amount.js';
import { type BoundedValue, readAmounts, readNumberFigure } from './internal/figures.js';
import { readAuditOptions, requireInput } from './internal/options.js';
import { bounds, requireNonZero, requirePositive } from './internal/ranges.js';
import { buildResult } from './internal/result.js';
import { readStated } from './internal/stated.js';
import type { AuditResult, RateAuditOptions, StatedFigure } from './types.js';

const FN = 'auditAggregateGrowth';

/** One component of a total: its current value and its own growth rate. @category Audit */
export interface AggregateGrowthComponent {
  /** The component's current value (工业总产值 160亿元): a number, a quantity or quantity text. */
  readonly current: AmountInput;
  /** The component's growth rate (增长9.5%): `'9.5%'` or a fraction `0.095`. */
  readonly growth: DecimalInput;
}

/** The inputs of {@link auditAggregateGrowth}. @category Audit */
export interface AuditAggregateGrowthInput {
  /** The components of the total, each with its current value and growth rate. */
  readonly components: readonly AggregateGrowthComponent[];
  /**
   * The total's current value as the report prints it (工农业总产值 164.8亿元). Default: the sum
   * of the components' current values, and then the range over input rounding counts only the
   * components. When given, it is the numerator, and its own printed precision widens the range
   * (seed-claims B03: `'164.8亿元'` widens [9.30 %, 9.43 %] to [8.90 %, 9.83 %]).
   */
  readonly total?: AmountInput;
  /** The total's growth rate as the report states it: `'27.5%'`, `'0.275'`. */
  readonly stated: StatedFigure;
}

/** Options of {@link auditAggregateGrowth}. @category Audit */
export type AuditAggregateGrowthOptions = RateAuditOptions;

/** A component read: its current value and 1 / (1 + growth) at the rate and its two bounds. */
interface Component {
  readonly current: BoundedValue;
  readonly discount: Rational;
  /** 1 / (1 + growth) at the highest growth within rounding: the smallest discount. */
  readonly lowDiscount: Rational;
  /** 1 / (1 + growth) at the lowest growth within rounding: the largest discount. */
  readonly highDiscount: Rational;
}

function discountOf(growth: Rational): Rational {
  return div(ONE, add(ONE, growth));
}

/**
 * The extreme of Σc / Σ(c·u) over c_i ∈ [low_i, high_i] with each u_i fixed and positive. At the
 * optimum λ* (Dinkelbach), c_i sits at its high end exactly when its coefficient 1 − λ*·u_i is
 * positive (maximum) or negative (minimum): a threshold on u_i, so the n + 1 corners that put the
 * k smallest (maximum) or largest (minimum) u_i at their high end contain the extreme.
 */
function ratioExtreme(components: readonly Component[], pick: 'max' | 'min'): Rational {
  const rows = components.map((component) => {
    const [low, high] = bounds(component.current);
    const u = pick === 'max' ? component.lowDiscount : component.highDiscount;
    return { low, high, u };
  });
  rows.sort((a, b) => (pick === 'max' ? compare(a.u, b.u) : compare(b.u, a.u)));
  // k rows at their high bound, the rest at their low one, for k = 0 … n: start with every row low
  // and raise one row at a time (linear, where summing afresh for each k was quadratic).
  let numerator = sumRationals(rows.map((row) => row.low));
  let denominator = sumRationals(rows.map((row) => mul(row.low, row.u)));
  let best: Rational | undefined;
  for (let k = 0; k <= rows.length; k += 1) {
    if (k > 0) {
      const row = rows[k - 1] as (typeof rows)[number];
      const raise = sub(row.high, row.low);
      numerator = add(numerator, raise);
      denominator = add(denominator, mul(raise, row.u));
    }
    const value = div(numerator, denominator);
    const better =
      pick === 'max' ? compare(value, best ?? value) >= 0 : compare(value, best ?? value) <= 0;
    if (better) best = value;
  }
  return best ?? ONE;
}

function readComponents(
  components: readonly AggregateGrowthComponent[],
  exact: boolean,
  total: AmountInput | undefined,
): { readonly components: readonly Component[]; readonly total: BoundedValue | undefined } {
  // Every index, holes too: each component must be an object `{ current, growth }`.
  const list: AggregateGrowthComponent[] = [];
  for (let index = 0; index < components.length; index += 1) {
    const component: unknown = components[index];
    requireObject(FN, `components[${index}]`, component, '{ current, growth }');
    list.push(component as AggregateGrowthComponent);
  }
  const operands = list.map(
    (component, index) => [`components[${index}].current`, component.current] as const,
  );
  const all = total === undefined ? operands : [...operands, ['total', total] as const];
  const { figures } = readAmounts(FN, all, exact);
  const read = list.map((component, index): Component => {
    const current = figures[index] as BoundedValue;
    const arg = `components[${index}]`;
    // current / (1 + growth) is the component's previous value, the base of its growth rate.
    requireNonZero(FN, `${arg}.current`, current);
    requirePositive(FN, `${arg}.current`, current.value);
    const growth = readNumberFigure(FN, `${arg}.growth`, component.growth, exact);
    const factor = add(ONE, growth.value);
    if (compare(factor, ZERO) === 0) {
      throw divisionByZeroError(FN, `1 + ${arg}.growth`, { arg: `${arg}.growth` });
    }
    if (compare(factor, ZERO) < 0) {
      throw nonPositiveBaseError(
        FN,
        `${arg}.growth`,
        toDecimalValue(growth.value),
        {},
        'must be above -100% (the previous value is current / (1 + growth))',
      );
    }
    const [low, high] = bounds(growth);
    return {
      current,
      discount: discountOf(growth.value),
      lowDiscount: discountOf(high),
      highDiscount: discountOf(low),
    };
  });
  const totalFigure = total === undefined ? undefined : figures[components.length];
  return { components: read, total: totalFigure };
}

/**
 * Checks a total's stated growth rate against its components' current values and growth rates
 * (综合增速, e.g. 工农业总产值 from 工业 and 农业): each component's previous value is
 * current / (1 + growth); the total's growth is Σ current / Σ previous − 1.
 *
 * The range over input rounding is exact, and it counts only the figures passed in. Without
 * `total`, the numerator is Σ current_i, so only the components' rounding counts: the extremes of
 * a ratio of sums over the input box, found among n + 1 threshold corners (see the source). With
 * the printed `total`, the total is the numerator and its own rounding widens the range to
 * [total_low / Σprevious_high, total_high / Σprevious_low] − 1. Seed report 002 (seed-claims
 * B03): 工业160亿元 +9.5 % and 农业4.8亿元 +5 %, stated 9 %, give 9.36 % either way; the range is
 * [9.30 %, 9.43 %] from the components alone and [8.90 %, 9.83 %] (the seed's range) with
 * `total: '164.8亿元'`. Pass the total whenever the report prints it.
 *
 * Precision of inputs: text and numbers carry the precision they are printed with (`'160亿元'` is
 * 160 ± 0.5). A {@link Quantity} carries the precision of its decimal value, and a decimal keeps
 * no trailing zeros (`quantity('4.80', '亿元')` holds 4.8, so it is read as 4.8 ± 0.05): pass the
 * report text (`'4.80亿元'`) to keep the printed precision (± 0.005). A `Decimal` is exact.
 *
 * Formula: previous_i = current_i / (1 + growth_i); growth = (total ?? Σ current_i) / Σ previous_i − 1;
 * consistent ⇔ roundHalfUp(growth, stated decimals) = stated.
 *
 * Source: NBS 增长速度 of an aggregate = Σ报告期 / Σ基期 − 1 (the weights are the components'
 * previous values; 拉动 and 贡献率 follow from the same sums); the Chinese term is 总量增速.
 *
 * @param input - the `components`, an optional printed `total`, and the `stated` rate
 * @param options - `exactInputs` (ignore input rounding), `statedScale` (read a bare stated
 *   number as percent) and `locale` (the language of `explanation`: `'en'`, the default, or
 *   `'zh'`)
 * @returns the {@link AuditResult} on the stated figure's scale (`'27.5%'` → 27.5)
 * @throws TownIndicatorsError `DIVISION_BY_ZERO` when a component's current value is zero (its
 *   previous value, the base of its growth, is then zero) or its growth is exactly −100 %
 *   (`1 + growth` = 0); `NON_POSITIVE_BASE` when a component's current value is negative or its
 *   growth is below −100 %; `INVALID_ARGUMENT` when `input` or `options` is not an object,
 *   `components` is not a non-empty array, a component is not an object `{ current, growth }`,
 *   the total is not positive or an option is bad; `PARSE_ERROR` for an unreadable stated
 *   figure; `INVALID_NUMBER` for an unreadable input; `UNIT_MISMATCH` for quantities of
 *   different dimensions; `UNKNOWN_UNIT` for quantity text with an unknown unit
 * @example
 * ```ts
 * const r = auditAggregateGrowth({
 *   components: [
 *     { current: '1.88亿元', growth: '7.8%' },
 *     { current: '17.45亿元', growth: '30%' },
 *   ],
 *   stated: '27.5%',
 * });
 * [r.consistent, r.computed.toDecimalPlaces(3).toString(), r.withinInputRounding];
 * // => [false, '27.447', true]
 * ```
 * @example
 * ```ts
 * // seed-claims B03: the printed total 164.8亿元 widens the range to the seed's [8.90%, 9.83%]
 * const components = [
 *   { current: '160亿元', growth: '9.5%' },
 *   { current: '4.8亿元', growth: '5%' },
 * ];
 * const alone = auditAggregateGrowth({ components, stated: '9%' });
 * const withTotal = auditAggregateGrowth({ components, total: '164.8亿元', stated: '9%' });
 * [alone.range.map((x) => x.toFixed(2)), withTotal.range.map((x) => x.toFixed(2))];
 * // => [['9.30', '9.43'], ['8.90', '9.83']]
 * ```
 *
 * @category Audit
 */
export function auditAggregateGrowth(
  input: AuditAggregateGrowthInput,
  options: AuditAggregateGrowthOptions = {},
): AuditResult {
  requireInput(FN, input);
  const { exact, locale } = readAuditOptions(FN, options);
  const stated = readStated(FN, 'rate', input.stated, options.statedScale);
  if (!Array.isArray(input.components) || input.components.length === 0) {
    throw invalidArgumentError(FN, 'components', 'must be a non-empty array');
  }
  const { components, total } = readComponents(input.components, exact, input.total);
  if (total !== undefined && compare(total.value, ZERO) <= 0) {
    throw invalidArgumentError(FN, 'total', 'must be positive');
  }
  const previous = sumRationals(components.map((c) => mul(c.current.value, c.discount)));
  const current = total?.value ?? sumRationals(components.map((c) => c.current.value));
  const computed = sub(div(current, previous), ONE);
  if (total === undefined) {
    return buildResult(
      'aggregate-growth',
      stated,
      computed,
      [sub(ratioExtreme(components, 'min'), ONE), sub(ratioExtreme(components, 'max'), ONE)],
      locale,
    );
  }
  const [totalLow, totalHigh] = bounds(total);
  const previousLow = sumRationals(components.map((c) => mul(bounds(c.current)[0], c.lowDiscount)));
  const previousHigh = sumRationals(
    components.map((c) => mul(bounds(c.current)[1], c.highDiscount)),
  );
  return buildResult(
    'aggregate-growth',
    stated,
    computed,
    [sub(div(totalLow, previousHigh), ONE), sub(div(totalHigh, previousLow), ONE)],
    locale,
  );
}
