/**
 * `town-indicators panel FILE --measure growth:gdp …`: a CSV table in (as offices export it),
 * measures for every town and period, a CSV table out, with a progress bar on stderr when it is a
 * terminal and a summary of the cells without a value.
 *
 * @module
 */
import { isTownIndicatorsError } from '../errors.js';
import { computePanel, MEASURE_KINDS } from '../panel/computePanel.js';
import { panelToCsv } from '../panel/panelToCsv.js';
import type { PanelRead } from '../panel/read/readTable.js';
import { readPanelCsv } from '../panel/readPanelCsv.js';
import type { MeasureSpec, PanelScale } from '../panel/types.js';
import type { CliIo } from './io.js';
import { cliError, EXIT, oneLine, unreadable } from './output.js';
import { progress } from './terminal.js';

/** The flags of `panel`. */
export interface PanelFlags {
  readonly measure: readonly string[];
  readonly decimals?: string;
  readonly scale: PanelScale;
  readonly out?: string;
  readonly bom?: boolean;
  readonly period?: string;
}

/**
 * Reads one `--measure`: `growth:gdp`, `average-growth:gdp:2015:2024`, `ratio:urban/total:name`,
 * `rank:gdp` or `rank:gdp:all`.
 */
export function parseMeasure(text: string): MeasureSpec {
  const [kind, indicator, ...rest] = text.split(':');
  const usage = `--measure ${text}: expected KIND:INDICATOR (KIND one of ${MEASURE_KINDS.join(', ')}; average-growth:X:FROM:TO, ratio:A/B[:NAME], rank:X[:all])`;
  if (kind === undefined || indicator === undefined || indicator.length === 0)
    throw cliError(usage);
  switch (kind) {
    case 'average-growth': {
      const [from, to] = rest;
      if (from === undefined || to === undefined) throw cliError(usage);
      return { measure: kind, indicator, from, to };
    }
    case 'ratio': {
      const [numerator, denominator] = indicator.split('/');
      if (numerator === undefined || denominator === undefined) throw cliError(usage);
      return {
        measure: kind,
        numerator,
        denominator,
        name: rest[0] ?? `${numerator}/${denominator}`,
      };
    }
    case 'rank':
      if (rest[0] !== undefined && rest[0] !== 'all' && rest[0] !== 'group') throw cliError(usage);
      return { measure: kind, indicator, ...(rest[0] === undefined ? {} : { within: rest[0] }) };
    case 'growth':
    case 'share-of-group':
    case 'point-change':
    case 'pull':
    case 'contribution-rate':
      if (rest.length > 0) throw cliError(usage);
      return { measure: kind, indicator };
    default:
      throw cliError(usage);
  }
}

function readTableFile(io: CliIo, file: string, flags: PanelFlags): PanelRead {
  const name = file === '-' ? 'standard input' : file;
  let data: string | Uint8Array;
  try {
    data = io.readBytes === undefined ? io.readFile(file) : io.readBytes(file);
  } catch (error) {
    throw unreadable(name, error);
  }
  try {
    return readPanelCsv(data, flags.period === undefined ? {} : { period: flags.period });
  } catch (error) {
    if (isTownIndicatorsError(error))
      throw cliError(`cannot read ${name}: ${oneLine(error.message)}`);
    throw error;
  }
}

/** Runs `panel` and returns the exit code. */
export function panelCommand(io: CliIo, file: string, flags: PanelFlags): number {
  if (flags.measure.length === 0)
    throw cliError('panel: give at least one --measure (e.g. --measure growth:gdp)');
  const measures = flags.measure.map(parseMeasure);
  const decimals = flags.decimals === undefined ? undefined : Number(flags.decimals);
  const table = readTableFile(io, file, flags);
  const bar = progress(io, 'measures', measures.length, 1);
  let result: ReturnType<typeof computePanel>;
  try {
    result = computePanel(
      table,
      { measures, scale: flags.scale, ...(decimals === undefined ? {} : { decimals }) },
      bar === undefined ? {} : { onProgress: (done) => bar.tick(done) },
    );
  } catch (error) {
    bar?.end();
    if (isTownIndicatorsError(error)) throw cliError(oneLine(error.message));
    throw error;
  }
  bar?.end();
  const csv = panelToCsv(result, { bom: flags.bom === true });
  if (flags.out === undefined) {
    io.stdout(csv);
  } else {
    if (io.writeFile === undefined) throw cliError('--out: this environment cannot write files');
    try {
      io.writeFile(flags.out, csv);
    } catch (error) {
      throw cliError(
        `cannot write ${flags.out}: ${oneLine(error instanceof Error ? error.message : String(error))}`,
      );
    }
  }
  // A summary on a terminal; bad cells of the file are told wherever stderr goes.
  if (io.stderrIsTTY === true) {
    const counts = new Map<string, number>();
    for (const e of result.errors) counts.set(e.code, (counts.get(e.code) ?? 0) + 1);
    const without = [...counts].map(([code, n]) => `${code} ${n}`).join(', ');
    io.stderr(
      `panel: ${result.length} rows × ${result.measures.length} measures${
        without.length > 0 ? `; cells without a value: ${without}` : ''
      }\n`,
    );
  }
  if (table.issues.length > 0) {
    io.stderr(
      `panel: ${table.issues.length} cells of the file not read; the first: ${table.issues[0]?.message}\n`,
    );
  }
  return EXIT.OK;
}
