import { describe, expect, it } from 'vitest';
import { expectCode } from '../../../tests/support/expectError.js';
import {
  figureNamed,
  printedLike,
  type SeedFigure,
  seedClaim,
} from '../../../tests/support/seedClaims.js';
import { Decimal } from '../../numbers/decimal.js';
import { quantity } from '../../units/quantity.js';
import { multiple } from './multiple.js';

describe('multiple', () => {
  it('reads 建成区 1.5 → 10.3 平方公里 as ×6.866667 (seed-claims B19)', () => {
    const c = seedClaim('B19');
    expect(c.kind).toBe('multiple');
    const from = figureNamed(c.inputs, '1996建成区');
    const to = figureNamed(c.inputs, '现在建成区');
    const m = multiple(quantity(from.value, from.unit), quantity(to.value, to.unit));
    expect(printedLike(m, c.computed.value)).toBe(c.computed.value);
    expect(m.eq(new Decimal(103).div(15))).toBe(true);
    // 增幅 586.666667% = multiple − 1
    const rise = figureNamed(c.derived, '增幅');
    expect(printedLike(m.minus(1).times(100), rise.value)).toBe(rise.value);
    // the same areas in 亩 (base_value 2250 → 15450)
    expect(multiple(quantity('2250', '亩'), quantity('10.3', '平方公里')).eq(m)).toBe(true);
  });

  it('reads "比96年增加" as a multiple of the implied base (seed-claims B22, B23)', () => {
    for (const id of ['B22', 'B23']) {
      const c = seedClaim(id);
      const now = c.inputs[0] as SeedFigure;
      const added = c.inputs[1] as SeedFigure;
      const base = new Decimal(now.value).minus(added.value);
      expect(printedLike(base, c.computed.value), id).toBe(c.computed.value);
      const times = figureNamed(c.derived, '倍数');
      expect(printedLike(multiple(base, now.value), times.value), id).toBe(times.value);
    }
  });

  it('is current / base on plain numbers, of any sign of current', () => {
    expect(multiple('30', '153').toString()).toBe('5.1');
    expect(multiple(2, 0).toString()).toBe('0');
    expect(multiple(2, -1).toString()).toBe('-0.5');
  });

  it('throws DIVISION_BY_ZERO for a zero base', () => {
    expectCode(() => multiple(0, 5), 'DIVISION_BY_ZERO', /^multiple: base is zero/);
  });

  it('throws NON_POSITIVE_BASE for a negative base', () => {
    expectCode(() => multiple('-2', 5), 'NON_POSITIVE_BASE', /^multiple: base must be positive/);
  });

  it('throws UNIT_MISMATCH and INVALID_NUMBER', () => {
    expectCode(() => multiple(quantity(1, '人'), quantity(2, '人次')), 'UNIT_MISMATCH');
    expectCode(() => multiple('', 2), 'INVALID_NUMBER', /multiple: base/);
  });
});
