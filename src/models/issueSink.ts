/**
 * How the models report what they find beyond zod's own checks: a model issue with its code,
 * and a thrown library error turned into an issue.
 *
 * @internal
 * @module
 */
import type * as z from 'zod';
import { ErrorCode, isTownIndicatorsError } from '../errors.js';
import type { ModelIssueCode } from './issues.js';

/**
 * Where transforms and refinements report an issue (zod's refinement context).
 *
 * @internal
 */
export type IssueSink = Pick<z.core.$RefinementCtx, 'addIssue'>;

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
  ctx.addIssue({ code: 'custom', message, path: [...path], params: { code } });
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
