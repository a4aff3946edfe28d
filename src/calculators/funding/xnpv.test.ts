import { describe, expect, it } from 'vitest';
import { expectCode } from '../../../tests/support/expectError.js';
import { quantity } from '../../units/quantity.js';
import { EXCEL_FLOWS } from './excelCases.testing.js';
import { xnpv } from './xnpv.js';

describe('xnpv', () => {
  it("gives Excel's published XNPV (9 % → 2,086.65)", () => {
    expect(xnpv('0.09', EXCEL_FLOWS).toFixed(2)).toBe('2086.65');
  });

  it('counts days from the first flow of the list, whatever the order of the others', () => {
    const [first, ...rest] = EXCEL_FLOWS;
    const shuffled = [first, ...rest.reverse()];
    expect(xnpv('0.09', shuffled).eq(xnpv('0.09', EXCEL_FLOWS))).toBe(true);
  });

  it('is the plain sum at a zero rate, in the unit of the first quantity', () => {
    expect(xnpv(0, EXCEL_FLOWS).toString()).toBe('3000');
    const money = [
      { date: '2011-01-01', amount: quantity('-1', '亿元') },
      { date: '2012-01-01', amount: quantity('12000', '万元') },
    ];
    // 1.2亿元 a year (365 days) later at 20 %: exactly 1亿元, so 0.
    expect(String(xnpv('20%', money))).toBe('0亿元');
  });

  it('throws the documented codes', () => {
    expectCode(() => xnpv('-1', EXCEL_FLOWS), 'NON_POSITIVE_BASE');
    expectCode(() => xnpv('0.1', [EXCEL_FLOWS[0]]), 'INVALID_ARGUMENT');
    expectCode(
      () => xnpv('0.1', [EXCEL_FLOWS[1], EXCEL_FLOWS[0]]),
      'INVALID_ARGUMENT',
      'xnpv: flows[1].date is before the date of the first flow',
    );
    expectCode(
      () => xnpv('0.1', [{ date: '2008-13-01', amount: 1 }, EXCEL_FLOWS[0]]),
      'INVALID_PERIOD',
    );
    expectCode(
      () =>
        xnpv('0.1', [
          { date: '2011-01-01', amount: quantity('1', '元') },
          { date: '2011-02-01', amount: quantity('1', '美元') },
        ]),
      'UNIT_MISMATCH',
    );
  });
});
