import { describe, expect, it } from 'vitest';
import { roundHalfUp } from '../../numbers/decimal.js';
import { isQuantity, quantity } from '../../units/quantity.js';
import { linkingSurplus } from './linkingSurplus.js';

function expectError(run: () => unknown, code: string, text: string): void {
  expect(run).toThrow(expect.objectContaining({ code, message: expect.stringContaining(text) }));
}

describe('linkingSurplus', () => {
  it('reproduces the Weishan county examples', () => {
    // DOMAIN.md (Weishan county): 8.76 − 3.44 = 5.32 公顷.
    const first = linkingSurplus({
      reclaimed: quantity('8.76', '公顷'),
      resettlementOnFarmland: quantity('3.44', '公顷'),
    });
    expect(String(first)).toBe('5.32公顷');
    // DOMAIN.md (Weishan county): 17.86 − 6.50 = 11.36 公顷.
    const second = linkingSurplus({
      reclaimed: quantity('17.86', '公顷'),
      resettlementOnFarmland: quantity('6.50', '公顷'),
    });
    expect(second.value.eq('11.36')).toBe(true);
  });

  it('counts only the resettlement land on farmland, not the whole resettlement area', () => {
    // DOMAIN.md: the whole resettlement area was 8.48 公顷, yet the surplus is 11.36, not 9.38.
    const wrong = linkingSurplus({ reclaimed: '17.86', resettlementOnFarmland: '8.48' });
    expect(wrong.toString()).toBe('9.38');
    expect(wrong.eq('11.36')).toBe(false);
  });

  it('reproduces the 成都 turnover and surplus quotas (seed-claims A04)', () => {
    // seed-claims A04: 挂钩周转指标28.20万亩, 可节余21.28万亩; derived 用于建新安置 6.92万亩,
    // 节余指标 141.866667平方公里 = 14186.666667公顷, 节余率 75.460993%.
    const surplus = linkingSurplus({
      reclaimed: quantity('28.20', '万亩'),
      resettlementOnFarmland: quantity('6.92', '万亩'),
    });
    expect(String(surplus)).toBe('21.28万亩');
    expect(roundHalfUp(surplus.to('平方公里'), 6).toString()).toBe('141.866667');
    expect(roundHalfUp(surplus.to('公顷'), 6).toString()).toBe('14186.666667');
    expect(roundHalfUp(surplus.value.div('28.20').times(100), 6).toString()).toBe('75.460993');
  });

  it('answers in the unit of the first quantity and mixes units', () => {
    // Weishan: 8.76 公顷 = 131.4 亩; 3.44 公顷 = 51.6 亩; surplus 5.32 公顷 = 79.8 亩.
    expect(
      String(
        linkingSurplus({
          reclaimed: quantity('131.4', '亩'),
          resettlementOnFarmland: quantity('3.44', '公顷'),
        }),
      ),
    ).toBe('79.8亩');
    expect(
      // a plain number next to a quantity is in that quantity's unit (亩 here)
      String(
        linkingSurplus({ reclaimed: '131.4', resettlementOnFarmland: quantity('51.6', 'mu') }),
      ),
    ).toBe('79.8亩');
    const plain = linkingSurplus({ reclaimed: 8.76, resettlementOnFarmland: 3.44 });
    expect(isQuantity(plain)).toBe(false);
    expect(plain.toString()).toBe('5.32');
  });

  it('returns a negative surplus for a shortfall instead of throwing', () => {
    // Weishan figures reversed: 3.44 reclaimed, 8.76 on farmland → a 5.32 公顷 shortfall.
    const shortfall = linkingSurplus({
      reclaimed: quantity('3.44', '公顷'),
      resettlementOnFarmland: quantity('8.76', '公顷'),
    });
    expect(String(shortfall)).toBe('-5.32公顷');
  });

  it('throws INVALID_ARGUMENT for negative areas', () => {
    expectError(
      () => linkingSurplus({ reclaimed: -1, resettlementOnFarmland: 0 }),
      'INVALID_ARGUMENT',
      'linkingSurplus: reclaimed',
    );
    expectError(
      () => linkingSurplus({ reclaimed: 1, resettlementOnFarmland: '-0.5' }),
      'INVALID_ARGUMENT',
      'linkingSurplus: resettlementOnFarmland',
    );
  });

  it('throws UNIT_MISMATCH for a quantity that is not an area', () => {
    expectError(
      () =>
        linkingSurplus({
          reclaimed: quantity('8.76', '公顷'),
          resettlementOnFarmland: quantity('3.44', '万元'),
        }),
      'UNIT_MISMATCH',
      'linkingSurplus: resettlementOnFarmland',
    );
  });

  it('throws INVALID_NUMBER for input that is not a number', () => {
    expectError(
      () => linkingSurplus({ reclaimed: 'lots', resettlementOnFarmland: 1 }),
      'INVALID_NUMBER',
      'reclaimed',
    );
  });
});
