/**
 * `npm run demo`: the report of the town with the most figures in the sample dataset built into
 * the package, then the audit of every stated figure the dataset carries — the `report` and
 * `audit` commands of the `town-indicators` CLI, run in-process.
 *
 * Run: `npm run demo` (or `npx tsx examples/demo.ts`).
 */
import { readFileSync } from 'node:fs';
import { type CliIo, run } from '../src/cli/run.js';

const io: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
};

const reportCode = run(['report'], io);
io.stdout('\n');
const auditCode = run(['audit'], io);
process.exitCode = reportCode === 0 ? auditCode : reportCode;
