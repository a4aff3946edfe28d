import type { AuditResult } from '../audit/types.js';
import { schemaValidationError } from '../errors.js';
import { type Claim, type ClaimInput, runClaimAudit, safeParseClaim } from '../models/claim.js';
import { getValidationIssues } from '../models/issues.js';

const FN = 'auditClaim';

/**
 * Audits one claim — a stated figure with its inputs as printed — by the audit its `kind` calls
 * for: {@link auditShare}, {@link auditSum}, {@link auditGrowth}, {@link auditAggregateGrowth},
 * {@link auditMultiple} or {@link auditPointChange}, on the figures' text as printed
 * (`exactInputs` passed through). {@link auditDataset} runs it on every claim of a dataset.
 *
 * Formula: the audit of the claim's kind; consistent ⇔ the exact value rounded half up at the
 * stated precision equals the stated figure.
 *
 * Source: NBS rounding convention (四舍五入 at the printed precision); the Chinese term is 数据核对.
 *
 * @param claim - a parsed {@link Claim}, or a claim as written in a dataset file (parsed first)
 * @returns the {@link AuditResult}
 * @throws TownIndicatorsError `VALIDATION_ERROR` for a claim that does not validate (the issues
 *   by JSON path in `details.issues`); the audit's own errors (`DIVISION_BY_ZERO`, `UNIT_MISMATCH`)
 * @example
 * ```ts
 * const result = auditClaim({ id: 'a01', townId: 'x', kind: 'share', stated: '66.8%', source: { document: 'chengdu' }, inputs: { part: '40.3亿元', whole: '60.3亿元' } });
 * [result.consistent, result.computed.toFixed(4)];
 * // => [true, '66.8325']
 * ```
 *
 * @category Datasets
 */
export function auditClaim(claim: Claim | ClaimInput): AuditResult {
  const parsed = safeParseClaim(claim);
  if (!parsed.success) {
    throw schemaValidationError(FN, 'claim', getValidationIssues(parsed.error));
  }
  return runClaimAudit(parsed.data);
}
