/**
 * Column alignment for terminals and notebooks, where CJK characters take two columns.
 * Internal: used by the report rendering and the CLI.
 *
 * @internal
 * @module
 */

// East Asian Wide (W) and Fullwidth (F) ranges of Unicode's EastAsianWidth.txt that reports use:
// Hangul Jamo, CJK radicals to Yi (incl. CJK punctuation 、。「」 and ideographs), Hangul
// syllables, CJK compatibility ideographs, vertical forms, CJK compatibility forms, fullwidth
// forms (，（）：％), fullwidth signs, and the supplementary ideographic planes.
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x20000, 0x3fffd],
];

function isWide(code: number): boolean {
  for (const [from, to] of WIDE) {
    if (code < from) return false;
    if (code <= to) return true;
  }
  return false;
}

/**
 * The number of terminal columns a text takes: 2 for each wide (CJK) character, 0 for
 * combining marks, 1 otherwise.
 *
 * @internal
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0x300 && code <= 0x36f) continue;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

/**
 * Pads a text with spaces to a display width.
 *
 * @internal
 */
export function padDisplay(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/**
 * Aligns rows of cells into columns separated by `gap` spaces; the last column is not padded.
 *
 * @internal
 */
export function alignColumns(rows: readonly (readonly string[])[], gap = 2): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, displayWidth(cell));
    });
  }
  return rows.map((row) =>
    row
      .map((cell, index) =>
        index === row.length - 1 ? cell : padDisplay(cell, (widths[index] ?? 0) + gap),
      )
      .join('')
      .trimEnd(),
  );
}
