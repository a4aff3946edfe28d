/**
 * What the audits share: reading inputs with their printed precision, reading the stated figure
 * on its own scale, and turning an exact value and its range into an {@link AuditResult} with its
 * English and Chinese sentence. Internal: not re-exported.
 *
 * @internal
 * @module
 */
import {
  divisionByZeroError,
  ErrorCode,
  invalidArgumentError,
  invalidNumberError,
  isTownIndicatorsError,
  nonPositiveBaseError,
  parseErrorError,
  unitMismatchError,
} from '../errors.js';
import {
  type DecimalInput,
  decimalsOf,
  isDecimal,
  PLAIN_DECIMAL,
  toDecimal,
} from '../numbers/decimal.js';
import { kindOf, requireOptions } from '../numbers/internal.js';
import type { AmountInput } from '../units/operands.js';
import { readQuantityText } from '../units/parse.js';
import { isQuantity, type Quantity } from '../units/quantity.js';
import { areCompatible, type Unit } from '../units/table.js';
import {
  add,
  compare,
  div,
  fromDecimal,
  halfUnit,
  mul,
  type Rational,
  ratio,
  roundDirected,
  roundHalfUpRational,
  sign,
  sub,
  toDecimalValue,
  toFixedText,
  ZERO,
} from './rational.js';
import type { AuditKind, AuditOptions, AuditResult, StatedFigure } from './types.js';

/** The language of an audit's `explanation`. */
type AuditLocale = NonNullable<AuditOptions['locale']>;

/** A number read from an input, with half a unit of its last printed digit (0 when exact). */
export interface Figure {
  readonly value: Rational;
  readonly half: Rational;
}

/** An input before unit conversion. */
interface RawFigure extends Figure {
  readonly unit: Unit | undefined;
}

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

const HUNDRED = ratio(100n, 1n);
const NUMBER_TEXT = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?(?:\s*[%％])?\s*$/;
const POINT_SUFFIXES = [
  '个百分点',
  '百分点',
  'percentage points',
  'percentage point',
  'pp',
  '%',
  '％',
] as const;

/**
 * Throws `INVALID_ARGUMENT` unless `input` is an object (the audits take named inputs).
 *
 * @internal
 */
export function requireInput(fn: string, input: unknown): void {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw invalidArgumentError(
      fn,
      'input',
      `must be an object of named inputs, got ${kindOf(input)}`,
    );
  }
}

/**
 * The power of ten of the last printed digit of a number text: `'40.3'` → −1, `'9.5%'` → −3
 * (percent is read as a fraction), `'2054'` → 0, `'1.5e3'` → 2.
 */
function lastDigitExponent(text: string): number {
  let body = text.trim();
  let exponent = 0;
  if (body.endsWith('%') || body.endsWith('％')) {
    body = body.slice(0, -1).trim();
    exponent -= 2;
  }
  const e = body.search(/[eE]/);
  if (e >= 0) {
    exponent += Number(body.slice(e + 1));
    body = body.slice(0, e);
  }
  return exponent - decimalsOf(body);
}

/** `−n` without a negative zero. */
function negate(n: number): number {
  return n === 0 ? 0 : -n;
}

function exactIf(exact: boolean, exponent: number): Rational {
  return exact ? ZERO : halfUnit(exponent);
}

/**
 * Reads a rate or other plain number input (`'9.5%'`, `'0.584'`, `0.584`, a decimal) with half a
 * unit of its last printed digit.
 *
 * @internal
 */
export function readNumberFigure(
  fn: string,
  arg: string,
  input: DecimalInput,
  exactInputs: boolean,
): Figure {
  const value = toDecimal(input, { fn, arg });
  if (isDecimal(input)) return { value: fromDecimal(value), half: ZERO };
  const exponent =
    typeof input === 'string' ? lastDigitExponent(input) : negate(value.decimalPlaces());
  return { value: fromDecimal(value), half: exactIf(exactInputs, exponent) };
}

function readRawAmount(
  fn: string,
  arg: string,
  input: AmountInput,
  exactInputs: boolean,
): RawFigure {
  if (isQuantity(input)) {
    return {
      value: fromDecimal(input.value),
      half: exactIf(exactInputs, negate(input.value.decimalPlaces())),
      unit: input.unit,
    };
  }
  if (typeof input === 'string' && !NUMBER_TEXT.test(input)) {
    try {
      const { quantity, lastDigitExponent: exponent } = readQuantityText(input, { fn, arg });
      return {
        value: fromDecimal(quantity.value),
        half: exactIf(exactInputs, exponent),
        unit: quantity.unit,
      };
    } catch (error) {
      if (isTownIndicatorsError(error, ErrorCode.PARSE_ERROR)) {
        throw invalidNumberError(fn, arg, input);
      }
      throw error;
    }
  }
  return { ...readNumberFigure(fn, arg, input, exactInputs), unit: undefined };
}

function convertFigure(
  fn: string,
  arg: string,
  figure: RawFigure,
  target: Unit | undefined,
): Figure {
  const from = figure.unit;
  if (from === undefined || target === undefined || from === target) return figure;
  if (!areCompatible(from, target)) {
    throw unitMismatchError(fn, arg, from.name, target.name);
  }
  const factor = div(fromDecimal(from.factor), fromDecimal(target.factor));
  return { value: mul(figure.value, factor), half: mul(figure.half, factor) };
}

/** Amount inputs converted into one unit. */
export interface Amounts {
  readonly figures: readonly Figure[];
  /** The common unit: the target, or the first quantity's; `undefined` when none was given. */
  readonly unit: Unit | undefined;
}

/**
 * Reads amount inputs (numbers, quantities or quantity text) and converts them into `target`, or
 * into the unit of the first quantity; plain numbers are taken to be in that unit. Quantities of
 * another dimension or currency throw `UNIT_MISMATCH`.
 *
 * @internal
 */
export function readAmounts(
  fn: string,
  operands: readonly (readonly [name: string, value: AmountInput])[],
  exactInputs: boolean,
  target?: Unit,
): Amounts {
  const raw = operands.map(([name, value]) => readRawAmount(fn, name, value, exactInputs));
  const unit = target ?? raw.find((figure) => figure.unit !== undefined)?.unit;
  const figures = raw.map((figure, index) =>
    convertFigure(fn, operands[index]?.[0] ?? 'value', figure, unit),
  );
  return { figures, unit };
}

/**
 * {@link readAmounts} for named inputs: `{ part, whole }` → `{ part: Figure, whole: Figure }`.
 *
 * @internal
 */
export function readNamedAmounts<K extends string>(
  fn: string,
  inputs: Readonly<Record<K, AmountInput>>,
  exactInputs: boolean,
): Readonly<Record<K, Figure>> {
  const names = Object.keys(inputs) as K[];
  const { figures } = readAmounts(
    fn,
    names.map((name) => [name, inputs[name]] as const),
    exactInputs,
  );
  const result = {} as Record<K, Figure>;
  names.forEach((name, index) => {
    result[name] = figures[index] as Figure;
  });
  return result;
}

function parseFailure(fn: string, text: string, expected: string): never {
  throw parseErrorError(fn, 'stated', `expected ${expected}, got ${JSON.stringify(text)}`, {
    value: text,
  });
}

const EXPECTED: Readonly<Record<StatedShape, string>> = {
  rate: "a rate such as '66.8%' or '0.668'",
  points: "a point change such as '6.6个百分点' or '0.066'",
  multiple: "a multiple such as '5.1倍' or '5.1'",
  amount: "an amount such as '22.32亿元' or '164.8'",
};

interface Scale {
  readonly scale: Rational;
  readonly unit: string;
  readonly unitEn: string;
}

const FRACTION: Scale = { scale: ratio(1n, 1n), unit: '', unitEn: '' };
const PERCENT: Scale = { scale: HUNDRED, unit: '%', unitEn: '%' };
const POINTS: Scale = { scale: HUNDRED, unit: '个百分点', unitEn: ' percentage points' };
const TIMES: Scale = { scale: ratio(1n, 1n), unit: '倍', unitEn: ' times' };

function bareScale(shape: StatedShape, statedScale: 'fraction' | 'percent'): Scale {
  if (shape === 'multiple') return TIMES;
  if (shape === 'amount') return FRACTION;
  if (statedScale === 'fraction') return FRACTION;
  return shape === 'points' ? POINTS : PERCENT;
}

/** Splits a stated text into its number and the scale its suffix names. */
function splitSuffix(
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

function readStatedText(
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

/** Throws `DIVISION_BY_ZERO` when a denominator is zero. @internal */
export function requireNonZero(fn: string, arg: string, figure: Figure): void {
  if (sign(figure.value) === 0) {
    throw divisionByZeroError(fn, arg);
  }
}

/** Throws `NON_POSITIVE_BASE` unless the value is positive. @internal */
export function requirePositive(fn: string, arg: string, value: Rational): void {
  if (sign(value) <= 0) throw nonPositiveBaseError(fn, arg, toDecimalValue(value));
}

/** The interval `[value − half, value + half]`. @internal */
export function bounds(figure: Figure): readonly [Rational, Rational] {
  return [sub(figure.value, figure.half), add(figure.value, figure.half)];
}

/** The smallest and largest of some values. @internal */
export function extremes(values: readonly Rational[]): readonly [Rational, Rational] {
  let low = values[0] ?? ZERO;
  let high = low;
  for (const value of values) {
    if (compare(value, low) < 0) low = value;
    if (compare(value, high) > 0) high = value;
  }
  return [low, high];
}

/**
 * The range of `a / b` over the corners of the two intervals (the ratio is monotone in each
 * argument while `b` keeps its sign, which a nonzero printed value always does).
 *
 * @internal
 */
export function ratioRange(a: Figure, b: Figure): readonly [Rational, Rational] {
  const [aLow, aHigh] = bounds(a);
  const [bLow, bHigh] = bounds(b);
  return extremes([div(aLow, bLow), div(aLow, bHigh), div(aHigh, bLow), div(aHigh, bHigh)]);
}

/** Whether some value in `[low, high]` rounds half up (away from zero) to `stated`. */
function rangeReaches(
  range: readonly [Rational, Rational],
  stated: Rational,
  decimals: number,
): boolean {
  const half = halfUnit(-decimals);
  const from = sub(stated, half);
  const to = add(stated, half);
  const [low, high] = range;
  // The values that round to s: [s − h, s + h) for s > 0, (s − h, s + h] for s < 0, (−h, h) for 0.
  const s = sign(stated);
  const lowerOk = s > 0 ? compare(high, from) >= 0 : compare(high, from) > 0;
  const upperOk = s < 0 ? compare(low, to) <= 0 : compare(low, to) < 0;
  return lowerOk && upperOk;
}

/** Prints a value at `decimals + 2` places, trimmed back to no fewer than the stated places. */
function show(value: Rational, decimals: number, round: 'half-up' | 'down' | 'up'): string {
  const places = decimals + 2;
  const rounded =
    round === 'half-up' ? roundHalfUpRational(value, places) : roundDirected(value, places, round);
  let text = toFixedText(rounded, places);
  const keep = Math.max(decimals, 0);
  const dot = text.indexOf('.');
  if (dot >= 0) {
    let end = text.length;
    while (end > dot + 1 + keep && text.charCodeAt(end - 1) === 0x30) end -= 1;
    if (end === dot + 1) end = dot;
    text = text.slice(0, end);
  }
  return text;
}

interface Phrase {
  readonly en: string;
  readonly zh: string;
}

const SOURCE: Readonly<Record<AuditKind, Phrase>> = {
  share: { en: 'part / whole gives', zh: '按分子分母计算为' },
  sum: { en: 'the parts add up to', zh: '分项合计为' },
  growth: { en: 'current / previous − 1 gives', zh: '按前后两期计算为' },
  'aggregate-growth': { en: 'the components give', zh: '按分项计算为' },
  multiple: { en: 'current / base gives', zh: '按基期和本期计算为' },
  'point-change': { en: 'to − from gives', zh: '按起止值计算为' },
};

interface Texts {
  readonly stated: string;
  readonly computed: string;
  readonly rounded: string;
  /** The range over input rounding, its unit written once. */
  readonly range: string;
}

function sentenceEn(
  kind: AuditKind,
  t: Texts,
  consistent: boolean,
  within: boolean,
  exact: boolean,
): string {
  const source = SOURCE[kind].en;
  if (consistent) {
    return `Stated ${t.stated}; ${source} ${t.computed}, which rounds to ${t.rounded}: consistent.`;
  }
  const head = `Stated ${t.stated} but ${source} ${t.computed}, which rounds to ${t.rounded}: inconsistent`;
  if (exact) return `${head}; the inputs are exact.`;
  if (within) {
    return `${head}, although inputs within their rounding give ${t.range}, which can round to ${t.stated}.`;
  }
  return `${head}; inputs within their rounding give ${t.range}, still not ${t.stated}.`;
}

function sentenceZh(
  kind: AuditKind,
  t: Texts,
  consistent: boolean,
  within: boolean,
  exact: boolean,
): string {
  const head = `报告值${t.stated}，${SOURCE[kind].zh}${t.computed}，四舍五入为${t.rounded}`;
  if (consistent) return `${head}，一致。`;
  if (exact) return `${head}，不一致（输入值为精确值）。`;
  if (within) {
    return `${head}，不一致，但输入值在舍入误差范围内可得${t.range}，能够得到${t.stated}。`;
  }
  return `${head}，不一致，输入值在舍入误差范围内只能得到${t.range}，仍得不到${t.stated}。`;
}

/**
 * Builds the result from the exact computed value and its range over input rounding, both on
 * the computed scale (fractions for rates, the common unit for amounts).
 *
 * @internal
 */
export function buildResult(
  kind: AuditKind,
  stated: StatedReading,
  computedValue: Rational,
  computedRange: readonly [Rational, Rational],
  locale: AuditLocale,
): AuditResult {
  const computed = mul(computedValue, stated.scale);
  const low = mul(computedRange[0], stated.scale);
  const high = mul(computedRange[1], stated.scale);
  const rounded = roundHalfUpRational(computed, stated.decimals);
  const consistent = compare(rounded, stated.value) === 0;
  const withinInputRounding =
    consistent || rangeReaches([low, high], stated.value, stated.decimals);
  const exact = compare(low, high) === 0;
  const places = Math.max(stated.decimals, 0);
  const lowText = show(low, stated.decimals, 'down');
  const highText = show(high, stated.decimals, 'up');
  const texts = (unit: string, to: string): Texts => ({
    stated: `${toFixedText(stated.value, places)}${unit}`,
    computed: `${show(computed, stated.decimals, 'half-up')}${unit}`,
    rounded: `${toFixedText(rounded, places)}${unit}`,
    range: `${lowText}${to}${highText}${unit}`,
  });
  const en = sentenceEn(
    kind,
    texts(stated.unitEn, highText.startsWith('-') ? ' to ' : '–'),
    consistent,
    withinInputRounding,
    exact,
  );
  const zh = sentenceZh(kind, texts(stated.unit, '至'), consistent, withinInputRounding, exact);
  return Object.freeze({
    kind,
    consistent,
    computed: toDecimalValue(computed),
    stated: toDecimalValue(stated.value),
    decimals: stated.decimals,
    difference: toDecimalValue(sub(computed, stated.value)),
    rounded: toDecimalValue(rounded),
    withinInputRounding,
    range: Object.freeze([toDecimalValue(low), toDecimalValue(high)] as const),
    unit: stated.unit,
    explanation: locale === 'zh' ? zh : en,
    explanationEn: en,
    explanationZh: zh,
  });
}

/** The options every audit reads. @internal */
export interface ReadAuditOptions {
  /** `options.exactInputs`: no input rounding is considered. */
  readonly exact: boolean;
  /** `options.locale`: the language of `explanation`. */
  readonly locale: AuditLocale;
}

/**
 * Reads the options every audit accepts: `options` must be an object (or left out), then
 * `exactInputs` ({@link readExactInputs}) and `locale` (`'en'` by default, else `'zh'`;
 * anything else throws `INVALID_ARGUMENT` naming `options.locale`).
 *
 * @internal
 */
export function readAuditOptions(fn: string, options: AuditOptions): ReadAuditOptions {
  requireOptions(fn, options);
  const exact = readExactInputs(fn, options);
  const locale = options.locale ?? 'en';
  if (locale !== 'en' && locale !== 'zh') {
    throw invalidArgumentError(
      fn,
      'options.locale',
      `must be 'en' or 'zh', got ${JSON.stringify(String(locale))}`,
      locale,
    );
  }
  return { exact, locale };
}

/** Reads the `exactInputs` option. @internal */
export function readExactInputs(fn: string, options: { readonly exactInputs?: boolean }): boolean {
  const value = options.exactInputs ?? false;
  if (typeof value !== 'boolean') {
    throw invalidArgumentError(
      fn,
      'options.exactInputs',
      `must be a boolean, got ${typeof value}`,
      value,
    );
  }
  return value;
}
