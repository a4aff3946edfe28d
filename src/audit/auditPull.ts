import type { DecimalInput } from '../numbers/decimal.js';
import { mul } from '../numbers/rational.js';
import { readNumberFigure } from './internal/figures.js';
import { readAuditOptions, requireInput } from './internal/options.js';
import { bounds, extremes } from './internal/ranges.js';
import { buildResult } from './internal/result.js';
import { readStated } from './internal/stated.js';
import type { AuditResult, RateAuditOptions, StatedFigure } from './types.js';

const FN = 'auditPull';

/** The inputs of {@link auditPull}. @category Audit */
export interface AuditPullInput {
  /** The contribution rate (贡献率): `'134.4%'` or a fraction `1.344`. */
  readonly contributionRate: DecimalInput;
  /** The growth of the whole (增速): `'7.4%'`, `'下降0.6%'` or a fraction. */
  readonly growth: DecimalInput;
  /** The pull as the report states it: `'9.9个百分点'`, `'2.6個百分點'` or a fraction. */
  readonly stated: StatedFigure;
}

/** Options of {@link auditPull}. @category Audit */
export type AuditPullOptions = RateAuditOptions;

/**
 * Checks a stated pull (拉动…增长N个百分点) against the contribution rate and the growth of the
 * whole: computes contribution rate × growth exactly, rounds it half up at the stated precision
 * and compares.
 *
 * Formula: pull = 贡献率 × 增速 (a fraction; 0.099 = 9.9 个百分点); consistent ⇔
 * roundHalfUp(pull, stated decimals) = stated; the range is taken over the corners of the input
 * intervals.
 *
 * Source: NBS 统计公报 usage — 贡献率 = 分项增量 / 总量增量, 拉动 = 贡献率 × 总量增速
 * (国家统计局《统计指标解释》, 对经济增长的贡献率和拉动).
 *
 * @param input - `contributionRate`, `growth` and the `stated` pull
 * @param options - `exactInputs`, `statedScale` (read a bare stated number as points) and `locale`
 * @returns the {@link AuditResult} on the stated figure's scale (`'9.9个百分点'` → 9.9)
 * @throws TownIndicatorsError `PARSE_ERROR` for an unreadable stated figure; `INVALID_NUMBER`
 *   for an unreadable input; `INVALID_ARGUMENT` when `input` or `options` is not an object
 * @example
 * ```ts
 * const r = auditPull({ contributionRate: '134.4%', growth: '7.4%', stated: '9.9个百分点' });
 * [r.consistent, r.computed.toString(), r.unit];
 * // => [true, '9.9456', '个百分点']
 * ```
 *
 * @category Audit
 */
export function auditPull(input: AuditPullInput, options: AuditPullOptions = {}): AuditResult {
  requireInput(FN, input);
  const { exact, locale } = readAuditOptions(FN, options);
  const stated = readStated(FN, 'points', input.stated, options.statedScale);
  const rate = readNumberFigure(FN, 'contributionRate', input.contributionRate, exact);
  const growth = readNumberFigure(FN, 'growth', input.growth, exact);
  const [rateLow, rateHigh] = bounds(rate);
  const [growthLow, growthHigh] = bounds(growth);
  return buildResult(
    'pull',
    stated,
    mul(rate.value, growth.value),
    extremes([
      mul(rateLow, growthLow),
      mul(rateLow, growthHigh),
      mul(rateHigh, growthLow),
      mul(rateHigh, growthHigh),
    ]),
    locale,
  );
}
