import { parseErrorError, type TownIndicatorsError, unknownUnitError } from '../errors.js';
import { Decimal, inRange } from '../numbers/decimal.js';
import { requireOptions } from '../numbers/internal.js';
import {
  chineseLargeUnit,
  chineseSmallUnit,
  normalCode,
  readChineseNumber,
  simplifiedText,
} from './characters.js';
import { type Qualifier, type Quantity, quantityOfUnit, requireUnit } from './quantity.js';
import { findUnit, type Unit } from './table.js';

/** Options of {@link parseQuantity}. @category Units */
export interface ParseQuantityOptions {
  /**
   * The unit of a text that names none (`'近5万'` with `defaultUnit: '人'` reads as `近5万人`).
   * A multiplier in the text still applies. Without it, a text with no unit is a `PARSE_ERROR`.
   */
  readonly defaultUnit?: string;
  /** The calling function, named in error messages. Default `'parseQuantity'`. */
  readonly fn?: string;
  /** The argument, named in error messages. Default `'text'`. */
  readonly arg?: string;
}

/** The longest numeric part read (digits, separators, point); longer text is a `PARSE_ERROR`. */
const MAX_NUMBER_LENGTH = 100;
/** The longest unit text looked up; no unit name or alias comes near it. */
const MAX_UNIT_LENGTH = 32;

type Word = readonly [word: string, qualifier: Qualifier];
type Multiplier = readonly [text: string, exponent: number];

/**
 * The qualifier words before a figure, longer words first where one ends or starts another (超过
 * before 超, 大约 before 约): the one list every reader of figures matches.
 *
 * @internal
 */
export const QUALIFIER_PREFIXES: readonly Word[] = [
  ['约合', 'about'],
  ['大约', 'about'],
  ['约', 'about'],
  ['将近', 'nearly'],
  ['接近', 'nearly'],
  ['近', 'nearly'],
  ['超过', 'more-than'],
  ['突破', 'more-than'],
  ['多于', 'more-than'],
  ['超', 'more-than'],
  ['逾', 'more-than'],
  ['不少于', 'at-least'],
  ['至少', 'at-least'],
  ['不足', 'less-than'],
  ['不到', 'less-than'],
  ['少于', 'less-than'],
];

// 以下 (at most, 5%以下) reads as less-than: the qualifiers name no 'at-most'.
const SUFFIXES: readonly Word[] = [
  ['以上', 'at-least'],
  ['以下', 'less-than'],
  ['左右', 'about'],
];

/** The longest run of multipliers read (万亿, 千万): longer runs (万万万) are no amount. */
const MAX_MULTIPLIER_RUN = 2;

const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;

/**
 * The code of the character at `index`, with full-width forms read as ASCII (`６` → `6`) and
 * traditional characters as simplified (億 → 亿).
 */
function codeAt(text: string, index: number): number {
  return normalCode(text.charCodeAt(index));
}

/** The power of ten of a multiplier character (百 2, 千 3, 万 4, 亿 8), or 0. */
function multiplierExponent(code: number): number {
  return code === 0x5341 ? 0 : chineseSmallUnit(code) || chineseLargeUnit(code);
}

function isDigit(code: number): boolean {
  return code >= DIGIT_0 && code <= DIGIT_9;
}

function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x3000 ||
    code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x202f ||
    code === 0x205f
  );
}

function isAsciiLetter(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

/** `余` / `多` right after a number or a multiplier: more than. */
function isMoreThanMark(code: number): boolean {
  return code === 0x4f59 || code === 0x591a;
}

interface Reader {
  /** The text as given, for messages. */
  readonly text: string;
  /** The text as read: traditional characters simplified, the same length as `text`. */
  readonly scan: string;
  readonly fn: string;
  readonly arg: string;
}

function quote(text: unknown): string {
  if (typeof text !== 'string') return String(text);
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

function parseFailure(reader: Reader, reason: string): TownIndicatorsError {
  return parseErrorError(reader.fn, reader.arg, `${reason} in ${quote(reader.text)}`, {
    value: reader.text,
  });
}

function unknownUnit(reader: Reader, unit: string): TownIndicatorsError {
  return unknownUnitError(reader.fn, reader.arg, unit, { value: reader.text });
}

function skipSpaces(text: string, from: number, end: number): number {
  let index = from;
  while (index < end && isSpace(text.charCodeAt(index))) index += 1;
  return index;
}

function matchPrefix(text: string, at: number, words: readonly Word[]): Word | undefined {
  return words.find(([word]) => text.startsWith(word, at));
}

function mergeQualifier(
  reader: Reader,
  current: Qualifier | undefined,
  next: Qualifier,
): Qualifier {
  if (current !== undefined && current !== next) {
    throw parseFailure(reader, `conflicting qualifiers (${current}, ${next})`);
  }
  return next;
}

interface NumberPart {
  /** The number as ASCII text, sign included, separators removed. */
  readonly digits: string;
  /** The index after the number. */
  readonly next: number;
  /** Digits printed after the point. */
  readonly decimals: number;
  /** A section multiplier a Chinese numeral ends with (一千二百万 → 4), not in `digits`. */
  readonly trailingExponent: number;
}

function checkLength(reader: Reader, from: number, index: number): void {
  if (index - from >= MAX_NUMBER_LENGTH) {
    throw parseFailure(reader, `a number longer than ${MAX_NUMBER_LENGTH} characters`);
  }
}

/** Reads the digits of the integer part from `index`, with thousands separators (1,130). */
function readInteger(
  reader: Reader,
  from: number,
  index: number,
  end: number,
): { readonly digits: string; readonly next: number } {
  const text = reader.scan;
  let digits = '';
  let group = 0;
  let grouped = false;
  let at = index;
  for (; at < end; at += 1) {
    const code = codeAt(text, at);
    if (isDigit(code)) {
      digits += String.fromCharCode(code);
      group += 1;
    } else if (code === 0x2c && digits.length > 0 && (grouped ? group === 3 : group <= 3)) {
      // The first group has 1–3 digits, every later group exactly 3.
      grouped = true;
      group = 0;
    } else if (
      isSpace(code) &&
      digits.length > 0 &&
      (grouped ? group === 3 : group <= 3) &&
      isSpaceGroup(text, at + 1, end)
    ) {
      // '3 864平方公里': a space between groups of three, as typeset tables print thousands.
      grouped = true;
      group = 0;
    } else {
      break;
    }
    checkLength(reader, from, at);
  }
  if (grouped && group !== 3) throw parseFailure(reader, 'a misplaced thousands separator');
  return { digits, next: at };
}

/** Exactly three digits at `at`, then no digit: a thousands group after a space. */
function isSpaceGroup(text: string, at: number, end: number): boolean {
  if (at + 3 > end) return false;
  for (let index = at; index < at + 3; index += 1) {
    if (!isDigit(codeAt(text, index))) return false;
  }
  return at + 3 === end || !isDigit(codeAt(text, at + 3));
}

/**
 * Reads `[+-]digits[,ddd]*[.digits]` with full-width forms. Linear, and it stops with a
 * `PARSE_ERROR` after {@link MAX_NUMBER_LENGTH} characters.
 */
function readNumber(reader: Reader, from: number, end: number): NumberPart {
  const text = reader.scan;
  const chinese = readChineseNumber(text, from, end);
  if (chinese !== undefined) {
    return {
      digits: chinese.digits,
      next: chinese.next,
      decimals: chinese.decimals,
      trailingExponent: chinese.trailingExponent,
    };
  }
  const sign = from < end ? codeAt(text, from) : 0;
  const signed = sign === 0x2b || sign === 0x2d;
  const integer = readInteger(reader, from, signed ? from + 1 : from, end);
  let digits = sign === 0x2d ? `-${integer.digits}` : integer.digits;
  let index = integer.next;
  if (index < end && codeAt(text, index) === 0x2e) {
    index += 1;
    digits += '.';
    const fractionStart = index;
    for (; index < end && isDigit(codeAt(text, index)); index += 1) {
      checkLength(reader, from, index);
      digits += String.fromCharCode(codeAt(text, index));
    }
    if (index === fractionStart) throw parseFailure(reader, 'no digit after the decimal point');
  } else if (integer.digits.length === 0) {
    throw parseFailure(reader, 'no number');
  }
  const point = digits.indexOf('.');
  return {
    digits,
    next: index,
    decimals: point < 0 ? 0 : digits.length - point - 1,
    trailingExponent: 0,
  };
}

/**
 * The unit text between the number part and `end`: full-width forms read as ASCII, spaces
 * dropped, cut after {@link MAX_UNIT_LENGTH} characters (no unit name is that long).
 */
function readUnitText(text: string, from: number, end: number): string {
  let unit = '';
  for (let index = from; index < end && unit.length <= MAX_UNIT_LENGTH; index += 1) {
    const code = codeAt(text, index);
    if (!isSpace(code)) unit += String.fromCharCode(code);
  }
  return unit;
}

/** A digit not inside an ASCII alias (`'4元'`, `'元4'`): the text holds a second number. */
function hasStrayDigit(unit: string): boolean {
  for (let index = 0; index < unit.length; index += 1) {
    const follows = index > 0 && isAsciiLetter(unit.charCodeAt(index - 1));
    if (isDigit(unit.charCodeAt(index)) && !follows) return true;
  }
  return false;
}

interface UnitPart {
  readonly unit: Unit;
  /** The power of ten still to fold into the value (a multiplier with no scaled unit: 3万家). */
  readonly exponent: number;
}

function lookUpUnit(reader: Reader, multiplier: Multiplier | undefined, unitText: string): Unit {
  const unit = findUnit(unitText);
  if (unit !== undefined && unit.dimension !== 'number') return unit;
  if (hasStrayDigit(unitText)) throw parseFailure(reader, 'more than one number');
  throw unknownUnit(reader, `${multiplier?.[0] ?? ''}${unitText}`);
}

/** A unit of the table that is not a bare multiplier (万, 亿 are numbers, not units). */
function findMeasureUnit(name: string): Unit | undefined {
  const unit = findUnit(name);
  return unit === undefined || unit.dimension === 'number' ? undefined : unit;
}

function resolveUnit(
  reader: Reader,
  multiplier: Multiplier | undefined,
  unitText: string,
  defaultUnit: Unit | undefined,
): UnitPart {
  if (multiplier !== undefined && unitText.length > 0) {
    // 万 + 人 → 万人, 千 + 米 → 千米, 万亿 + 元 → 亿元 with 万 folded: the scaled unit itself
    // when the table has it, joining as much of the multiplier as it can.
    const [run] = multiplier;
    for (let split = 0; split < run.length; split += 1) {
      const scaled = findMeasureUnit(run.slice(split) + unitText);
      if (scaled !== undefined) {
        return { unit: scaled, exponent: runExponent(run.slice(0, split)) };
      }
    }
  }
  if (unitText.length === 0 && defaultUnit === undefined && multiplier !== undefined) {
    // '6.66亿', '3737万': a bare multiplier is a number, never guessed to be money.
    const bare = findUnit(multiplier[0]);
    if (bare !== undefined) return { unit: bare, exponent: 0 };
  }
  const unit = unitText.length > 0 ? lookUpUnit(reader, multiplier, unitText) : defaultUnit;
  if (unit === undefined) throw parseFailure(reader, 'no unit');
  if (multiplier === undefined) return { unit, exponent: 0 };
  // An alias or the default unit after a multiplier: 3万 yuan → 3万元; else fold: 3万家 → 30000家.
  const named = findMeasureUnit(multiplier[0] + unit.name);
  return named === undefined ? { unit, exponent: multiplier[1] } : { unit: named, exponent: 0 };
}

/** The power of ten of a run of multipliers (万亿 → 12, 千万 → 7). */
function runExponent(run: string): number {
  let exponent = 0;
  for (let index = 0; index < run.length; index += 1) {
    exponent += multiplierExponent(run.charCodeAt(index));
  }
  return exponent;
}

/** The run of multipliers (万, 亿, 千, 百; at most two) at `from`. */
function readMultiplier(text: string, from: number, end: number): Multiplier | undefined {
  let at = from;
  while (
    at < end &&
    at - from < MAX_MULTIPLIER_RUN &&
    multiplierExponent(text.charCodeAt(at)) > 0
  ) {
    at += 1;
  }
  if (at === from) return undefined;
  const run = text.slice(from, at);
  return [run, runExponent(run)];
}

interface QualifierWords {
  readonly qualifier: Qualifier | undefined;
  readonly prefix: Word | undefined;
  /** Where the number starts and the unit ends, the words taken off. */
  readonly index: number;
  readonly end: number;
}

/** The qualifier words around a quantity: 约 / 近 / 超过 … before, 以上 / 左右 after. */
function qualifierWords(reader: Reader, from: number, to: number): QualifierWords {
  const { scan } = reader;
  let index = from;
  let end = to;
  let qualifier: Qualifier | undefined;
  const prefix = matchPrefix(scan, index, QUALIFIER_PREFIXES);
  if (prefix !== undefined) {
    qualifier = prefix[1];
    index = skipSpaces(scan, index + prefix[0].length, end);
  }
  // 约合人民币5亿元: the currency named before the number is the unit's own (元 is CNY).
  if (scan.startsWith('人民币', index)) index = skipSpaces(scan, index + 3, end);
  const suffix = SUFFIXES.find(([word]) => end - word.length >= index && scan.endsWith(word, end));
  if (suffix !== undefined) {
    qualifier = mergeQualifier(reader, qualifier, suffix[1]);
    end -= suffix[0].length;
    while (end > index && isSpace(scan.charCodeAt(end - 1))) end -= 1;
  }
  return { qualifier, prefix, index, end };
}

/**
 * Reads a quantity as reports write it (数量 with its 计量单位): `'60.3亿元'`, `'2.6万余人'`,
 * `'近5万人'`, `'1,130千米'`, `'１，１３０千米'`, `'60.3 yi-yuan'`, `'1000万元以上'`.
 *
 * - Number: optional sign, thousands separators (`1,130`), full-width forms; at most 100
 *   characters.
 * - Multiplier 万 / 亿 / 千: joins the unit when the table has the scaled unit (`'8.87万亩'` is
 *   8.87 万亩, `'1,130千米'` is 1130 千米); otherwise it is folded into the value, formula
 *   value × 10^4 (万), 10^8 (亿), 10^3 (千): `'3万家'` is 30000 家, `'1.2万亿元'` is 12000 亿元.
 * - Unit: a Chinese name or an alias of the units table.
 * - Qualifier: 约 / 约合 / 大约 / …左右 (about); 近 / 将近 / 接近 (nearly); 余 or 多 after the number
 *   or after the multiplier, 超过 / 超 / 突破 / 逾 (more than); …以上 / 至少 / 不少于 (at least);
 *   不足 / 不到 / 少于 / …以下 (less than). After a qualifier a multiplier alone is one of it
 *   (近亿元, 逾百亿元); 人民币 before the number is dropped (约合人民币5亿元).
 * - Numbers: Arabic, with thousands separators or space-grouped thousands (3 864), or Chinese
 *   (两千, 一千二百万元, 三点五); traditional characters read as simplified (44.1億元).
 * - Spaces may stand between the parts.
 *
 * A linear hand-written scanner (no backtracking regex) reads the text, so hostile input fails
 * fast. `parseQuantity(String(q))` equals `q` for every quantity whose value prints in at most
 * 100 characters. Source: the phrasing of the seed reports (小城镇建设年度总结).
 *
 * @param text - report text such as `'60.3亿元'`, `'2.6万余人'`, `'近5万人'`, `'1000万元以上'`
 * @param options - a default unit for unit-less text; names of the calling function and argument
 * @returns the {@link Quantity}, with its qualifier when the text has one
 * @throws TownIndicatorsError `PARSE_ERROR` for empty text, no number, no unit, a second number,
 *   a misplaced separator, conflicting qualifiers or a number longer than 100 characters;
 *   `UNKNOWN_UNIT` for a unit (or `options.defaultUnit`) not in the units table; `INVALID_ARGUMENT`
 *   when `options` is `null` or not an object
 * @example
 * ```ts
 * const q = parseQuantity('2.6万余人');
 * [String(q), q.qualifier, q.to('人').toString()];
 * // => ['2.6万余人', 'more-than', '26000']
 * ```
 *
 * @category Units
 */
export function parseQuantity(text: string, options: ParseQuantityOptions = {}): Quantity {
  return readQuantityText(text, options).quantity;
}

/**
 * A quantity read from report text, with the precision it was printed with.
 *
 * @internal
 */
export interface PrintedQuantity {
  /** The quantity, as {@link parseQuantity} gives it. */
  readonly quantity: Quantity;
  /**
   * The power of ten of the last printed digit, in the quantity's unit: `'40.3亿元'` → −1,
   * `'3.5万家'` (35000 家) → 3, `'2054笔'` → 0.
   */
  readonly lastDigitExponent: number;
  /** Digits printed after the point (`'3.5万家'` → 1). */
  readonly decimals: number;
}

/**
 * The one reader of quantity text: {@link parseQuantity}, and the printed precision the audits
 * judge at.
 *
 * @internal
 */
export function readQuantityText(
  text: string,
  options: ParseQuantityOptions = {},
): PrintedQuantity {
  requireOptions('parseQuantity', options);
  if (typeof text !== 'string') {
    throw parseFailure(
      { text, scan: '', fn: options.fn ?? 'parseQuantity', arg: options.arg ?? 'text' },
      'not a string',
    );
  }
  const reader: Reader = {
    text,
    scan: simplifiedText(text),
    fn: options.fn ?? 'parseQuantity',
    arg: options.arg ?? 'text',
  };
  const scan = reader.scan;
  const defaultUnit =
    options.defaultUnit === undefined
      ? undefined
      : requireUnit(reader.fn, 'options.defaultUnit', options.defaultUnit);

  let end = scan.length;
  while (end > 0 && isSpace(scan.charCodeAt(end - 1))) end -= 1;
  let index = skipSpaces(scan, 0, end);
  if (index === end) throw parseFailure(reader, 'empty text');

  const words = qualifierWords(reader, index, end);
  let { qualifier } = words;
  const { prefix } = words;
  ({ index, end } = words);

  // '近亿元', '近万人', '逾百亿元': after a qualifier, a multiplier alone is one of it.
  const number =
    prefix !== undefined && index < end && multiplierExponent(scan.charCodeAt(index)) > 0
      ? { digits: '1', next: index, decimals: 0, trailingExponent: 0 }
      : readNumber(reader, index, end);
  index = skipSpaces(scan, number.next, end);
  let moreThan = false;
  if (index < end && isMoreThanMark(scan.charCodeAt(index))) {
    moreThan = true;
    index = skipSpaces(scan, index + 1, end);
  }
  const multiplier: Multiplier | undefined =
    number.trailingExponent > 0
      ? [scan.charAt(number.next - 1), number.trailingExponent]
      : readMultiplier(scan, index, end);
  if (multiplier !== undefined) {
    if (number.trailingExponent === 0) index = skipSpaces(scan, index + multiplier[0].length, end);
    if (!moreThan && index < end && isMoreThanMark(scan.charCodeAt(index))) {
      moreThan = true;
      index = skipSpaces(scan, index + 1, end);
    }
  }
  if (moreThan) qualifier = mergeQualifier(reader, qualifier, 'more-than');

  const unitText = readUnitText(scan, index, end);
  const { unit, exponent } = resolveUnit(reader, multiplier, unitText, defaultUnit);
  const value = inRange(
    new Decimal(exponent === 0 ? number.digits : `${number.digits}e${exponent}`),
    reader.fn,
    reader.arg,
    text.slice(0, 40),
  );
  return {
    quantity: quantityOfUnit(value, unit, qualifier),
    lastDigitExponent: exponent - number.decimals,
    decimals: number.decimals,
  };
}
