import { describe, expect, it } from 'vitest';
import { Decimal } from '../../numbers/decimal.js';
import { describeGrowth } from './describeGrowth.js';

describe('describeGrowth', () => {
  // seed-claims B03: the components of 工农业总产值 imply 9.363485% (stated 9%)
  it('phrases growth, a fall and no change in Chinese', () => {
    const implied = new Decimal('0.09363485');
    expect(describeGrowth(implied)).toBe('增长9.4%');
    expect(describeGrowth(implied, { decimals: 0 })).toBe('增长9%');
    // seed-claims B03: taken literally, 9% would need 农业 to fall 5.398943%
    expect(describeGrowth('-5.398943%')).toBe('下降5.4%');
    expect(describeGrowth(0)).toBe('持平');
    expect(describeGrowth('-0.0004')).toBe('持平');
  });

  it('phrases the same in English', () => {
    // seed-claims A12: 游客比去年同期增长54%
    expect(describeGrowth('54%', { locale: 'en', decimals: 0 })).toBe('up 54%');
    expect(describeGrowth(-0.032, { locale: 'en' })).toBe('down 3.2%');
    expect(describeGrowth('0.00049', { locale: 'en' })).toBe('unchanged');
  });

  it('keeps trailing zeros and rounds half up at the requested precision', () => {
    // seed-claims A12: 旅游综合收入增长73%
    expect(describeGrowth(0.73, { decimals: 2 })).toBe('增长73.00%');
    expect(describeGrowth('0.0005')).toBe('增长0.1%');
    expect(describeGrowth('-0.0005')).toBe('下降0.1%');
  });

  it('throws INVALID_NUMBER and INVALID_ARGUMENT', () => {
    expect(() => describeGrowth('n/a')).toThrow(
      expect.objectContaining({ code: 'INVALID_NUMBER' }),
    );
    expect(() => describeGrowth(0.1, { locale: 'fr' as 'en' })).toThrow(
      "describeGrowth: options.locale must be 'zh' or 'en', got \"fr\"",
    );
    expect(() => describeGrowth(0.1, { decimals: 21 })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
