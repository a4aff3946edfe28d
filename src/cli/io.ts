/**
 * What the command reads and writes, injected so that tests need no process, and the reading of
 * an input file as the process does it: a size limit checked before the file is read whole, a
 * UTF-8 byte order mark dropped, `-` for standard input, and one-line errors for directories,
 * empty and binary files.
 *
 * @module
 */
import {
  closeSync,
  fstatSync,
  openSync,
  readFileSync,
  readSync,
  type Stats,
  statSync,
} from 'node:fs';

/** What the command reads and writes. */
export interface CliIo {
  /** Writes to standard output. */
  stdout(text: string): void;
  /** Writes to standard error. */
  stderr(text: string): void;
  /** Reads an input file (`-`: standard input) as text; throws an Error with a reason. */
  readFile(path: string): string;
  /** Reads a large input file (a national table) as bytes; throws an Error with a reason. */
  readBytes?(path: string): Uint8Array;
  /** Writes an output file; throws an Error with a reason. */
  writeFile?(path: string, text: string): void;
  /** Whether standard output is a terminal (colour, width). */
  readonly stdoutIsTTY?: boolean;
  /** Whether standard error is a terminal (progress bar). */
  readonly stderrIsTTY?: boolean;
  /** The terminal's width in columns, when standard output is a terminal. */
  readonly columns?: number;
  /** The environment (`NO_COLOR`, `COLUMNS`). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** The largest input the command reads: 64 MiB. A larger file is refused before it is read. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

function mebibytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
}

/** Reads at most `limit + 1` bytes from a file descriptor, in chunks (pipes, FIFOs, stdin). */
function readLimited(fd: number, limit: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.alloc(1024 * 1024);
  for (;;) {
    let read: number;
    try {
      read = readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EOF') break;
      throw error;
    }
    if (read === 0) break;
    chunks.push(Buffer.from(chunk.subarray(0, read)));
    total += read;
    if (total > limit) break;
  }
  return Buffer.concat(chunks);
}

/**
 * The status of a path that must be a regular file, checked before it is opened: opening a named
 * pipe would wait for a writer, and a device never ends.
 */
function regularFile(path: string): Stats {
  const stat = statSync(path);
  if (stat.isDirectory()) throw new Error('it is a directory, not a file');
  if (!stat.isFile()) {
    throw new Error('it is not a regular file (a pipe or a device): use - to read standard input');
  }
  return stat;
}

/** The largest table `panel` reads: 2 GiB (a national panel in CSV is a few hundred MiB). */
export const MAX_TABLE_BYTES = 2 * 1024 * 1024 * 1024 - 1;

/**
 * Reads a table file (or `-`) as bytes, with the checks of {@link readInputFile} and a limit of
 * {@link MAX_TABLE_BYTES}.
 */
export function readInputBytes(path: string, limit: number = MAX_TABLE_BYTES): Uint8Array {
  if (path !== '-') {
    const stat = regularFile(path);
    if (stat.size > limit) {
      throw new Error(`it has ${mebibytes(stat.size)}, more than the limit of ${mebibytes(limit)}`);
    }
    if (stat.size === 0) throw new Error('it is empty');
    return readFileSync(path);
  }
  const bytes = readLimited(0, limit);
  if (bytes.length === 0) throw new Error('it is empty');
  return bytes;
}

/**
 * Reads an input file (or `-`, standard input) as UTF-8 text, the way the command needs it.
 *
 * @throws Error with a one-line reason: a directory, a named pipe or device given by its path, a
 *   file over {@link MAX_INPUT_BYTES}, an empty file, a binary file (a NUL byte), or what the system
 *   said
 */
export function readInputFile(path: string, limit: number = MAX_INPUT_BYTES): string {
  if (path !== '-') regularFile(path);
  const fd = path === '-' ? 0 : openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new Error('it is a directory, not a file');
    if (stat.isFile() && stat.size > limit) {
      throw new Error(`it has ${mebibytes(stat.size)}, more than the limit of ${mebibytes(limit)}`);
    }
    const bytes = readLimited(fd, limit);
    if (bytes.length > limit) throw new Error(`it has more than the limit of ${mebibytes(limit)}`);
    if (bytes.length === 0) throw new Error('it is empty');
    if (bytes.includes(0)) throw new Error('it is a binary file, not text');
    const text = bytes.toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } finally {
    if (path !== '-') closeSync(fd);
  }
}
