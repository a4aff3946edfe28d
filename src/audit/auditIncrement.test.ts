import { describe, expect, it } from 'vitest';
import { codeOf } from '../../tests/support/expectError.js';
import { auditIncrement } from './auditIncrement.js';

describe('auditIncrement', () => {
  // real-text DP13: 城镇居民人均可支配收入37920元, 比上年增加3054元 (so 34866元 the year before)
  it('checks 比上年增加 against both levels', () => {
    const r = auditIncrement({ previous: '34866元', current: '37920元', stated: '增加3054元' });
    expect([r.kind, r.consistent, r.computed.toString(), r.unit]).toEqual([
      'increment',
      true,
      '3054',
      '元',
    ]);
  });

  it('reads a fall as a negative increment and converts units', () => {
    const r = auditIncrement({ previous: '6.01万人', current: '5.89万人', stated: '减少1200人' });
    expect([r.consistent, r.computed.toString()]).toEqual([true, '-1200']);
    const wrong = auditIncrement({ previous: '94.8万人', current: '94.9万人', stated: '0.2万人' });
    expect([wrong.consistent, wrong.withinInputRounding]).toEqual([false, true]);
  });

  it('labels a bare stated increment with the inputs’ unit', () => {
    expect(auditIncrement({ previous: '10亩', current: '12亩', stated: '2' }).unit).toBe('亩');
  });

  it('throws the documented codes', () => {
    expect(codeOf(() => auditIncrement({ previous: '1亩', current: '2元', stated: '1' }))).toBe(
      'UNIT_MISMATCH',
    );
    expect(codeOf(() => auditIncrement({ previous: 'x', current: '2元', stated: '1' }))).toBe(
      'INVALID_NUMBER',
    );
    expect(codeOf(() => auditIncrement({ previous: '1元', current: '2元', stated: '1担' }))).toBe(
      'UNKNOWN_UNIT',
    );
  });
});
