/**
 * How the models report what they find beyond zod's own checks: a model issue with its code,
 * and a thrown library error turned into an issue.
 *
 * @internal
 * @module
 */
import type * as z from 'zod/mini';
import { ErrorCode, isTownIndicatorsError } from '../errors.js';
import type { ModelIssueCode } from './issues.js';

/**
 * Where refinements and transforms report an issue: a refinement's context (`addIssue`), or the
 * parse payload a zod/mini transform receives (its `issues`).
 *
 * @internal
 */
export type IssueSink = Pick<z.core.$RefinementCtx, 'addIssue'> | z.core.ParsePayload;

/**
 * Adds a model issue (zod `custom` issue carrying a {@link ModelIssueCode}).
 *
 * @internal
 */
export function addModelIssue(
  ctx: IssueSink,
  code: ModelIssueCode,
  message: string,
  path: readonly PropertyKey[] = [],
): void {
  const issue = { code: 'custom' as const, message, path: [...path], params: { code } };
  if ('addIssue' in ctx) ctx.addIssue(issue);
  else ctx.issues.push({ ...issue, input: ctx.value });
}

const ISSUE_OF_ERROR: Partial<Record<ErrorCode, ModelIssueCode>> = {
  [ErrorCode.UNKNOWN_UNIT]: 'unknown_unit',
  [ErrorCode.INVALID_NUMBER]: 'invalid_number',
  [ErrorCode.INVALID_PERIOD]: 'invalid_period',
};

/**
 * Reports a TownIndicatorsError thrown while reading a value as a model issue; rethrows anything
 * else.
 *
 * @internal
 */
export function reportThrown(ctx: IssueSink, error: unknown, fallback: ModelIssueCode): void {
  if (!isTownIndicatorsError(error)) throw error;
  addModelIssue(ctx, ISSUE_OF_ERROR[error.code] ?? fallback, error.message);
}
