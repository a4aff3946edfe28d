import type { DecimalInput } from '../numbers/decimal.js';
import { sub } from '../numbers/rational.js';
import { readNumberFigure } from './internal/figures.js';
import { readAuditOptions, requireInput } from './internal/options.js';
import { bounds } from './internal/ranges.js';
import { buildResult } from './internal/result.js';
import { readStated } from './internal/stated.js';
import type { AuditResult, RateAuditOptions, StatedFigure } from './types.js';

const FN = 'auditPointChange';

/** The inputs of {@link auditPointChange}. @category Audit */
export interface AuditPointChangeInput {
  /** The earlier rate: `'58.4%'` or a fraction `0.584`. */
  readonly from: DecimalInput;
  /** The later rate: `'65%'` or a fraction `0.65`. */
  readonly to: DecimalInput;
  /** The change as the report states it: `'6.6个百分点'` (points) or a fraction `'0.066'`. */
  readonly stated: StatedFigure;
}

/** Options of {@link auditPointChange}. @category Audit */
export type AuditPointChangeOptions = RateAuditOptions;

/**
 * Checks a stated change of a rate in percentage points (提高 N 个百分点) against the two rates:
 * computes to − from exactly, rounds it half up at the stated precision and compares.
 *
 * Formula: change = to − from (a fraction; 0.066 = 6.6 个百分点); consistent ⇔
 * roundHalfUp(change, stated decimals) = stated; the range is [to − half − (from + half),
 * to + half − (from − half)].
 *
 * Source: NBS 百分点 = difference of two rates, rounded half up (四舍五入); the Chinese term is
 * 百分点.
 *
 * @param input - `from`, `to` and the `stated` change
 * @param options - `exactInputs` (ignore input rounding), `statedScale` (read a bare stated
 *   number as points) and `locale` (the language of `explanation`: `'en'`, the default, or `'zh'`)
 * @returns the {@link AuditResult} on the stated figure's scale (`'6.6个百分点'` → 6.6)
 * @throws TownIndicatorsError `PARSE_ERROR` for an unreadable stated figure; `INVALID_NUMBER`
 *   for an unreadable rate; `INVALID_ARGUMENT` when `input` or `options` is not an object, or
 *   for a bad option
 * @example
 * ```ts
 * const r = auditPointChange({ from: '58.4%', to: '65%', stated: '6.6个百分点' });
 * [r.consistent, r.stated.toString(), r.range.map(String)];
 * // => [true, '6.6', ['6.05', '7.15']]
 * ```
 *
 * @category Audit
 */
export function auditPointChange(
  input: AuditPointChangeInput,
  options: AuditPointChangeOptions = {},
): AuditResult {
  requireInput(FN, input);
  const { exact, locale } = readAuditOptions(FN, options);
  const stated = readStated(FN, 'points', input.stated, options.statedScale);
  const from = readNumberFigure(FN, 'from', input.from, exact);
  const to = readNumberFigure(FN, 'to', input.to, exact);
  const [fromLow, fromHigh] = bounds(from);
  const [toLow, toHigh] = bounds(to);
  return buildResult(
    'point-change',
    stated,
    sub(to.value, from.value),
    [sub(toLow, fromHigh), sub(toHigh, fromLow)],
    locale,
  );
}
