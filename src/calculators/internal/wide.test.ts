import { describe, expect, it } from 'vitest';
import { Decimal } from '../../numbers/decimal.js';
import { narrow, sum, WideDecimal } from './wide.js';

describe('WideDecimal and narrow', () => {
  it('computes with 60 digits and narrows to the 34 of the library, rounding half up', () => {
    const third = new WideDecimal(1).div(3);
    expect(third.toString()).toBe(`0.${'3'.repeat(60)}`);
    const twoThirds = narrow(new WideDecimal(2).div(3));
    expect(twoThirds.toString()).toBe('0.6666666666666666666666666666666667');
    expect(twoThirds.constructor).toBe(Decimal);
    // Half up at the 35th digit, away from zero for negatives too.
    expect(narrow(new WideDecimal(`0.${'1'.repeat(33)}15`)).toString()).toBe(
      `0.${'1'.repeat(33)}2`,
    );
    expect(narrow(new WideDecimal(`-0.${'1'.repeat(33)}15`)).toString()).toBe(
      `-0.${'1'.repeat(33)}2`,
    );
  });

  it('does not change the settings of the library clone', () => {
    expect(WideDecimal.precision).toBe(60);
    expect(WideDecimal.rounding).toBe(Decimal.ROUND_HALF_UP);
    expect(Decimal.precision).toBe(34);
  });
});

describe('sum', () => {
  const values = ['0.1', '0.2', '0.3'].map((v) => new Decimal(v));

  it('adds exactly, the whole list or a range', () => {
    expect(sum(values).toString()).toBe('0.6');
    expect(sum(values, 1).toString()).toBe('0.5');
    expect(sum(values, 0, 2).toString()).toBe('0.3');
    expect(sum([]).toString()).toBe('0');
  });

  it('stops at the end of the list', () => {
    expect(sum(values, 2, 10).toString()).toBe('0.3');
  });
});
