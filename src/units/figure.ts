/**
 * The one reader of a figure as reports print it: amounts (through the quantity reader), rates
 * (`'5.2%'`, `'下降0.6%'`, `'百分之五'`, `'9.28‰'`, `'近六成'`, `'1/26'`, `'三分之一'`), point
 * changes (`'3.82个百分点'`, `'下降3.18个千分点'`), multiples (`'5.1倍'`, `'增长2.7倍'` = 3.7,
 * `'翻了两番多'` = 4), ratios (`'25.72:26.84:47.44'`) and ranges (`'1万~3万人'`). `parseFigure`
 * (text layer) and every audit read figures here, so a figure means the same everywhere.
 *
 * @internal
 * @module
 */
import { parseErrorError, type TownIndicatorsError } from '../errors.js';
import { Decimal, inRange } from '../numbers/decimal.js';
import {
  div,
  fromDecimal,
  fromInt,
  mul,
  pow10,
  type Rational,
  toDecimalValue,
} from '../numbers/rational.js';
import { readChineseNumber, simplifiedText } from './characters.js';
import { QUALIFIER_PREFIXES, readQuantityText } from './parse.js';
import { type Qualifier, type Quantity, quantityOfUnit } from './quantity.js';
import { bareNumberUnit, unitNamed } from './table.js';

/** What every figure carries: the text as given, its qualifier and its printed precision. */
export interface FigureBase {
  /** The text as given. */
  readonly text: string;
  /** 约 (about), 近 (nearly), 余 / 多 (more than), 以上 (at least), 不足 (less than). */
  readonly qualifier?: Qualifier;
  /**
   * Digits after the point as printed, on the figure's own scale (`'5.20%'` → 2, `'9.28‰'` → 2,
   * `'3 864平方公里'` → 0); `null` where the text pins none (`'1/26'`, a ratio whose parts
   * differ in precision).
   */
  readonly decimals: number | null;
}

/** An amount: `'244394万元'`, `'两千人'`, `'6.66亿'` (a bare multiplier: dimension `'number'`). */
export interface AmountFigure extends FigureBase {
  readonly kind: 'amount';
  readonly quantity: Quantity;
}

/** A rate as a signed fraction: `'5.2%'` → 0.052, `'下降0.6%'` → −0.006, `'近六成'` → 0.6. */
export interface RateFigure extends FigureBase {
  readonly kind: 'rate';
  readonly value: Decimal;
}

/** A change in points as a fraction: `'3.82个百分点'` → 0.0382, `'下降3.18个千分点'` → −0.00318. */
export interface PointChangeFigure extends FigureBase {
  readonly kind: 'point-change';
  readonly value: Decimal;
}

/** A multiple, current / base: `'5.1倍'` → 5.1, `'增长2.7倍'` → 3.7, `'翻一番'` → 2. */
export interface MultipleFigure extends FigureBase {
  readonly kind: 'multiple';
  readonly value: Decimal;
}

/** A ratio: `'25.72:26.84:47.44'`, `'105.23:100'`. */
export interface RatioFigure extends FigureBase {
  readonly kind: 'ratio';
  readonly parts: readonly Decimal[];
}

/** A range: `'1万~3万人'`, `'3-5万元'`, `'10%—15%'`. */
export interface RangeFigure extends FigureBase {
  readonly kind: 'range';
  readonly low: Figure;
  readonly high: Figure;
}

/**
 * A figure of report text, by kind: what {@link parseFigure} returns.
 *
 * @category Text
 */
export type Figure =
  | AmountFigure
  | RateFigure
  | PointChangeFigure
  | MultipleFigure
  | RatioFigure
  | RangeFigure;

/** The kind of a {@link Figure}. @category Text */
export type FigureKind = Figure['kind'];

/**
 * A figure with what an audit needs besides: its exact value and the power of ten of its last
 * printed digit on the fraction scale (`'5.2%'` → −3), or `null` when the figure is exact.
 *
 * @internal
 */
export interface ReadFigure {
  readonly figure: Figure;
  /**
   * The exact value when it has no finite decimal form (`'1/26'`) or is computed (增长2.7倍 →
   * 37/10); otherwise the figure's decimal value is exact: read either with {@link exactOf}.
   */
  readonly exact?: Rational;
  /** The exact parts of a ratio. */
  readonly exactParts?: readonly Rational[];
  /** Half a unit of this digit is the figure's printed precision; `null`: exact. */
  readonly lastDigitExponent: number | null;
}

/**
 * The exact value of a read figure (rate, point change, multiple: a fraction; amount: in its
 * unit), or `undefined` for a ratio or a range.
 *
 * @internal
 */
export function exactOf(read: ReadFigure): Rational | undefined {
  if (read.exact !== undefined) return read.exact;
  const { figure } = read;
  if (figure.kind === 'amount') return fromDecimal(figure.quantity.value);
  if (figure.kind === 'ratio' || figure.kind === 'range') return undefined;
  return fromDecimal(figure.value);
}

/** The longest figure text read; longer text is a `PARSE_ERROR`. */
const MAX_FIGURE_LENGTH = 200;

interface Context {
  readonly text: string;
  readonly fn: string;
  readonly arg: string;
}

function failure(context: Context, reason: string): TownIndicatorsError {
  const shown = context.text.length > 40 ? `${context.text.slice(0, 40)}…` : context.text;
  return parseErrorError(context.fn, context.arg, `${reason} in ${JSON.stringify(shown)}`, {
    value: context.text,
  });
}

/** A sign word and the sign it gives a figure. @internal */
export type SignWord = readonly [word: string, sign: 1 | -1];

/**
 * The sign words of report text, longer words first where one starts another (增长 before 增):
 * the one list the figure reader and the passage scanner match.
 *
 * @internal
 */
export const SIGN_WORDS: readonly SignWord[] = [
  ['增长', 1],
  ['增加', 1],
  ['提高', 1],
  ['上升', 1],
  ['上涨', 1],
  ['增', 1],
  ['下降', -1],
  ['减少', -1],
  ['回落', -1],
  ['降低', -1],
  ['下滑', -1],
  ['下跌', -1],
  ['减', -1],
  ['降', -1],
];

type QualifierWord = readonly [word: string, qualifier: Qualifier];

/** Range separators: ~ ～ 〜 — – 至 到 (a hyphen only between a digit and a digit). */
function isRangeSeparator(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code === 0x7e || code === 0x301c || code === 0x2014 || code === 0x2013) return true;
  if (code === 0x81f3 || code === 0x5230) {
    // 至 / 到 between two numbers ('3至5万元'), not in a word ('不到1%').
    const after = text.charCodeAt(index + 1);
    return hasDigitBefore(text, index) && after >= 0x30 && after <= 0x39;
  }
  if (code !== 0x2d || index === 0) return false;
  const before = text.charCodeAt(index - 1);
  const after = text.charCodeAt(index + 1);
  return (
    before !== 0x2d &&
    !(before === 0x3a || before === 0x2f) &&
    ((before >= 0x30 && before <= 0x39) || before > 0x7f || before === 0x25) &&
    after >= 0x30 &&
    after <= 0x39
  );
}

function hasDigitBefore(text: string, index: number): boolean {
  for (let at = 0; at < index; at += 1) {
    const code = text.charCodeAt(at);
    if (code >= 0x30 && code <= 0x39) return true;
  }
  return false;
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isSpaceCode(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0xfeff;
}

/**
 * The text with spaces dropped wherever a non-digit stands on one side (`'5 个百 分点'` →
 * `'5个百分点'`); a space between two digits stays, so `'5 9亿元'` is still two numbers.
 */
function compact(text: string): string {
  let out = '';
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (!isSpaceCode(code)) {
      out += text[index];
      continue;
    }
    const before = out.length > 0 ? out.charCodeAt(out.length - 1) : -1;
    let next = index + 1;
    while (next < text.length && isSpaceCode(text.charCodeAt(next))) next += 1;
    const after = next < text.length ? text.charCodeAt(next) : -1;
    if (isDigitCode(before) && isDigitCode(after)) out += ' ';
    index = next - 1;
  }
  return out;
}

/** A plain number: digits with an optional sign and point. */
interface PlainNumber {
  readonly value: Rational;
  readonly decimal: Decimal;
  readonly decimals: number;
}

const PLAIN = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;

/** Reads `body` as one number, Arabic (`'5.2'`) or Chinese (`'六'`, `'三十五'`), or `undefined`. */
function readPlainNumber(body: string): PlainNumber | undefined {
  if (body.length === 0 || body.length > 100) return undefined;
  if (PLAIN.test(body)) {
    const point = body.indexOf('.');
    const decimal = new Decimal(body);
    return {
      value: fromDecimal(decimal),
      decimal,
      decimals: point < 0 ? 0 : body.length - point - 1,
    };
  }
  const chinese = readChineseNumber(body, 0, body.length);
  if (chinese === undefined || chinese.next !== body.length) return undefined;
  const decimal = new Decimal(chinese.digits).times(new Decimal(10).pow(chinese.trailingExponent));
  return { value: fromDecimal(decimal), decimal, decimals: chinese.decimals };
}

function strip(
  body: string,
  words: readonly (readonly [string, unknown])[],
  atEnd: boolean,
): readonly [string, number] | undefined {
  for (let index = 0; index < words.length; index += 1) {
    const word = (words[index] as readonly [string, unknown])[0];
    if (atEnd ? body.endsWith(word) : body.startsWith(word)) {
      return [atEnd ? body.slice(0, body.length - word.length) : body.slice(word.length), index];
    }
  }
  return undefined;
}

interface Parts {
  readonly body: string;
  readonly sign: 1 | -1 | 0;
  readonly qualifier: Qualifier | undefined;
}

function mergeQualifier(
  context: Context,
  current: Qualifier | undefined,
  next: Qualifier,
): Qualifier {
  if (current !== undefined && current !== next) {
    throw failure(context, `conflicting qualifiers (${current}, ${next})`);
  }
  return next;
}

/** Splits off a sign word and qualifier words: '增长近17倍' → body '17倍', +, nearly. */
function splitWords(context: Context, text: string): Parts {
  let body = text;
  let sign: 1 | -1 | 0 = 0;
  let qualifier: Qualifier | undefined;
  const prefixQualifier = (): void => {
    const found = strip(body, QUALIFIER_PREFIXES, false);
    if (found === undefined) return;
    body = found[0];
    qualifier = mergeQualifier(
      context,
      qualifier,
      (QUALIFIER_PREFIXES[found[1]] as QualifierWord)[1],
    );
  };
  prefixQualifier();
  const signed = strip(body, SIGN_WORDS, false);
  if (signed !== undefined) {
    body = signed[0];
    sign = (SIGN_WORDS[signed[1]] as SignWord)[1];
    if (body.startsWith('了')) body = body.slice(1);
    prefixQualifier();
  }
  return { body, sign, qualifier };
}

/** Strips `以上` / `左右` at the end (and 多 / 余 before a rate or multiple suffix). */
function suffixQualifier(
  context: Context,
  body: string,
  qualifier: Qualifier | undefined,
  words: readonly QualifierWord[],
): readonly [string, Qualifier | undefined] {
  const found = strip(body, words, true);
  if (found === undefined) return [body, qualifier];
  const word = words[found[1]] as QualifierWord;
  return [found[0], mergeQualifier(context, qualifier, word[1])];
}

type RateScale = readonly [suffix: string, kind: 'rate' | 'point-change', exponent: number];

// Longer suffixes first (个百分点 before 百分点).
const RATE_SUFFIXES: readonly RateScale[] = [
  ['个百分点', 'point-change', 2],
  ['百分点', 'point-change', 2],
  ['个千分点', 'point-change', 3],
  ['千分点', 'point-change', 3],
  ['%', 'rate', 2],
  ['‰', 'rate', 3],
  ['成', 'rate', 1],
];

function listHint(body: string): string {
  return /[和、及与,，;；]/.test(body)
    ? 'a list of figures has no single reading'
    : 'expected one number';
}

function signed(value: Rational, sign: 1 | -1 | 0): Rational {
  return sign === -1 ? { n: -value.n, d: value.d } : value;
}

function base(text: string, qualifier: Qualifier | undefined, decimals: number | null): FigureBase {
  return qualifier === undefined ? { text, decimals } : { text, qualifier, decimals };
}

function scaled(
  context: Context,
  text: string,
  kind: 'rate' | 'point-change',
  number: PlainNumber,
  exponent: number,
  parts: Parts,
  qualifier: Qualifier | undefined,
): ReadFigure {
  if (number.decimal.isNegative() && parts.sign !== 0) {
    throw failure(context, 'a sign word and a minus sign together');
  }
  const exact = signed(mul(number.value, pow10(-exponent)), parts.sign);
  // A power of ten moves the point: exact, and cheaper than dividing the fraction out.
  const shifted = number.decimal.times(`1e-${exponent}`);
  const value = inRange(
    parts.sign === -1 ? shifted.neg() : shifted,
    context.fn,
    context.arg,
    text.slice(0, 40),
  );
  return {
    figure: { kind, ...base(text, qualifier, number.decimals), value },
    exact,
    lastDigitExponent: -number.decimals - exponent,
  };
}

/** Reads `N分之M` (三分之一, 百分之五 handled by the caller) as M / N, exact. */
function readFraction(
  context: Context,
  text: string,
  body: string,
  parts: Parts,
  qualifier: Qualifier | undefined,
): ReadFigure | undefined {
  let numerator: PlainNumber | undefined;
  let denominator: PlainNumber | undefined;
  const chineseSplit = body.indexOf('分之');
  if (chineseSplit > 0) {
    denominator = readPlainNumber(body.slice(0, chineseSplit));
    numerator = readPlainNumber(body.slice(chineseSplit + 2));
  } else {
    const slash = body.indexOf('/');
    if (slash <= 0) return undefined;
    numerator = readPlainNumber(body.slice(0, slash));
    denominator = readPlainNumber(body.slice(slash + 1));
    if (numerator === undefined || denominator === undefined) return undefined;
  }
  if (numerator === undefined || denominator === undefined) {
    throw failure(context, 'expected a fraction such as 三分之一 or 1/3');
  }
  if (denominator.value.n === 0n) throw failure(context, 'a fraction with a zero denominator');
  const exact = signed(div(numerator.value, denominator.value), parts.sign);
  return {
    figure: { kind: 'rate', ...base(text, qualifier, null), value: toDecimalValue(exact) },
    exact,
    lastDigitExponent: null,
  };
}

/** `翻一番` = 2, `翻了两番多` = 4 (more than), `翻1番` = 2. */
function readDoubling(
  context: Context,
  text: string,
  body: string,
  qualifier: Qualifier | undefined,
): ReadFigure | undefined {
  if (!body.startsWith('翻')) return undefined;
  let rest = body.slice(1);
  if (rest.startsWith('了')) rest = rest.slice(1);
  let moreThan = qualifier;
  if (rest.endsWith('多')) {
    rest = rest.slice(0, -1);
    moreThan = mergeQualifier(context, qualifier, 'more-than');
  }
  if (!rest.endsWith('番')) throw failure(context, 'expected 翻N番');
  // 实现翻番: 翻番 alone is 翻一番.
  const count = rest === '番' ? readPlainNumber('1') : readPlainNumber(rest.slice(0, -1));
  if (count === undefined || count.decimals > 0 || count.value.n < 0n || count.value.n > 64n) {
    throw failure(context, 'expected a whole number of doublings in 翻N番');
  }
  const exact = fromInt(2n ** count.value.n);
  return {
    figure: { kind: 'multiple', ...base(text, moreThan, 0), value: toDecimalValue(exact) },
    exact,
    lastDigitExponent: null,
  };
}

function readRatio(context: Context, text: string, body: string): ReadFigure | undefined {
  if (!body.includes(':')) return undefined;
  const pieces = body.split(':');
  const numbers = pieces.map((piece) => readPlainNumber(piece));
  if (pieces.length < 2 || numbers.some((n) => n === undefined || n.decimal.isNegative())) {
    throw failure(context, 'expected a ratio of numbers such as 25.72:26.84:47.44');
  }
  const read = numbers as readonly PlainNumber[];
  const first = read[0]?.decimals ?? 0;
  const decimals = read.every((n) => n.decimals === first) ? first : null;
  return {
    figure: {
      kind: 'ratio',
      ...base(text, undefined, decimals),
      parts: Object.freeze(read.map((n) => n.decimal)),
    },
    exactParts: Object.freeze(read.map((n) => n.value)),
    lastDigitExponent: decimals === null ? null : -decimals,
  };
}

function readMultiple(
  context: Context,
  text: string,
  body: string,
  parts: Parts,
  qualifier: Qualifier | undefined,
): ReadFigure {
  const number = readPlainNumber(body);
  if (number === undefined || number.decimal.isNegative()) {
    throw failure(context, `${listHint(body)} before 倍`);
  }
  if (parts.sign === -1) throw failure(context, 'a fall cannot be a multiple (下降…倍)');
  // NBS: 增长N倍 states the growth, so the multiple (current / base) is N + 1.
  const exact =
    parts.sign === 1 ? { n: number.value.n + number.value.d, d: number.value.d } : number.value;
  return {
    figure: {
      kind: 'multiple',
      ...base(text, qualifier, number.decimals),
      value: toDecimalValue(exact),
    },
    exact,
    lastDigitExponent: -number.decimals,
  };
}

function readAmount(context: Context, text: string, parts: Parts): ReadFigure {
  const plain = readPlainNumber(parts.body.trim());
  if (plain !== undefined && PLAIN.test(parts.body.trim())) {
    // A bare number ('-5.64', '100.0'): dimension 'number', unit ''.
    const value = inRange(
      parts.sign === -1 ? plain.decimal.neg() : plain.decimal,
      context.fn,
      context.arg,
      text.slice(0, 40),
    );
    return {
      figure: {
        kind: 'amount',
        ...base(text, parts.qualifier, plain.decimals),
        quantity: quantityOfUnit(value, bareNumberUnit(), parts.qualifier),
      },
      exact: fromDecimal(value),
      lastDigitExponent: -plain.decimals,
    };
  }
  const source = parts.sign === 0 ? text : parts.body;
  const printed = readQuantityText(source, { fn: context.fn, arg: context.arg });
  let q = printed.quantity;
  const qualifier =
    parts.qualifier === undefined
      ? q.qualifier
      : q.qualifier === undefined
        ? parts.qualifier
        : mergeQualifier(context, parts.qualifier, q.qualifier);
  if (parts.sign === -1 || qualifier !== q.qualifier) {
    q = quantityOfUnit(parts.sign === -1 ? q.value.neg() : q.value, q.unit, qualifier);
  }
  return {
    figure: { kind: 'amount', ...base(text, qualifier, printed.decimals), quantity: q },
    exact: fromDecimal(q.value),
    lastDigitExponent: printed.lastDigitExponent,
  };
}

/** The unit text of a figure after its number: '3万人' → '万人', '15%' → '%'. */
function unitSuffix(text: string): string {
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (isDigitCode(code) || code === 0x2e || code === 0x2c || isSpaceCode(code)) index += 1;
    else break;
  }
  return text.slice(index);
}

function readRange(context: Context, normal: string, text: string): ReadFigure | undefined {
  let separator = -1;
  for (let index = 1; index < normal.length - 1; index += 1) {
    if (isRangeSeparator(normal, index)) {
      if (separator >= 0) throw failure(context, 'more than one range separator');
      separator = index;
    }
  }
  if (separator < 0) return undefined;
  const width = normal.charCodeAt(separator + 1) === normal.charCodeAt(separator) ? 2 : 1;
  const lowText = text.slice(0, separator).trim();
  const highText = text.slice(separator + width).trim();
  const high = readFigureText(highText, context.fn, context.arg);
  const withHighSuffix = (): ReadFigure =>
    readFigureText(lowText + unitSuffix(simplifiedText(highText)), context.fn, context.arg);
  let low: ReadFigure;
  try {
    low = readFigureText(lowText, context.fn, context.arg);
  } catch {
    low = withHighSuffix();
  }
  if (
    low.figure.kind === 'amount' &&
    low.figure.quantity.unit.name === '' &&
    !(high.figure.kind === 'amount' && high.figure.quantity.unit.name === '')
  ) {
    // '10-15%', '3-5万元': a bare low end takes the high end's suffix.
    low = withHighSuffix();
  }
  if (low.figure.kind === 'amount' && high.figure.kind === 'amount') {
    const lowUnit = low.figure.quantity.unit;
    if (lowUnit.dimension === 'number' && high.figure.quantity.unit.dimension !== 'number') {
      // '1万~3万人': the low end takes the high end's unit.
      const highUnit = high.figure.quantity.unit.name;
      const joined =
        lowUnit.name.length > 0 && highUnit.startsWith(lowUnit.name)
          ? highUnit.slice(lowUnit.name.length)
          : highUnit;
      low = readFigureText(lowText + joined, context.fn, context.arg);
    }
  }
  if (low.figure.kind !== high.figure.kind) {
    throw failure(context, 'the two ends of a range are figures of different kinds');
  }
  const decimals =
    low.figure.decimals === null || high.figure.decimals === null
      ? null
      : Math.max(low.figure.decimals, high.figure.decimals);
  return {
    figure: {
      kind: 'range',
      ...base(text, undefined, decimals),
      low: low.figure,
      high: high.figure,
    },
    lastDigitExponent: null,
  };
}

/** The longest digit string the fast path reads; longer numbers take the general path. */
const FAST_DIGITS = 30;

/**
 * The common shapes, read without the general machinery: ASCII digits with at most one point,
 * then `%`, `‰`, `个百分点` or the exact name of a table unit (`'62857万元'`, `'13.1%'`). Gives
 * what the general path gives, or `undefined` to leave the text to it. `simplified` is the text
 * as `simplifiedText` reads it.
 */
function readCommon(text: string, simplified: string): ReadFigure | undefined {
  const length = simplified.length;
  let index = 0;
  let point = -1;
  for (; index < length && index <= FAST_DIGITS; index += 1) {
    const c = simplified.charCodeAt(index);
    if (c >= 0x30 && c <= 0x39) continue;
    if (c === 0x2e && point < 0 && index > 0) {
      point = index;
      continue;
    }
    break;
  }
  if (index === 0 || index > FAST_DIGITS || index === length || point === index - 1)
    return undefined;
  const digits = simplified.slice(0, index);
  const decimals = point < 0 ? 0 : index - point - 1;
  const rest = simplified.slice(index);
  if (rest === '%' || rest === '‰' || rest === '个百分点') {
    const exponent = rest === '‰' ? 3 : 2;
    const kind = rest === '个百分点' ? 'point-change' : 'rate';
    // The value is an exact decimal: its fraction (exactOf) is made only when an audit asks.
    return {
      figure: { kind, text, decimals, value: new Decimal(`${digits}e-${exponent}`) },
      lastDigitExponent: -decimals - exponent,
    };
  }
  // Only a unit's exact name: the quantity reader joins a multiplier with it the same way (万 +
  // 元 → 万元); anything else (a folded 万, an alias in capitals) takes the general path.
  const unit = unitNamed(rest);
  if (unit === undefined || unit.dimension === 'number' || unit.name !== rest) return undefined;
  // A whole number below 10^7 takes decimal.js's fast path from a number (the same value).
  const decimal = new Decimal(point < 0 && index <= 7 ? Number(digits) : digits);
  return {
    figure: { kind: 'amount', text, decimals, quantity: quantityOfUnit(decimal, unit, undefined) },
    lastDigitExponent: -decimals,
  };
}

/** 三成多, 1.5倍多: 多 / 余 after the suffix — more than; the suffix then ends the body. */
function moreAfterSuffix(
  context: Context,
  body: string,
  qualifier: Qualifier | undefined,
  suffix: string,
): readonly [string, Qualifier | undefined] {
  if (!body.endsWith(`${suffix}多`) && !body.endsWith(`${suffix}余`)) return [body, qualifier];
  return [body.slice(0, -1), mergeQualifier(context, qualifier, 'more-than')];
}

/** 百分之五, 5.2%, 9.28‰, 3.82个百分点, 近六成, 三成多: a rate or a point change, or `undefined`. */
function readRateBody(
  context: Context,
  text: string,
  given: string,
  parts: Parts,
  givenQualifier: Qualifier | undefined,
): ReadFigure | undefined {
  for (const [prefix, exponent] of [
    ['百分之', 2],
    ['千分之', 3],
  ] as const) {
    if (!given.startsWith(prefix)) continue;
    const digits = given.slice(prefix.length);
    // 百分之百: the whole, a hundred per cent.
    const number = readPlainNumber(digits === '百' ? '100' : digits);
    if (number === undefined) throw failure(context, `expected a number after ${prefix}`);
    return scaled(context, text, 'rate', number, exponent, parts, givenQualifier);
  }
  const [body, qualifier] = moreAfterSuffix(context, given, givenQualifier, '成');
  for (const [suffix, kind, exponent] of RATE_SUFFIXES) {
    if (!body.endsWith(suffix)) continue;
    const [number, more] = suffixQualifier(
      context,
      body.slice(0, body.length - suffix.length),
      qualifier,
      [
        ['多', 'more-than'],
        ['余', 'more-than'],
      ],
    );
    const read = readPlainNumber(number);
    if (read === undefined) throw failure(context, `${listHint(number)} before ${suffix}`);
    return scaled(context, text, kind, read, exponent, parts, more);
  }
  return undefined;
}

/** 5.1倍, 增长2.7倍, 1.5倍多: a multiple, or `undefined`. */
function readTimes(
  context: Context,
  text: string,
  given: string,
  parts: Parts,
  givenQualifier: Qualifier | undefined,
): ReadFigure | undefined {
  const [body, qualifier] = moreAfterSuffix(context, given, givenQualifier, '倍');
  if (!body.endsWith('倍')) return undefined;
  const [number, more] = suffixQualifier(context, body.slice(0, -1), qualifier, [
    ['多', 'more-than'],
    ['余', 'more-than'],
  ]);
  return readMultiple(context, text, number, parts, more);
}

/**
 * Reads one figure of report text: see {@link Figure}. `simplified` is the same text already
 * read by `simplifiedText` (a scanner has it), to spare the work.
 *
 * @internal
 */
export function readFigureText(
  text: string,
  fn = 'parseFigure',
  arg = 'text',
  simplified?: string,
): ReadFigure {
  const context: Context = { text, fn, arg };
  if (typeof text !== 'string') {
    throw parseErrorError(fn, arg, `expected report text, got ${typeof text}`, { value: text });
  }
  const common = readCommon(text, simplified ?? text);
  if (common !== undefined) return common;
  if (text.length > MAX_FIGURE_LENGTH) {
    throw failure(context, `a figure longer than ${MAX_FIGURE_LENGTH} characters`);
  }
  const normal = compact(simplifiedText(text).trim());
  if (normal.length === 0) throw failure(context, 'empty text (expected a figure)');
  const range = readRange(context, normal, text);
  if (range !== undefined) return range;

  const parts = splitWords(context, normal);
  const doubling = readDoubling(context, text, parts.body, parts.qualifier);
  if (doubling !== undefined) return doubling;

  const [body, qualifier] = suffixQualifier(context, parts.body, parts.qualifier, [
    ['以上', 'at-least'],
    ['以下', 'less-than'],
    ['左右', 'about'],
  ]);
  const rate = readRateBody(context, text, body, parts, qualifier);
  if (rate !== undefined) return rate;
  const times = readTimes(context, text, body, parts, qualifier);
  if (times !== undefined) return times;
  if (parts.sign === 0 && parts.qualifier === undefined) {
    const ratio = readRatio(context, text, body);
    if (ratio !== undefined) return ratio;
  }
  const fraction = readFraction(context, text, body, { ...parts, body }, qualifier);
  if (fraction !== undefined) return fraction;
  return readAmount(context, text, { ...parts, qualifier: parts.qualifier });
}
