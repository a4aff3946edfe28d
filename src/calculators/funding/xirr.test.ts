import { describe, expect, it } from 'vitest';
import { expectCode } from '../../../tests/support/expectError.js';
import { EXCEL_FLOWS } from './excelCases.testing.js';
import { xirr } from './xirr.js';
import { xnpv } from './xnpv.js';

describe('xirr', () => {
  it("gives Excel's published XIRR (0.373362535, 37.34 %) as the exact root 0.3733625335…", () => {
    // Excel stops its iteration within 0.000001 %; the exact root differs from its 9th digit.
    expect(xirr(EXCEL_FLOWS).toFixed(6)).toBe('0.373363');
    expect(xirr(EXCEL_FLOWS).toFixed(12)).toBe('0.373362533519');
  });

  it('is a root of xnpv to within 1e-30 (residual reported)', () => {
    const root = xirr(EXCEL_FLOWS);
    const residual = xnpv(root, EXCEL_FLOWS);
    expect(residual.abs().lte('1e-26')).toBe(true);
    // The root moved by 1e-30 changes the xnpv by more than that residual: the root is that close.
    expect(xnpv(root.plus('1e-29'), EXCEL_FLOWS).abs().gt(residual.abs())).toBe(true);
  });

  it('finds the same root from another guess, and a negative rate', () => {
    expect(xirr(EXCEL_FLOWS, { guess: '-0.5' }).minus(xirr(EXCEL_FLOWS)).abs().lte('1e-30')).toBe(
      true,
    );
    const loss = [
      { date: '2011-01-01', amount: -1000 },
      { date: '2012-01-01', amount: 500 },
    ];
    expect(xirr(loss).minus('-0.5').abs().lte('1e-30')).toBe(true);
  });

  it('throws the documented codes', () => {
    expectCode(
      () =>
        xirr([
          { date: '2011-01-01', amount: 1 },
          { date: '2012-01-01', amount: 2 },
        ]),
      'NO_SOLUTION',
      'xirr: no solution',
    );
    expectCode(() => xirr(EXCEL_FLOWS, { guess: -2 }), 'INVALID_ARGUMENT');
    expectCode(() => xirr([]), 'INVALID_ARGUMENT');
  });
});
