/**
 * Column layout for terminals and notebooks, where CJK characters take two columns: display
 * width (string-width, Unicode East Asian Width), padding, alignment and wrapping to a width.
 * Internal: used by the report rendering and the CLI.
 *
 * @internal
 * @module
 */
import stringWidth from 'string-width';

/**
 * The number of terminal columns a text takes: 2 for each wide (CJK) character, 0 for combining
 * marks and control characters, 1 otherwise (UAX #11, through string-width).
 *
 * @internal
 */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

/**
 * Pads a text with spaces to a display width.
 *
 * @internal
 */
export function padDisplay(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

let graphemes: Intl.Segmenter | undefined;

// Closing punctuation that must not begin a line (kinsoku): it stays with the text before it.
const NO_LINE_START = new Set([...'，。、；：？！）》」』】%％,.;:?!)]']);

/**
 * Breaks a text into lines of at most `width` columns. A line may break at a space, before or
 * after a wide (CJK) character, but not inside a run of digits and letters (`27.5%` stays whole)
 * nor before closing punctuation; a run longer than the width breaks where it must.
 *
 * @internal
 */
export function wrapDisplay(text: string, width: number): string[] {
  if (width <= 0 || displayWidth(text) <= width) return [text];
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const lines: string[] = [];
  let line: { segment: string; width: number }[] = [];
  let lineWidth = 0;
  // Index in `line` before which a break is allowed (-1: none yet).
  let breakAt = -1;
  const flush = (until: number): void => {
    const head = line.slice(0, until);
    lines.push(
      head
        .map((g) => g.segment)
        .join('')
        .trimEnd(),
    );
    line = line.slice(until);
    while (line[0]?.segment === ' ') line.shift();
    lineWidth = line.reduce((sum, g) => sum + g.width, 0);
    breakAt = -1;
  };
  for (const { segment } of graphemes.segment(text)) {
    const w = displayWidth(segment);
    const previous = line.at(-1);
    if (previous !== undefined && !NO_LINE_START.has(segment)) {
      if (segment === ' ' || previous.segment === ' ' || w > 1 || previous.width > 1) {
        breakAt = line.length;
      }
    }
    if (lineWidth + w > width && line.length > 0) flush(breakAt > 0 ? breakAt : line.length);
    if (segment === ' ' && line.length === 0) continue;
    line.push({ segment, width: w });
    lineWidth += w;
  }
  if (line.length > 0) flush(line.length);
  return lines;
}

/**
 * Options of {@link alignColumns}.
 *
 * @internal
 */
export interface AlignOptions {
  /** Spaces between columns. Default 2. */
  readonly gap?: number;
  /**
   * The width to fit: when a row is wider, the widest column (the free text, usually) wraps onto
   * continuation lines indented to its column. Default: no limit.
   */
  readonly width?: number;
}

/**
 * Aligns rows of cells into columns separated by `gap` spaces; the last column is not padded.
 * With `width`, the widest column wraps so that every line fits.
 *
 * @internal
 */
export function alignColumns(
  rows: readonly (readonly string[])[],
  options: AlignOptions = {},
): string[] {
  return alignRows(rows, options).flat();
}

/**
 * {@link alignColumns}, the lines of each row apart (a wrapped row has several).
 *
 * @internal
 */
export function alignRows(
  rows: readonly (readonly string[])[],
  options: AlignOptions = {},
): string[][] {
  const gap = options.gap ?? 2;
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, displayWidth(cell));
    });
  }
  const natural = [...widths];
  const limit = options.width;
  if (limit !== undefined) {
    const total = (): number =>
      widths.reduce((sum, w) => sum + w, 0) + gap * Math.max(0, widths.length - 1);
    // Narrow the widest column, down to the next widest at most, and repeat: the widest columns
    // share the narrowing, and none goes below 16 columns (a line a little too long beats a column
    // one character wide).
    while (total() > limit) {
      const widest = Math.max(...widths);
      if (widest <= 16) break;
      const index = widths.indexOf(widest);
      const next = Math.max(0, ...widths.filter((_, i) => i !== index));
      widths[index] = Math.max(16, next, widest - (total() - limit));
      if (widths[index] === widest) widths[index] = widest - 1;
    }
  }
  return rows.map((row) => {
    const cells = row.map((cell, index) =>
      (widths[index] ?? 0) < (natural[index] ?? 0) ? wrapDisplay(cell, widths[index] ?? 0) : [cell],
    );
    const height = Math.max(1, ...cells.map((c) => c.length));
    const lines: string[] = [];
    for (let line = 0; line < height; line += 1) {
      lines.push(
        cells
          .map((cell, index) => {
            const text = cell[line] ?? '';
            return index === row.length - 1 ? text : padDisplay(text, (widths[index] ?? 0) + gap);
          })
          .join('')
          .trimEnd(),
      );
    }
    return lines;
  });
}
