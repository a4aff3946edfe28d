import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../numbers/decimal.js';
import { quantity } from '../../units/quantity.js';
import { multiple } from './multiple.js';

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

function pick(items: readonly SeedInput[], name: string): SeedInput {
  const found = items.find((item) => item.name === name);
  if (found === undefined) throw new Error(`no ${name}`);
  return found;
}

function printed(value: Decimal, as: string): string {
  return value.toFixed(as.split('.')[1]?.length ?? 0);
}

function expectCode(run: () => unknown, code: string, message?: RegExp): void {
  expect(run).toThrow(expect.objectContaining({ code, name: 'TownIndicatorsError' }));
  if (message !== undefined) expect(run).toThrow(message);
}

describe('multiple', () => {
  it('reads 建成区 1.5 → 10.3 平方公里 as ×6.866667 (seed-claims B19)', () => {
    const c = claim('B19');
    expect(c.kind).toBe('multiple');
    const from = pick(c.inputs, '1996建成区');
    const to = pick(c.inputs, '现在建成区');
    const m = multiple(quantity(from.value, from.unit), quantity(to.value, to.unit));
    expect(printed(m, c.computed.value)).toBe(c.computed.value);
    expect(m.eq(new Decimal(103).div(15))).toBe(true);
    // 增幅 586.666667% = multiple − 1
    const rise = pick(c.derived, '增幅');
    expect(printed(m.minus(1).times(100), rise.value)).toBe(rise.value);
    // the same areas in 亩 (base_value 2250 → 15450)
    expect(multiple(quantity('2250', '亩'), quantity('10.3', '平方公里')).eq(m)).toBe(true);
  });

  it('reads "比96年增加" as a multiple of the implied base (seed-claims B22, B23)', () => {
    for (const id of ['B22', 'B23']) {
      const c = claim(id);
      const now = c.inputs[0] as SeedInput;
      const added = c.inputs[1] as SeedInput;
      const base = new Decimal(now.value).minus(added.value);
      expect(printed(base, c.computed.value), id).toBe(c.computed.value);
      const times = pick(c.derived, '倍数');
      expect(printed(multiple(base, now.value), times.value), id).toBe(times.value);
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
