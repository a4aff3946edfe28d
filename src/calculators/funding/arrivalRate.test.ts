import { describe, expect, it } from 'vitest';
import { roundHalfUp } from '../../numbers/decimal.js';
import { quantity } from '../../units/quantity.js';
import { arrivalRate } from './arrivalRate.js';
import { claim, claimInput, expectError } from './seedClaims.testing.js';

describe('arrivalRate', () => {
  it('reproduces the 51.05% arrival of contracted foreign capital (seed-claims B06)', () => {
    // seed-claims B06: 协议引进外资1665万美元，实到外资850万美元; 到位率 51.051051% (17000/333 %).
    const b06 = claim('B06');
    const r = arrivalRate(claimInput(b06, '协议外资'), claimInput(b06, '实到外资'));
    expect(roundHalfUp(r.times(100), 6).toFixed(6)).toBe(b06.computed?.value);
    expect(r.times(333).toDecimalPlaces(30).toString()).toBe('170');
  });

  it('reads the same figures in other units and as plain numbers', () => {
    const b06 = claim('B06');
    const r = arrivalRate(claimInput(b06, '协议外资'), claimInput(b06, '实到外资'));
    expect(arrivalRate(quantity('0.1665', '亿美元'), quantity('8500000', '美元')).eq(r)).toBe(true);
    expect(arrivalRate('1665', '850').eq(r)).toBe(true);
    expect(arrivalRate(quantity('1665', '万美元'), '850').eq(r)).toBe(true);
    expect(arrivalRate('200', '250').toString()).toBe('1.25');
  });

  it('throws UNIT_MISMATCH when dollars meet yuan (seeds/002: 实到内资9000万元)', () => {
    expectError(
      () => arrivalRate(quantity('1665', '万美元'), quantity('9000', '万元')),
      'UNIT_MISMATCH',
      'arrivalRate: received is in 万元',
    );
  });

  it('throws DIVISION_BY_ZERO, NON_POSITIVE_BASE and INVALID_NUMBER', () => {
    expectError(() => arrivalRate(0, 5), 'DIVISION_BY_ZERO', 'arrivalRate: committed is zero');
    expectError(
      () => arrivalRate('-10', '5'),
      'NON_POSITIVE_BASE',
      'arrivalRate: committed must be positive, got "-10"',
    );
    expectError(() => arrivalRate('10', 'x'), 'INVALID_NUMBER', 'arrivalRate: received');
  });
});
