import { addMonths } from 'date-fns/addMonths';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { endOfMonth } from 'date-fns/endOfMonth';
import { endOfQuarter } from 'date-fns/endOfQuarter';
import { endOfYear } from 'date-fns/endOfYear';
import { lightFormat } from 'date-fns/lightFormat';
import { parseISO } from 'date-fns/parseISO';
import { subDays } from 'date-fns/subDays';
import { subYears } from 'date-fns/subYears';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Decimal } from '../numbers/decimal.js';
import {
  type CalendarPeriodKind,
  containsDate,
  daysInPeriod,
  elapsedShare,
  type Period,
  parsePeriod,
  periodOfDate,
  previousPeriod,
  samePeriodLastYear,
} from './index.js';

// date-fns is the outside oracle here. It computes in the process's local time zone, which is
// exact in UTC (a zone with no skipped days), so the oracle runs with TZ=UTC; timezone.test.ts
// checks the library itself in other zones.
let savedTz: string | undefined;
beforeAll(() => {
  savedTz = process.env.TZ;
  process.env.TZ = 'UTC';
  expect(new Date(2011, 6, 1).getTimezoneOffset()).toBe(0);
});
afterAll(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

const MS_PER_DAY = 86_400_000;
const isoOfDay = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
const dayOfIso = (iso: string): number => Date.parse(iso) / MS_PER_DAY; // date-only ISO is UTC
const oracle = (date: Date): string => lightFormat(date, 'yyyy-MM-dd');

// Up to 9990, so that a period plus the offsets below stays within the four-digit years.
const year = fc.integer({ min: 1000, max: 9990 });
const pad = (n: number): string => String(n).padStart(2, '0');
const calendarLabel = fc.oneof(
  year.map(String),
  fc.tuple(year, fc.integer({ min: 1, max: 2 })).map(([y, h]) => `${y}-H${h}`),
  fc.tuple(year, fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
  fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${pad(m)}`),
);
const day = fc.integer({
  min: Date.UTC(1000, 0, 1) / MS_PER_DAY,
  max: Date.UTC(9990, 0, 1) / MS_PER_DAY,
});
const rangeLabel = fc
  .tuple(day, fc.integer({ min: 0, max: 800 }))
  .map(([start, length]) => `${isoOfDay(start)}/${isoOfDay(start + length)}`);
const anyPeriod = fc.oneof(calendarLabel, rangeLabel).map((label) => parsePeriod(label));
const calendarPeriod = calendarLabel.map((label) => parsePeriod(label));
/** A period and a date from 400 days before it to 400 days after it. */
const periodAndOffsets = fc.tuple(
  anyPeriod,
  fc.integer({ min: -400, max: 1200 }),
  fc.integer({ min: -400, max: 1200 }),
);

function expectedEnd(period: Period): string {
  const start = parseISO(period.start);
  switch (period.kind) {
    case 'year':
      return oracle(endOfYear(start));
    case 'half':
      return oracle(endOfMonth(addMonths(start, 5)));
    case 'quarter':
      return oracle(endOfQuarter(start));
    case 'month':
      return oracle(endOfMonth(start));
    default:
      return period.end;
  }
}

describe('period laws (fast-check)', () => {
  it('parsePeriod(p.label) equals p, also written in lower case and without the hyphen', () => {
    fc.assert(
      fc.property(anyPeriod, (p) => {
        expect(parsePeriod(p.label)).toStrictEqual(p);
        expect(parsePeriod(` ${p.label.toLowerCase()} `)).toStrictEqual(p);
        expect(parsePeriod(p.label.replace(/-([HQ])/, '$1'))).toStrictEqual(p);
        expect(parsePeriod(JSON.parse(JSON.stringify(p)) as Period)).toStrictEqual(p);
      }),
    );
  });

  it('calendar periods end where date-fns says (endOfYear, endOfQuarter, endOfMonth)', () => {
    fc.assert(
      fc.property(calendarPeriod, (p) => {
        expect(p.end).toBe(expectedEnd(p));
        expect(daysInPeriod(p)).toBe(
          differenceInCalendarDays(parseISO(p.end), parseISO(p.start)) + 1,
        );
      }),
    );
  });

  it("previousPeriod ends the day before the period's start, with the same kind", () => {
    fc.assert(
      fc.property(anyPeriod, (p) => {
        const previous = previousPeriod(p);
        expect(previous.end).toBe(oracle(subDays(parseISO(p.start), 1)));
        expect(previous.kind).toBe(p.kind);
        if (p.kind === 'range') expect(daysInPeriod(previous)).toBe(daysInPeriod(p));
        else expect(periodOfDate(previous.start, p.kind)).toStrictEqual(previous);
      }),
    );
  });

  it('samePeriodLastYear moves the dates one year back as date-fns subYears does', () => {
    fc.assert(
      fc.property(anyPeriod, (p) => {
        const last = samePeriodLastYear(p);
        expect(last.kind).toBe(p.kind);
        expect(last.start).toBe(oracle(subYears(parseISO(p.start), 1)));
        const end = p.kind === 'range' ? subYears(parseISO(p.end), 1) : parseISO(expectedEnd(last));
        expect(last.end).toBe(oracle(end));
        if (p.kind === 'year') expect(last).toStrictEqual(previousPeriod(p));
        if (p.kind !== 'range') expect(last.year).toBe((p.year ?? 0) - 1);
      }),
    );
  });

  it('periodOfDate gives the period of that kind that contains the date', () => {
    const kinds: readonly CalendarPeriodKind[] = ['year', 'half', 'quarter', 'month'];
    fc.assert(
      fc.property(day, fc.constantFrom(...kinds), (d, kind) => {
        const date = isoOfDay(d);
        const p = periodOfDate(date, kind);
        expect(p.kind).toBe(kind);
        expect(containsDate(p, date)).toBe(true);
        expect(containsDate(previousPeriod(p), date)).toBe(false);
      }),
    );
  });

  it('elapsedShare (days) is (asOf − start + 1) / days clamped to [0, 1], and monotone', () => {
    fc.assert(
      fc.property(periodAndOffsets, ([p, a, b]) => {
        const start = dayOfIso(p.start);
        const [early, late] = a <= b ? [a, b] : [b, a];
        const first = elapsedShare(p, isoOfDay(start + early));
        const second = elapsedShare(p, isoOfDay(start + late));
        const days = daysInPeriod(p);
        const done = Math.min(Math.max(early + 1, 0), days);
        expect(first.eq(new Decimal(done).div(days))).toBe(true);
        expect(first.gte(0) && second.lte(1)).toBe(true);
        expect(first.lte(second)).toBe(true);
        expect(containsDate(p, isoOfDay(start + early))).toBe(early >= 0 && early < days);
      }),
    );
  });

  it('elapsedShare (months) is within [0, 1], monotone, 0 before the start and 1 at the end', () => {
    fc.assert(
      fc.property(
        calendarPeriod,
        fc.integer({ min: -400, max: 800 }),
        fc.integer({ min: -400, max: 800 }),
        (p, a, b) => {
          const start = dayOfIso(p.start);
          const [early, late] = a <= b ? [a, b] : [b, a];
          const first = elapsedShare(p, isoOfDay(start + early), { basis: 'months' });
          const second = elapsedShare(p, isoOfDay(start + late), { basis: 'months' });
          expect(first.gte(0) && second.lte(1) && first.lte(second)).toBe(true);
          expect(elapsedShare(p, isoOfDay(start - 1), { basis: 'months' }).toString()).toBe('0');
          expect(elapsedShare(p, p.end, { basis: 'months' }).toString()).toBe('1');
        },
      ),
    );
  });
});
