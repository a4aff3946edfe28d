/**
 * Message templates, one place for every sentence the library throws. Each names the function
 * (`fn`) and the argument (`arg`). Messages may be reworded; codes are the contract. They are
 * separate functions so that a bundle keeps only the sentences it can throw.
 *
 * @internal
 * @module
 */

function show(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') {
    return String(value);
  }
  if (value === null || value === undefined) return String(value);
  // A decimal (of any decimal.js copy) shows its value, briefly: '1e-5000', not [object Decimal].
  try {
    const decimal = value as { constructor?: { isDecimal?: unknown }; toExponential?: unknown };
    if (
      typeof decimal.constructor?.isDecimal === 'function' &&
      typeof decimal.toExponential === 'function'
    ) {
      return `decimal ${String((decimal.toExponential as (digits: number) => string).call(value, 6))}`;
    }
  } catch {
    // a Proxy or a getter that throws: fall back to the tag below
  }
  return Object.prototype.toString.call(value);
}

/** @internal */
export function invalidNumber(fn: string, arg: string, value: unknown, limit?: number): string {
  const range =
    limit === undefined ? '' : ` between 1e-${limit} and 1e+${limit} in magnitude (or 0)`;
  return `${fn}: ${arg} must be a finite number${range}, got ${show(value)}`;
}

/** @internal */
export function resultOutOfRange(fn: string, arg: string, limit: number): string {
  const why =
    arg === 'result' ? 'the inputs are too far apart' : `${arg} is too far from the other inputs`;
  return `${fn}: the result would lie beyond 1e±${limit} in magnitude (the library's range); ${why}`;
}

/** @internal */
export function divisionByZero(fn: string, arg: string): string {
  return `${fn}: ${arg} is zero, and the formula divides by it`;
}

/** @internal */
export function nonPositiveBase(
  fn: string,
  arg: string,
  value: unknown,
  requirement = 'must be positive',
): string {
  return `${fn}: ${arg} ${requirement}, got ${show(value)}`;
}

/** @internal */
export function unitMismatch(fn: string, arg: string, from: string, to: string): string {
  return `${fn}: ${arg} is in ${from}, which cannot be combined with ${to}`;
}

/** @internal */
export function unknownUnit(fn: string, arg: string, unit: unknown): string {
  return `${fn}: ${arg} names an unknown unit ${show(unit)}`;
}

/** @internal */
export function parseError(fn: string, arg: string, reason: string): string {
  return `${fn}: cannot read ${arg}: ${reason}`;
}

/** @internal */
export function invalidPeriod(fn: string, arg: string, value: unknown, reason?: string): string {
  return `${fn}: ${arg} is not a valid period${reason ? ` (${reason})` : ''}, got ${show(value)}`;
}

/** @internal */
export function invalidDate(fn: string, arg: string, value: unknown, reason?: string): string {
  return `${fn}: ${arg} is not a valid date${reason ? ` (${reason})` : ''}, got ${show(value)}`;
}

/** @internal */
export function periodOutOfRange(fn: string, arg: string, value: unknown, what: string): string {
  return `${fn}: ${arg} ${show(value)} has no ${what}: it would fall outside the years 0000–9999`;
}

/** @internal */
export function validation(fn: string, arg: string, count: number, first: string): string {
  return `${fn}: ${arg} is invalid (${count} issue${count === 1 ? '' : 's'}); first: ${first}`;
}

/** @internal */
export function noSolution(fn: string, reason: string): string {
  return `${fn}: no solution: ${reason}`;
}

/** @internal */
export function invalidArgument(fn: string, arg: string, reason: string): string {
  return `${fn}: ${arg} ${reason}`;
}
