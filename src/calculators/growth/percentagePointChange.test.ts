import { describe, expect, it } from 'vitest';
import { printedLike, type SeedFigure, seedClaim } from '../../../tests/support/seedClaims.js';
import { growthRate } from './growthRate.js';
import { percentagePointChange } from './percentagePointChange.js';

describe('percentagePointChange', () => {
  it('reads "由58.4%提高到65%" as 6.6 points and "由67%提高到68%" as 1 (seed-claims A19, A20)', () => {
    for (const id of ['A19', 'A20']) {
      const c = seedClaim(id);
      expect(c.kind).toBe('pp_change');
      const [from, to] = c.inputs as [SeedFigure, SeedFigure];
      expect(c.computed.unit).toBe('百分点');
      const points = percentagePointChange(`${from.value}%`, `${to.value}%`).times(100);
      expect(printedLike(points, c.computed.value), id).toBe(c.computed.value);
      // 相对提高 is the growth of the rate itself, a different figure
      const relative = c.derived.find((d) => d.name === '相对提高') as SeedFigure;
      const growth = growthRate(`${from.value}%`, `${to.value}%`).times(100);
      expect(printedLike(growth, relative.value), id).toBe(relative.value);
    }
  });

  it('is exact and returns a fraction (0.066 = 6.6个百分点)', () => {
    expect(percentagePointChange('58.4%', '65%').toString()).toBe('0.066');
    expect(percentagePointChange(0.584, 0.65).toString()).toBe('0.066');
    expect(percentagePointChange('0.1', '0.2').toString()).toBe('0.1');
  });

  it('is negative when the rate falls', () => {
    expect(percentagePointChange('70%', '68.5%').toString()).toBe('-0.015');
  });

  it('throws INVALID_NUMBER for a rate that is not a number', () => {
    const run = (): unknown => percentagePointChange('58.4%', 'n/a');
    expect(run).toThrow(expect.objectContaining({ code: 'INVALID_NUMBER' }));
    expect(run).toThrow(/^percentagePointChange: toRate/);
    expect(() => percentagePointChange(Number.NaN, '1%')).toThrow(
      expect.objectContaining({ code: 'INVALID_NUMBER' }),
    );
  });
});
