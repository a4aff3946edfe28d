/**
 * What the command knows of its terminal: the width to fit, whether to colour, and a progress
 * bar on stderr for long work. All of it comes from {@link CliIo}, so tests need no terminal.
 *
 * @module
 */
import type { CliIo } from './io.js';

/** The width text output fits: the terminal's, else `$COLUMNS`, else 100 columns. */
export function outputWidth(io: CliIo): number {
  const fromEnv = Number.parseInt(io.env?.COLUMNS ?? '', 10);
  const width =
    io.stdoutIsTTY === true && io.columns !== undefined && io.columns > 0
      ? io.columns
      : Number.isInteger(fromEnv) && fromEnv > 0
        ? fromEnv
        : 100;
  return Math.max(40, Math.min(width, 10_000));
}

/** Colour only on a terminal, and never when `NO_COLOR` is set to anything (no-color.org). */
export function useColor(io: CliIo): boolean {
  const noColor = io.env?.NO_COLOR;
  return io.stdoutIsTTY === true && (noColor === undefined || noColor === '');
}

/** Wraps text in an ANSI colour when colour is on. */
export function paint(
  on: boolean,
  color: 'red' | 'green' | 'yellow' | 'dim',
  text: string,
): string {
  if (!on) return text;
  const codes = { red: 31, green: 32, yellow: 33, dim: 2 } as const;
  return `\u001b[${codes[color]}m${text}\u001b[0m`;
}

/** A progress bar on stderr: `tick(done)` redraws at most every 1 %, `end()` clears the line. */
export interface Progress {
  tick(done: number): void;
  end(): void;
}

/**
 * A progress bar for `total` steps of `what`, drawn on stderr; `undefined` unless stderr is a
 * terminal and the work is long enough to be worth one (`total ≥ minimum`).
 */
export function progress(
  io: CliIo,
  what: string,
  total: number,
  minimum = 500,
): Progress | undefined {
  if (io.stderrIsTTY !== true || total < minimum) return undefined;
  let shown = -1;
  const draw = (done: number): void => {
    const percent = Math.floor((done / total) * 100);
    if (percent === shown) return;
    shown = percent;
    const filled = Math.round(percent / 5);
    io.stderr(
      `\r[${'#'.repeat(filled)}${'.'.repeat(20 - filled)}] ${percent}% ${done}/${total} ${what}`,
    );
  };
  draw(0);
  return {
    tick: draw,
    end: () => io.stderr('\r\u001b[2K'),
  };
}
