/**
 * The 82 real claims of tests/fixtures/real-text/claims.json, each audited from the report's text
 * as printed (下降0.6%, 44.1億元, 增长2.7倍, 105.23:100, 2.6個百分點), against the truth computed
 * independently with exact fractions.
 */
import { describe, expect, it } from 'vitest';
import { type ClaimCase, claimCases } from '../../tests/support/realText.js';
import { Decimal } from '../numbers/decimal.js';
import * as audits from './index.js';
import type { AuditResult } from './types.js';

type AuditFunction = (input: never) => AuditResult;

// A result on another power-of-ten scale that keeps the printed precision is the same result.
const SCALES = ['1', '100', '0.01', '1000', '0.001'];

function agrees(result: AuditResult, claim: ClaimCase): boolean {
  const { truth } = claim;
  if (result.consistent !== truth.consistent) return false;
  if (truth.computed === null || truth.computed === undefined) return true;
  const readings = [
    [truth.computed, truth.stated],
    ...(truth.alt ?? []).map((alt) => [alt.computed, alt.stated]),
  ];
  return readings.some(([computed, stated]) =>
    SCALES.some(
      (scale) =>
        result.computed
          .times(scale)
          .minus(computed as string)
          .abs()
          .lt('1e-25') && result.stated.times(scale).eq(new Decimal(stated as string)),
    ),
  );
}

describe('the audits on 82 real claims, from the printed text', () => {
  it.each(claimCases())('$id $fn', (claim) => {
    const audit = (audits as unknown as Record<string, AuditFunction>)[claim.fn];
    expect(audit, claim.fn).toBeTypeOf('function');
    const codes = [...(claim.truth.error ?? []), ...(claim.also_error ?? [])];
    let result: AuditResult;
    try {
      result = (audit as AuditFunction)(claim.args as never);
    } catch (error) {
      expect(codes).toContain((error as { code?: string }).code);
      return;
    }
    expect(agrees(result, claim), `${result.consistent} ${result.computed} ${result.stated}`).toBe(
      true,
    );
  });
});
