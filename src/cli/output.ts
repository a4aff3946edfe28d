/**
 * What the commands share in their output: exit codes, one-line errors, lines and CSV fields.
 *
 * @module
 */

/** Exit codes of {@link run}. */
export const EXIT = {
  OK: 0,
  AUDIT_FAILED: 1,
  USAGE: 2,
  INTERNAL: 70,
} as const;

/** An error the command reports in one line, with its exit code. */
export function cliError(message: string, exitCode: number = EXIT.USAGE): Error {
  return Object.assign(new Error(message), { name: 'CliError', exitCode });
}

/** Whether an error is one of {@link cliError}. */
export function isCliError(error: unknown): error is Error & { exitCode: number } {
  return error instanceof Error && error.name === 'CliError';
}

/** The text ending in one newline. */
export function lines(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** One line: the first line of a message, for stderr. */
export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

export { csvField } from '../numbers/internal.js';

/** The one line for an input that cannot be read: `cannot read NAME: reason` (ENOENT: no such file). */
export function unreadable(name: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT' ? 'no such file' : error instanceof Error ? error.message : String(error);
  return cliError(`cannot read ${name}: ${oneLine(reason)}`);
}
