/**
 * Test support (not part of the library): the verified seed claims of
 * `tests/fixtures/seed-claims.json` (the repository's copy of `shared/reference/seed-claims.json`)
 * and a helper for expected errors.
 *
 * @internal
 * @module
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { type Quantity, quantity } from '../../units/quantity.js';

/** One input figure of a claim. @internal */
export interface ClaimInput {
  readonly name: string;
  readonly value: string;
  readonly unit: string;
}

/** One verified claim of the seed reports. @internal */
export interface Claim {
  readonly id: string;
  readonly quote: string;
  readonly inputs: readonly ClaimInput[];
  readonly computed: { readonly value: string; readonly exact_fraction: string } | null;
  readonly stated: { readonly value: string; readonly decimals: number } | null;
  readonly derived?: readonly { readonly name: string; readonly value: string }[];
}

let cache: readonly Claim[] | undefined;

/** The claim with this id (`'A01'`); throws when there is none. @internal */
export function claim(id: string): Claim {
  cache ??= (
    JSON.parse(
      readFileSync(new URL('../../../tests/fixtures/seed-claims.json', import.meta.url), 'utf8'),
    ) as { claims: Claim[] }
  ).claims;
  const found = cache.find((c) => c.id === id);
  if (found === undefined) throw new Error(`seed-claims.json has no claim ${id}`);
  return found;
}

/** The input of a claim whose name starts with `name`, as a quantity. @internal */
export function claimInput(c: Claim, name: string): Quantity {
  const found = c.inputs.find((i) => i.name.startsWith(name));
  if (found === undefined) throw new Error(`claim ${c.id} has no input ${name}`);
  return quantity(found.value, found.unit);
}

/** The derived figure of a claim whose name starts with `name`. @internal */
export function derived(c: Claim, name: string): string {
  const found = c.derived?.find((d) => d.name.startsWith(name));
  if (found === undefined) throw new Error(`claim ${c.id} has no derived figure ${name}`);
  return found.value;
}

/**
 * Expects `run` to throw a TownIndicatorsError with `code` and a message containing `text`.
 *
 * @internal
 */
export function expectError(run: () => unknown, code: string, text: string): void {
  expect(run).toThrow(expect.objectContaining({ code, message: expect.stringContaining(text) }));
}
