/**
 * The argument checks and options every audit shares.
 *
 * @internal
 * @module
 */

import { invalidArgumentError } from '../../errors.js';
import { kindOf, requireOptions } from '../../numbers/internal.js';
import type { AuditOptions } from '../types.js';
import type { AuditLocale } from './explain.js';

/**
 * Throws `INVALID_ARGUMENT` unless `input` is an object (the audits take named inputs).
 *
 * @internal
 */
export function requireInput(fn: string, input: unknown): void {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw invalidArgumentError(
      fn,
      'input',
      `must be an object of named inputs, got ${kindOf(input)}`,
    );
  }
}

/** The options every audit reads. @internal */
export interface ReadAuditOptions {
  /** `options.exactInputs`: no input rounding is considered. */
  readonly exact: boolean;
  /** `options.locale`: the language of `explanation`. */
  readonly locale: AuditLocale;
}

/**
 * Reads the options every audit accepts: `options` must be an object (or left out), then
 * `exactInputs` ({@link readExactInputs}) and `locale` (`'en'` by default, else `'zh'`;
 * anything else throws `INVALID_ARGUMENT` naming `options.locale`).
 *
 * @internal
 */
export function readAuditOptions(fn: string, options: AuditOptions): ReadAuditOptions {
  requireOptions(fn, options);
  const exact = readExactInputs(fn, options);
  const locale = options.locale ?? 'en';
  if (locale !== 'en' && locale !== 'zh') {
    throw invalidArgumentError(
      fn,
      'options.locale',
      `must be 'en' or 'zh', got ${JSON.stringify(String(locale))}`,
      locale,
    );
  }
  return { exact, locale };
}

/** Reads the `exactInputs` option. @internal */
export function readExactInputs(fn: string, options: { readonly exactInputs?: boolean }): boolean {
  const value = options.exactInputs ?? false;
  if (typeof value !== 'boolean') {
    throw invalidArgumentError(
      fn,
      'options.exactInputs',
      `must be a boolean, got ${typeof value}`,
      value,
    );
  }
  return value;
}
