/**
 * The `town-indicators` command: `report`, `audit`, `score`, `check`, `panel` and `convert`, parsed by commander, with every
 * input error ending in one clear line on stderr and a non-zero exit code, never a stack trace.
 * {@link run} takes its arguments and its input/output as parameters, so tests call it without
 * spawning a process; `main.ts` wires it to `process`.
 *
 * Exit codes: 0 success; 1 `audit --strict` or `check --strict` found a figure or claim that is
 * inconsistent or cannot be checked; 2 bad input (usage, unknown town or period, unreadable file, invalid JSON or dataset,
 * unknown unit); 70 an internal error (a bug: please report it).
 *
 * @module
 */
import { Command, CommanderError, Option } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import {
  type ScoreData,
  type ScoreTownsResult,
  scoreTowns,
  type TownScore,
} from '../assessment/scoreTowns.js';
import { auditDataset, type DatasetAuditEntry } from '../dataset/auditDataset.js';
import { sampleDataset } from '../dataset/sample/index.js';
import { townRecords } from '../dataset/townRecords.js';
import { isTownIndicatorsError } from '../errors.js';
import type { Dataset } from '../models/dataset.js';
import { safeParseDataset } from '../models/dataset.js';
import { getValidationIssues } from '../models/issues.js';
import { safeParseScorecard } from '../models/scorecard.js';
import type { Locale } from '../report/format/locale.js';
import { renderReport } from '../report/render.js';
import { alignRows } from '../report/textTable.js';
import { townReport } from '../report/townReport.js';
import { parseQuantity } from '../units/parse.js';
import { type Quantity, quantity } from '../units/quantity.js';
import { areCompatible, findUnit, listUnits, type Unit } from '../units/table.js';
import { type CheckFlags, checkCommand } from './check.js';
import type { CliIo } from './io.js';
import { cliError, csvField, EXIT, isCliError, lines, oneLine } from './output.js';
import { type PanelFlags, panelCommand } from './panel.js';
import { outputWidth, paint, progress, useColor } from './terminal.js';

export type { CliIo } from './io.js';
export { EXIT } from './output.js';

const NAME = 'town-indicators';

/** The version of the package (from package.json, bundled into the built command). */
export const VERSION: string = packageJson.version;

/** How many bad records of a dataset file the command lists before it gives only their count. */
const ISSUES_SHOWN = 5;

/**
 * Runs the command with its arguments (without `node` and the script) and returns the exit code.
 *
 * @param argv - the arguments, e.g. `['report', '--town', 'jianshe']`
 * @param io - where to write, how to read files, and what the terminal is
 * @returns the exit code: 0 success, 1 `audit --strict` found a problem, 2 bad input, 70 a bug
 */
export function run(argv: readonly string[], io: CliIo): number {
  let code: number = EXIT.OK;
  const program = buildProgram(io, (exitCode) => {
    code = exitCode;
  });
  if (argv.length === 0) {
    io.stderr(program.helpInformation());
    return EXIT.USAGE;
  }
  try {
    program.parse([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end in exitCode 0; a usage error was written by outputError already.
      return error.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    }
    if (isCliError(error)) {
      io.stderr(`${NAME}: ${error.message}\n`);
      return error.exitCode;
    }
    if (isTownIndicatorsError(error)) {
      io.stderr(`${NAME}: ${oneLine(error.message)}\n`);
      return EXIT.USAGE;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`${NAME}: internal error: ${oneLine(message)}\n`);
    return EXIT.INTERNAL;
  }
}

const FILE_ARGUMENT = [
  '[file]',
  'a dataset JSON file, or - for standard input (default: the sample dataset built in)',
] as const;

function buildProgram(io: CliIo, exit: (code: number) => void): Command {
  const program = new Command(NAME);
  const output = {
    writeOut: (text: string) => io.stdout(text),
    writeErr: (text: string) => io.stderr(text),
    outputError: (text: string, write: (text: string) => void) =>
      write(`${NAME}: ${oneLine(text.replace(/^error: /, ''))} (see --help)\n`),
    getOutHelpWidth: () => outputWidth(io),
    getErrHelpWidth: () => outputWidth(io),
  };
  program
    .description(
      'Town development indicators: reports, audits of stated figures, 考核 scores, exact unit conversion.',
    )
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'print this help')
    .helpCommand('help [command]', 'print the help of a command')
    .configureOutput(output)
    .exitOverride()
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      '\nExit codes: 0 success, 1 audit or check --strict found a problem, 2 bad input, 70 internal error.',
    );
  // -v, the old short version flag, still works.
  program.addOption(new Option('-v').hideHelp());
  program.on('option:v', () => {
    io.stdout(`${VERSION}\n`);
    throw new CommanderError(0, 'commander.version', VERSION);
  });

  // What report, audit and score share: the output format, the locale and --bom.
  const withOutput = (command: Command): Command =>
    command
      .addOption(
        new Option('--format <format>', 'output format')
          .choices(['table', 'json', 'csv'])
          .default('table'),
      )
      .addOption(
        new Option('--locale <locale>', 'language of the text').choices(['zh', 'en']).default('zh'),
      )
      .option('--bom', 'CSV: start with a UTF-8 byte order mark, for Excel on zh-CN Windows')
      .configureOutput(output)
      .exitOverride();
  const datasetCommand = (name: string, description: string, example: string): Command =>
    withOutput(
      program
        .command(name)
        .description(description)
        .argument(...FILE_ARGUMENT),
    ).addHelpText('after', `\nExample:\n  ${NAME} ${example}`);

  datasetCommand(
    'report',
    "A town's indicators for one period: growth, urbanization, projects, funding, land quotas and the audit of its stated figures.",
    'report examples/data/sample-dataset.json --town jianshe --as-of 2011-06-30',
  )
    .option('--town <id>', 'the town id (default: the town with the most records)')
    .option('--period <period>', "'2011', '2011-H1', '2011-Q3' … (default: the town's latest year)")
    .option(
      '--as-of <date>',
      "the date of the figures, YYYY-MM-DD, for schedule progress (default: the date of the town's source document)",
    )
    .action((file: string | undefined, options: ReportFlags) => {
      exit(reportCommand(io, file, options));
    });

  datasetCommand(
    'audit',
    'Checks every stated figure of a dataset (sums, shares, growth, multiples, point changes) and lists the inconsistent ones.',
    'audit examples/data/sample-dataset.json --strict',
  )
    .option('--town <id>', 'audit only the figures of this town')
    .option('--strict', 'exit with 1 when a figure is inconsistent or cannot be checked')
    .option('--all', 'list every audited figure, not only the inconsistent ones')
    .action((file: string | undefined, options: AuditFlags) => {
      exit(auditCommand(io, file, options));
    });

  withOutput(
    program
      .command('score')
      .description(
        'Scores towns against a 考核 scorecard (caps, penalties, ranks) and explains every item.',
      )
      .argument('<scorecard>', 'a scorecard JSON file, or - for standard input')
      .argument(
        '[data]',
        'a dataset JSON file, or a JSON object { townId: { indicator or item id: value } } (default: the sample dataset built in)',
      ),
  )
    .option(
      '--period <period>',
      "with a dataset: the period scored (default: the dataset's latest year)",
    )
    .option('--town <id>', "list this town's items with their explanations")
    .option('--items', 'list the items of every town')
    .addOption(
      new Option('--missing <rule>', 'a missing datum: 0 points and a warning, or an error')
        .choices(['zero', 'error'])
        .default('zero'),
    )
    .addHelpText(
      'after',
      `\nExamples:\n  ${NAME} score examples/data/scorecards/central-town-standard.json\n  ${NAME} score examples/data/scorecards/town-infrastructure.json towns.json --town a --locale en`,
    )
    .action((card: string, data: string | undefined, options: ScoreFlags) => {
      exit(scoreCommand(io, card, data, options));
    });

  withOutput(
    program
      .command('check')
      .description(
        "Finds every checkable claim of a report's text (sums, shares, growth, multiples, points, pulls, structures, per capita) and checks it.",
      )
      .argument(
        '<file>',
        'a text file (UTF-8, simplified or traditional), or - for standard input',
      ),
  )
    .option('--strict', 'exit with 1 when a claim is inconsistent or cannot be checked')
    .addHelpText(
      'after',
      `\nExamples:\n  ${NAME} check bulletin.txt\n  pbpaste | ${NAME} check - --strict --locale en`,
    )
    .action((file: string, options: CheckFlags) => {
      exit(checkCommand(io, file, options));
    });

  program
    .command('panel')
    .description(
      'Computes measures for every town and period of a CSV table (growth, average growth, share of group, ratio, points, pull, contribution rate, rank), exactly.',
    )
    .argument('<file>', 'a CSV table as offices export it (long or wide), or - for standard input')
    .option(
      '--measure <measure>',
      'KIND:INDICATOR, repeatable: growth:X, average-growth:X:FROM:TO, share-of-group:X, ratio:A/B[:NAME], point-change:X, pull:X, contribution-rate:X, rank:X[:all]',
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .option('--decimals <n>', 'decimals of every value (default 1)')
    .addOption(
      new Option('--scale <scale>', 'rates as').choices(['percent', 'fraction']).default('percent'),
    )
    .option('--period <period>', 'the period of a table of one period, when its title names none')
    .option('--out <file>', 'write the CSV here (default: standard output)')
    .option('--bom', 'start the CSV with a UTF-8 byte order mark, for Excel on zh-CN Windows')
    .addHelpText(
      'after',
      `\nExamples:\n  ${NAME} panel towns.csv --measure growth:地区生产总值 --measure share-of-group:地区生产总值 --out out.csv\n  ${NAME} panel towns.csv --measure ratio:城镇人口/常住人口:城镇化率 --measure average-growth:gdp:2015:2024`,
    )
    .configureOutput(output)
    .exitOverride()
    .action((file: string, options: PanelFlags) => {
      exit(panelCommand(io, file, options));
    });

  program
    .command('convert')
    .description('Converts a quantity into another unit of its dimension, exactly.')
    .argument('[quantity-or-value]', "quantity text ('116.7公顷'), or a plain value and its unit")
    .argument('[units...]', 'the target unit, or the unit of the value and then the target unit')
    .addHelpText(
      'after',
      `\nExamples:\n  ${NAME} convert 116.7公顷 亩        → 1750.5亩\n  ${NAME} convert 60.3 亿元 万元      → 603000万元`,
    )
    .configureOutput(output)
    .exitOverride()
    .action((first: string | undefined, units: string[]) => {
      exit(convertCommand(io, first === undefined ? units : [first, ...units]));
    });
  return program;
}

interface ReportFlags {
  readonly town?: string;
  readonly period?: string;
  readonly asOf?: string;
  readonly format: 'table' | 'json' | 'csv';
  readonly locale: Locale;
  readonly bom?: boolean;
}

interface AuditFlags {
  readonly town?: string;
  readonly strict?: boolean;
  readonly all?: boolean;
  readonly format: 'table' | 'json' | 'csv';
  readonly locale: Locale;
  readonly bom?: boolean;
}

interface ScoreFlags {
  readonly period?: string;
  readonly town?: string;
  readonly items?: boolean;
  readonly missing: 'zero' | 'error';
  readonly format: 'table' | 'json' | 'csv';
  readonly locale: Locale;
  readonly bom?: boolean;
}

/** Reads a JSON file (or standard input for `-`), with one clear line for every way it fails. */
function readJson(file: string, io: CliIo): { json: unknown; name: string } {
  const name = file === '-' ? 'standard input' : file;
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : error instanceof Error
            ? error.message
            : String(error);
    throw cliError(`cannot read ${name}: ${oneLine(reason)}`);
  }
  try {
    return { json: JSON.parse(text), name };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw cliError(`${name} is not valid JSON: ${oneLine(reason)}`);
  }
}

/** One line for a file that is not a valid model: the first issues, then their count. */
function invalidFile(name: string, what: string, error: unknown): Error {
  const issues = getValidationIssues(error);
  const listed = issues
    .slice(0, ISSUES_SHOWN)
    .map((issue) => `${issue.path}: ${oneLine(issue.message)} (${issue.code})`);
  const more = issues.length > ISSUES_SHOWN ? `; and ${issues.length - ISSUES_SHOWN} more` : '';
  return cliError(
    `${name} is not a valid ${what} (${issues.length} issue${issues.length === 1 ? '' : 's'}): ${listed.join('; ')}${more}`,
  );
}

/** Reads, parses and validates a dataset file; the embedded sample when no file is given. */
function loadDataset(file: string | undefined, io: CliIo): Dataset {
  if (file === undefined) return sampleDataset();
  const { json, name } = readJson(file, io);
  const result = safeParseDataset(json);
  if (result.success) return result.data;
  throw invalidFile(name, 'dataset', result.error);
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

function reportCommand(io: CliIo, file: string | undefined, flags: ReportFlags): number {
  const dataset = loadDataset(file, io);
  const report = townReport(dataset, {
    townId: flags.town ?? defaultTownId(dataset),
    ...(flags.period === undefined ? {} : { period: flags.period }),
    ...(flags.asOf === undefined ? {} : { asOf: flags.asOf }),
    locale: flags.locale,
  });
  const rendered =
    flags.format === 'json'
      ? renderReport(report, 'json')
      : flags.format === 'csv'
        ? renderReport(report, 'csv', { bom: flags.bom === true })
        : renderReport(report, 'text', { width: outputWidth(io) });
  io.stdout(lines(rendered));
  return EXIT.OK;
}

/** The latest year of a dataset's observations: the period a score defaults to. */
function latestYear(dataset: Dataset): string | undefined {
  let latest: string | undefined;
  for (const o of dataset.observations) {
    const year = o.period.slice(0, 4);
    if (/^\d{4}$/.test(year) && (latest === undefined || year > latest)) latest = year;
  }
  return latest;
}

function loadScoreData(file: string | undefined, io: CliIo): Dataset | ScoreData {
  if (file === undefined) return sampleDataset();
  const { json, name } = readJson(file, io);
  if (
    typeof json === 'object' &&
    json !== null &&
    !Array.isArray(json) &&
    'schemaVersion' in json
  ) {
    const result = safeParseDataset(json);
    if (result.success) return result.data;
    throw invalidFile(name, 'dataset', result.error);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw cliError(`${name} is neither a dataset nor an object { townId: { indicator: value } }`);
  }
  return json as ScoreData;
}

const SCORE_CSV_COLUMNS = [
  'townId',
  'name',
  'rank',
  'total',
  'passed',
  'categoryId',
  'itemId',
  'item',
  'points',
  'maxPoints',
  'met',
  'missing',
  'gap',
  'gapUnit',
  'explanation',
] as const;

function scoreCsv(result: ScoreTownsResult, bom: boolean): string {
  const records = result.towns.flatMap((town) =>
    town.items.map((item) => {
      const row: Record<(typeof SCORE_CSV_COLUMNS)[number], string> = {
        townId: town.townId,
        name: town.name ?? '',
        rank: String(town.rank),
        total: town.total.toFixed(),
        passed: town.passed === undefined ? '' : String(town.passed),
        categoryId: item.categoryId,
        itemId: item.id,
        item: item.name,
        points: item.points.toFixed(),
        maxPoints: item.maxPoints.toFixed(),
        met: String(item.met),
        missing: String(item.missing),
        gap: item.gap?.toFixed() ?? '',
        gapUnit: item.gapUnit ?? '',
        explanation: item.explanation,
      };
      return SCORE_CSV_COLUMNS.map((column) => csvField(row[column])).join(',');
    }),
  );
  return `${bom ? '\uFEFF' : ''}${[SCORE_CSV_COLUMNS.join(','), ...records].join('\r\n')}\r\n`;
}

function rankingTable(io: CliIo, result: ScoreTownsResult, zh: boolean): string[] {
  const categories = result.towns[0]?.categories.map((c) => c.name) ?? [];
  const passing = result.scorecard.passMark !== undefined;
  const head = [
    zh ? '排名' : 'rank',
    zh ? '镇' : 'town',
    zh ? '得分' : 'total',
    ...(passing ? [zh ? '合格' : 'passed'] : []),
    ...categories,
  ];
  const yes = zh ? '是' : 'yes';
  const no = zh ? '否' : 'no';
  const ranked = [...result.towns].sort((a, b) => a.rank - b.rank);
  const rows = ranked.map((town) => [
    String(town.rank),
    town.name === undefined ? town.townId : `${town.name} (${town.townId})`,
    `${town.total.toFixed()}/${town.maxPoints.toFixed()}`,
    ...(passing ? [town.passed === true ? yes : no] : []),
    ...town.categories.map((c) => `${c.points.toFixed()}${c.capped ? '*' : ''}`),
  ]);
  return rows.length === 0 ? [] : alignRows([head, ...rows], { width: outputWidth(io) }).flat();
}

function itemTable(io: CliIo, town: TownScore, zh: boolean): string[] {
  const head = [zh ? '  项目' : '  item', zh ? '得分' : 'points', zh ? '说明' : 'explanation'];
  const rows = town.items.map((item) => [`  ${item.id}`, item.points.toFixed(), item.explanation]);
  return [
    '',
    `${town.name ?? town.townId}: ${town.total.toFixed()}${zh ? '分' : ' points'}`,
    ...alignRows([head, ...rows], { width: outputWidth(io) }).flat(),
  ];
}

function scoreSummary(result: ScoreTownsResult, zh: boolean): string {
  const count = result.towns.length;
  const passed = result.towns.filter((t) => t.passed === true).length;
  const passing = result.scorecard.passMark !== undefined;
  const missing = result.warnings.length;
  if (zh) {
    return `共${count}个镇${passing ? `，${passed}个合格` : ''}；${missing}项缺少或无法读取数据，计0分（*：已封顶）`;
  }
  return `${count} town${count === 1 ? '' : 's'}${passing ? `, ${passed} passed` : ''}; ${missing} missing or unreadable data scored 0 (*: capped)`;
}

function scoreTable(io: CliIo, result: ScoreTownsResult, flags: ScoreFlags): string[] {
  const zh = flags.locale === 'zh';
  const title = `${result.scorecard.name}${result.period === undefined ? '' : ` (${result.period})`}`;
  const listed = result.towns.filter((t) => flags.items === true || t.townId === flags.town);
  return [
    title,
    ...rankingTable(io, result, zh),
    ...listed.flatMap((town) => itemTable(io, town, zh)),
    '',
    scoreSummary(result, zh),
  ];
}

function scoreCommand(
  io: CliIo,
  cardFile: string,
  dataFile: string | undefined,
  flags: ScoreFlags,
): number {
  const { json, name } = readJson(cardFile, io);
  const parsed = safeParseScorecard(json);
  if (!parsed.success) throw invalidFile(name, 'scorecard', parsed.error);
  const data = loadScoreData(dataFile, io);
  const isDataset = 'schemaVersion' in data;
  const period = flags.period ?? (isDataset ? latestYear(data as Dataset) : undefined);
  if (isDataset && period === undefined) {
    throw cliError('the dataset has no observations to score: give --period');
  }
  const result = scoreTowns(parsed.data, data, {
    locale: flags.locale,
    missing: flags.missing,
    ...(isDataset && period !== undefined ? { period } : {}),
  });
  if (flags.town !== undefined && !result.towns.some((t) => t.townId === flags.town)) {
    const known = result.towns.map((t) => t.townId).join(', ');
    throw cliError(`no town "${flags.town}" in the data (towns: ${known})`);
  }
  if (flags.format === 'json') io.stdout(lines(JSON.stringify(result, null, 2)));
  else if (flags.format === 'csv') io.stdout(scoreCsv(result, flags.bom === true));
  else io.stdout(lines(scoreTable(io, result, flags).join('\n')));
  return EXIT.OK;
}

function entryId(entry: DatasetAuditEntry): string {
  return entry.claimId ?? entry.observationId ?? entry.path;
}

/** Audits the dataset; town by town, with a progress bar, when stderr is a terminal. */
function auditEntries(
  io: CliIo,
  dataset: Dataset,
  townId: string | undefined,
): readonly DatasetAuditEntry[] {
  if (townId !== undefined) return auditDataset(dataset, { townId });
  const bar = progress(io, 'towns', dataset.towns.length);
  if (bar === undefined) return auditDataset(dataset);
  const claims: DatasetAuditEntry[] = [];
  const observations: DatasetAuditEntry[] = [];
  dataset.towns.forEach((town, index) => {
    for (const entry of auditDataset(dataset, { townId: town.id })) {
      (entry.subject === 'claim' ? claims : observations).push(entry);
    }
    bar.tick(index + 1);
  });
  bar.end();
  // The order auditDataset gives for the whole dataset: claims, then observations, by position.
  return [...claims.sort(byPosition), ...observations.sort(byPosition)];
}

function byPosition(a: DatasetAuditEntry, b: DatasetAuditEntry): number {
  const position = (e: DatasetAuditEntry): number => Number(/\[(\d+)\]/.exec(e.path)?.[1] ?? 0);
  return position(a) - position(b);
}

function verdict(entry: DatasetAuditEntry, zh: boolean): string {
  if (!entry.ok) return zh ? '无法核对' : 'cannot be checked';
  if (entry.result.consistent) return zh ? '一致' : 'consistent';
  return zh ? '不一致' : 'inconsistent';
}

function explanation(entry: DatasetAuditEntry, zh: boolean): string {
  if (!entry.ok) return entry.error.message;
  return zh ? entry.result.explanationZh : entry.result.explanation;
}

function summaryOf(entries: readonly DatasetAuditEntry[], zh: boolean): string {
  const inconsistent = entries.filter((e) => e.ok && !e.result.consistent).length;
  const failed = entries.filter((e) => !e.ok).length;
  const consistent = entries.length - inconsistent - failed;
  return zh
    ? `共核对${entries.length}个报告值：${consistent}个一致，${inconsistent}个不一致，${failed}个无法核对`
    : `${entries.length} stated figure${entries.length === 1 ? '' : 's'} checked: ${consistent} consistent, ${inconsistent} inconsistent, ${failed} could not be checked`;
}

const AUDIT_CSV_COLUMNS = [
  'townId',
  'id',
  'path',
  'kind',
  'period',
  'stated',
  'verdict',
  'computed',
  'decimals',
  'withinInputRounding',
  'explanation',
] as const;

function auditCsv(entries: readonly DatasetAuditEntry[], zh: boolean, bom: boolean): string {
  const records = entries.map((e) => {
    const row: Record<(typeof AUDIT_CSV_COLUMNS)[number], string> = {
      townId: e.townId,
      id: entryId(e),
      path: e.path,
      kind: e.kind,
      period: e.period ?? '',
      stated: e.stated,
      verdict: e.ok ? (e.result.consistent ? 'consistent' : 'inconsistent') : 'error',
      computed: e.ok ? e.result.computed.toString() : '',
      decimals: e.ok ? String(e.result.decimals) : '',
      withinInputRounding:
        e.ok && e.result.withinInputRounding !== undefined
          ? String(e.result.withinInputRounding)
          : '',
      explanation: explanation(e, zh),
    };
    return AUDIT_CSV_COLUMNS.map((column) => csvField(row[column])).join(',');
  });
  return `${bom ? '\uFEFF' : ''}${[AUDIT_CSV_COLUMNS.join(','), ...records].join('\r\n')}\r\n`;
}

function auditCommand(io: CliIo, file: string | undefined, flags: AuditFlags): number {
  const dataset = loadDataset(file, io);
  const entries = auditEntries(io, dataset, flags.town);
  const zh = flags.locale === 'zh';
  const problems = entries.filter((e) => !e.ok || !e.result.consistent);
  if (flags.format === 'json') {
    io.stdout(lines(JSON.stringify(entries, null, 2)));
  } else if (flags.format === 'csv') {
    io.stdout(auditCsv(entries, zh, flags.bom === true));
  } else {
    const color = useColor(io);
    const shown = flags.all === true ? entries : problems;
    const head = zh
      ? ['镇', '编号', '报告值', '结果', '说明']
      : ['town', 'id', 'stated', 'verdict', 'explanation'];
    const rows = shown.map((e) => [
      e.townId,
      entryId(e),
      e.stated,
      verdict(e, zh),
      explanation(e, zh),
    ]);
    const table = rows.length === 0 ? [] : alignRows([head, ...rows], { width: outputWidth(io) });
    const painted = table.flatMap((row, index) => {
      const entry = shown[index - 1];
      if (entry === undefined || !color) return row;
      const tone = !entry.ok ? 'yellow' : entry.result.consistent ? 'green' : 'red';
      return row.map((line) => paint(true, tone, line));
    });
    const body = painted.length === 0 ? [] : [...painted, ''];
    io.stdout(lines([...body, summaryOf(entries, zh)].join('\n')));
  }
  return flags.strict === true && problems.length > 0 ? EXIT.AUDIT_FAILED : EXIT.OK;
}

function convertCommand(io: CliIo, args: readonly string[]): number {
  if (args.length !== 2 && args.length !== 3) {
    throw cliError(
      'convert: expected <quantity> <unit> (convert 116.7公顷 亩) or <value> <from> <to> (convert 116.7 公顷 亩)',
    );
  }
  const target = args.at(-1) as string;
  let source: Quantity;
  try {
    source =
      args.length === 2
        ? parseQuantity(args[0] as string)
        : quantity(args[0] as string, args[1] as string);
  } catch (error) {
    if (!isTownIndicatorsError(error)) throw error;
    throw cliError(`convert: ${oneLine(error.message)}`);
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
