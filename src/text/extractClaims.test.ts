import { describe, expect, it } from 'vitest';
import { morePassages, passageCases } from '../../tests/support/realText.js';
import * as audits from '../audit/index.js';
import type { AuditResult } from '../audit/types.js';
import { simplifiedText } from '../units/characters.js';
import { extractClaims } from './extractClaims.js';
import { extractFigures } from './extractFigures.js';
import { parseFigure } from './parseFigure.js';

type AuditFunction = (input: never) => AuditResult;

function run(fn: string, args: unknown): AuditResult {
  return ((audits as unknown as Record<string, AuditFunction>)[fn] as AuditFunction)(args as never);
}

describe('extractClaims on 13 annotated real passages (tests/fixtures/real-text/passages.json)', () => {
  const passages = passageCases();
  const found = passages.map((p) => ({ passage: p, claims: extractClaims(p.text) }));
  const matches = found.flatMap(({ passage, claims }) =>
    passage.claims.map((annotated) => ({
      annotated,
      // One stated figure may have several claims (112635人 = 城镇 + 乡村 = 男 + 女): the one
      // with the annotated inputs, else the first.
      claim: ((candidates) =>
        candidates.find(
          (c) =>
            c.inputs.map((f) => f.start).join() === annotated.inputs.map((f) => f.start).join(),
        ) ?? candidates[0])(
        claims.filter(
          (c) =>
            c.kind === annotated.kind &&
            c.stated.start === annotated.stated.start &&
            c.stated.end === annotated.stated.end,
        ),
      ),
    })),
  );
  const annotated = matches.length;
  const extracted = found.reduce((n, f) => n + f.claims.length, 0);

  it('finds at least 90% of the annotated claims, by kind and span of the stated figure', () => {
    const hits = matches.filter((m) => m.claim !== undefined).length;
    expect(annotated).toBe(47);
    expect(hits / annotated).toBeGreaterThanOrEqual(0.9);
  });

  it('gives at most 5% claims that are not annotated', () => {
    const annotatedSpans = new Set(
      passages.flatMap((p) =>
        p.claims.map((c) => `${p.id}:${c.kind}:${c.stated.start}:${c.stated.end}`),
      ),
    );
    const extra = found.flatMap(({ passage, claims }) =>
      claims.filter(
        (c) => !annotatedSpans.has(`${passage.id}:${c.kind}:${c.stated.start}:${c.stated.end}`),
      ),
    );
    expect(extra.length / extracted).toBeLessThanOrEqual(0.05);
  });

  it('ties inputs to the annotated spans and agrees with the exact oracle on every verdict', () => {
    for (const { annotated: a, claim } of matches) {
      if (claim === undefined) continue;
      expect(claim.inputs.map((f) => [f.start, f.end]).sort()).toEqual(
        a.inputs.map((f) => [f.start, f.end]).sort(),
      );
      expect(run(claim.audit.fn, claim.audit.args).consistent).toBe(a.truth.consistent);
    }
  });

  it('finds nothing in a passage with no checkable claim (DP12)', () => {
    const dp12 = passages.find((p) => p.id === 'DP12');
    expect(dp12?.claims).toEqual([]);
    expect(extractClaims(dp12?.text ?? 'x')).toEqual([]);
  });

  it('reads a traditional-character passage as its simplified form, span for span', () => {
    for (const { passage, claims } of found) {
      const simplified = extractClaims(simplifiedText(passage.text));
      expect(simplified.map((c) => [c.kind, c.start, c.end])).toEqual(
        claims.map((c) => [c.kind, c.start, c.end]),
      );
    }
  });

  it('quotes the passage between the claim’s first and last figure', () => {
    for (const { passage, claims } of found) {
      for (const c of claims) {
        expect(c.quote).toBe(passage.text.slice(c.start, c.end));
        expect(c.start).toBeLessThanOrEqual(c.stated.start);
        expect(c.end).toBeGreaterThanOrEqual(c.stated.end);
      }
    }
  });
});

describe('extractClaims on 27 more real passages, annotated by us (more-passages.json)', () => {
  it.each(morePassages())('$id ($url)', (passage) => {
    const claims = extractClaims(passage.text);
    expect(
      claims.map((c) => [
        c.kind,
        passage.text.slice(c.stated.start, c.stated.end),
        c.inputs.map((f) => passage.text.slice(f.start, f.end)),
      ]),
    ).toEqual(passage.claims.map((c) => [c.kind, c.stated.text, c.inputs]));
    claims.forEach((c, index) => {
      expect(run(c.audit.fn, c.audit.args).consistent).toBe(passage.claims[index]?.consistent);
    });
  });
});

describe('extractFigures is parseFigure on every span', () => {
  it('gives exactly what parseFigure gives for the same text', () => {
    for (const passage of [...passageCases(), ...morePassages()]) {
      for (const f of extractFigures(passage.text)) {
        expect(f.figure).toEqual(parseFigure(passage.text.slice(f.start, f.end)));
      }
    }
  });
});
