import { divisionByZeroError, invalidArgumentError, nonPositiveBaseError } from '../../errors.js';
import type { Decimal } from '../../numbers/decimal.js';
import { requireList, requireObject } from '../../numbers/internal.js';
import type { AmountInput, AmountOf } from '../../units/amount.js';
import type { Quantity } from '../../units/quantity.js';
import type { NamedOperand } from '../internal/operands.js';
import { amountFromBaseUnits, readAllInBaseUnits } from '../internal/operands.js';
import { sum } from '../internal/wide.js';

const FN = 'growthContributions';

/** One component of a total (an industry of 工农业总产值, a source of revenue) in two periods. @category Growth */
export interface GrowthComponent<T extends AmountInput = AmountInput> {
  /** A label for the component; `'component 1'`, `'component 2'` … when omitted. */
  readonly name?: string;
  /** The component's value in the previous period. */
  readonly previous: T;
  /** The component's value in the current period. */
  readonly current: T;
}

/** What one component contributed to the growth of the total. @category Growth */
export interface GrowthContribution<A = Decimal | Quantity> {
  /** The component's name, or `'component <n>'` (1-based) when none was given. */
  readonly name: string;
  /** The component's previous value. */
  readonly previous: A;
  /** The component's current value. */
  readonly current: A;
  /** `current − previous` of the component (增量). */
  readonly increment: A;
  /** 拉动: the component's increment over the previous total, as a fraction of growth points. */
  readonly pull: Decimal;
  /** 贡献率: the component's share of the total increment, as a fraction (may be < 0 or > 1). */
  readonly contributionRate: Decimal;
}

/** The result of {@link growthContributions}. @category Growth */
export interface GrowthContributionsResult<A = Decimal | Quantity> {
  /** The previous total, Σ previous. */
  readonly previous: A;
  /** The current total, Σ current. */
  readonly current: A;
  /** The total increment, Σ current − Σ previous. */
  readonly increment: A;
  /** The growth rate of the total as a fraction: increment / previous total. */
  readonly growth: Decimal;
  /** One entry per component, in the order given. */
  readonly components: readonly GrowthContribution<A>[];
}

/**
 * How much each component of a total contributed to its growth: the pull (拉动, in points of
 * total growth) and the contribution rate (贡献率, share of the total increment).
 *
 * Formulas (NBS): `pull_i = Δ_i / Σ previous`; `contributionRate_i = Δ_i / Σ Δ`; total
 * `growth = Σ Δ / Σ previous`, so `Σ pull_i = growth`, `Σ contributionRate_i = 1` and
 * `pull_i = contributionRate_i × growth`. NBS publishes rounded components without forcing them
 * to add up; neither does this function (each result is rounded once, to 34 significant digits).
 * For components given as "current value, growth %", get `previous` with {@link impliedPrevious}.
 *
 * Amounts are computed exactly in the base unit of their dimension and returned as quantities in
 * the unit of the first quantity given (components' `previous` before `current`, in order), or as
 * decimals when every input was a number. Ratios never depend on the units.
 *
 * @param components - at least one component `{ name?, previous, current }`; values of one
 *   dimension in any units (plain numbers are taken to be in the first quantity's unit)
 * @returns the totals, the total growth, and each component's increment, pull and contribution
 * @throws TownIndicatorsError `INVALID_ARGUMENT` when `components` is not a non-empty list, a
 *   component is not an object `{ name?, previous, current }` or a name is not a string; `DIVISION_BY_ZERO`
 *   when the previous total is zero, or when the total increment is zero (contribution rates have
 *   no meaning: compute pulls as `increment / previous` yourself); `NON_POSITIVE_BASE` when the
 *   previous total is negative; `UNIT_MISMATCH`; `INVALID_NUMBER`
 * @example
 * ```ts
 * // 建设镇: 农林牧渔业 1.88亿元 (+7.8%), 工业 17.45亿元 (+30%); stated total growth 27.5%
 * const parts = [
 *   { name: '农林牧渔业', current: quantity('1.88', '亿元'), rate: '7.8%' },
 *   { name: '工业', current: quantity('17.45', '亿元'), rate: '30%' },
 * ];
 * const result = growthContributions(
 *   parts.map(({ name, current, rate }) => ({
 *     name,
 *     previous: impliedPrevious(current, rate),
 *     current,
 *   })),
 * );
 * const industry = result.components[1];
 * [result.growth.toFixed(5), String(result.current), industry.contributionRate.toFixed(3)];
 * // => ['0.27447', '19.33亿元', '0.967']
 * ```
 *
 * @category Growth
 */
export function growthContributions<C extends readonly GrowthComponent[]>(
  components: C,
): GrowthContributionsResult<AmountOf<C[number]['previous'] | C[number]['current']>> {
  type Input = C[number]['previous'] | C[number]['current'];
  requireList(FN, 'components', components, 'components { name?, previous, current }');
  if (components.length === 0) {
    throw invalidArgumentError(FN, 'components', 'must hold at least one component', components);
  }
  // Operands in call order (each component's previous, then its current): the first quantity
  // among them sets the unit of the amounts. Every index is visited, holes too.
  const operands: NamedOperand[] = [];
  for (let index = 0; index < components.length; index += 1) {
    const component: unknown = components[index];
    const arg = `components[${index}]`;
    requireObject(FN, arg, component, '{ name?, previous, current }');
    const { name, previous, current } = component as GrowthComponent;
    if (name !== undefined && typeof name !== 'string') {
      throw invalidArgumentError(FN, `${arg}.name`, `must be a string, got ${typeof name}`);
    }
    operands.push([`${arg}.previous`, previous], [`${arg}.current`, current]);
  }
  const { values, unit } = readAllInBaseUnits(FN, operands);
  const previous = values.filter((_, index) => index % 2 === 0);
  const current = values.filter((_, index) => index % 2 === 1);
  const previousTotal = sum(previous);
  const currentTotal = sum(current);
  const out = (value: Decimal): AmountOf<Input> => amountFromBaseUnits<Input>(value, unit);
  if (previousTotal.isZero()) throw divisionByZeroError(FN, 'the previous total');
  if (previousTotal.isNegative()) {
    throw nonPositiveBaseError(FN, 'the previous total', out(previousTotal));
  }
  const increment = currentTotal.minus(previousTotal);
  if (increment.isZero()) throw divisionByZeroError(FN, 'the total increment');
  return {
    previous: out(previousTotal),
    current: out(currentTotal),
    increment: out(increment),
    growth: increment.div(previousTotal),
    components: Array.from(components, (component: GrowthComponent, index) => {
      const p = previous[index] as Decimal;
      const c = current[index] as Decimal;
      const delta = c.minus(p);
      return {
        name: component.name ?? `component ${index + 1}`,
        previous: out(p),
        current: out(c),
        increment: out(delta),
        pull: delta.div(previousTotal),
        contributionRate: delta.div(increment),
      };
    }),
  };
}
