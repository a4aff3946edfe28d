/**
 * A fast slice of the fuzz suite (`npm run fuzz` runs ≥ 100,000 calls): 6,000 calls over every
 * exported function, with a fixed seed, so it is the same run every time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as library from '../src/index.js';
import { callOf, check, type FuzzFinding, functionsOf } from './fuzz/harness.js';

const functions = new Map(functionsOf(library as unknown as Record<string, unknown>));

describe('every export under hostile and careless input (fixed seed)', () => {
  it('returns no NaN or Infinity, throws only its own named errors, changes no argument', () => {
    const findings: FuzzFinding[] = [];
    fc.assert(
      fc.property(callOf([...functions.keys()]), (call) => {
        const fn = functions.get(call.name);
        if (fn !== undefined) findings.push(...check(fn, call));
      }),
      { seed: 20261201, numRuns: 6000 },
    );
    // `slow` is left to `npm run fuzz`: a loaded CI machine must not fail a unit test on time.
    expect(findings.filter((f) => f.kind !== 'slow')).toEqual([]);
  }, 120_000);
});
