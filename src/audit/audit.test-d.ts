import { describe, expectTypeOf, it } from 'vitest';
import type { Decimal } from '../numbers/decimal.js';
import { quantity } from '../units/quantity.js';
import {
  type AuditKind,
  type AuditResult,
  auditAggregateGrowth,
  auditGrowth,
  auditMultiple,
  auditPointChange,
  auditShare,
  auditSum,
} from './index.js';

describe('audit types', () => {
  it('returns an AuditResult with decimals on the stated scale', () => {
    const r = auditShare({ part: quantity('40.3', '亿元'), whole: '60.3亿元', stated: '66.8%' });
    expectTypeOf(r).toEqualTypeOf<AuditResult>();
    expectTypeOf(r.computed).toEqualTypeOf<Decimal>();
    expectTypeOf(r.withinInputRounding).toEqualTypeOf<boolean>();
    expectTypeOf(r.kind).toEqualTypeOf<AuditKind>();
    expectTypeOf(r.range).toEqualTypeOf<readonly [min: Decimal, max: Decimal]>();
    expectTypeOf(auditSum).returns.toEqualTypeOf<AuditResult>();
    expectTypeOf(auditGrowth).returns.toEqualTypeOf<AuditResult>();
    expectTypeOf(auditMultiple).returns.toEqualTypeOf<AuditResult>();
    expectTypeOf(auditPointChange).returns.toEqualTypeOf<AuditResult>();
    expectTypeOf(auditAggregateGrowth).returns.toEqualTypeOf<AuditResult>();
  });

  it('accepts a Quantity as a stated total only where amounts are stated', () => {
    expectTypeOf(auditSum)
      .parameter(0)
      .toHaveProperty('stated')
      .toExtend<string | number | Decimal | ReturnType<typeof quantity>>();
    // @ts-expect-error a share is not stated as a quantity
    auditShare({ part: '1', whole: '2', stated: quantity('1', '亿元') });
    // @ts-expect-error statedScale is 'fraction' or 'percent'
    auditShare({ part: '1', whole: '2', stated: '50%' }, { statedScale: 'points' });
    // @ts-expect-error locale is 'en' or 'zh'
    auditShare({ part: '1', whole: '2', stated: '50%' }, { locale: 'fr' });
    expectTypeOf(
      auditMultiple({ base: '1', current: '2', stated: '2倍' }, { locale: 'zh' }).explanationEn,
    ).toEqualTypeOf<string>();
    // @ts-expect-error a multiple has no statedScale option
    auditMultiple({ base: '1', current: '2', stated: '2倍' }, { statedScale: 'percent' });
  });
});
