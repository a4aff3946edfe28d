/**
 * Reading the dated cash flows of XNPV and XIRR: `{ date, amount }` in any order, dates as ISO
 * days (`'2008-01-01'`), amounts in one currency; the day count from the first flow of the list,
 * as Excel counts it, over 365 days a year.
 *
 * @example
 * ```ts
 * // Internal; xnpv reads its flows through it (Excel's XNPV example: 2086.65):
 * xnpv('0.09', [{ date: '2008-01-01', amount: -10000 }, { date: '2008-03-01', amount: 2750 }, { date: '2008-10-30', amount: 4250 }, { date: '2009-02-15', amount: 3250 }, { date: '2009-04-01', amount: 2750 }]).toFixed(2);
 * // => '2086.65'
 * ```
 *
 * @internal
 * @module
 */
import { invalidArgumentError } from '../../errors.js';
import type { Decimal } from '../../numbers/decimal.js';
import { requireList, requireObject } from '../../numbers/internal.js';
import { readDate } from '../../periods/period.js';
import type { AmountInput } from '../../units/amount.js';
import { isQuantity } from '../../units/quantity.js';
import type { Unit } from '../../units/table.js';
import { readInBaseUnits } from './operands.js';
import { WideDecimal } from './wide.js';

/**
 * A dated cash flow: what {@link xnpv} and {@link xirr} take.
 *
 * @category Funding
 */
export interface DatedFlow {
  /** The day of the flow, `'YYYY-MM-DD'`. */
  readonly date: string;
  /** The amount: negative paid out, positive received; a quantity of money in any unit. */
  readonly amount: AmountInput;
}

const NOISE = /* @__PURE__ */ new WideDecimal('1e-45');

/** The most flows a list may have. */
const MAX_FLOWS = 10_000;

/** Days since 1970-01-01 of a civil date (proleptic Gregorian). */
function daysOf(iso: string): number {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The flows read: amounts in the base unit (60 digits), summed by day since the first flow. */
export interface ReadFlows {
  /** Days since the first flow, ascending and distinct, each ≥ 0. */
  readonly days: readonly number[];
  /** The amount of each of those days. */
  readonly amounts: readonly Decimal[];
  readonly unit: Unit | undefined;
}

/**
 * Reads dated flows; a date before the first flow's is refused, as Excel refuses it (#NUM!).
 *
 * @internal
 */
export function readDatedFlows(fn: string, flows: readonly DatedFlow[]): ReadFlows {
  requireList(fn, 'flows', flows, 'dated cash flows { date, amount }');
  if (flows.length < 2) {
    throw invalidArgumentError(fn, 'flows', `needs at least two flows, got ${flows.length}`);
  }
  if (flows.length > MAX_FLOWS) {
    throw invalidArgumentError(fn, 'flows', `has more than ${MAX_FLOWS} flows`);
  }
  let unit: Unit | undefined;
  for (const flow of flows) {
    if (typeof flow === 'object' && flow !== null && isQuantity(flow.amount)) {
      unit = flow.amount.unit;
      break;
    }
  }
  const amounts: Decimal[] = [];
  const days: number[] = [];
  flows.forEach((flow, index) => {
    requireObject(fn, `flows[${index}]`, flow, '{ date, amount }');
    days.push(daysOf(readDate(flow.date, fn, `flows[${index}].date`)));
    amounts.push(
      new WideDecimal(readInBaseUnits({ fn, arg: `flows[${index}].amount` }, flow.amount, unit)),
    );
  });
  const first = days[0] as number;
  const before = days.findIndex((day) => day < first);
  if (before >= 0) {
    throw invalidArgumentError(
      fn,
      `flows[${before}].date`,
      `is before the date of the first flow (${String(flows[0]?.date)}): days are counted from the first flow, as in Excel`,
    );
  }
  const byDay = new Map<number, Decimal>();
  days.forEach((day, index) => {
    const amount = amounts[index] as Decimal;
    byDay.set(day - first, (byDay.get(day - first) ?? new WideDecimal(0)).plus(amount));
  });
  const offsets = [...byDay.keys()].sort((x, y) => x - y);
  return { days: offsets, amounts: offsets.map((day) => byDay.get(day) as Decimal), unit };
}

/**
 * Σ amount / (1 + r)^(day / 365) and its derivative in r, in 60 digits, in one pass: with
 * v = (1 + r)^(−1/365), each day's factor is the previous day's times v^(gap), so a list costs one
 * exponential, not one per flow. `undefined` when 1 + r ≤ 0.
 *
 * @internal
 */
export function datedValue(
  flows: ReadFlows,
  rate: Decimal,
): { readonly value: Decimal; readonly slope: Decimal } | undefined {
  const base = new WideDecimal(1).plus(rate);
  if (base.lte(0)) return undefined;
  const v = base.ln().div(-365).exp();
  let factor = new WideDecimal(1);
  let previous = 0;
  let value = new WideDecimal(0);
  let weighted = new WideDecimal(0);
  let largest = new WideDecimal(0);
  flows.days.forEach((day, index) => {
    if (day !== previous) factor = factor.times(v.pow(day - previous));
    previous = day;
    const term = (flows.amounts[index] as Decimal).times(factor);
    value = value.plus(term);
    weighted = weighted.plus(term.times(day));
    largest = WideDecimal.max(largest, term.abs());
  });
  // Terms that cancel leave the 60-digit noise of their size: below 1e-45 of the largest term
  // the sum is zero (a 34-digit result could not tell it from zero anyway).
  if (value.abs().lte(largest.times(NOISE))) value = new WideDecimal(0);
  // d/dr of a·(1 + r)^(−d/365) is −(d / 365)·a·(1 + r)^(−d/365) / (1 + r).
  return { value, slope: weighted.div(base.times(-365)) };
}
