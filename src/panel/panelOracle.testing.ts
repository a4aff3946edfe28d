/**
 * The scalar oracle of the panel tests: every measure of {@link computePanel} computed cell by
 * cell with the scalar calculators and `roundHalfUp`, the way a user would loop over a table.
 *
 * @internal
 * @module
 */

import { share } from '../calculators/funding/share.js';
import { averageAnnualGrowth } from '../calculators/growth/averageAnnualGrowth.js';
import { growthContributions } from '../calculators/growth/growthContributions.js';
import { growthRate } from '../calculators/growth/growthRate.js';
import { percentagePointChange } from '../calculators/growth/percentagePointChange.js';
import { type ErrorCode, isTownIndicatorsError } from '../errors.js';
import { type Decimal, roundHalfUp, toDecimal } from '../numbers/decimal.js';
import { isMissingMark } from './internal/missing.js';
import type { MeasureSpec, PanelSpec, PanelTable } from './types.js';

/** One oracle cell: the printed value, or the code of a cell without one. */
export type OracleCell = { readonly value: string } | { readonly code: ErrorCode } | null;

type Read =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly code: ErrorCode };

function read(value: unknown): Read {
  if (
    value === null ||
    value === undefined ||
    (typeof value === 'string' && isMissingMark(value))
  ) {
    return { ok: false, code: 'MISSING_DATA' };
  }
  try {
    return { ok: true, text: toDecimal(value as string).toFixed() };
  } catch {
    return { ok: false, code: 'INVALID_NUMBER' };
  }
}

function cell(compute: () => Decimal, decimals: number): OracleCell {
  try {
    return { value: roundHalfUp(compute(), decimals).toFixed(decimals) };
  } catch (error) {
    if (isTownIndicatorsError(error)) return { code: error.code };
    throw error;
  }
}

/** The oracle's column of one measure. @internal */
export function oracleColumn(
  table: PanelTable,
  spec: PanelSpec,
  measure: MeasureSpec,
): OracleCell[] {
  const n = table.town.length;
  const decimals =
    (measure.measure === 'ratio' ? measure.decimals : undefined) ?? spec.decimals ?? 1;
  const scale =
    (measure.measure === 'ratio' ? measure.scale : undefined) ?? spec.scale ?? 'percent';
  const times = scale === 'percent' ? 100 : 1;
  const year = (row: number): number => Number(table.period[row]);
  const group = (row: number): string => table.group?.[row] ?? '';
  const rowOf = (town: string, y: number): number => {
    for (let r = 0; r < n; r += 1) if (table.town[r] === town && year(r) === y) return r;
    return -1;
  };
  const values = (name: string): ArrayLike<unknown> => table.values[name] as ArrayLike<unknown>;
  const out: OracleCell[] = [];
  for (let row = 0; row < n; row += 1) {
    out.push(oracleCell(row));
  }
  return out;

  function pair(name: string, row: number): readonly [Read, Read] | ErrorCode {
    const previous = rowOf(table.town[row] as string, year(row) - 1);
    if (previous < 0) return 'NO_PREVIOUS_PERIOD';
    return [read(values(name)[previous]), read(values(name)[row])];
  }

  function bucketRows(row: number, withinGroup: boolean): number[] {
    const rows: number[] = [];
    for (let r = 0; r < n; r += 1) {
      if (year(r) === year(row) && (!withinGroup || group(r) === group(row))) rows.push(r);
    }
    return rows;
  }

  // biome-ignore lint/complexity/noExcessiveCognitiveComplexity: the oracle spells out every measure in one loop body, as a user would
  function oracleCell(row: number): OracleCell {
    switch (measure.measure) {
      case 'growth':
      case 'point-change': {
        const p = pair(measure.indicator, row);
        if (typeof p === 'string') return { code: p };
        const [a, b] = p;
        if (!a.ok) return { code: a.code };
        if (!b.ok) return { code: b.code };
        if (measure.measure === 'growth') {
          return cell(() => growthRate(a.text, b.text).times(times), decimals);
        }
        const percent = table.units?.[measure.indicator] === '%';
        const sign = percent ? '%' : '';
        return cell(
          () => percentagePointChange(a.text + sign, b.text + sign).times(times),
          decimals,
        );
      }
      case 'average-growth': {
        if (year(row) !== Number(measure.to)) return null;
        const base = rowOf(table.town[row] as string, Number(measure.from));
        if (base < 0) return { code: 'NO_PREVIOUS_PERIOD' };
        const a = read(values(measure.indicator)[base]);
        const b = read(values(measure.indicator)[row]);
        if (!a.ok) return { code: a.code };
        if (!b.ok) return { code: b.code };
        const years = Number(measure.to) - Number(measure.from);
        return cell(() => averageAnnualGrowth(a.text, b.text, years).times(times), decimals);
      }
      case 'share-of-group': {
        const v = read(values(measure.indicator)[row]);
        if (!v.ok) return { code: v.code };
        let whole = toDecimal(0);
        for (const r of bucketRows(row, true)) {
          const w = read(values(measure.indicator)[r]);
          if (w.ok) whole = whole.plus(w.text);
        }
        return cell(() => share(v.text, whole.toFixed()).times(times), decimals);
      }
      case 'ratio': {
        const a = read(values(measure.numerator)[row]);
        const b = read(values(measure.denominator)[row]);
        if (!a.ok) return { code: a.code };
        if (!b.ok) return { code: b.code };
        return cell(() => share(a.text, b.text).times(times), decimals);
      }
      case 'pull':
      case 'contribution-rate': {
        const p = pair(measure.indicator, row);
        if (typeof p === 'string') return { code: p };
        const [a, b] = p;
        if (!a.ok) return { code: a.code };
        if (!b.ok) return { code: b.code };
        const components: { name: string; previous: string; current: string }[] = [];
        for (const r of bucketRows(row, true)) {
          const q = pair(measure.indicator, r);
          if (typeof q === 'string' || !q[0].ok || !q[1].ok) continue;
          components.push({ name: String(r), previous: q[0].text, current: q[1].text });
        }
        if (measure.measure === 'pull') {
          // growthContributions refuses a group without increment; a pull has a value there.
          const previousTotal = components.reduce((t, c) => t.plus(c.previous), toDecimal(0));
          if (previousTotal.isZero()) return { code: 'DIVISION_BY_ZERO' };
          if (previousTotal.isNegative()) return { code: 'NON_POSITIVE_BASE' };
          return cell(
            () => toDecimal(b.text).minus(a.text).div(previousTotal).times(times),
            decimals,
          );
        }
        return cell(() => {
          const result = growthContributions(components);
          const mine = result.components.find((c) => c.name === String(row));
          return (mine as { contributionRate: Decimal }).contributionRate.times(times);
        }, decimals);
      }
      case 'rank': {
        const v = read(values(measure.indicator)[row]);
        if (!v.ok) return { code: v.code };
        const within =
          (measure.within ?? (table.group === undefined ? 'all' : 'group')) === 'group';
        let larger = 0;
        for (const r of bucketRows(row, within && table.group !== undefined)) {
          const w = read(values(measure.indicator)[r]);
          if (w.ok && toDecimal(w.text).gt(v.text)) larger += 1;
        }
        return { value: String(larger + 1) };
      }
    }
  }
}
