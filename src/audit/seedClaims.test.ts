/**
 * Table-driven check against tests/fixtures/seed-claims.json (the repository's copy of shared/reference/seed-claims.json): every claim of kind share,
 * sum, growth, aggregate_growth, multiple or pp_change that states a figure is audited, and the
 * verdicts, exact values and ranges over input rounding must equal the reference (verified there
 * with exact rational arithmetic). Implied-only claims with a clear mapping are checked for their
 * computed value and range too.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../numbers/decimal.js';
import { auditAggregateGrowth } from './auditAggregateGrowth.js';
import { auditGrowth } from './auditGrowth.js';
import { auditMultiple } from './auditMultiple.js';
import { auditPointChange } from './auditPointChange.js';
import { auditShare } from './auditShare.js';
import { auditSum } from './auditSum.js';
import type { AuditResult } from './types.js';

interface SeedInput {
  readonly name: string;
  readonly value: string;
  readonly unit: string;
  readonly exact: boolean;
}

interface SeedClaim {
  readonly id: string;
  readonly kind: string;
  readonly inputs: readonly SeedInput[];
  readonly computed: { readonly value: string; readonly unit: string };
  readonly stated: {
    readonly value: string;
    readonly unit: string;
    readonly decimals: number;
  } | null;
  readonly consistent_half_up: boolean | null;
  readonly computed_rounded_to_stated_precision?: string;
  readonly range_over_input_rounding: readonly [string, string];
  readonly consistent_within_input_rounding: boolean | null;
}

const seed = JSON.parse(
  readFileSync(new URL('../../tests/fixtures/seed-claims.json', import.meta.url), 'utf8'),
) as { readonly claims: readonly SeedClaim[] };

const AUDITED_KINDS = new Set([
  'share',
  'sum',
  'growth',
  'aggregate_growth',
  'multiple',
  'pp_change',
]);

function claim(id: string): SeedClaim {
  const found = seed.claims.find((c) => c.id === id);
  if (found === undefined) throw new Error(`seed-claims has no ${id}`);
  return found;
}

function input(c: SeedClaim, index: number): SeedInput {
  const found = c.inputs[index];
  if (found === undefined) throw new Error(`${c.id} has no input ${index}`);
  return found;
}

/** A seed input as the audits take it: exact inputs as decimals, printed ones as report text. */
function amount(c: SeedClaim, index: number): string | Decimal {
  const i = input(c, index);
  return i.exact ? new Decimal(i.value) : `${i.value}${i.unit}`;
}

function stated(c: SeedClaim): string {
  if (c.stated === null) throw new Error(`${c.id} states no figure`);
  return `${c.stated.value}${c.stated.unit}`;
}

/** Claims that state a figure: the audit call for each, mapped by hand from its inputs. */
const STATED: Readonly<Record<string, (c: SeedClaim) => AuditResult>> = {
  // seed-claims A01: 社会资金投入40.3亿元，占小城镇改造实际完成投资60.3亿元的66.8%
  A01: (c) => auditShare({ part: amount(c, 0), whole: amount(c, 1), stated: stated(c) }),
  // seed-claims A08: 2024笔 stated; the four exact counts add up to 2054 (anonymiser artefact)
  A08: (c) => auditSum({ parts: [0, 1, 2, 3].map((i) => amount(c, i)), stated: stated(c) }),
  // seed-claims A09: 4.6亿 + 2250万 + 31.7亿 + 32.6亿 = 69.125亿 → '69亿元'
  A09: (c) => auditSum({ parts: [0, 1, 2, 3].map((i) => amount(c, i)), stated: stated(c) }),
  // seed-claims B02: 工业160亿 + 农业4.8亿 = 工农业164.8亿
  B02: (c) => auditSum({ parts: [0, 1].map((i) => amount(c, i)), stated: stated(c) }),
  // seed-claims B03: 工农业164.8亿 +9%, from 工业160亿 +9.5% and 农业4.8亿 +5%
  B03: (c) =>
    auditAggregateGrowth({
      total: amount(c, 0),
      components: [
        { current: amount(c, 1), growth: `${input(c, 2).value}%` },
        { current: amount(c, 3), growth: `${input(c, 4).value}%` },
      ],
      stated: stated(c),
    }),
};

/** Implied-only claims with a direct mapping: audited against their own computed figure. */
const IMPLIED: Readonly<Record<string, (c: SeedClaim) => AuditResult>> = {
  // seed-claims A19: 自来水普及率由58.4%提高到65% (+6.6 个百分点)
  A19: (c) =>
    auditPointChange({
      from: `${input(c, 0).value}%`,
      to: `${input(c, 1).value}%`,
      stated: '6.6个百分点',
    }),
  // seed-claims A20: 乡镇污水处理率由67%提高到68% (+1 个百分点)
  A20: (c) =>
    auditPointChange({
      from: `${input(c, 0).value}%`,
      to: `${input(c, 1).value}%`,
      stated: '1个百分点',
    }),
  // seed-claims B19: 泗门建成区 1.5平方公里 → 10.3平方公里 (×6.87)
  B19: (c) => auditMultiple({ base: amount(c, 0), current: amount(c, 1), stated: '6.87倍' }),
  // seed-claims B20: 梁弄建成区 3平方公里 → 5平方公里 (+66.7%)
  B20: (c) => auditGrowth({ previous: amount(c, 0), current: amount(c, 1), stated: '66.7%' }),
};

function checkComputedAndRange(c: SeedClaim, result: AuditResult): void {
  expect(result.computed.toFixed(6)).toBe(c.computed.value);
  expect(result.range.map((x) => x.toFixed(6))).toEqual([...c.range_over_input_rounding]);
}

describe('seed-claims: every stated share / sum / growth / multiple / point change', () => {
  const stateds = seed.claims.filter((c) => AUDITED_KINDS.has(c.kind) && c.stated !== null);

  it('maps every such claim of the reference (and no other)', () => {
    expect(stateds.map((c) => c.id).sort()).toEqual(Object.keys(STATED).sort());
  });

  it.each(stateds.map((c) => [c.id, c] as const))('%s', (id, c) => {
    const audit = STATED[id];
    if (audit === undefined || c.stated === null) throw new Error(`no mapping for ${id}`);
    const result = audit(c);
    expect(result.consistent).toBe(c.consistent_half_up);
    expect(result.withinInputRounding).toBe(c.consistent_within_input_rounding);
    checkComputedAndRange(c, result);
    expect(result.stated.toString()).toBe(c.stated.value);
    expect(result.decimals).toBe(c.stated.decimals);
    expect(result.rounded.toString()).toBe(c.computed_rounded_to_stated_precision);
    // difference = computed − stated, exact before its 34-digit rounding
    expect(result.difference.toFixed(20)).toBe(result.computed.minus(result.stated).toFixed(20));
  });
});

describe('seed-claims: implied-only figures, computed value and range', () => {
  it.each(Object.entries(IMPLIED))('%s', (id, audit) => {
    const c = claim(id);
    expect(c.stated).toBeNull();
    const result = audit(c);
    checkComputedAndRange(c, result);
    expect(result.consistent).toBe(true);
  });
});
