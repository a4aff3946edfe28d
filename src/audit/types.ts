/**
 * The public types of the audits: what they accept as a stated figure, their options and their
 * result.
 *
 * @module
 */
import type { Decimal } from '../numbers/index.js';

/** Which check produced an {@link AuditResult}. @category Audit */
export type AuditKind =
  | 'share'
  | 'sum'
  | 'growth'
  | 'aggregate-growth'
  | 'multiple'
  | 'point-change'
  | 'structure'
  | 'pull'
  | 'per-capita'
  | 'increment';

/**
 * A figure as the report states it. Text keeps its printed precision (`'66.80%'` has 2 decimals);
 * a number or a decimal is read with the decimal places it has.
 *
 * - rates (shares, growth): `'66.8%'`, `'0.668'`, `0.668`;
 * - point changes: `'6.6个百分点'` (also `'6.6百分点'`, `'6.6pp'`, `'6.6%'`) or a fraction `'0.066'`;
 * - multiples: `'5.1'` or `'5.1倍'`;
 * - amounts (sums): plain digits `'164.8'` or quantity text `'22.32亿元'`, `'2024笔'`.
 *
 * @category Audit
 */
export type StatedFigure = string | number | Decimal;

/** Options every audit accepts. @category Audit */
export interface AuditOptions {
  /**
   * Treat every input as exact, so that no input rounding is considered (counts, values computed
   * elsewhere). Default `false`: inputs written as text, numbers or quantities carry the
   * precision they are printed with (`'40.3'` is 40.3 ± 0.05), while `Decimal` inputs are always
   * exact (a decimal is a computed value, not a printed one).
   */
  readonly exactInputs?: boolean;
  /**
   * The language of {@link AuditResult.explanation}: `'en'` (English, the default) or `'zh'`
   * (Chinese). Both sentences are always in {@link AuditResult.explanationEn} and
   * {@link AuditResult.explanationZh}, whatever the locale.
   */
  readonly locale?: 'en' | 'zh';
}

/** Options of the audits of rates and point changes. @category Audit */
export interface RateAuditOptions extends AuditOptions {
  /**
   * How to read a stated figure that carries no sign of its scale (no `%`, no `个百分点`):
   * `'fraction'` (the default: `'0.668'` is 66.8%) or `'percent'` (`'66.8'` is 66.8%, for text
   * that lost its % sign, as in 城镇化率达到49). Text with a sign is read by its sign.
   */
  readonly statedScale?: 'fraction' | 'percent';
}

/**
 * The verdict of an audit. `stated`, `computed`, `difference`, `rounded` and `range` are on the
 * stated figure's own scale, where its precision is counted: `'66.8%'` → 66.8 and 66.8325…;
 * `'22.32亿元'` → 22.32 and 22.362; `'6.6个百分点'` → 6.6; `'0.668'` → 0.668.
 *
 * @category Audit
 */
export interface AuditResult {
  /** The check that was made. */
  readonly kind: AuditKind;
  /** Whether the exact computed value, rounded half up at {@link AuditResult.decimals}, equals the stated figure. */
  readonly consistent: boolean;
  /** The exact value computed from the inputs (34 significant digits). */
  readonly computed: Decimal;
  /** The stated figure. */
  readonly stated: Decimal;
  /** The stated figure's decimal places (negative for a figure printed in tens of thousands, `'3万家'`). */
  readonly decimals: number;
  /** `computed − stated`. */
  readonly difference: Decimal;
  /** `computed` rounded half up at `decimals`: what the report should have printed. */
  readonly rounded: Decimal;
  /**
   * Whether some choice of inputs within half a unit of their printed last digit reproduces the
   * stated figure (always `true` when `consistent`). Always set by this library's audits.
   */
  readonly withinInputRounding: boolean;
  /** The smallest and largest values the computation reaches with inputs within their rounding. */
  readonly range: readonly [min: Decimal, max: Decimal];
  /** The unit of the stated scale as printed: `'%'`, `'个百分点'`, `'倍'`, `'亿元'`, or `''` for a bare number. */
  readonly unit: string;
  /**
   * One sentence in the language of `options.locale` (English by default): the stated figure,
   * the computed one, the verdict and the range. The same as {@link AuditResult.explanationEn}
   * or {@link AuditResult.explanationZh}.
   */
  readonly explanation: string;
  /** The sentence in English, whatever the locale. */
  readonly explanationEn: string;
  /** The sentence in Chinese, whatever the locale. */
  readonly explanationZh: string;
  /**
   * For a structure ratio checked against the levels of its parts ({@link auditStructure} with
   * `stated`): the check of each printed part, in order. The result itself is that of the part
   * furthest from its printed value, and `consistent` is whether every part is.
   */
  readonly parts?: readonly AuditResult[];
}
