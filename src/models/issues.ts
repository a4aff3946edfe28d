import { en } from 'zod/locales';
import type * as z from 'zod/mini';
import {
  ErrorCode,
  isTownIndicatorsError,
  schemaValidationError,
  type TownIndicatorsError,
} from '../errors.js';

/**
 * The codes of validation issues the models add on top of zod's own (`invalid_type`,
 * `too_small`, `invalid_format`, `invalid_value`, `unrecognized_keys`, `invalid_union` …):
 *
 * - `invalid_quantity`: text that is not an amount (`'abc'`), or `{ value, unit }` with a bad value.
 * - `unknown_unit`: a unit that is not in the units table.
 * - `wrong_dimension`: an amount of the wrong kind (an area where money belongs).
 * - `invalid_number`: a number or rate that is not a finite decimal.
 * - `invalid_period`: a period label `parsePeriod` rejects.
 * - `invalid_range`: an end before its start (a completion date before the start date).
 * - `duplicate_id`: two entities of one collection share an id (or two indicators a code).
 * - `duplicate_period`: two plans of one project for the same period.
 * - `duplicate_observation`: two observations of the same town, indicator, period, status and basis.
 * - `unknown_reference`: an id that names no entity of the dataset (town, project, quota, source).
 * - `inconsistent_reference`: references that disagree (a funding source's town is not its
 *   project's town).
 * - `reference_cycle`: a parent chain (`parentId`, `partOf`) that loops.
 * - `missing_reference`: a funding source that names neither a project nor a town.
 * - `unknown_indicator`: an indicator code neither standard nor declared by the dataset.
 * - `dimension_mismatch`: a value whose dimension is not the indicator's (a rate for `gdp`).
 * - `tiers_out_of_order`: scorecard tiers that do not run from the best to the worst.
 * - `invalid_points`: points out of range (negative, or a tier above its item's points).
 * - `unreachable_points`: a category whose items can exceed nothing (a cap of 0, or a cap over
 *   penalty items only).
 * - `invalid_rule`: a rule option that does not fit its rule (a measure on a manual item).
 *
 * @example
 * ```ts
 * const result = safeParseDataset({ schemaVersion: 1, observations: [{ townId: 'x', indicator: 'gdp', period: '2011', value: '1亿元' }] });
 * result.success ? [] : getValidationIssues(result.error).map((issue) => issue.code);
 * // => ['unknown_reference']
 * ```
 *
 * @category Models
 */
export type ModelIssueCode =
  | 'invalid_quantity'
  | 'unknown_unit'
  | 'wrong_dimension'
  | 'invalid_number'
  | 'invalid_period'
  | 'invalid_range'
  | 'duplicate_id'
  | 'duplicate_period'
  | 'duplicate_observation'
  | 'unknown_reference'
  | 'inconsistent_reference'
  | 'reference_cycle'
  | 'missing_reference'
  | 'unknown_indicator'
  | 'dimension_mismatch'
  | 'tiers_out_of_order'
  | 'invalid_points'
  | 'unreachable_points'
  | 'invalid_rule';

/**
 * The code of a {@link ValidationIssue}: one of zod's issue codes or a {@link ModelIssueCode}.
 *
 * @example
 * ```ts
 * const result = safeParseTown({ id: 't', name: '' });
 * result.success ? [] : getValidationIssues(result.error).map((issue) => issue.code);
 * // => ['too_small']
 * ```
 *
 * @category Models
 */
export type ValidationIssueCode = z.core.$ZodIssue['code'] | ModelIssueCode;

/**
 * One problem found while validating a model. `path` is a JSONPath into the input, rooted at `$`:
 * `'$.observations[3].value'`, `'$.towns[0].region.county'`; keys that are not identifiers are
 * bracketed (`"$['名称']"`).
 *
 * @example
 * ```ts
 * const result = safeParseTown({ id: 'baita', name: '白塔镇', area: '119公顷x' });
 * result.success ? undefined : getValidationIssues(result.error)[0]?.path;
 * // => '$.area'
 * ```
 *
 * @category Models
 */
export interface ValidationIssue {
  /** Where: a JSONPath such as `'$.observations[3].value'`. */
  readonly path: string;
  /** What is wrong, in English. */
  readonly message: string;
  /** A machine-readable code (zod's or a {@link ModelIssueCode}). */
  readonly code: ValidationIssueCode;
}

/**
 * The result of a `safeParseX` function: the parsed model, or the `VALIDATION_ERROR` that
 * `parseX` would throw (its `details.issues` lists every issue).
 *
 * @example
 * ```ts
 * const result = safeParseTown({ id: 'baita', name: '白塔镇' });
 * result.success ? result.data.name : result.error.code;
 * // => '白塔镇'
 * ```
 *
 * @category Models
 */
export type SafeParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: TownIndicatorsError };

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Formats a zod path as a JSONPath: `['observations', 3, 'value']` → `'$.observations[3].value'`.
 *
 * @internal
 */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let text = '$';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) text += `.${key}`;
    else {
      const name = typeof key === 'symbol' ? (key.description ?? '') : key;
      text += `['${name.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
    }
  }
  return text;
}

function codeOf(issue: z.core.$ZodIssue): ValidationIssueCode {
  if (issue.code === 'custom') {
    const code = (issue.params as { code?: unknown } | undefined)?.code;
    if (typeof code === 'string') return code as ModelIssueCode;
  }
  return issue.code;
}

// A union where one branch got inside the value while the others failed at its root (wrong type,
// no discriminator): the issues of that branch say what is wrong ("$.area.unit: expected string").
// A branch that only complains of unknown keys at the root is a weaker match than one that does not.
function deepestBranch(
  issue: z.core.$ZodIssue & { code: 'invalid_union' },
): readonly z.core.$ZodIssue[] | undefined {
  const atRoot = (inner: z.core.$ZodIssue): boolean => inner.path.length === 0;
  const candidates = issue.errors.filter((branch) =>
    branch.every((inner) => !atRoot(inner) || inner.code === 'unrecognized_keys'),
  );
  const clean = candidates.filter((branch) => !branch.some(atRoot));
  if (clean.length === 1) return clean[0];
  return clean.length === 0 && candidates.length === 1 ? candidates[0] : undefined;
}

function collect(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[],
  out: ValidationIssue[],
): void {
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({
          path: formatJsonPath([...path, key]),
          message: `unknown field "${key}"`,
          code: 'unrecognized_keys',
        });
      }
      continue;
    }
    if (issue.code === 'invalid_union') {
      const branch = deepestBranch(issue);
      if (branch !== undefined) {
        collect(branch, path, out);
        continue;
      }
    }
    out.push({
      path: formatJsonPath(path),
      message: plainWords(issue.message),
      code: codeOf(issue),
    });
  }
}

// zod names a received NaN or Infinity by its JavaScript name; a message of this library never
// carries those words (a careless reader takes them for results).
function plainWords(message: string): string {
  return message
    .replace(/-?\bInfinity\b/g, 'an infinite number')
    .replace(/\bNaN\b/g, 'not a number');
}

/** The name of a value's class, when it is an object that JSON cannot give (a Date, a Decimal …). */
function classOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype === Object.prototype || prototype === null) return undefined;
  const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && name !== '' ? name : 'an object with a prototype';
}

/**
 * Converts zod issues into {@link ValidationIssue}s with JSONPaths; one issue per unknown key.
 *
 * @internal
 */
export function toValidationIssues(issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  collect(issues, [], out);
  return out;
}

let english: z.core.$ZodErrorMap | undefined;

/**
 * Runs a schema and wraps its issues in a `VALIDATION_ERROR`.
 *
 * @internal
 */
export function safeParseWith<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  fn: string,
  arg = 'input',
): SafeParseResult<z.output<S>> {
  // zod/mini loads no locale: the English messages are passed per parse, never set globally
  // (that would change the user's own zod).
  english ??= en().localeError;
  // A class instance is not a model file: zod would list its prototype's methods as unknown keys.
  const instance = classOf(input);
  if (instance !== undefined) {
    const issue: ValidationIssue = {
      path: '$',
      message: `expected a plain object (as JSON.parse gives), got ${instance}`,
      code: 'invalid_type',
    };
    return { success: false, error: schemaValidationError(fn, arg, [issue]) };
  }
  const result = schema.safeParse(input, { error: english });
  if (result.success) return { success: true, data: result.data };
  const issues = toValidationIssues(result.error.issues);
  const error = schemaValidationError(fn, arg, issues);
  return { success: false, error };
}

/**
 * Runs a schema and throws its `VALIDATION_ERROR`.
 *
 * @internal
 */
export function parseWith<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  fn: string,
): z.output<S> {
  const result = safeParseWith(schema, input, fn);
  if (result.success) return result.data;
  throw result.error;
}

/**
 * The validation issues of an error thrown by a `parseX` function (or returned by `safeParseX`):
 * every issue, each with its JSONPath, message and code. Any other value gives `[]`.
 *
 * @param error - anything caught
 * @returns the issues of a `VALIDATION_ERROR`, otherwise an empty list
 * @example
 * ```ts
 * let issues: readonly ValidationIssue[] = [];
 * try {
 *   parseTown({ id: '', name: '白塔镇', villages: -1 });
 * } catch (error) {
 *   issues = getValidationIssues(error);
 * }
 * issues.map((issue) => issue.path);
 * // => ['$.id', '$.villages']
 * ```
 *
 * @category Models
 */
export function getValidationIssues(error: unknown): readonly ValidationIssue[] {
  if (!isTownIndicatorsError(error, ErrorCode.VALIDATION_ERROR)) return [];
  const issues = error.details?.issues;
  return Array.isArray(issues) ? (issues as ValidationIssue[]) : [];
}
