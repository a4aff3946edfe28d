/**
 * Finding the figures of a passage in one pass: where each starts and ends, the sign and
 * qualifier words that belong to it, and the indicator phrase before it. Every candidate is read
 * by the one figure reader (`readFigureText`), so a figure found in a passage means exactly what
 * `parseFigure` says of the same text. Linear: each character is looked at a bounded number of
 * times, and no regular expression runs over the passage.
 *
 * @internal
 * @module
 */
import { isTownIndicatorsError } from '../errors.js';
import { chineseDigit, readChineseNumber, simplifiedText } from '../units/characters.js';
import { type Figure, type ReadFigure, readFigureText, SIGN_WORDS } from '../units/figure.js';
import { QUALIFIER_PREFIXES } from '../units/parse.js';
import { findUnit, unitNamed } from '../units/table.js';

/** What `extractFigures` gives for a figure (the text layer's `ExtractedFigure`). */
export interface ExtractedView {
  readonly figure: Figure;
  readonly start: number;
  readonly end: number;
  readonly label?: string;
}

/** A figure found in a passage, with what claim finding needs besides. */
export interface ScannedFigure {
  readonly figure: Figure;
  /** UTF-16 offsets into the passage, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** The figure's text as printed (`passage.slice(start, end)`). */
  readonly text: string;
  /** The indicator phrase before the figure, if any (`'第一产业增加值'`). */
  readonly label: string | undefined;
  /** The public view: what `extractFigures` gives for this figure. */
  readonly extracted: ExtractedView;
  /** The words between the previous figure (or the sentence's start) and this one, simplified. */
  readonly gap: string;
  /** Paragraph, sentence and clause numbers: figures of one clause share all three. */
  readonly paragraph: number;
  readonly sentence: number;
  readonly clause: number;
}

/** The longest unit name looked up in running text. */
const MAX_UNIT = 6;
/** The longest digit run read as one number; longer runs are skipped whole. */
const MAX_NUMBER = 60;
/** How far back a label is looked for. */
const MAX_LABEL = 24;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isHan(code: number): boolean {
  return code >= 0x3400 && code <= 0x9fff;
}

/** The passage simplified (same length), with a code reader that tolerates the ends. */
interface Passage {
  readonly text: string;
  readonly scan: string;
  readonly length: number;
}

function code(p: Passage, index: number): number {
  return index >= 0 && index < p.length ? p.scan.charCodeAt(index) : -1;
}

function startsWith(p: Passage, word: string, index: number): boolean {
  return index >= 0 && p.scan.startsWith(word, index);
}

function endsWithAt(p: Passage, word: string, end: number): boolean {
  return end - word.length >= 0 && p.scan.startsWith(word, end - word.length);
}

/** The end of an Arabic number at `from`: digits, one point, thousands commas and space groups. */
function arabicEnd(p: Passage, from: number): number {
  let index = from;
  let point = false;
  while (index < p.length && index - from < MAX_NUMBER) {
    const c = code(p, index);
    if (isDigit(c)) {
      index += 1;
    } else if (c === 0x2e && !point && isDigit(code(p, index + 1)) && index > from) {
      point = true;
      index += 1;
    } else if (
      (c === 0x2c || c === 0x20) &&
      !point &&
      isDigit(code(p, index - 1)) &&
      isDigit(code(p, index + 1)) &&
      isDigit(code(p, index + 2)) &&
      isDigit(code(p, index + 3)) &&
      !isDigit(code(p, index + 4))
    ) {
      index += 1;
    } else {
      break;
    }
  }
  return index;
}

const RATE_SUFFIXES = ['个百分点', '百分点', '个千分点', '千分点', '%', '‰', '倍', '成'] as const;
const MORE_MARKS = '多余';

/** The longest table unit (or compound `A/B`) at `from`, or `from` when there is none. */
function unitEnd(p: Passage, from: number, counters: boolean): number {
  // Units are Han characters (ASCII aliases are not read in running text): try no longer name
  // than the run of Han characters there.
  let run = 0;
  while (run < MAX_UNIT && isHan(code(p, from + run))) run += 1;
  for (let length = run; length > 0; length -= 1) {
    const unit = unitNamed(p.scan.slice(from, from + length));
    if (unit === undefined || unit.dimension === 'number') continue;
    if (!counters && unit.dimension === 'count') continue;
    const end = from + length;
    if (code(p, end) === 0x2f) {
      const after = unitEnd(p, end + 1, true);
      if (after > end + 1) return after;
    }
    return end;
  }
  return from;
}

function skipSpace(p: Passage, from: number): number {
  let index = from;
  while (
    index < p.length &&
    index - from < 2 &&
    (code(p, index) === 0x20 || code(p, index) === 0x3000)
  ) {
    index += 1;
  }
  return index;
}

function multiplierEnd(p: Passage, from: number): number {
  let index = from;
  while (index - from < 2) {
    const c = code(p, index);
    if (c === 0x4e07 || c === 0x4ebf || c === 0x5343 || c === 0x767e) index += 1;
    else break;
  }
  return index;
}

function markEnd(p: Passage, from: number): number {
  return MORE_MARKS.includes(p.scan.charAt(from)) && from < p.length ? from + 1 : from;
}

interface Tail {
  readonly end: number;
  /** Whether a unit or a rate / multiple suffix was found. */
  readonly measured: boolean;
}

/** After a number: 多/余, multipliers, then a rate suffix or a unit, then 以上 / 以下 / 左右. */
function tailEnd(p: Passage, from: number, counters: boolean): Tail {
  let index = skipSpace(p, from);
  index = markEnd(p, index);
  const multiplied = multiplierEnd(p, index);
  index = markEnd(p, multiplied);
  const spaced = skipSpace(p, index);
  for (const suffix of RATE_SUFFIXES) {
    if (startsWith(p, suffix, spaced) && !(suffix === '成' && multiplied > from)) {
      return { end: qualifierSuffixEnd(p, spaced + suffix.length), measured: true };
    }
  }
  if (startsWith(p, '个百', spaced) || startsWith(p, '个千', spaced)) {
    // '5 个百 分点' as a copy breaks it: the reader joins the spaced suffix.
    const spacedPoint = skipSpace(p, spaced + 2);
    if (startsWith(p, '分点', spacedPoint)) return { end: spacedPoint + 2, measured: true };
  }
  const unit = unitEnd(p, spaced, counters);
  if (unit > spaced) return { end: qualifierSuffixEnd(p, unit), measured: true };
  // A bare multiplier ('6.66亿', '3737万') only when it names a number (万万 does not).
  const run = p.scan.slice(markEnd(p, skipSpace(p, from)), multiplied);
  if (multiplied > from && findUnit(run)?.dimension === 'number') {
    return { end: qualifierSuffixEnd(p, index), measured: true };
  }
  return { end: from, measured: false };
}

function qualifierSuffixEnd(p: Passage, from: number): number {
  if (startsWith(p, '以上', from) || startsWith(p, '以下', from) || startsWith(p, '左右', from)) {
    return from + 2;
  }
  return from;
}

const DATE_MARKS = '年月日岁时号期届季';

/** The end of a ratio `a:b[:c]` starting with the number that ends at `end`, or `end`. */
function ratioEnd(p: Passage, start: number, end: number): number {
  let index = end;
  let parts = 1;
  while (code(p, index) === 0x3a && isDigit(code(p, index + 1))) {
    const next = arabicEnd(p, index + 1);
    index = next;
    parts += 1;
    if (parts > 12) break;
  }
  if (parts < 2) return end;
  const after = code(p, index);
  // '图1:2011-2015年', '10:30': a caption or a time, not a ratio.
  if (after === 0x2d || DATE_MARKS.includes(String.fromCharCode(after))) return end;
  if (startsWith(p, '图', start - 1) || startsWith(p, '表', start - 1)) return end;
  return index;
}

type WordList = readonly string[];

/** The sign and qualifier words of the figure reader, as lists to match before a number. */
interface Words {
  readonly negative: WordList;
  readonly positive: WordList;
  readonly qualifiers: WordList;
}

let words: Words | undefined;

function wordLists(): Words {
  words ??= {
    negative: SIGN_WORDS.filter(([w, sign]) => sign < 0 && w.length > 1).map(([w]) => w),
    positive: SIGN_WORDS.filter(([w, sign]) => sign > 0 && w.length > 1).map(([w]) => w),
    qualifiers: QUALIFIER_PREFIXES.map(([w]) => w),
  };
  return words;
}

/** The last characters of the sign and qualifier words, made on first use. */
let wordEnds: Set<number> | undefined;

function wordBefore(p: Passage, end: number, words: WordList): string | undefined {
  wordEnds ??= new Set(
    [...wordLists().qualifiers, ...wordLists().negative, ...wordLists().positive].map((w) =>
      w.charCodeAt(w.length - 1),
    ),
  );
  // Most figures follow a noun (增加值62857万元): look at the words only after a word's last character.
  if (!wordEnds.has(code(p, end - 1))) return undefined;
  for (const word of words) if (endsWithAt(p, word, end)) return word;
  return undefined;
}

/** Where a figure starts once the sign and qualifier words before its number are taken in. */
function extendStart(p: Passage, numberStart: number, kind: Figure['kind'] | 'bare'): number {
  let start = numberStart;
  const qualifier = wordBefore(p, start, wordLists().qualifiers);
  if (qualifier !== undefined) start -= qualifier.length;
  let signEnd = start;
  if (code(p, signEnd - 1) === 0x4e86 /* 了 */) signEnd -= 1;
  const negative = wordBefore(p, signEnd, wordLists().negative);
  if (negative !== undefined && kind !== 'ratio' && kind !== 'range')
    return signEnd - negative.length;
  const positive = wordBefore(p, signEnd, wordLists().positive);
  if (positive !== undefined && kind === 'multiple') return signEnd - positive.length;
  return start;
}

interface Candidate {
  readonly numberStart: number;
  readonly end: number;
}

function isRangeMark(c: number): boolean {
  return c === 0x7e || c === 0x301c || c === 0x2014 || c === 0x2013 || c === 0x81f3;
}

/** What a candidate will read as, from its characters: enough to take in its sign word. */
function candidateKind(p: Passage, candidate: Candidate): Figure['kind'] | 'bare' {
  const last = code(p, candidate.end - 1);
  if (last === 0x500d /* 倍 */) return 'multiple';
  if (startsWith(p, '翻', candidate.numberStart)) return 'multiple';
  for (let index = candidate.numberStart + 1; index < candidate.end; index += 1) {
    const c = code(p, index);
    if (c === 0x3a) return 'ratio';
    if (isRangeMark(c) || (c === 0x2d && isDigit(code(p, index - 1)))) return 'range';
  }
  return 'amount';
}

/** A Chinese numeral figure: 两成, 三分之一, 翻一番, 百分之五, 两千人 (never 三次产业, 第一产业). */
function chineseCandidate(p: Passage, from: number): Candidate | undefined {
  if (startsWith(p, '翻', from)) {
    let index = from + 1;
    if (code(p, index) === 0x4e86) index += 1;
    const count = readChineseNumber(p.scan, index, Math.min(p.length, index + 3));
    const countEnd = count?.next ?? arabicEnd(p, index);
    if (countEnd === index || !startsWith(p, '番', countEnd)) return undefined;
    return { numberStart: from, end: markEnd(p, countEnd + 1) };
  }
  for (const prefix of ['百分之', '千分之']) {
    if (!startsWith(p, prefix, from)) continue;
    const after = from + prefix.length;
    const number = readChineseNumber(p.scan, after, Math.min(p.length, after + 12));
    const end = number?.next ?? arabicEnd(p, after);
    return end > after ? { numberStart: from, end } : undefined;
  }
  if (code(p, from - 1) === 0x7b2c /* 第 */) return undefined;
  const number = readChineseNumber(p.scan, from, Math.min(p.length, from + 24));
  if (number === undefined) return undefined;
  const next = number.next;
  if (startsWith(p, '分之', next)) {
    const numerator = readChineseNumber(p.scan, next + 2, Math.min(p.length, next + 14));
    return numerator === undefined ? undefined : { numberStart: from, end: numerator.next };
  }
  const tail = tailEnd(p, next, false);
  if (!tail.measured) return undefined;
  return { numberStart: from, end: tail.end };
}

/** An Arabic figure starting at `from` (the first digit, a point or a minus sign). */
function arabicCandidate(p: Passage, from: number): Candidate | undefined {
  const digitsFrom = code(p, from) === 0x2d ? from + 1 : from;
  const numberEnd = arabicEnd(p, digitsFrom);
  if (numberEnd === digitsFrom) return undefined;
  const ratio = ratioEnd(p, from, numberEnd);
  if (ratio > numberEnd) return { numberStart: from, end: ratio };
  if (code(p, numberEnd) === 0x2f && isDigit(code(p, numberEnd + 1))) {
    const denominatorEnd = arabicEnd(p, numberEnd + 1);
    return { numberStart: from, end: qualifierSuffixEnd(p, denominatorEnd) };
  }
  const tail = tailEnd(p, numberEnd, true);
  if (tail.measured) {
    const range = rangeEnd(p, tail.end, numberEnd);
    return { numberStart: from, end: range };
  }
  const range = rangeEnd(p, numberEnd, numberEnd);
  if (range > numberEnd) return { numberStart: from, end: range };
  // A bare number is a figure only in a list whose last member has the unit
  // ('0.15、-5.64、1.34个百分点'); years, dates and ages are not.
  const after = code(p, numberEnd);
  if (after === 0x3001 || after === 0x548c /* 和 */) return { numberStart: from, end: numberEnd };
  return undefined;
}

/** A range `low~high` continuing at `end` ('1万~3万人', '3-5万元', '10%—15%'), or `end`. */
function rangeEnd(p: Passage, end: number, numberEnd: number): number {
  const c = code(p, end);
  const separator =
    c === 0x7e ||
    c === 0x301c ||
    c === 0x2014 ||
    c === 0x2013 ||
    c === 0x81f3 ||
    (c === 0x2d && end === numberEnd);
  if (!separator) return end;
  const width = code(p, end + 1) === c ? 2 : 1;
  const highFrom = end + width;
  if (!isDigit(code(p, highFrom))) return end;
  const highNumberEnd = arabicEnd(p, highFrom);
  const tail = tailEnd(p, highNumberEnd, true);
  if (!tail.measured) return end;
  const after = code(p, tail.end);
  if (DATE_MARKS.includes(String.fromCharCode(after))) return end;
  return tail.end;
}

/** A character that may start a figure: a digit, a minus sign, or a Chinese numeral word. */
function mayStart(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || c === 0x2d;
  switch (c) {
    case 0x7ffb: // 翻
    case 0x767e: // 百
    case 0x5343: // 千
    case 0x5341: // 十
    case 0x96f6: // 零
    case 0x3007: // 〇
    case 0x4e00: // 一
    case 0x4e8c: // 二
    case 0x4e24: // 两
    case 0x4e09: // 三
    case 0x56db: // 四
    case 0x4e94: // 五
    case 0x516d: // 六
    case 0x4e03: // 七
    case 0x516b: // 八
    case 0x4e5d: // 九
      return true;
    default:
      return false;
  }
}

function isFigureStart(p: Passage, index: number): boolean {
  const c = code(p, index);
  const previous = code(p, index - 1);
  // 居全市第6位, 第3季度: an ordinal, not a count.
  if (previous === 0x7b2c /* 第 */) return false;
  if (isDigit(previous) || previous === 0x2e) return false;
  if (isDigit(c)) return !(previous >= 0x41 && previous <= 0x7a);
  if (c === 0x2d && isDigit(code(p, index + 1))) return !isDigit(previous) && previous !== 0x2d;
  return false;
}

function isChineseStart(p: Passage, index: number): boolean {
  const c = code(p, index);
  if (c === 0x7ffb /* 翻 */) return true;
  if (startsWith(p, '百分之', index) || startsWith(p, '千分之', index)) return true;
  if (chineseDigit(c) < 0 && c !== 0x5341 /* 十 */) return false;
  const previous = code(p, index - 1);
  return !(
    chineseDigit(previous) >= 0 ||
    previous === 0x5341 ||
    previous === 0x767e ||
    previous === 0x5343
  );
}

const LABEL_TRIM_END: WordList = [
  '增长',
  '下降',
  '增加',
  '减少',
  '提高',
  '回落',
  '上升',
  '降低',
  '分别为',
  '分别是',
  '分别',
  '达到',
  '完成',
  '实现',
  '累计',
  '合计',
  '总计',
  '共计',
  '比上年',
  '同比',
  '为',
  '达',
  '是',
  '共',
  '约',
  '有',
  '的',
];
/** The last characters of the words a label is trimmed of, made on first use. */
let trimEnds: Set<number> | undefined;
let trimStarts: Set<number> | undefined;

const LABEL_TRIM_START: WordList = [
  '年末',
  '年底',
  '年',
  '月份',
  '月',
  '其中',
  '全年',
  '年末',
  '年底',
  '全县',
  '全镇',
  '全区',
  '全市',
  '全乡',
];

/** The indicator phrase right before `start`: Han characters back to a clause mark or a digit. */
function labelBefore(p: Passage, start: number, previousEnd: number): string | undefined {
  let from = phraseStart(p, start, previousEnd);
  const end = trimmedEnd(p, from, start);
  from = trimmedStart(p, from, end);
  if (end <= from) return undefined;
  const label = p.scan.slice(from, end);
  return label === '和' || label === '及' || label === '与' ? undefined : label;
}

/** Back from `start` over Han characters (and a bracketed aside right before the figure). */
function phraseStart(p: Passage, start: number, previousEnd: number): number {
  let from = start;
  // 地区生产总值(GDP)951435万元: the bracketed aside belongs to the label.
  const closing = code(p, from - 1);
  if (closing === 0x29 || closing === 0xff09) {
    let open = from - 2;
    while (open >= 0 && from - open < 12 && !isOpening(code(p, open))) open -= 1;
    if (open >= 0 && isOpening(code(p, open))) from = open;
  }
  const floor = Math.min(previousEnd, from);
  while (from > floor && start - from < MAX_LABEL) {
    const c = code(p, from - 1);
    if (!isHan(c) && !(c >= 0x41 && c <= 0x7a)) break;
    from -= 1;
  }
  return from;
}

function isOpening(c: number): boolean {
  return c === 0x28 || c === 0xff08;
}

/** The label's end once verbs and qualifiers are trimmed (…增加值为 → …增加值), on offsets. */
function trimmedEnd(p: Passage, from: number, start: number): number {
  trimEnds ??= new Set(
    [...LABEL_TRIM_END, ...wordLists().qualifiers].map((w) => w.charCodeAt(w.length - 1)),
  );
  const ends = trimEnds;
  let end = start;
  for (let changed = true; changed && end > from && ends.has(p.scan.charCodeAt(end - 1)); ) {
    const before = end;
    end = trimWords(p, LABEL_TRIM_END, from, end, 0);
    end = trimWords(p, wordLists().qualifiers, from, end, 1);
    changed = end !== before;
  }
  return end;
}

/** Each word of `words` that ends at `end` (leaving more than `keep` characters), taken off. */
function trimWords(p: Passage, words: WordList, from: number, end: number, keep: number): number {
  let at = end;
  for (const word of words) {
    if (at - word.length >= from + keep && p.scan.startsWith(word, at - word.length))
      at -= word.length;
  }
  return at;
}

/** The label's start once an area or time word is taken off its front (全县…, 年末…). */
function trimmedStart(p: Passage, from: number, end: number): number {
  trimStarts ??= new Set(LABEL_TRIM_START.map((w) => w.charCodeAt(0)));
  if (end <= from || !trimStarts.has(p.scan.charCodeAt(from))) return from;
  let at = from;
  for (const word of LABEL_TRIM_START) {
    if (end - at > word.length && p.scan.startsWith(word, at)) at += word.length;
  }
  return at;
}

interface Position {
  paragraph: number;
  sentence: number;
  clause: number;
  clauseStart: number;
  sentenceStart: number;
}

function isSentenceEnd(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f;
}

function isClauseEnd(c: number): boolean {
  switch (c) {
    case 0x2c: // ,
    case 0xff0c: // ，
    case 0x3b: // ;
    case 0xff1b: // ；
    case 0x3a: // :
    case 0xff1a: // ：
    case 0x3001: // 、
    case 0x28: // (
    case 0x29: // )
    case 0xff08: // （
    case 0xff09: // ）
    case 0x201c: // “
    case 0x201d: // ”
    case 0x22: // "
    case 0x27: // '
    case 0x300a: // 《
    case 0x300b: // 》
    case 0x3010: // 【
    case 0x3011: // 】
    case 0x5b: // [
    case 0x5d: // ]
      return true;
    default:
      return false;
  }
}

function advance(p: Passage, position: Position, from: number, to: number): void {
  for (let index = from; index < to; index += 1) {
    const c = p.scan.charCodeAt(index);
    if (c === 0x0a || c === 0x0d) {
      if (c === 0x0a || p.scan.charCodeAt(index + 1) !== 0x0a) {
        position.paragraph += 1;
        position.sentence += 1;
        position.clause += 1;
        position.clauseStart = index + 1;
        position.sentenceStart = index + 1;
      }
    } else if (isSentenceEnd(c)) {
      position.sentence += 1;
      position.clause += 1;
      position.clauseStart = index + 1;
      position.sentenceStart = index + 1;
    } else if (isClauseEnd(c)) {
      position.clause += 1;
      position.clauseStart = index + 1;
    }
  }
}

function readCandidate(p: Passage, start: number, end: number): ReadFigure | undefined {
  try {
    return readFigureText(
      p.text.slice(start, end),
      'extractFigures',
      'text',
      p.scan.slice(start, end),
    );
  } catch (error) {
    if (isTownIndicatorsError(error)) return undefined;
    throw error;
  }
}

/**
 * Every figure of a passage, in order, with its span, label and clause.
 *
 * @internal
 */
export function scanFigures(text: string): readonly ScannedFigure[] {
  const p: Passage = { text, scan: simplifiedText(text), length: text.length };
  const found: ScannedFigure[] = [];
  const position: Position = {
    paragraph: 0,
    sentence: 0,
    clause: 0,
    clauseStart: 0,
    sentenceStart: 0,
  };
  let scanned = 0;
  let previousEnd = 0;
  let index = 0;
  while (index < p.length) {
    const candidate = candidateAt(p, index);
    if (candidate === undefined) {
      index = afterNoFigure(p, index);
      continue;
    }
    const kind = candidateKind(p, candidate);
    const start = Math.max(extendStart(p, candidate.numberStart, kind), previousEnd);
    const read = readCandidate(p, start, candidate.end);
    if (read !== undefined) {
      advance(p, position, scanned, start);
      scanned = start;
      found.push(scannedFigure(p, read.figure, start, candidate.end, previousEnd, position));
      previousEnd = candidate.end;
    }
    index = candidate.end > index ? candidate.end : index + 1;
  }
  return found;
}

/** The candidate figure starting at `index`, if one does. */
function candidateAt(p: Passage, index: number): Candidate | undefined {
  if (!mayStart(p.scan.charCodeAt(index))) return undefined;
  if (isFigureStart(p, index)) return arabicCandidate(p, index);
  if (isChineseStart(p, index)) return chineseCandidate(p, index);
  return undefined;
}

/** Where to look next when no figure starts at `index`: past a whole digit run at once. */
function afterNoFigure(p: Passage, index: number): number {
  let next = index + 1;
  if (isDigit(code(p, index))) while (next < p.length && isDigit(code(p, next))) next += 1;
  return next;
}

/** A found figure with its label, gap and place. */
function scannedFigure(
  p: Passage,
  figure: Figure,
  start: number,
  end: number,
  previousEnd: number,
  position: Position,
): ScannedFigure {
  const label = labelBefore(p, start, previousEnd);
  return {
    figure,
    start,
    end,
    text: p.text.slice(start, end),
    label,
    extracted: Object.freeze(
      label === undefined ? { figure, start, end } : { figure, start, end, label },
    ),
    gap: p.scan.slice(Math.max(position.sentenceStart, previousEnd), start),
    paragraph: position.paragraph,
    sentence: position.sentence,
    clause: position.clause,
  };
}
