import { describe, expect, it } from 'vitest';
import { Decimal } from '../../numbers/decimal.js';
import { describePointChange } from './describePointChange.js';

describe('describePointChange', () => {
  // seed-claims A19: 自来水普及率由58.4%提高到65%
  it('phrases 58.4% → 65% as 提高6.6个百分点', () => {
    const delta = new Decimal('0.65').minus('0.584');
    expect(describePointChange(delta)).toBe('提高6.6个百分点');
    expect(describePointChange(delta, { locale: 'en' })).toBe('up 6.6 percentage points');
    expect(describePointChange(0.65 - 0.584)).toBe('提高6.6个百分点');
  });

  // seed-claims A20: 乡镇污水处理率由67%提高到68% (and the same figures read backwards)
  it('keeps trailing zeros, and phrases a fall', () => {
    expect(describePointChange('0.01')).toBe('提高1.0个百分点');
    expect(describePointChange('-0.01')).toBe('下降1.0个百分点');
    expect(describePointChange('-1%', { locale: 'en' })).toBe('down 1.0 percentage points');
    expect(describePointChange('0.01', { locale: 'en', decimals: 0 })).toBe(
      'up 1 percentage point',
    );
    expect(describePointChange('0.0266', { decimals: 0 })).toBe('提高3个百分点');
  });

  it('says 持平 / unchanged when the change rounds to zero', () => {
    expect(describePointChange('0.0004')).toBe('持平');
    expect(describePointChange('-0.0004', { locale: 'en' })).toBe('unchanged');
    // half up: 0.05 points rounds to 0.1
    expect(describePointChange('0.0005')).toBe('提高0.1个百分点');
  });

  it('throws INVALID_NUMBER and INVALID_ARGUMENT', () => {
    expect(() => describePointChange('x')).toThrow(
      expect.objectContaining({ code: 'INVALID_NUMBER' }),
    );
    expect(() => describePointChange(0.1, { decimals: Number.NaN })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => describePointChange(0.1, { locale: 'ZH' as 'zh' })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
