import { describe, expect, it } from 'vitest';
import { expectCode } from '../../tests/support/expectError.js';
import { quantity } from '../units/quantity.js';
import { targetProgress } from './targetProgress.js';

describe('targetProgress', () => {
  it('measures a plan target: 城镇化率 60 % (2020) → 62 % (2022) → 65 % by 2025', () => {
    const p = targetProgress({
      base: { period: 2020, value: '60%' },
      current: { period: '2022', value: '62%' },
      target: { period: 2025, value: '65%' },
    });
    expect([p.achieved.toString(), p.elapsed.toString(), p.onTrack]).toEqual(['0.4', '0.4', true]);
    // pace (0.62/0.6)^(1/2) − 1 = 1.6530 %; required (0.65/0.62)^(1/3) − 1 = 1.5876 %
    expect(p.pace.toFixed(6)).toBe('0.016530');
    expect(p.requiredGrowth?.toFixed(6)).toBe('0.015876');
    // ln(0.65/0.62) / ln(1.016530) = 2.882 years at the pace so far (float64: 2.88217)
    expect(p.yearsAtPace?.toFixed(3)).toBe('2.882');
  });

  it('says a met target is achieved beyond 1 with a negative growth still needed', () => {
    const p = targetProgress({
      base: { period: 2020, value: quantity('100', '亿元') },
      current: { period: 2022, value: quantity('130', '亿元') },
      target: { period: 2025, value: quantity('1200000', '万元') },
    });
    expect(p.achieved.toString()).toBe('1.5');
    expect(p.requiredGrowth?.isNegative()).toBe(true);
  });

  it('throws the documented codes', () => {
    const point = { period: 2020, value: 1 };
    expectCode(
      () => targetProgress({ base: point, current: point, target: point }),
      'DIVISION_BY_ZERO',
    );
    expectCode(
      () =>
        targetProgress({
          base: point,
          current: { period: 2022, value: 2 },
          target: { period: 2025, value: 1 },
        }),
      'DIVISION_BY_ZERO',
    );
    expectCode(
      () => targetProgress({ base: { period: 'H1', value: 1 }, current: point, target: point }),
      'INVALID_ARGUMENT',
    );
  });
});
