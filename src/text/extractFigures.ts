import type { Figure } from '../units/figure.js';
import { requireText } from './requireText.js';
import { scanFigures } from './scan.js';

/**
 * A figure found in a passage: what {@link parseFigure} reads from `text.slice(start, end)`.
 *
 * @category Text
 */
export interface ExtractedFigure {
  /** The figure, as {@link parseFigure} reads its text. */
  readonly figure: Figure;
  /** UTF-16 offset of the first character in the passage (what `String.prototype.slice` takes). */
  readonly start: number;
  /** UTF-16 offset after the last character (exclusive). */
  readonly end: number;
  /** The indicator phrase the figure belongs to (`'第一产业增加值'`), when the text names one. */
  readonly label?: string;
}

/**
 * Finds every figure of a passage, in order, with its span and the indicator phrase before it:
 * amounts, rates, point changes, multiples, ratios and ranges as {@link parseFigure} reads them
 * (sign words that change the value, such as 下降 and 增长…倍, and qualifiers are part of the
 * figure). Years, dates, ages and ordinals (2015年, 1-7月份, 0-17岁, 第一产业, 三次产业) are not
 * figures; a bare number is one only in a list whose last member carries the unit.
 *
 * Linear in the length of the text, with no backtracking regular expression over it.
 * Source: the phrasing of NBS 统计公报 and town work reports (docs/text.md).
 *
 * @param text - a passage of report text, in simplified or traditional characters
 * @returns the figures, in order of `start`
 * @throws TownIndicatorsError `INVALID_ARGUMENT` when `text` is not a string
 * @example
 * ```ts
 * extractFigures('第一产业增加值62857万元,同比增长6.3%').map((f) => [f.figure.kind, f.start, f.end, f.label]);
 * // => [['amount', 7, 14, '第一产业增加值'], ['rate', 19, 23, undefined]]
 * ```
 *
 * @category Text
 */
export function extractFigures(text: string): ExtractedFigure[] {
  requireText('extractFigures', text);
  return scanFigures(text).map((f) => f.extracted);
}
