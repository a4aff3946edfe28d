/**
 * Test support: the reference figures of the seed reports (tests/fixtures/seed-claims.json, the
 * repository's copy of shared/reference/seed-claims.json), read once, with small accessors.
 */
import { readFileSync } from 'node:fs';
import type { Decimal } from '../../src/numbers/decimal.js';

/** One figure of a claim: an input or a derived value, as printed. */
export interface SeedFigure {
  readonly name: string;
  readonly value: string;
  readonly unit: string;
}

/** One claim of seed-claims.json (the fields the tests read). */
export interface SeedClaim {
  readonly id: string;
  readonly kind: string;
  readonly inputs: readonly SeedFigure[];
  readonly computed: { readonly value: string; readonly unit: string };
  readonly derived: readonly SeedFigure[];
}

let claims: readonly SeedClaim[] | undefined;

/** Every claim of the fixture. */
export function seedClaims(): readonly SeedClaim[] {
  claims ??= (
    JSON.parse(readFileSync(new URL('../fixtures/seed-claims.json', import.meta.url), 'utf8')) as {
      readonly claims: readonly SeedClaim[];
    }
  ).claims;
  return claims;
}

/** The claim with this id (`'A01'`); throws when there is none. */
export function seedClaim(id: string): SeedClaim {
  const found = seedClaims().find((c) => c.id === id);
  if (found === undefined) throw new Error(`seed claim ${id} not found`);
  return found;
}

/** The figure at `index` of a list of figures; throws when there is none. */
export function figureAt(figures: readonly SeedFigure[], index: number): SeedFigure {
  const found = figures[index];
  if (found === undefined) throw new Error(`no figure ${index}`);
  return found;
}

/** The figure called `name`; throws when there is none. */
export function figureNamed(figures: readonly SeedFigure[], name: string): SeedFigure {
  const found = figures.find((figure) => figure.name === name);
  if (found === undefined) throw new Error(`no figure ${name}`);
  return found;
}

/** A value printed with as many decimals as `as` has (`'66.832504'` → 6). */
export function printedLike(value: Decimal, as: string): string {
  return value.toFixed(as.split('.')[1]?.length ?? 0);
}
