/**
 * The one guard of every function that takes a dataset: a parsed {@link Dataset} passes as it
 * is; a dataset file's JSON (what `sampleDatasetInput()` or `JSON.parse` gives) is parsed; an
 * object that does not validate is a `VALIDATION_ERROR` that names the function and says how to
 * fix it, and a value that is not an object at all is `INVALID_ARGUMENT`.
 *
 * @internal
 * @module
 */
import { invalidArgumentError, validationError } from '../errors.js';
import { type Dataset, safeParseDataset } from '../models/dataset.js';
import { getValidationIssues } from '../models/issues.js';

const COLLECTIONS = [
  'sources',
  'indicators',
  'towns',
  'projects',
  'fundingSources',
  'landQuotas',
  'observations',
  'claims',
] as const;

// Datasets this guard parsed itself, by the input they came from: a caller who passes the same
// JSON object twice gets the same parsed dataset (and its cached indexes) back.
let parsedInputs: WeakMap<object, Dataset> | undefined;

/** A parsed dataset is frozen all the way down to its collections (zod `readonly`). */
function isParsed(value: object): value is Dataset {
  if (!Object.isFrozen(value)) return false;
  const record = value as Record<string, unknown>;
  return COLLECTIONS.every((key) => Array.isArray(record[key]) && Object.isFrozen(record[key]));
}

/**
 * A parsed dataset, from a parsed one or from a dataset file's JSON.
 *
 * @param fn - the public function that was called
 * @param value - what the caller passed as the dataset
 * @returns the parsed dataset
 * @throws TownIndicatorsError `INVALID_ARGUMENT` when `value` is not an object;
 *   `VALIDATION_ERROR` when it is neither a parsed dataset nor a valid dataset file
 *   (`details.issues` lists every issue by JSON path)
 * @internal
 */
export function readDataset(fn: string, value: unknown): Dataset {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidArgumentError(
      fn,
      'dataset',
      'must be a dataset: the result of parseDataset, or a dataset file as JSON',
    );
  }
  if (isParsed(value)) return value;
  const known = parsedInputs?.get(value);
  if (known !== undefined) return known;
  const result = safeParseDataset(value);
  if (!result.success) {
    const issues = getValidationIssues(result.error);
    const first = issues[0];
    const shown = first === undefined ? 'see details.issues' : `${first.path}: ${first.message}`;
    throw validationError(
      fn,
      'dataset',
      `is not a valid dataset (${issues.length} issue${issues.length === 1 ? '' : 's'}; first: ${shown}); pass the result of parseDataset or a dataset file that parseDataset accepts`,
      issues,
    );
  }
  parsedInputs ??= new WeakMap();
  parsedInputs.set(value, result.data);
  return result.data;
}
