/**
 * The marks statistical tables print for a missing figure: `—`, `——`, `-`, `－`, `…`, `...`,
 * `NA`, `N/A`, and an empty or blank cell. One list for the panel and every table reader.
 *
 * @internal
 * @module
 */

const MARKS = /^(?:[-—–－―]+|[…]+|\.{2,}|…+|N\/?A|n\/?a|\/)$/;

/** Whether a cell's text marks a missing figure. @internal */
export function isMissingMark(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length === 0 || MARKS.test(trimmed);
}
