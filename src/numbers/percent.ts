/**
 * The one way a rate held as a fraction becomes percent text, exactly: `0.275` → `'27.5%'`. What
 * reports, audits and model formatting all print for a stated rate (no rounding, so an audit
 * reads back the precision that was stated).
 *
 * @internal
 * @module
 */
import type { Decimal } from './decimal.js';

/**
 * A rate as exact percent text: `0.275` → `'27.5%'`, `0.09` → `'9%'`.
 *
 * @internal
 */
export function percentText(rate: Decimal): string {
  // Moving the point by two places, not multiplying: times(100) would round a rate of 35
  // significant digits to 34, and the text would not read back as the same rate.
  const [mantissa = '0', exponent = '0'] = rate.toExponential().split('e');
  const Shifted = rate.constructor as new (value: string) => Decimal;
  return `${new Shifted(`${mantissa}e${Number(exponent) + 2}`).toString()}%`;
}
