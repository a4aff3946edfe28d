import { auditSum } from '../audit/auditSum.js';
import type { AuditKind } from '../audit/types.js';
import { isTownIndicatorsError } from '../errors.js';
import type { Decimal } from '../numbers/decimal.js';
import type { Figure } from '../units/figure.js';
import { type ClaimAudit, findClaims } from './claims.js';
import type { ExtractedFigure } from './extractFigures.js';
import { requireText } from './requireText.js';
import { type ScannedFigure, scanFigures } from './scan.js';

/**
 * What a claim of report text asserts: the §6 checks and the four of report text (a structure
 * ratio, a pull, a per-capita figure, an increment).
 *
 * @category Text
 */
export type ClaimKind = AuditKind;

/**
 * A checkable statement of a passage: the figure it asserts, the figures it is computed from,
 * its span, and the audit call that checks it.
 *
 * @category Text
 */
export interface ExtractedClaim {
  /** What the claim asserts. */
  readonly kind: ClaimKind;
  /** UTF-16 offset of the claim's first figure (stated or input) in the passage. */
  readonly start: number;
  /** UTF-16 offset after its last figure (exclusive). */
  readonly end: number;
  /** `text.slice(start, end)`: the words that make the claim. */
  readonly quote: string;
  /** The figure the claim asserts (for a structure ratio, the ratio itself). */
  readonly stated: ExtractedFigure;
  /** The figures it is computed from, in the order the audit takes them. */
  readonly inputs: readonly ExtractedFigure[];
  /**
   * The audit that checks it, with the figures as printed: `{ fn: 'auditShare', args: { part:
   * '29446万元', whole: '1061209万元', stated: '2.8%' } }`. A previous level the passage gives
   * only through its increment (比上年增加3054元) is derived exactly from the printed figures.
   */
  readonly audit: ClaimAudit;
}

/** Whether parts add up to a total at its printed precision (exactly, half up). */
function addsUp(parts: readonly string[], stated: string): boolean {
  try {
    return auditSum({ parts, stated }).consistent;
  } catch (error) {
    if (isTownIndicatorsError(error)) return false;
    throw error;
  }
}

/** current − increment, exactly, in the current level's unit: '37920元' − '3054元' → '34866元'. */
function previousLevel(current: Figure, increment: Figure, sign: 1 | -1): string | undefined {
  if (current.kind !== 'amount' || increment.kind !== 'amount') return undefined;
  const unit = current.quantity.unit;
  let change: Decimal;
  try {
    change = increment.quantity.to(unit.name);
  } catch (error) {
    if (isTownIndicatorsError(error)) return undefined;
    throw error;
  }
  const previous =
    sign === 1 ? current.quantity.value.minus(change) : current.quantity.value.plus(change);
  return `${previous.toString()}${unit.name}`;
}

/**
 * The claims of scanned figures, with their spans.
 *
 * @internal
 */
export function claimsOf(text: string, figures: readonly ScannedFigure[]): ExtractedClaim[] {
  const extracted = figures.map((f) => f.extracted);
  return findClaims(figures, addsUp, previousLevel).map((found) => {
    const stated = extracted[found.stated] as ExtractedFigure;
    const inputs = found.inputs.map((index) => extracted[index] as ExtractedFigure);
    const start = Math.min(stated.start, ...inputs.map((f) => f.start));
    const end = Math.max(stated.end, ...inputs.map((f) => f.end));
    return Object.freeze({
      kind: found.kind,
      start,
      end,
      quote: text.slice(start, end),
      stated,
      inputs: Object.freeze(inputs),
      audit: found.audit,
    });
  });
}

/**
 * Finds every checkable statement of a passage: totals and their components (sum), shares whose
 * part and whole are printed (占…比重, 城镇化率, 增长面), growths with both levels or with the
 * level and its increment, totals whose components' growths are printed (aggregate growth),
 * multiples (由A增长为B, 增长N倍; 性别比 a:100), changes in points between two printed rates
 * (高出…个百分点), pulls (贡献率 × 增速 = 拉动), structure ratios (三次产业结构 a:b:c, with the
 * levels of the parts when printed), per-capita figures with total and population printed, and
 * increments with both levels. A statement that needs a figure the passage does not print, and
 * bounds (超60%, 翻了两番多, 近六成), are not claims.
 *
 * Linear in the length of the text. Source: the claim types of NBS 统计公报 (docs/text.md lists
 * each rule with a real example).
 *
 * @param text - a passage of report text, in simplified or traditional characters
 * @returns the claims, in the order of their stated figures
 * @throws TownIndicatorsError `INVALID_ARGUMENT` when `text` is not a string
 * @example
 * ```ts
 * const claims = extractClaims('耕地5353公顷,其中农田4467公顷,林地886公顷。');
 * claims.map((c) => [c.kind, c.stated.start, c.inputs.length, c.audit.fn]);
 * // => [['sum', 2, 2, 'auditSum']]
 * ```
 *
 * @category Text
 */
export function extractClaims(text: string): ExtractedClaim[] {
  requireText('extractClaims', text);
  return claimsOf(text, scanFigures(text));
}
