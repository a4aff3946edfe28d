/**
 * Reading the stated figure of an audit on its own scale (`'66.8%'` → 66.8 on the percent scale,
 * `'6.6个百分点'`, `'5.1倍'`, `'22.32亿元'`), with its printed precision.
 *
 * @internal
 * @module
 */

import { invalidArgumentError, parseErrorError } from '../../errors.js';
import { type DecimalInput, decimalsOf, PLAIN_DECIMAL, toDecimal } from '../../numbers/decimal.js';
import { fromDecimal, mul, type Rational, ratio } from '../../numbers/rational.js';
import { exactOf, type ReadFigure, readFigureText } from '../../units/figure.js';
import { isQuantity, type Quantity } from '../../units/quantity.js';
import type { Unit } from '../../units/table.js';
import type { StatedFigure } from '../types.js';
import { negate, requireAuditable } from './figures.js';

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
    const number = toDecimal(body, { fn, arg: 'stated' });
    requireAuditable(fn, 'stated', number, decimalsOf(body), text);
    return {
      value: fromDecimal(number),
      decimals: decimalsOf(body),
      ...chosen,
    };
  }
  const figure = readFigureText(trimmed, fn, 'stated');
  const fromFigure = statedFromFigure(fn, shape, text, figure);
  if (fromFigure !== undefined) return fromFigure;
  if (shape !== 'amount' || figure.figure.kind !== 'amount')
    parseFailure(fn, text, EXPECTED[shape]);
  const { quantity } = figure.figure;
  const exponent = figure.lastDigitExponent ?? 0;
  return {
    value: fromDecimal(quantity.value),
    decimals: negate(exponent),
    scale: FRACTION.scale,
    unit: quantity.unit.name,
    unitEn: quantity.unit.name,
    quantityUnit: quantity.unit,
  };
}

const PER_MILLE: Scale = { scale: /* @__PURE__ */ ratio(1000n, 1n), unit: '‰', unitEn: '‰' };
const TENTHS: Scale = { scale: /* @__PURE__ */ ratio(10n, 1n), unit: '成', unitEn: ' tenths' };
const PER_MILLE_POINTS: Scale = {
  scale: /* @__PURE__ */ ratio(1000n, 1n),
  unit: '个千分点',
  unitEn: ' per-mille points',
};

/** The scale a rate or point change was printed on, from its precision: '5.2%' → percent. */
function printedScale(kind: 'rate' | 'point-change', read: ReadFigure): Scale | undefined {
  const { decimals } = read.figure;
  if (decimals === null || read.lastDigitExponent === null) return undefined;
  const power = -read.lastDigitExponent - decimals;
  if (kind === 'point-change') return power === 3 ? PER_MILLE_POINTS : POINTS;
  return power === 3 ? PER_MILLE : power === 1 ? TENTHS : PERCENT;
}

/**
 * A stated figure read by the figure reader (`'下降0.6%'`, `'2.6個百分點'`, `'增长2.7倍'`,
 * `'105.23:100'`) on its printed scale, or `undefined` when it is an amount.
 */
function statedFromFigure(
  fn: string,
  shape: StatedShape,
  text: string,
  read: ReadFigure,
): StatedReading | undefined {
  const { figure } = read;
  if (figure.kind === 'amount') return undefined;
  const wanted = shape === 'points' ? 'point-change' : shape === 'multiple' ? 'multiple' : 'rate';
  if (figure.kind === 'ratio' && shape === 'multiple') {
    const [current, base] = read.exactParts ?? [];
    if (
      read.exactParts?.length !== 2 ||
      current === undefined ||
      base === undefined ||
      base.n === 0n
    ) {
      parseFailure(fn, text, "a ratio of two numbers such as '105.23:100'");
    }
    // 'a:b' states the multiple a / b on the scale of b: '105.23:100' is 105.23 per 100.
    return {
      value: current,
      decimals: decimalsOfPrinted(text),
      scale: base,
      unit: `:${String(figure.parts[1])}`,
      unitEn: `:${String(figure.parts[1])}`,
    };
  }
  const amountAsRate = shape === 'amount' && figure.kind === 'rate';
  if (
    figure.kind !== wanted &&
    !amountAsRate &&
    !(shape === 'amount' && figure.kind === 'point-change')
  ) {
    parseFailure(fn, text, EXPECTED[shape]);
  }
  const value = exactOf(read);
  if (value === undefined || figure.decimals === null) {
    parseFailure(fn, text, `${EXPECTED[shape]} printed to a digit, not an exact fraction`);
  }
  if (figure.kind === 'multiple') {
    return { value, decimals: figure.decimals, ...TIMES };
  }
  const scale =
    printedScale(figure.kind === 'point-change' ? 'point-change' : 'rate', read) ?? PERCENT;
  return { value: mul(value, scale.scale), decimals: figure.decimals, ...scale };
}

/** Digits after the point of the first number of a ratio as printed ('105.230:100' → 3). */
function decimalsOfPrinted(text: string): number {
  const first = (text.split(/[:：∶]/)[0] ?? '').trim();
  return decimalsOf(first);
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
    requireAuditable(fn, 'stated', stated.value, stated.value.decimalPlaces(), String(stated));
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
  requireAuditable(fn, 'stated', value, value.decimalPlaces(), stated);
  return {
    value: fromDecimal(value),
    decimals: value.decimalPlaces(),
    ...bareScale(shape, statedScale),
  };
}
