import { describe, expectTypeOf, it } from 'vitest';
import type { Decimal } from '../numbers/decimal.js';
import { quantity } from '../units/quantity.js';
import {
  type AuditKind,
  type AuditResult,
  auditAggregateGrowth,
  auditGrowth,
  auditIncrement,
  auditMultiple,
  auditPerCapita,
  auditPointChange,
  auditPull,
  auditShare,
  auditStructure,
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

describe('the audits of report text', () => {
  it('return an AuditResult and take printed text for every argument', () => {
    expectTypeOf(
      auditStructure({ parts: ['2.8%', '58.9%', '38.4%'] }),
    ).toEqualTypeOf<AuditResult>();
    expectTypeOf(
      auditPull({ contributionRate: '70.4%', growth: '3.6%', stated: '2.6個百分點' }),
    ).toEqualTypeOf<AuditResult>();
    expectTypeOf(
      auditPerCapita({ total: '5353公顷', population: '5.21万人', stated: '1.5亩' }),
    ).toEqualTypeOf<AuditResult>();
    expectTypeOf(
      auditIncrement({ previous: '1元', current: '2元', stated: '增加1元' }),
    ).toEqualTypeOf<AuditResult>();
    expectTypeOf<AuditResult['parts']>().toEqualTypeOf<readonly AuditResult[] | undefined>();
    // @ts-expect-error a pull needs the growth
    auditPull({ contributionRate: '70.4%', stated: '2.6个百分点' });
  });
});
