import { describe, expectTypeOf, it } from 'vitest';
import type { Decimal } from '../numbers/decimal.js';
import {
  type CalendarPeriodKind,
  containsDate,
  daysInPeriod,
  type ElapsedShareOptions,
  elapsedShare,
  isPeriod,
  type Period,
  type PeriodInput,
  type PeriodKind,
  parsePeriod,
  periodOfDate,
  previousPeriod,
  samePeriodLastYear,
} from './index.js';

describe('period types', () => {
  it('accepts a Period or its label and returns a Period', () => {
    expectTypeOf(parsePeriod).parameter(0).toEqualTypeOf<PeriodInput>();
    expectTypeOf<PeriodInput>().toEqualTypeOf<Period | string>();
    expectTypeOf(parsePeriod('2011')).toEqualTypeOf<Period>();
    expectTypeOf(previousPeriod(parsePeriod('2011'))).toEqualTypeOf<Period>();
    expectTypeOf(samePeriodLastYear('2011-Q2')).toEqualTypeOf<Period>();
    expectTypeOf(daysInPeriod('2011')).toEqualTypeOf<number>();
    expectTypeOf(containsDate('2011', '2011-06-30')).toEqualTypeOf<boolean>();
  });

  it('has readonly fields, a kind union and optional year and index', () => {
    expectTypeOf<Period['kind']>().toEqualTypeOf<PeriodKind>();
    expectTypeOf<PeriodKind>().toEqualTypeOf<'year' | 'half' | 'quarter' | 'month' | 'range'>();
    expectTypeOf<CalendarPeriodKind>().toEqualTypeOf<'year' | 'half' | 'quarter' | 'month'>();
    expectTypeOf<Period['year']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Period['index']>().toEqualTypeOf<number | undefined>();
    const p = parsePeriod('2011');
    // @ts-expect-error a Period is read-only
    p.start = '2012-01-01';
  });

  it('narrows with isPeriod', () => {
    const value: unknown = JSON.parse('{}');
    if (isPeriod(value)) expectTypeOf(value).toEqualTypeOf<Period>();
  });

  it('elapsedShare returns a Decimal and takes a basis option', () => {
    expectTypeOf(elapsedShare('2011', '2011-06-30')).toEqualTypeOf<Decimal>();
    expectTypeOf(elapsedShare('2011', '2011-06-30', { basis: 'months' })).toEqualTypeOf<Decimal>();
    expectTypeOf<ElapsedShareOptions['basis']>().toEqualTypeOf<'days' | 'months' | undefined>();
    // @ts-expect-error an unknown basis
    elapsedShare('2011', '2011-06-30', { basis: 'weeks' });
    // @ts-expect-error 'range' is not a calendar kind
    periodOfDate('2011-06-30', 'range');
  });
});
