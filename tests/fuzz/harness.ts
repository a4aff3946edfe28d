/**
 * The fuzz harness of the reliability checks: every function the package exports, called with
 * hostile and careless values (NaN, ±Infinity, −0, '1e999', '9e8999999999999999', full-width
 * digits, objects, arrays, Symbols, BigInts, frozen objects, class instances, Proxies and getters
 * that throw, `__proto__` keys, decimals of another decimal.js copy or precision) next to valid
 * ones, and each call checked: no NaN or infinite number in the result, no exception but a
 * `TownIndicatorsError` (or the caller's own, from a throwing getter), a message that names the
 * function, no argument changed or frozen, no `safeParse*` that throws.
 */
import { Decimal as OtherDecimal } from 'decimal.js';
import fc from 'fast-check';

/** What the caller's own code throws (a getter, a Proxy trap): it may pass through. */
export class CallerError extends Error {}

const OtherPrecision = OtherDecimal.clone({ precision: 5 });

function throwingGetter(): object {
  return {
    get value(): never {
      throw new CallerError('getter');
    },
  };
}

function throwingProxy(): object {
  return new Proxy(
    {},
    {
      get(): never {
        throw new CallerError('proxy');
      },
    },
  );
}

/** Values a careless or hostile caller can pass, each made fresh for each call. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    0,
    1,
    -1,
    0.1,
    1e308,
    5e-324,
    2147483648,
    '1e999',
    '9e8999999999999999',
    '1e-999999',
    '-1e-999999',
    '１２３',
    '',
    ' ',
    'abc',
    '12%',
    '-5%',
    // report text as printed (#8): every reader must read it or refuse it with a code
    '下降0.6%',
    '44.1億元',
    '增长2.7倍',
    '翻了两番多',
    '25.72:26.84:47.44',
    '1万~3万人',
    '三分之一',
    '1/0',
    '2.16和1.66个百分点',
    '万万万万',
    '1.1.1.1',
    '((((((1))))))',
    '下降下降5%',
    '9e99999999亿元',
    '1e9000000000000元',
    '60.3亿元',
    '116.7公顷',
    '2.6万余人',
    '2011',
    '2011-H1',
    '2011-13',
    '2011-06-30',
    'yuan',
    null,
    undefined,
    true,
    10n,
  ),
  fc.constant(null).map(() => Symbol('s')),
  fc.constant(null).map(() => ({})),
  fc.constant(null).map(() => []),
  fc.constant(null).map(() => [1, '2', null]),
  fc.constant(null).map(() => Object.freeze({ value: '1', unit: '亿元' })),
  fc.constant(null).map(() => ({ value: '1', unit: '亿元' })),
  fc.constant(null).map(() => ({ value: 'x', unit: '元' })),
  fc.constant(null).map(() => new Date(0)),
  fc.constant(null).map(() => new Map()),
  fc.constant(null).map(() => JSON.parse('{"__proto__": {"polluted": 1}, "id": "x"}') as object),
  fc.constant(null).map(() => new OtherDecimal('1.5')),
  fc.constant(null).map(() => new OtherPrecision('1.23456789')),
  fc.constant(null).map(throwingGetter),
  fc.constant(null).map(throwingProxy),
  fc.constant(null).map(() => () => 1),
  fc.double(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.string({ maxLength: 12 }),
);

/** One call: which function, with which arguments. */
export interface FuzzCall {
  readonly name: string;
  readonly args: readonly unknown[];
}

/** A problem one call showed. */
export interface FuzzFinding {
  readonly name: string;
  readonly kind:
    | 'non-finite'
    | 'foreign-error'
    | 'unnamed-error'
    | 'mutated'
    | 'safe-parse-threw'
    | 'slow';
  readonly detail: string;
}

function fingerprint(value: unknown, depth = 0, seen = new Set<unknown>()): string {
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return 'symbol';
  if (typeof value === 'function') return 'function';
  if (typeof value !== 'object' || value === null) return String(value);
  if (seen.has(value) || depth > 4) return '…';
  seen.add(value);
  if (value instanceof Map) return `Map(${value.size})`;
  if (value instanceof Date) return `Date(${value.getTime()})${Object.isFrozen(value)}`;
  const frozen = Object.isFrozen(value) ? 'F' : 'U';
  let keys: string[];
  try {
    keys = Object.keys(value);
  } catch {
    return 'proxy';
  }
  const parts = keys.map((key) => {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor === undefined || descriptor.get !== undefined) return `${key}:get`;
    return `${key}:${fingerprint(descriptor.value, depth + 1, seen)}`;
  });
  return `${frozen}{${parts.join(',')}}`;
}

function nonFinite(value: unknown, depth = 0, seen = new Set<unknown>()): string | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? undefined : String(value);
  }
  if (typeof value !== 'object' || value === null || depth > 6 || seen.has(value)) return undefined;
  seen.add(value);
  if (OtherDecimal.isDecimal(value)) return value.isFinite() ? undefined : value.toString();
  for (const key of Object.keys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor?.get !== undefined) continue;
    const found = nonFinite(descriptor?.value, depth + 1, seen);
    if (found !== undefined) return `${key}: ${found}`;
  }
  return undefined;
}

function isLibraryError(error: unknown): error is Error & { code: unknown } {
  return error instanceof Error && error.name === 'TownIndicatorsError' && 'code' in error;
}

/** Calls a function and returns what was wrong with the call, if anything. */
export function check(fn: (...args: unknown[]) => unknown, call: FuzzCall): FuzzFinding[] {
  const findings: FuzzFinding[] = [];
  const before = call.args.map((arg) => fingerprint(arg));
  const start = performance.now();
  try {
    const result = fn(...call.args);
    const bad = nonFinite(result);
    if (bad !== undefined) findings.push({ name: call.name, kind: 'non-finite', detail: bad });
  } catch (error) {
    if (error instanceof CallerError) {
      // the caller's own getter or Proxy: it may pass through
    } else if (!isLibraryError(error)) {
      findings.push({
        name: call.name,
        kind: 'foreign-error',
        detail: String(error).slice(0, 200),
      });
    } else if (!error.message.includes(`${call.name}:`) && !call.name.startsWith('parse')) {
      findings.push({
        name: call.name,
        kind: 'unnamed-error',
        detail: error.message.slice(0, 200),
      });
    }
    if (call.name.startsWith('safeParse') && !(error instanceof CallerError)) {
      findings.push({
        name: call.name,
        kind: 'safe-parse-threw',
        detail: String(error).slice(0, 200),
      });
    }
  }
  const elapsed = performance.now() - start;
  if (elapsed > 1000)
    findings.push({ name: call.name, kind: 'slow', detail: `${elapsed.toFixed(0)} ms` });
  const after = call.args.map((arg) => fingerprint(arg));
  if (after.some((print, index) => print !== before[index])) {
    findings.push({ name: call.name, kind: 'mutated', detail: before.join(' | ') });
  }
  return findings;
}

/** The functions of a module namespace that the harness calls (classes left out). */
export function functionsOf(
  module: Record<string, unknown>,
): [string, (...args: unknown[]) => unknown][] {
  return Object.entries(module)
    .filter(([name, value]) => typeof value === 'function' && !/^[A-Z]/.test(name))
    .map(([name, value]) => [name, value as (...args: unknown[]) => unknown]);
}

/** An arbitrary call of one of the functions, with 0 to 3 hostile arguments. */
export function callOf(names: readonly string[]): fc.Arbitrary<FuzzCall> {
  return fc.record({
    name: fc.constantFrom(...names),
    args: fc.array(hostile, { maxLength: 3 }),
  });
}
