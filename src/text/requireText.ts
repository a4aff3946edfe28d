/**
 * The argument check every text function shares: report text must be a string.
 *
 * @internal
 * @module
 */
import { invalidArgumentError } from '../errors.js';
import { kindOf } from '../numbers/decimal.js';

/** Throws `INVALID_ARGUMENT` naming `fn` unless `text` is a string. @internal */
export function requireText(fn: string, text: unknown): asserts text is string {
  if (typeof text !== 'string') {
    throw invalidArgumentError(fn, 'text', `must be a string, got ${kindOf(text)}`);
  }
}
