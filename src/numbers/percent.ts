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
  return `${rate.times(100).toString()}%`;
}
