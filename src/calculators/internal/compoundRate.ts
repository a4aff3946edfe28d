/**
 * The compound rate of the level method (水平法), shared by the growth and target calculators.
 *
 * @example
 * ```ts
 * // Internal; averageAnnualGrowth and requiredGrowthRate share it: (135 / 100)^(1/3) − 1.
 * averageAnnualGrowth('100', '135', 3).toFixed(6);
 * // => '0.105209'
 * ```
 *
 * @internal
 * @module
 */
import { Decimal } from '../../numbers/decimal.js';
import { narrow, WideDecimal } from './wide.js';

/** The largest whole number of years for which {@link compoundRate} refines a root by Newton. */
const MAX_NEWTON_YEARS = 1_000_000;

/**
 * A Newton correction below this (relative to the root) ends the refinement: the error left after
 * it is about `n/2 · correction²` ≤ 10⁶ · 10⁻⁵⁶ = 10⁻⁵⁰, far below the last of the 34 digits kept.
 */
const NEWTON_DONE = /* @__PURE__ */ new WideDecimal('1e-28');

/**
 * `ratio^(1 / years) − 1`, the compound (level-method) rate, correctly rounded to 34 significant
 * digits: `−1` for a zero ratio; for a whole number of years up to a million, the 34-digit root
 * refined by Newton's method for `yⁿ = ratio` in 60 digits (each step doubles the correct digits,
 * so one step from the 34-digit root usually suffices, and the subtraction of 1 loses none of the
 * 34 kept); otherwise the root in 60 digits. `ratio` must not
 * be negative and `years` must be positive (the callers check both).
 *
 * @internal
 */
export function compoundRate(ratio: Decimal, years: Decimal): Decimal {
  if (ratio.isZero()) return new Decimal(-1);
  const target = new WideDecimal(ratio);
  if (!years.isInteger() || years.gt(MAX_NEWTON_YEARS)) {
    return narrow(target.pow(new WideDecimal(1).div(years)).minus(1));
  }
  const n = years.toNumber();
  let root: Decimal = new WideDecimal(narrow(ratio).pow(new Decimal(1).div(years)));
  for (let step = 0; step < 4; step += 1) {
    const power = root.pow(n - 1);
    const correction = power.times(root).minus(target).div(power.times(n));
    root = root.minus(correction);
    if (correction.abs().lte(root.times(NEWTON_DONE))) break;
  }
  return narrow(root.minus(1));
}
