/**
 * The real-text reference cases of tests/fixtures/real-text (copied from the shared reference,
 * truth computed independently with exact fractions; see its README.md), typed for the tests.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../fixtures/real-text/', import.meta.url));

function read(name: string): unknown {
  return JSON.parse(readFileSync(`${dir}${name}`, 'utf8'));
}

export interface ExpectedFigure {
  readonly kind: string;
  readonly value?: string;
  readonly unit?: string;
  readonly alts?: readonly (readonly [string, string])[];
  readonly qualifier?: string | null;
  readonly decimals?: number | null;
  readonly dimension?: string;
  readonly parts?: readonly string[];
  readonly low?: ExpectedFigure;
  readonly high?: ExpectedFigure;
  readonly code?: string;
}

export interface FigureCase {
  readonly id: string;
  readonly text: string;
  readonly expect: ExpectedFigure;
  readonly also?: readonly ExpectedFigure[];
}

export interface ClaimCase {
  readonly id: string;
  readonly kind: string;
  readonly fn: string;
  readonly args: Readonly<Record<string, unknown>>;
  readonly truth: {
    readonly consistent?: boolean;
    readonly computed?: string | null;
    readonly stated?: string | null;
    readonly decimals?: number | null;
    readonly alt?: readonly { readonly stated: string; readonly computed: string }[];
    readonly error?: readonly string[];
  };
  readonly also_error?: readonly string[];
}

export interface SpanText {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface PassageCase {
  readonly id: string;
  readonly text: string;
  readonly claims: readonly {
    readonly kind: string;
    readonly stated: SpanText;
    readonly inputs: readonly SpanText[];
    readonly truth: { readonly consistent: boolean };
  }[];
}

export interface MorePassage {
  readonly id: string;
  readonly url: string;
  readonly text: string;
  readonly claims: readonly {
    readonly kind: string;
    readonly stated: SpanText;
    readonly inputs: readonly string[];
    readonly consistent: boolean;
  }[];
}

export function figureCases(): readonly FigureCase[] {
  return (read('figures.json') as { figures: FigureCase[] }).figures;
}

export function claimCases(): readonly ClaimCase[] {
  return (read('claims.json') as { claims: ClaimCase[] }).claims;
}

export function passageCases(): readonly PassageCase[] {
  return (read('passages.json') as { passages: PassageCase[] }).passages;
}

export function morePassages(): readonly MorePassage[] {
  return (read('more-passages.json') as { passages: MorePassage[] }).passages;
}
