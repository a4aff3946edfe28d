import { type Decimal, type DecimalInput, toDecimal } from '../../numbers/decimal.js';
import { requireOptions } from '../../numbers/internal.js';
import type { AmountInput } from '../../units/amount.js';
import { type Quantity, quantityOfUnit } from '../../units/quantity.js';
import { requireNonNegative } from '../internal/arguments.js';
import { readInBaseUnits, requireDimension } from '../internal/operands.js';
import { readPriceUnits } from './quotaUnitPrice.js';

const FN = 'quotaValue';
const AREA = { fn: FN, arg: 'area' } as const;

/** Options of {@link quotaValue}. @category Land */
export interface QuotaValueOptions {
  /** The money unit of `yuanPerMu` and of the result. Default `'元'`. */
  readonly valueUnit?: string;
  /** The area unit of `yuanPerMu`, and of a plain-number `area`. Default `'亩'`. */
  readonly areaUnit?: string;
}

/**
 * The money value of a land quota (指标折合资金) at a price per 亩, e.g. 1200亩 of 土地折抵指标 at
 * 6万元/亩 is worth 7200万元.
 *
 * Formula: area (亩) × yuanPerMu.
 *
 * Source: the quota trading accounts of the seed reports (土地折抵指标, 农保调整指标 折合资金);
 * 1 亩 = 2000/3 m², 1 公顷 = 15 亩, 1 平方公里 = 1500 亩 exactly. An area quantity is converted
 * into 亩 (or `options.areaUnit`); a plain number is taken to be in that unit. The inverse of
 * {@link quotaUnitPrice}.
 *
 * @param area - the quota area (指标面积), a number or an area quantity
 * @param yuanPerMu - the price in 元 per 亩 (or `valueUnit` per `areaUnit`)
 * @param options - the units of the price (and of a plain-number `area`)
 * @returns the value as a quantity in 元 (or `options.valueUnit`)
 * @throws TownIndicatorsError `INVALID_ARGUMENT` when `area` or the price is negative or
 *   `options` is not an object;
 *   `UNIT_MISMATCH` when `area` is not an area (also for option units of the wrong dimension);
 *   `UNKNOWN_UNIT` for an option unit not in the units table; `INVALID_NUMBER` for an input that
 *   is not a number
 * @example
 * ```ts
 * String(quotaValue(quantity('1200', '亩'), 60000));
 * // => '72000000元'
 * ```
 *
 * @category Land
 */
export function quotaValue(
  area: AmountInput,
  yuanPerMu: DecimalInput,
  options: QuotaValueOptions = {},
): Quantity {
  requireOptions(FN, options);
  const { valueUnit, areaUnit } = readPriceUnits(FN, options);
  requireDimension(AREA, area, 'area', areaUnit.name);
  // The area in 亩.
  const areaMu = readInBaseUnits(AREA, area, areaUnit);
  const price = toDecimal(yuanPerMu, { fn: FN, arg: 'yuanPerMu' });
  requireNonNegative(FN, 'area', areaMu);
  requireNonNegative(FN, 'yuanPerMu', price);
  // area in areaUnit × price = area in 亩 × price / factor(areaUnit), divided once.
  const value: Decimal = areaMu.times(price).div(areaUnit.factor);
  return quantityOfUnit(value, valueUnit);
}
