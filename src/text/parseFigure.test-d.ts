import { describe, expectTypeOf, it } from 'vitest';
import type { AuditResult } from '../audit/types.js';
import type { Decimal } from '../numbers/decimal.js';
import type { Figure } from '../units/figure.js';
import type { Quantity } from '../units/quantity.js';
import { auditText, type TextAudit } from './auditText.js';
import { type ClaimKind, type ExtractedClaim, extractClaims } from './extractClaims.js';
import { type ExtractedFigure, extractFigures } from './extractFigures.js';
import { parseFigure } from './parseFigure.js';

describe('the types of report text', () => {
  it('narrows a figure by its kind', () => {
    const figure = parseFigure('5.2%');
    expectTypeOf(figure).toEqualTypeOf<Figure>();
    expectTypeOf(figure.decimals).toEqualTypeOf<number | null>();
    if (figure.kind === 'amount') expectTypeOf(figure.quantity).toEqualTypeOf<Quantity>();
    if (figure.kind === 'rate') expectTypeOf(figure.value).toEqualTypeOf<Decimal>();
    if (figure.kind === 'ratio') expectTypeOf(figure.parts).toEqualTypeOf<readonly Decimal[]>();
    if (figure.kind === 'range') expectTypeOf(figure.low).toEqualTypeOf<Figure>();
  });

  it('gives spans, claims and audits', () => {
    expectTypeOf(extractFigures('')).toEqualTypeOf<ExtractedFigure[]>();
    expectTypeOf(extractClaims('')).toEqualTypeOf<ExtractedClaim[]>();
    expectTypeOf<ExtractedClaim['kind']>().toEqualTypeOf<ClaimKind>();
    expectTypeOf(auditText('')).toEqualTypeOf<TextAudit>();
    expectTypeOf<TextAudit['inconsistent'][number]['result']>().toEqualTypeOf<AuditResult>();
    // @ts-expect-error the text is a string
    auditText(5);
    // @ts-expect-error the locale is zh or en
    auditText('', { locale: 'fr' });
  });
});
