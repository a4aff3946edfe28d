/**
 * The library computes with its own decimal.js clone: a user's `Decimal.set(...)` on their own
 * decimal.js, before or after importing the library, changes none of its results, and the library
 * changes none of theirs.
 */
import { Decimal as UserDecimal } from 'decimal.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Decimal, growthRate, roundHalfUp, toDecimal } from '../src/index.js';

describe('isolation from the user’s own decimal.js', () => {
  let saved: UserDecimal.Config;

  beforeEach(() => {
    const { precision, rounding, toExpNeg, toExpPos, minE, maxE, modulo } = UserDecimal;
    saved = { precision, rounding, toExpNeg, toExpPos, minE, maxE, modulo };
  });

  afterEach(() => {
    UserDecimal.set(saved);
  });

  function ourResults(): string[] {
    return [
      new Decimal(1).div(3).toString(),
      new Decimal(2).div(3).toString(),
      roundHalfUp('2.25', 1).toString(),
      roundHalfUp('-2.25', 1).toString(),
      toDecimal('9.5%').toString(),
      toDecimal(1).div(7).toString(),
      new Decimal('1e-20').toString(),
      growthRate('3', '4').toString(),
    ];
  }

  const expected = [
    '0.3333333333333333333333333333333333',
    '0.6666666666666666666666666666666667',
    '2.3',
    '-2.3',
    '0.095',
    '0.1428571428571428571428571428571429',
    '0.00000000000000000001',
    '0.3333333333333333333333333333333333',
  ];

  it('the user’s Decimal.set changes none of our results', () => {
    expect(ourResults()).toEqual(expected);
    UserDecimal.set({ precision: 5, rounding: UserDecimal.ROUND_DOWN, toExpNeg: -2 });
    expect(ourResults()).toEqual(expected);
    expect(Decimal.precision).toBe(34);
    expect(Decimal.rounding).toBe(Decimal.ROUND_HALF_UP);
  });

  it('our usage changes none of the user’s results', () => {
    UserDecimal.set({ precision: 5, rounding: UserDecimal.ROUND_DOWN });
    const before = new UserDecimal(2).div(3).toString();
    expect(before).toBe('0.66666');
    ourResults();
    expect(new UserDecimal(2).div(3).toString()).toBe(before);
    expect(UserDecimal.precision).toBe(5);
    expect(UserDecimal.rounding).toBe(UserDecimal.ROUND_DOWN);
  });

  it('leaves the user’s default settings alone', () => {
    const before = new UserDecimal(1).div(3).toString();
    ourResults();
    expect(new UserDecimal(1).div(3).toString()).toBe(before);
    expect(UserDecimal.precision).toBe(saved.precision);
  });

  it('settings made before the library is loaded do not reach it', async () => {
    UserDecimal.set({
      precision: 5,
      rounding: UserDecimal.ROUND_DOWN,
      minE: -3,
      maxE: 5,
      modulo: UserDecimal.EUCLID,
    });
    vi.resetModules();
    const fresh = await import('../src/index.js');
    expect(fresh.Decimal).not.toBe(Decimal);
    expect(fresh.Decimal.minE).not.toBe(-3);
    expect(fresh.Decimal.maxE).not.toBe(5);
    expect(fresh.toDecimal('0.00001').toString()).toBe('0.00001');
    expect(fresh.toDecimal('1234567').toString()).toBe('1234567');
    expect(new fresh.Decimal(-7).mod(3).toString()).toBe('-1');
    expect(new fresh.Decimal(1).div(3).toString()).toBe(expected[0]);
  });

  it('accepts a decimal of the user’s copy keeping all its digits', () => {
    UserDecimal.set({ precision: 5, rounding: UserDecimal.ROUND_DOWN });
    const pi = '3.1415926535897932384626433832795028841971';
    const theirs = new UserDecimal(pi);
    const ours = toDecimal(theirs);
    // Every clone of decimal.js shares one prototype: the constructor tells whose settings apply.
    expect(ours.constructor).not.toBe(UserDecimal);
    expect(ours.toString()).toBe(pi);
    // Arithmetic on it uses our settings (34 digits, half up), not theirs.
    expect(ours.plus(0).toString()).toBe('3.141592653589793238462643383279503');
    expect(theirs.plus(0).toString()).toBe('3.1415');
  });
});

describe('isolation from the exported Decimal', () => {
  it('Decimal.set(...) on the exported constructor changes none of the library’s results', () => {
    const before = [
      growthRate('1', '1.1').toString(),
      toDecimal(1).div(7).toString(),
      roundHalfUp('2.25', 1).toString(),
    ];
    const { precision, rounding } = Decimal;
    try {
      Decimal.set({ precision: 5, rounding: Decimal.ROUND_DOWN });
      expect(new Decimal(1).div(7).toString()).toBe('0.14285');
      expect([
        growthRate('1', '1.1').toString(),
        toDecimal(1).div(7).toString(),
        roundHalfUp('2.25', 1).toString(),
      ]).toEqual(before);
      expect(toDecimal(new Decimal('1.23456789')).toString()).toBe('1.23456789');
    } finally {
      Decimal.set({ precision, rounding });
    }
  });
});
