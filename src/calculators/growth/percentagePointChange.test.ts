import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Decimal } from '../../numbers/decimal.js';
import { growthRate } from './growthRate.js';
import { percentagePointChange } from './percentagePointChange.js';

interface SeedInput {
  readonly name: string;
  readonly value: string;
  readonly unit: string;
}
interface SeedClaim {
  readonly id: string;
  readonly kind: string;
  readonly inputs: readonly SeedInput[];
  readonly computed: { readonly value: string; readonly unit: string };
  readonly derived: readonly SeedInput[];
}
const seeds = JSON.parse(
  readFileSync(new URL('../../../tests/fixtures/seed-claims.json', import.meta.url), 'utf8'),
) as { readonly claims: readonly SeedClaim[] };

function claim(id: string): SeedClaim {
  const found = seeds.claims.find((c) => c.id === id);
  if (found === undefined) throw new Error(`seed claim ${id} not found`);
  return found;
}

function printed(value: Decimal, as: string): string {
  return value.toFixed(as.split('.')[1]?.length ?? 0);
}

describe('percentagePointChange', () => {
  it('reads "由58.4%提高到65%" as 6.6 points and "由67%提高到68%" as 1 (seed-claims A19, A20)', () => {
    for (const id of ['A19', 'A20']) {
      const c = claim(id);
      expect(c.kind).toBe('pp_change');
      const [from, to] = c.inputs as [SeedInput, SeedInput];
      expect(c.computed.unit).toBe('百分点');
      const points = percentagePointChange(`${from.value}%`, `${to.value}%`).times(100);
      expect(printed(points, c.computed.value), id).toBe(c.computed.value);
      // 相对提高 is the growth of the rate itself, a different figure
      const relative = c.derived.find((d) => d.name === '相对提高') as SeedInput;
      const growth = growthRate(`${from.value}%`, `${to.value}%`).times(100);
      expect(printed(growth, relative.value), id).toBe(relative.value);
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
