/**
 * The `town-indicators` executable: wires {@link run} to the process (tsup builds it into
 * `dist/cli.js` with a `#!/usr/bin/env node` banner).
 *
 * @module
 */
import { writeFileSync } from 'node:fs';
import { readInputBytes, readInputFile } from './io.js';
import { run } from './run.js';

// A reader that closes the pipe early (`town-indicators report | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readInputFile(path),
  readBytes: (path) => readInputBytes(path),
  writeFile: (path, text) => writeFileSync(path, text),
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  ...(process.stdout.columns === undefined ? {} : { columns: process.stdout.columns }),
  env: process.env,
});
