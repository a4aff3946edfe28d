import { divisionByZeroError } from '../../errors.js';
import type { Decimal } from '../../numbers/decimal.js';
import { requireOptions } from '../../numbers/internal.js';
import type { AmountInput } from '../../units/amount.js';
import type { Unit } from '../../units/table.js';
import { requireNonNegative } from '../internal/arguments.js';
import {
  fromBaseUnits,
  readInBaseUnits,
  readUnitOption,
  requireDimension,
} from '../internal/operands.js';

const FN = 'quotaUnitPrice';
const VALUE = { fn: FN, arg: 'value' } as const;
const AREA = { fn: FN, arg: 'area' } as const;

/** Options of {@link quotaUnitPrice}. @category Land */
export interface QuotaUnitPriceOptions {
  /**
   * The money unit of the price, and of a plain-number `value`. Default `'元'`. A money quantity
   * of another currency throws `UNIT_MISMATCH` (pass `'美元'`, `'万美元'` … for USD).
   */
  readonly valueUnit?: string;
  /** The area unit of the price, and of a plain-number `area`. Default `'亩'`. */
  readonly areaUnit?: string;
}

/**
 * The money value of one 亩 of land quota (指标单价), e.g. 泗门镇's 土地折抵指标: 1200亩 worth
 * 7200万元, i.e. 60000 元 per 亩.
 *
 * Formula: value / area, in yuan per 亩 by default.
 *
 * Source: the quota trading accounts of the seed reports (土地折抵指标, 农保调整指标 折合资金);
 * 1 亩 = 2000/3 m², 1 公顷 = 15 亩, 1 平方公里 = 1500 亩 exactly. A money quantity is converted
 * into `options.valueUnit` (default 元) and an area quantity into `options.areaUnit` (default 亩);
 * plain numbers are taken to be in those units. Computed with one rounding.
 *
 * @param value - the money value (折合资金), a number or a money quantity
 * @param area - the quota area (指标面积), a number or an area quantity
 * @param options - the units of the price (and of plain-number inputs)
 * @returns the price in `valueUnit` per `areaUnit` (元 per 亩 by default)
 * @throws TownIndicatorsError `DIVISION_BY_ZERO` when `area` is zero; `INVALID_ARGUMENT` when an
 *   input is negative or `options` is not an object; `UNIT_MISMATCH` when `value` is not money of the price's currency or
 *   `area` not an area (also for option units of the wrong dimension); `UNKNOWN_UNIT` for an
 *   option unit not in the units table; `INVALID_NUMBER` for an input that is not a number
 * @example
 * ```ts
 * quotaUnitPrice(quantity('7200', '万元'), quantity('1200', '亩')).toString();
 * // => '60000'
 * ```
 *
 * @category Land
 */
export function quotaUnitPrice(
  value: AmountInput,
  area: AmountInput,
  options: QuotaUnitPriceOptions = {},
): Decimal {
  requireOptions(FN, options);
  const { valueUnit, areaUnit } = readPriceUnits(FN, options);
  requireDimension(VALUE, value, 'money', valueUnit.name);
  requireDimension(AREA, area, 'area', areaUnit.name);
  // The money in valueUnit (exact: money factors are powers of ten), the area in 亩.
  const money = fromBaseUnits(readInBaseUnits(VALUE, value, valueUnit), valueUnit);
  const areaMu = readInBaseUnits(AREA, area, areaUnit);
  requireNonNegative(FN, 'value', money);
  requireNonNegative(FN, 'area', areaMu);
  if (areaMu.isZero()) throw divisionByZeroError(FN, 'area');
  // value per areaUnit = value × factor(areaUnit) / area in 亩, divided once.
  return money.times(areaUnit.factor).div(areaMu);
}

/** The units of a price per area, read from the options of {@link quotaUnitPrice}. @internal */
export interface PriceUnits {
  /** The money unit (`options.valueUnit`, default 元). */
  readonly valueUnit: Unit;
  /** The area unit (`options.areaUnit`, default 亩). */
  readonly areaUnit: Unit;
}

/**
 * Reads the unit options of a price per area, shared by {@link quotaUnitPrice} and `quotaValue`:
 * `UNKNOWN_UNIT` for a name not in the units table, `UNIT_MISMATCH` for a unit of the wrong
 * dimension.
 *
 * @internal
 */
export function readPriceUnits(fn: string, options: QuotaUnitPriceOptions): PriceUnits {
  return {
    valueUnit: readUnitOption({ fn, arg: 'options.valueUnit' }, options.valueUnit, 'money', '元'),
    areaUnit: readUnitOption({ fn, arg: 'options.areaUnit' }, options.areaUnit, 'area', '亩'),
  };
}
