/**
 * The `town-indicators` command: `report`, `audit` and `convert`, with every input error ending in
 * a clear message and a non-zero exit code, never a stack trace. {@link run} takes its arguments
 * and its input/output as parameters, so tests call it without spawning a process; `main.ts`
 * wires it to `process`.
 *
 * Exit codes: 0 success; 1 `audit --strict` found a figure that is inconsistent or cannot be
 * checked; 2 bad input (usage, unknown town or period, unreadable file, invalid JSON or dataset,
 * unknown unit); 70 an internal error (a bug: please report it).
 *
 * @module
 */
import { parseArgs } from 'node:util';
import packageJson from '../../package.json' with { type: 'json' };
import { auditDataset, type DatasetAuditEntry } from '../dataset/auditDataset.js';
import { sampleDataset } from '../dataset/sample/index.js';
import { townRecords } from '../dataset/townRecords.js';
import { isTownIndicatorsError } from '../errors.js';
import type { Dataset } from '../models/dataset.js';
import { safeParseDataset } from '../models/dataset.js';
import { getValidationIssues } from '../models/issues.js';
import type { Locale } from '../report/format/locale.js';
import { renderReport } from '../report/render.js';
import { alignColumns } from '../report/textTable.js';
import { townReport } from '../report/townReport.js';
import { parseQuantity } from '../units/parse.js';
import { type Quantity, quantity } from '../units/quantity.js';
import { areCompatible, findUnit, listUnits, type Unit } from '../units/table.js';

/** What the command reads and writes: injected so that tests need no process. */
export interface CliIo {
  /** Writes to standard output. */
  stdout(text: string): void;
  /** Writes to standard error. */
  stderr(text: string): void;
  /** Reads a file as UTF-8 text; throws when it cannot. */
  readFile(path: string): string;
}

/** Exit codes of {@link run}. */
export const EXIT = {
  OK: 0,
  AUDIT_FAILED: 1,
  USAGE: 2,
  INTERNAL: 70,
} as const;

const NAME = 'town-indicators';

/** The version of the package (from package.json, bundled into the built command). */
export const VERSION: string = packageJson.version;

const HELP = `${NAME} ${VERSION} — town development indicators: reports, audits and unit conversion

Usage:
  ${NAME} report [dataset.json] [--town ID] [--period P] [--as-of DATE]
                 [--format table|json|csv] [--locale zh|en]
  ${NAME} audit [dataset.json] [--town ID] [--strict] [--format table|json] [--locale zh|en]
  ${NAME} convert <quantity> <unit>        e.g. convert 116.7公顷 亩  →  1750.5亩
  ${NAME} convert <value> <from> <to>      e.g. convert 60.3 亿元 万元  →  603000万元
  ${NAME} --help | --version

Commands:
  report   A town's indicators for one period: growth, urbanization, projects, funding,
           land quotas and the audit of its stated figures. Without a file, the sample
           dataset built into the package (the seed reports) is used.
           --town     the town id (default: the town with the most records)
           --period   '2011', '2011-H1', '2011-Q3' … (default: the town's latest year)
           --as-of    the date of the figures, YYYY-MM-DD, for schedule progress (序时进度)
                      (default: the date of the town's dated source document, if any)
           --format   table (default), json or csv (RFC 4180)
           --locale   zh (default) or en
  audit    Checks every stated figure of the dataset (sums, shares, growth, multiples,
           point changes) and lists the inconsistent ones.
           --strict   exit with 1 when a figure is inconsistent or cannot be checked
  convert  Converts a quantity into another unit of its dimension, exactly.

Exit codes: 0 success, 1 audit --strict found a problem, 2 bad input, 70 internal error.
`;

function cliError(message: string, exitCode: number = EXIT.USAGE): Error {
  return Object.assign(new Error(message), { name: 'CliError', exitCode });
}

function isCliError(error: unknown): error is Error & { exitCode: number } {
  return error instanceof Error && error.name === 'CliError';
}

function lines(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

/**
 * Runs the command with its arguments (without `node` and the script) and returns the exit code.
 *
 * @param argv - the arguments, e.g. `['report', '--town', 'jianshe']`
 * @param io - where to write and how to read files
 * @returns the exit code: 0 success, 1 `audit --strict` found a problem, 2 bad input, 70 a bug
 */
export function run(argv: readonly string[], io: CliIo): number {
  try {
    return dispatch([...argv], io);
  } catch (error) {
    if (isCliError(error)) {
      io.stderr(`${NAME}: ${error.message}\n`);
      return error.exitCode;
    }
    if (isTownIndicatorsError(error)) {
      io.stderr(`${NAME}: ${error.message}\n`);
      return EXIT.USAGE;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`${NAME}: internal error: ${message}\n`);
    return EXIT.INTERNAL;
  }
}

function dispatch(argv: string[], io: CliIo): number {
  const [command, ...rest] = argv;
  if (command === undefined) {
    io.stderr(HELP);
    return EXIT.USAGE;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout(HELP);
    return EXIT.OK;
  }
  if (command === '--version' || command === '-v') {
    io.stdout(`${VERSION}\n`);
    return EXIT.OK;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(HELP);
    return EXIT.OK;
  }
  switch (command) {
    case 'report':
      return reportCommand(rest, io);
    case 'audit':
      return auditCommand(rest, io);
    case 'convert':
      return convertCommand(rest, io);
    default:
      throw cliError(
        `unknown command ${JSON.stringify(command)}: use report, audit or convert (see --help)`,
      );
  }
}

type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

function parse(
  command: string,
  args: string[],
  options: Options,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args,
      options,
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    const option = /'(-[^']*)'/.exec(message ?? '')?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option !== undefined) {
      throw cliError(`${command}: unknown option ${option} (see --help)`);
    }
    throw cliError(`${command}: ${String(message).replace(/\.\s*$/, '')} (see --help)`);
  }
}

function stringOption(values: Record<string, unknown>, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

function choice<T extends string>(
  command: string,
  name: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw cliError(
    `${command}: --${name} must be ${allowed.join(', ')}; got ${JSON.stringify(value)}`,
  );
}

function atMostOneFile(command: string, positionals: readonly string[]): string | undefined {
  if (positionals.length > 1) {
    throw cliError(
      `${command}: expected at most one dataset file, got ${positionals.length}: ${positionals.join(' ')}`,
    );
  }
  return positionals[0];
}

/** Reads, parses and validates a dataset file; the embedded sample when no file is given. */
function loadDataset(file: string | undefined, io: CliIo): Dataset {
  if (file === undefined) return sampleDataset();
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw cliError(`cannot read ${file}: ${reason}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw cliError(`${file} is not valid JSON: ${reason}`);
  }
  const result = safeParseDataset(json);
  if (result.success) return result.data;
  const issues = getValidationIssues(result.error);
  const listed = issues.map((issue) => `  ${issue.path}: ${issue.message} (${issue.code})`);
  throw cliError(
    `${file} is not a valid dataset (${issues.length} issue${issues.length === 1 ? '' : 's'}):\n${listed.join('\n')}`,
  );
}

/** The town with the most records (observations, projects, funding, quotas); the first on ties. */
export function defaultTownId(dataset: Dataset): string {
  let best: { id: string; count: number } | undefined;
  for (const town of dataset.towns) {
    const records = townRecords(dataset, town.id);
    const count =
      records.observations.length +
      records.projects.length +
      records.fundingSources.length +
      records.landQuotas.length;
    if (best === undefined || count > best.count) best = { id: town.id, count };
  }
  if (best === undefined) throw cliError('the dataset has no towns to report on');
  return best.id;
}

const REPORT_OPTIONS = {
  town: { type: 'string' },
  period: { type: 'string' },
  'as-of': { type: 'string' },
  format: { type: 'string' },
  locale: { type: 'string' },
} as const;

function reportCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parse('report', args, REPORT_OPTIONS);
  const format = choice('report', 'format', stringOption(values, 'format'), [
    'table',
    'json',
    'csv',
  ] as const);
  const locale = choice<Locale>('report', 'locale', stringOption(values, 'locale'), ['zh', 'en']);
  const dataset = loadDataset(atMostOneFile('report', positionals), io);
  const period = stringOption(values, 'period');
  const asOf = stringOption(values, 'as-of');
  const report = townReport(dataset, {
    townId: stringOption(values, 'town') ?? defaultTownId(dataset),
    ...(period === undefined ? {} : { period }),
    ...(asOf === undefined ? {} : { asOf }),
    ...(locale === undefined ? {} : { locale }),
  });
  const rendered =
    format === 'json'
      ? renderReport(report, 'json')
      : renderReport(report, format === 'csv' ? 'csv' : 'text');
  io.stdout(lines(rendered));
  return EXIT.OK;
}

const AUDIT_OPTIONS = {
  town: { type: 'string' },
  strict: { type: 'boolean' },
  format: { type: 'string' },
  locale: { type: 'string' },
} as const;

function entryId(entry: DatasetAuditEntry): string {
  return entry.claimId ?? entry.observationId ?? entry.path;
}

function auditCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parse('audit', args, AUDIT_OPTIONS);
  const format = choice('audit', 'format', stringOption(values, 'format'), [
    'table',
    'json',
  ] as const);
  const locale = choice<Locale>('audit', 'locale', stringOption(values, 'locale'), ['zh', 'en']);
  const dataset = loadDataset(atMostOneFile('audit', positionals), io);
  const townId = stringOption(values, 'town');
  const entries = auditDataset(dataset, townId === undefined ? {} : { townId });
  const inconsistent = entries.filter((e) => e.ok && !e.result.consistent);
  const failed = entries.filter((e) => !e.ok);
  if (format === 'json') {
    io.stdout(lines(JSON.stringify(entries, null, 2)));
  } else {
    const zh = locale !== 'en';
    const rows = [
      ...inconsistent.map((e) => [
        e.townId,
        entryId(e),
        e.stated,
        e.ok ? (zh ? e.result.explanationZh : e.result.explanation) : '',
      ]),
      ...failed.map((e) => [
        e.townId,
        entryId(e),
        e.stated,
        e.ok ? '' : `cannot be checked: ${e.error.message}`,
      ]),
    ];
    const consistent = entries.length - inconsistent.length - failed.length;
    const summary = `${entries.length} stated figure${entries.length === 1 ? '' : 's'} checked: ${consistent} consistent, ${inconsistent.length} inconsistent, ${failed.length} could not be checked`;
    const body = rows.length === 0 ? [] : [...alignColumns(rows), ''];
    io.stdout(lines([...body, summary].join('\n')));
  }
  const problems = inconsistent.length + failed.length;
  return values.strict === true && problems > 0 ? EXIT.AUDIT_FAILED : EXIT.OK;
}

function convertCommand(args: string[], io: CliIo): number {
  const { positionals } = parse('convert', args, {});
  if (positionals.length !== 2 && positionals.length !== 3) {
    throw cliError(
      'convert: expected <quantity> <unit> (convert 116.7公顷 亩) or <value> <from> <to> (convert 116.7 公顷 亩)',
    );
  }
  const target = positionals.at(-1) as string;
  let source: Quantity;
  try {
    source =
      positionals.length === 2
        ? parseQuantity(positionals[0] as string)
        : quantity(positionals[0] as string, positionals[1] as string);
  } catch (error) {
    if (!isTownIndicatorsError(error)) throw error;
    throw cliError(`convert: ${error.message}`);
  }
  const unit = findUnit(target);
  if (unit === undefined) {
    throw cliError(`convert: unknown unit ${JSON.stringify(target)} (units: ${unitNames()})`);
  }
  if (!areCompatible(source.unit, unit)) {
    throw cliError(
      `convert: ${String(source)} is ${describeUnit(source.unit)}, which cannot be converted into ${unit.name} (${describeUnit(unit)})`,
    );
  }
  io.stdout(`${String(source.in(target))}\n`);
  return EXIT.OK;
}

const DIMENSION_NAMES: Readonly<Record<string, string>> = {
  money: 'money',
  area: 'an area',
  population: 'a number of people',
  visits: 'a number of visits',
  length: 'a length',
  mass: 'a mass',
  count: 'a count',
};

function describeUnit(unit: Unit): string {
  const what = DIMENSION_NAMES[unit.dimension] ?? unit.dimension;
  return unit.currency === undefined ? what : `${what} in ${unit.currency}`;
}

function unitNames(): string {
  return listUnits()
    .map((u) => u.name)
    .join(' ');
}
