import { describe, expect, it } from 'vitest';
import { codeOf } from '../../tests/support/expectError.js';
import { auditPull } from './auditPull.js';

describe('auditPull', () => {
  // real-text DC031: 贡献率134.4%, 增长7.4%, 拉动9.9个百分点 (134.4% × 7.4% = 9.9456)
  it('checks 拉动 = 贡献率 × 增速', () => {
    const r = auditPull({ contributionRate: '134.4%', growth: '7.4%', stated: '9.9个百分点' });
    expect([r.kind, r.consistent, r.computed.toString(), r.unit]).toEqual([
      'pull',
      true,
      '9.9456',
      '个百分点',
    ]);
  });

  // real-text DC048: 70.4% × 3.6% = 2.5344, printed 2.6個百分點
  it('finds a pull that does not follow, in traditional text', () => {
    const r = auditPull({ contributionRate: '70.4%', growth: '3.6%', stated: '2.6個百分點' });
    expect([r.consistent, r.computed.toString(), r.rounded.toString()]).toEqual([
      false,
      '2.5344',
      '2.5',
    ]);
    // 70.35–70.45 % × 3.55–3.65 %: 2.497–2.571, which reaches 2.55: the inputs' rounding explains it
    expect(r.withinInputRounding).toBe(true);
    const far = auditPull({ contributionRate: '70.4%', growth: '3.6%', stated: '2.7個百分點' });
    expect(far.withinInputRounding).toBe(false);
    expect(r.explanationZh).toContain('按贡献率乘增速计算为');
  });

  it('reads a fall in the growth and fractions', () => {
    const r = auditPull({ contributionRate: 0.5, growth: '下降2%', stated: '-1个百分点' });
    expect([r.consistent, r.computed.toString()]).toEqual([true, '-1']);
  });

  it('throws the documented codes', () => {
    expect(
      codeOf(() => auditPull({ contributionRate: 'x', growth: '1%', stated: '1个百分点' })),
    ).toBe('INVALID_NUMBER');
    expect(codeOf(() => auditPull({ contributionRate: '1%', growth: '1%', stated: '1倍' }))).toBe(
      'PARSE_ERROR',
    );
    expect(codeOf(() => auditPull(null as never))).toBe('INVALID_ARGUMENT');
  });
});
