import { type Figure, readFigureText } from '../units/figure.js';

/**
 * Reads one figure as a report prints it and says what it is: an amount, a rate, a change in
 * points, a multiple, a ratio or a range (see {@link Figure}).
 *
 * - Amounts: every text {@link parseQuantity} reads (`'244394万元'`, `'44.1億元'`, `'两千人'`,
 *   `'3 864平方公里'`, `'447.59公斤/亩'`, `'约合20533美元'`); a bare multiplier or number is of
 *   dimension `'number'` (`'6.66亿'`, `'-5.64'`), never guessed to be money.
 * - Rates, as signed fractions: `'5.2%'` → 0.052, `'下降0.6%'` → −0.006, `'百分之五'` → 0.05,
 *   `'9.28‰'` → 0.00928, `'近六成'` → 0.6 (nearly), `'1/26'` and `'三分之一'` exact.
 * - Point changes: `'3.82个百分点'` → 0.0382, `'下降3.18个千分点'` → −0.00318.
 * - Multiples, current / base: `'5.1倍'` → 5.1, `'增长2.7倍'` → 3.7 (NBS: 增长N倍 is a growth of
 *   N, a multiple of N + 1), `'翻一番'` → 2, `'翻了两番多'` → 4 (more than).
 * - Ratios `'25.72:26.84:47.44'` (also `∶` and `：`) and ranges `'1万~3万人'`, `'3-5万元'`,
 *   `'10%—15%'`.
 *
 * Sign words: 增长 / 增加 / 提高 / 上升 / 增 → +; 下降 / 减少 / 回落 / 降低 / 下滑 / 减 → −.
 * Traditional characters read as simplified; qualifiers (约, 近, 余, 多, 以上, 不足, 左右, 约合,
 * 翻…番多) are kept. `decimals` is the printed precision on the figure's own scale (`'5.20%'` has
 * 2), which the audits judge at.
 *
 * A linear scanner reads the text (no backtracking regex on user text).
 * Source: NBS 统计公报 phrasing (增长N倍, 个百分点, 千分点), the real bulletins in docs/text.md.
 *
 * @param text - one figure as printed
 * @returns the {@link Figure}
 * @throws TownIndicatorsError `PARSE_ERROR` (with a hint) for text with no single reading — a
 *   list (`'2.16和1.66个百分点'`), two numbers (`'5 9亿元'`), no number (`'万元'`), a fall as a
 *   multiple; `UNKNOWN_UNIT` for a unit not in the table (`'4049担'`); `INVALID_NUMBER` for a
 *   number beyond 1e±1000000
 * @example
 * ```ts
 * const figures = ['下降0.6%', '增长2.7倍', '44.1億元', '三分之一'].map(parseFigure);
 * figures.map((f) => [f.kind, f.kind === 'amount' ? String(f.quantity) : f.kind === 'rate' || f.kind === 'multiple' ? f.value.toDecimalPlaces(4).toString() : '', f.decimals]);
 * // => [['rate', '-0.006', 1], ['multiple', '3.7', 1], ['amount', '44.1亿元', 1], ['rate', '0.3333', null]]
 * ```
 *
 * @category Text
 */
export function parseFigure(text: string): Figure {
  return readFigureText(text, 'parseFigure', 'text').figure;
}
