/**
 * Reading the stated figure of an audit on its own scale (`'66.8%'` → 66.8 on the percent scale,
 * `'6.6个百分点'`, `'5.1倍'`, `'22.32亿元'`), with its printed precision.
 *
 * @internal
 * @module
 */

import { invalidArgumentError, parseErrorError } from '../../errors.js';
import { type DecimalInput, decimalsOf, PLAIN_DECIMAL, toDecimal } from '../../numbers/decimal.js';
import { fromDecimal, type Rational, ratio } from '../../numbers/rational.js';
import { readQuantityText } from '../../units/parse.js';
import { isQuantity, type Quantity } from '../../units/quantity.js';
import type { Unit } from '../../units/table.js';
import type { StatedFigure } from '../types.js';
import { negate } from './figures.js';

/** How the stated figure is printed: its scale relative to the computed value, and its unit. */
export interface StatedReading {
  /** The stated value on its own scale. */
  readonly value: Rational;
  /** Decimal places printed (negative: the last digit is a ten, a hundred …). */
  readonly decimals: number;
  /** Multiplier from the computed value to the stated scale (100 for %, 1 otherwise). */
  readonly scale: Rational;
  /** Unit label in Chinese text (`'%'`, `'个百分点'`, `'倍'`, `'亿元'`, `''`). */
  readonly unit: string;
  /** Unit label in English text (`'%'`, `' percentage points'`, `' times'`, `'亿元'`, `''`). */
  readonly unitEn: string;
  /** The unit of an amount stated as quantity text. */
  readonly quantityUnit?: Unit;
}

/** The shape of stated figure a check expects. */
export type StatedShape = 'rate' | 'points' | 'multiple' | 'amount';

export const HUNDRED = /* @__PURE__ */ ratio(100n, 1n);
export const POINT_SUFFIXES = [
  '个百分点',
  '百分点',
  'percentage points',
  'percentage point',
  'pp',
  '%',
  '％',
] as const;

export function parseFailure(fn: string, text: string, expected: string): never {
  throw parseErrorError(fn, 'stated', `expected ${expected}, got ${JSON.stringify(text)}`, {
    value: text,
  });
}

export const EXPECTED: Readonly<Record<StatedShape, string>> = {
  rate: "a rate such as '66.8%' or '0.668'",
  points: "a point change such as '6.6个百分点' or '0.066'",
  multiple: "a multiple such as '5.1倍' or '5.1'",
  amount: "an amount such as '22.32亿元' or '164.8'",
};

export interface Scale {
  readonly scale: Rational;
  readonly unit: string;
  readonly unitEn: string;
}

export const FRACTION: Scale = { scale: /* @__PURE__ */ ratio(1n, 1n), unit: '', unitEn: '' };
export const PERCENT: Scale = { scale: HUNDRED, unit: '%', unitEn: '%' };
export const POINTS: Scale = { scale: HUNDRED, unit: '个百分点', unitEn: ' percentage points' };
export const TIMES: Scale = { scale: /* @__PURE__ */ ratio(1n, 1n), unit: '倍', unitEn: ' times' };

export function bareScale(shape: StatedShape, statedScale: 'fraction' | 'percent'): Scale {
  if (shape === 'multiple') return TIMES;
  if (shape === 'amount') return FRACTION;
  if (statedScale === 'fraction') return FRACTION;
  return shape === 'points' ? POINTS : PERCENT;
}

/** Splits a stated text into its number and the scale its suffix names. */
export function splitSuffix(
  shape: StatedShape,
  text: string,
): { readonly body: string; readonly scale: Scale | undefined } {
  const suffixes: readonly (readonly [string, Scale])[] =
    shape === 'points'
      ? POINT_SUFFIXES.map((suffix) => [suffix, POINTS] as const)
      : shape === 'multiple'
        ? [['倍', TIMES]]
        : [
            ['%', PERCENT],
            ['％', PERCENT],
          ];
  for (const [suffix, scale] of suffixes) {
    if (text.toLowerCase().endsWith(suffix)) {
      return { body: text.slice(0, text.length - suffix.length).trim(), scale };
    }
  }
  return { body: text, scale: undefined };
}

export function readStatedText(
  fn: string,
  shape: StatedShape,
  text: string,
  statedScale: 'fraction' | 'percent',
): StatedReading {
  const trimmed = text.trim();
  const { body, scale } = splitSuffix(shape, trimmed);
  if (PLAIN_DECIMAL.test(body)) {
    const chosen = scale ?? bareScale(shape, statedScale);
    return {
      value: fromDecimal(toDecimal(body, { fn, arg: 'stated' })),
      decimals: decimalsOf(body),
      ...chosen,
    };
  }
  if (shape !== 'amount') parseFailure(fn, text, EXPECTED[shape]);
  const { quantity, lastDigitExponent: exponent } = readQuantityText(trimmed, {
    fn,
    arg: 'stated',
  });
  return {
    value: fromDecimal(quantity.value),
    decimals: negate(exponent),
    scale: FRACTION.scale,
    unit: quantity.unit.name,
    unitEn: quantity.unit.name,
    quantityUnit: quantity.unit,
  };
}

/**
 * Reads the stated figure on its own scale, with its printed precision.
 *
 * @internal
 */
export function readStated(
  fn: string,
  shape: StatedShape,
  stated: StatedFigure | Quantity,
  statedScale: 'fraction' | 'percent' = 'fraction',
): StatedReading {
  if (statedScale !== 'fraction' && statedScale !== 'percent') {
    throw invalidArgumentError(
      fn,
      'options.statedScale',
      `must be 'fraction' or 'percent', got ${JSON.stringify(statedScale)}`,
      statedScale,
    );
  }
  if (typeof stated === 'string') return readStatedText(fn, shape, stated, statedScale);
  if (shape === 'amount' && isQuantity(stated)) {
    return {
      value: fromDecimal(stated.value),
      decimals: stated.value.decimalPlaces(),
      scale: FRACTION.scale,
      unit: stated.unit.name,
      unitEn: stated.unit.name,
      quantityUnit: stated.unit,
    };
  }
  const value = toDecimal(stated as DecimalInput, { fn, arg: 'stated' });
  return {
    value: fromDecimal(value),
    decimals: value.decimalPlaces(),
    ...bareScale(shape, statedScale),
  };
}
