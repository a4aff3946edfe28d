import { describe, expect, it } from 'vitest';
import { codeOf } from '../../tests/support/expectError.js';
import { auditPointChange } from './auditPointChange.js';

describe('auditPointChange', () => {
  // seed-claims A19: 自来水普及率由58.4%提高到65% (+6.6 个百分点, range 6.05–7.15)
  it('checks 58.4% → 65% against 6.6个百分点', () => {
    const r = auditPointChange({ from: '58.4%', to: '65%', stated: '6.6个百分点' });
    expect(r.kind).toBe('point-change');
    expect([r.consistent, r.computed.toString(), r.stated.toString(), r.unit]).toEqual([
      true,
      '6.6',
      '6.6',
      '个百分点',
    ]);
    expect(r.range.map(String)).toEqual(['6.05', '7.15']);
    expect(r.explanation).toBe(
      'Stated 6.6 percentage points; to − from gives 6.6 percentage points, which rounds to 6.6 percentage points: consistent.',
    );
    expect(r.explanationZh).toBe(
      '报告值6.6个百分点，按起止值计算为6.6个百分点，四舍五入为6.6个百分点，一致。',
    );
  });

  it('reads the stated change as points or as a fraction', () => {
    // seed-claims A19 again
    const cases: readonly (readonly [string | number, string, string])[] = [
      ['6.6百分点', '6.6', '个百分点'],
      ['6.6 pp', '6.6', '个百分点'],
      ['6.6 percentage points', '6.6', '个百分点'],
      ['6.6%', '6.6', '个百分点'],
      ['0.066', '0.066', ''],
      [0.066, '0.066', ''],
    ];
    for (const [stated, value, unit] of cases) {
      const r = auditPointChange({ from: 0.584, to: 0.65, stated });
      expect([r.consistent, r.stated.toString(), r.unit]).toEqual([true, value, unit]);
    }
    const percent = auditPointChange(
      { from: '58.4%', to: '65%', stated: '6.6' },
      { statedScale: 'percent' },
    );
    expect([percent.consistent, percent.unit]).toEqual([true, '个百分点']);
  });

  // seed-claims A20: 乡镇污水处理率由67%提高到68% (+1 个百分点, range 0–2)
  it('checks A20 and a figure out of reach', () => {
    const r = auditPointChange({ from: '67%', to: '68%', stated: '1.0个百分点' });
    expect([r.consistent, r.decimals, r.range.map(String)]).toEqual([true, 1, ['0', '2']]);
    const far = auditPointChange({ from: '58.4%', to: '65%', stated: '7.6个百分点' });
    expect([far.consistent, far.withinInputRounding]).toEqual([false, false]);
    expect(far.explanation).toBe(
      'Stated 7.6 percentage points but to − from gives 6.6 percentage points, which rounds to 6.6 percentage points: inconsistent; inputs within their rounding give 6.05–7.15 percentage points, still not 7.6 percentage points.',
    );
  });

  it('handles a fall and the rounding of negative figures away from zero', () => {
    const r = auditPointChange({ from: '68%', to: '67%', stated: '-1个百分点' });
    expect([r.consistent, r.computed.toString()]).toEqual([true, '-1']);
    // −1.05 rounds half away from zero to −1.1, so the range [−1.05, −1.05] reaches −1.1, not −1.0
    const edge = auditPointChange(
      { from: '0.6805', to: '0.67', stated: '-1.0个百分点' },
      { exactInputs: true },
    );
    expect([edge.consistent, edge.withinInputRounding, edge.rounded.toString()]).toEqual([
      false,
      false,
      '-1.1',
    ]);
  });

  it('throws the documented codes', () => {
    expect(codeOf(() => auditPointChange({ from: '1%', to: '2%', stated: '1亿元' }))).toBe(
      'PARSE_ERROR',
    );
    expect(codeOf(() => auditPointChange({ from: 'abc', to: '2%', stated: '1%' }))).toBe(
      'INVALID_NUMBER',
    );
    expect(
      codeOf(() =>
        auditPointChange({ from: '1%', to: '2%', stated: '1' }, { statedScale: 'x' as never }),
      ),
    ).toBe('INVALID_ARGUMENT');
  });
});
