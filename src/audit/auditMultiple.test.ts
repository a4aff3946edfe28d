import { describe, expect, it } from 'vitest';
import { codeOf } from '../../tests/support/expectError.js';
import { auditMultiple } from './auditMultiple.js';

describe('auditMultiple', () => {
  // seed-claims B19: 泗门镇建成区面积从96年的1.5平方公里增加到现在的10.3平方公里 (×6.866667)
  it('checks 1.5 → 10.3 平方公里 against 6.9倍', () => {
    const r = auditMultiple({ base: '1.5平方公里', current: '10.3平方公里', stated: '6.9倍' });
    expect(r.kind).toBe('multiple');
    expect([r.consistent, r.computed.toFixed(6), r.unit]).toEqual([true, '6.866667', '倍']);
    expect(r.range.map((x) => x.toFixed(6))).toEqual(['6.612903', '7.137931']);
    expect(r.explanation).toBe(
      'Stated 6.9 times; current / base gives 6.867 times, which rounds to 6.9 times: consistent.',
    );
    expect(r.explanationZh).toBe('报告值6.9倍，按基期和本期计算为6.867倍，四舍五入为6.9倍，一致。');
  });

  it('reads a bare stated multiple and finds a wrong one within input rounding', () => {
    // seed-claims B19: 6.8 is off at face value but 6.61–7.14 reaches it
    const r = auditMultiple({ base: '1.5平方公里', current: '10.3平方公里', stated: 6.8 });
    expect([r.consistent, r.withinInputRounding, r.rounded.toString()]).toEqual([
      false,
      true,
      '6.9',
    ]);
  });

  // seed-claims B22: 农民人均收入10372元，比96年增加4766元 → 96年 5606元, ×1.850161
  it('checks an exact multiple of two yuan amounts', () => {
    const r = auditMultiple({ base: '5606元', current: '10372元', stated: '1.85倍' });
    expect([r.consistent, r.computed.toFixed(6)]).toEqual([true, '1.850161']);
  });

  it('throws the documented codes', () => {
    expect(codeOf(() => auditMultiple({ base: '0', current: '5', stated: '5' }))).toBe(
      'DIVISION_BY_ZERO',
    );
    expect(codeOf(() => auditMultiple({ base: '-1', current: '5', stated: '5' }))).toBe(
      'NON_POSITIVE_BASE',
    );
    expect(codeOf(() => auditMultiple({ base: '1', current: '5', stated: '5%' }))).toBe(
      'PARSE_ERROR',
    );
    expect(codeOf(() => auditMultiple({ base: '1元', current: '5美元', stated: '5' }))).toBe(
      'UNIT_MISMATCH',
    );
    expect(codeOf(() => auditMultiple({ base: null as never, current: '5', stated: '5' }))).toBe(
      'INVALID_NUMBER',
    );
  });
});
