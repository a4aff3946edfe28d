import { describe, expect, it } from 'vitest';
import { Decimal } from '../../numbers/decimal.js';
import { describeMultiple } from './describeMultiple.js';

describe('describeMultiple', () => {
  // seed-claims B15: 泗门 2024实现工农业总产值155.3亿元，是96年的5.1倍 (96年 implied 30.450980亿)
  it('phrases 泗门 as 是96年的5.1倍', () => {
    const m = new Decimal('155.3').div('30.450980');
    expect(describeMultiple(m, { base: '96年' })).toBe('是96年的5.1倍');
    expect(describeMultiple(m)).toBe('是基期的5.1倍');
    expect(describeMultiple(m, { locale: 'en' })).toBe('5.1 times the base');
    expect(describeMultiple(m, { locale: 'en', base: 'the 1996 level' })).toBe(
      '5.1 times the 1996 level',
    );
  });

  // seed-claims B17 (×3.85), B19 (×6.866667), B16 (×15.7)
  it('rounds half up and keeps trailing zeros', () => {
    expect(describeMultiple('3.85', { decimals: 2 })).toBe('是基期的3.85倍');
    expect(describeMultiple('3.85')).toBe('是基期的3.9倍');
    expect(describeMultiple(new Decimal('10.3').div('1.5'), { decimals: 2 })).toBe(
      '是基期的6.87倍',
    );
    expect(describeMultiple('15.7', { decimals: 2 })).toBe('是基期的15.70倍');
    expect(describeMultiple(2, { decimals: 0 })).toBe('是基期的2倍');
  });

  it('throws INVALID_NUMBER and INVALID_ARGUMENT', () => {
    expect(() => describeMultiple('many')).toThrow(
      expect.objectContaining({ code: 'INVALID_NUMBER' }),
    );
    expect(() => describeMultiple(-1)).toThrow(
      'describeMultiple: multiple must not be negative, got "-1"',
    );
    expect(() => describeMultiple(2, { base: ' ' })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => describeMultiple(2, { decimals: 0.5 })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
