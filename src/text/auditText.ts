import { auditAggregateGrowth } from '../audit/auditAggregateGrowth.js';
import { auditGrowth } from '../audit/auditGrowth.js';
import { auditIncrement } from '../audit/auditIncrement.js';
import { auditMultiple } from '../audit/auditMultiple.js';
import { auditPerCapita } from '../audit/auditPerCapita.js';
import { auditPointChange } from '../audit/auditPointChange.js';
import { auditPull } from '../audit/auditPull.js';
import { auditShare } from '../audit/auditShare.js';
import { auditStructure } from '../audit/auditStructure.js';
import { auditSum } from '../audit/auditSum.js';
import type { AuditResult } from '../audit/types.js';
import {
  invalidArgumentError,
  isTownIndicatorsError,
  type TownIndicatorsError,
} from '../errors.js';
import { requireOptions } from '../numbers/internal.js';
import type { ClaimAudit } from './claims.js';
import { claimsOf, type ExtractedClaim } from './extractClaims.js';
import type { ExtractedFigure } from './extractFigures.js';
import { requireText } from './requireText.js';
import { scanFigures } from './scan.js';

/** Options of {@link auditText}. @category Text */
export interface AuditTextOptions {
  /** The language of each result's `explanation`: `'en'` (the default) or `'zh'`. */
  readonly locale?: 'zh' | 'en';
}

/** A claim of the passage with the result of its audit. @category Text */
export interface AuditedClaim {
  readonly claim: ExtractedClaim;
  readonly result: AuditResult;
}

/** A claim whose audit could not be made (an input no audit reads), with the coded error. */
export interface UnauditedClaim {
  readonly claim: ExtractedClaim;
  readonly error: TownIndicatorsError;
}

/** What {@link auditText} finds in a passage. @category Text */
export interface TextAudit {
  /** Every claim with its audit, in the order of the stated figures. */
  readonly claims: readonly AuditedClaim[];
  /** Every figure of the passage. */
  readonly figures: readonly ExtractedFigure[];
  /** How many claims were audited. */
  readonly checked: number;
  /** The claims whose stated figure follows from its inputs. */
  readonly consistent: readonly AuditedClaim[];
  /** The claims whose stated figure does not: what to look at first. */
  readonly inconsistent: readonly AuditedClaim[];
  /** Claims found but not audited, each with its coded error (never a lost passage). */
  readonly errors: readonly UnauditedClaim[];
}

type Audit = (args: never, options: { readonly locale: 'zh' | 'en' }) => AuditResult;

const AUDITS: Readonly<Record<ClaimAudit['fn'], Audit>> = {
  auditShare,
  auditSum,
  auditGrowth,
  auditAggregateGrowth,
  auditMultiple,
  auditPointChange,
  auditStructure,
  auditPull,
  auditPerCapita,
  auditIncrement,
} as unknown as Readonly<Record<ClaimAudit['fn'], Audit>>;

/**
 * Checks every claim of a passage: finds its figures and claims ({@link extractClaims}), runs
 * the audit of each with the figures as printed, and ties each result to the claim's span so a
 * UI can highlight it. Paste a bulletin, get every inconsistent statement.
 *
 * A claim whose audit cannot be made (an input no audit reads) is listed in `errors` with its
 * coded error; the rest of the passage is still checked.
 *
 * Source: the audits of §6 and §9 (exact, half up at the printed precision; NBS rounding).
 *
 * @param text - a passage of report text
 * @param options - `locale` of the explanations (`'en'` or `'zh'`)
 * @returns the {@link TextAudit}
 * @throws TownIndicatorsError `INVALID_ARGUMENT` when `text` is not a string or `options` is not
 *   an object, or for a bad locale
 * @example
 * ```ts
 * const audit = auditText('总人口32320人,其中男性16308人,女性16012人。14岁以下5145人,占16.1%。');
 * [audit.checked, audit.inconsistent.map((c) => c.claim.stated.start)];
 * // => [2, [42]]
 * ```
 *
 * @category Text
 */
export function auditText(text: string, options: AuditTextOptions = {}): TextAudit {
  requireText('auditText', text);
  requireOptions('auditText', options);
  const locale = options.locale ?? 'en';
  if (locale !== 'en' && locale !== 'zh') {
    throw invalidArgumentError(
      'auditText',
      'options.locale',
      `must be 'en' or 'zh', got ${JSON.stringify(locale)}`,
      locale,
    );
  }
  const scanned = scanFigures(text);
  const audited: AuditedClaim[] = [];
  const errors: UnauditedClaim[] = [];
  for (const claim of claimsOf(text, scanned)) {
    try {
      const result = (AUDITS[claim.audit.fn] as Audit)(claim.audit.args as never, { locale });
      audited.push(Object.freeze({ claim, result }));
    } catch (error) {
      if (!isTownIndicatorsError(error)) throw error;
      errors.push(Object.freeze({ claim, error }));
    }
  }
  return Object.freeze({
    claims: Object.freeze(audited),
    figures: Object.freeze(scanned.map((f) => f.extracted)),
    checked: audited.length,
    consistent: Object.freeze(audited.filter((c) => c.result.consistent)),
    inconsistent: Object.freeze(audited.filter((c) => !c.result.consistent)),
    errors: Object.freeze(errors),
  });
}
