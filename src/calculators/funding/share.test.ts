import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, roundHalfUp } from '../../numbers/decimal.js';
import { quantity } from '../../units/quantity.js';
import { claim, claimInput, derived, expectError } from './seedClaims.testing.js';
import { share } from './share.js';

const percent = (value: Decimal, decimals: number): string =>
  roundHalfUp(value.times(100), decimals).toFixed(decimals);

describe('share', () => {
  it('reproduces the 66.8% social-capital share of 成都 (seed-claims A01)', () => {
    // seed-claims A01: 社会资金投入40.3亿元，占…实际完成投资60.3亿元的66.8%; computed 66.832504 %.
    const a01 = claim('A01');
    const s = share(claimInput(a01, '社会资金'), claimInput(a01, '小城镇改造'));
    expect(percent(s, 6)).toBe(a01.computed?.value);
    expect(percent(s, 1)).toBe(a01.stated?.value);
    // exact fraction 40300/603 %: s × 603 = 403 to the last digit but one
    expect(s.times(603).toDecimalPlaces(30).toString()).toBe('403');
  });

  it('reproduces the implied shares of seed-claims B11 and B24', () => {
    // seed-claims B11: 近30亿元 of 工业总产值160亿元 = 18.75% exactly.
    const b11 = claim('B11');
    expect(share(claimInput(b11, '高新'), claimInput(b11, '工业总产值')).toString()).toBe('0.1875');
    // seed-claims B24 derived: 工业 150亿 of 工农业 155.3亿 = 96.587250%.
    const b24 = claim('B24');
    const s24 = share(claimInput(b24, '泗门工业'), claimInput(b24, '泗门工农业'));
    expect(percent(s24, 6)).toBe(derived(b24, '工业占'));
  });

  it('reads plain numbers, percentages and decimals like toDecimal', () => {
    expect(share('1', '4').toString()).toBe('0.25');
    expect(share(1, 8).toString()).toBe('0.125');
    expect(share(0.3, 0.6).toString()).toBe('0.5');
    expect(share(-0, 5).toString()).toBe('0');
    expect(share(new Decimal('2'), new Decimal('8')).toString()).toBe('0.25');
    expect(share('  2 ', '8').toString()).toBe('0.25');
    expect(share('2.5%', '10%').toString()).toBe('0.25');
    expect(share('+.5', '2').toString()).toBe('0.25');
    expect(share('1e2', '4e2').toString()).toBe('0.25');
    expect(share('0', '3').toString()).toBe('0');
    expect(share(1, 3).toString()).toBe('0.3333333333333333333333333333333333');
    // a negative part or whole is computed as given
    expect(share('-1', '4').toString()).toBe('-0.25');
    expect(share('1', '-4').toString()).toBe('-0.25');
  });

  it('converts quantities into one unit, so the unit never changes the share', () => {
    // seed-claims A01 in other units: 40.3亿元 = 403000万元 = 4030000000元.
    const a = share(quantity('403000', '万元'), quantity('60.3', '亿元'));
    const b = share(quantity('40.3', '亿元'), quantity('6030000000', '元'));
    expect(a.eq(b)).toBe(true);
    expect(percent(a, 6)).toBe('66.832504');
    // area: 1 公顷 = 15 亩 exactly, so 1 亩 of 1 公顷 is 1/15 and 1 公顷 of 1 亩 is exactly 15
    expect(share(quantity('1', '公顷'), quantity('1', '亩')).toString()).toBe('15');
    // plain numbers next to a quantity are in its unit
    expect(share('40.3', quantity('60.3', '亿元')).eq(a)).toBe(true);
  });

  it('is the same for any unit of the inputs (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
        fc.integer({ min: 1, max: 1_000_000_000 }),
        (part, whole) => {
          const inWan = share(quantity(part, '万元'), quantity(whole, '万元'));
          const inYi = share(
            quantity(new Decimal(part).div(10_000), '亿元'),
            quantity(new Decimal(whole).div(10_000), '亿元'),
          );
          const mixed = share(quantity(part * 10_000, '元'), quantity(whole, '万元'));
          return inWan.eq(inYi) && inWan.eq(mixed) && inWan.eq(share(part, whole));
        },
      ),
    );
  });

  it('throws DIVISION_BY_ZERO for a zero whole, however it is written', () => {
    expectError(() => share('1', '0'), 'DIVISION_BY_ZERO', 'share: whole is zero');
    expectError(() => share(1, 0), 'DIVISION_BY_ZERO', 'share: whole');
    expectError(() => share(1, -0), 'DIVISION_BY_ZERO', 'share: whole');
    expectError(() => share(0, '0.00'), 'DIVISION_BY_ZERO', 'share: whole');
    expectError(() => share('1', '0%'), 'DIVISION_BY_ZERO', 'share: whole');
    expectError(() => share(1, new Decimal(0)), 'DIVISION_BY_ZERO', 'share: whole');
    expectError(
      () => share(quantity('1', '亿元'), quantity('0', '万元')),
      'DIVISION_BY_ZERO',
      'share: whole',
    );
  });

  it('throws INVALID_NUMBER naming the argument', () => {
    expectError(() => share('abc', '1'), 'INVALID_NUMBER', 'share: part');
    expectError(() => share('1', 'abc'), 'INVALID_NUMBER', 'share: whole');
    expectError(() => share('1', '1..2'), 'INVALID_NUMBER', 'share: whole');
    expectError(() => share('1..2', '1'), 'INVALID_NUMBER', 'share: part');
    expectError(() => share('1', '0x10'), 'INVALID_NUMBER', 'share: whole');
    expectError(() => share('0b11', '1'), 'INVALID_NUMBER', 'share: part');
    expectError(() => share('-0o7', '1'), 'INVALID_NUMBER', 'share: part');
    expectError(() => share('1', ''), 'INVALID_NUMBER', 'share: whole');
    expectError(() => share(Number.NaN, 1), 'INVALID_NUMBER', 'share: part');
    expectError(() => share(1, Number.POSITIVE_INFINITY), 'INVALID_NUMBER', 'share: whole');
    expectError(() => share('Infinity', 1), 'INVALID_NUMBER', 'share: part');
    expectError(() => share(1, null as unknown as string), 'INVALID_NUMBER', 'share: whole');
    expectError(() => share(quantity('1', '亿元'), 'x'), 'INVALID_NUMBER', 'share: whole');
  });

  it('throws UNIT_MISMATCH across dimensions and currencies', () => {
    expectError(
      () => share(quantity('850', '万美元'), quantity('1665', '万元')),
      'UNIT_MISMATCH',
      'share: whole is in 万元',
    );
    expectError(
      () => share(quantity('1', '亩'), quantity('1', '万元')),
      'UNIT_MISMATCH',
      'share: whole',
    );
  });

  it('throws INVALID_NUMBER for numbers beyond the range the library accepts (MAX_EXPONENT)', () => {
    expectError(
      () => share('1e9000000000000000', '1e-9000000000000000'),
      'INVALID_NUMBER',
      'share: ',
    );
    expectError(() => share('1e1000001', 2), 'INVALID_NUMBER', 'share: part');
  });
});
