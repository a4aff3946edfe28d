/**
 * Checks of the shape of arguments that every layer shares: an object, a list, an options
 * object. Internal: not re-exported.
 *
 * @internal
 * @module
 */
import { invalidArgumentError } from '../errors.js';
import { kindOf } from './decimal.js';

export { kindOf };

/**
 * Throws `INVALID_ARGUMENT` unless `value` is a plain object (not `null`, not a list): `fn: arg
 * must be an object <shape>, got null`. For the object arguments of calculators and audits, so
 * that a bad shape never surfaces as a `TypeError`.
 *
 * @internal
 */
export function requireObject(fn: string, arg: string, value: unknown, shape: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidArgumentError(fn, arg, `must be an object ${shape}, got ${kindOf(value)}`);
  }
}

/**
 * Throws `INVALID_ARGUMENT` unless `value` is a list: `fn: arg must be a list of <what>, got
 * null`.
 *
 * @internal
 */
export function requireList(fn: string, arg: string, value: unknown, what: string): void {
  if (!Array.isArray(value)) {
    throw invalidArgumentError(fn, arg, `must be a list of ${what}, got ${kindOf(value)}`);
  }
}

/**
 * Throws `INVALID_ARGUMENT` unless an options argument is an object (it may be left out):
 * `fn: options must be an object, got null`.
 *
 * @internal
 */
export function requireOptions(fn: string, options: unknown): void {
  if (options === undefined) return;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw invalidArgumentError(fn, 'options', `must be an object, got ${kindOf(options)}`);
  }
}

/**
 * A CSV field (RFC 4180), quoted when it holds a quote, a comma or a line break: the one rule of
 * every CSV the library writes (reports, the command's tables, panels).
 *
 * @internal
 */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
