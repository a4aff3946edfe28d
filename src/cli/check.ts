/**
 * `town-indicators check FILE|-`: every checkable claim of a report's text with its verdict and
 * span, as a table in the terminal's width, JSON or CSV.
 *
 * @module
 */
import { isTownIndicatorsError } from '../errors.js';
import type { Locale } from '../report/format/locale.js';
import { alignRows } from '../report/textTable.js';
import { type AuditedClaim, auditText, type TextAudit } from '../text/auditText.js';
import type { ExtractedFigure } from '../text/extractFigures.js';
import type { CliIo } from './io.js';
import { cliError, csvField, EXIT, lines, oneLine, unreadable } from './output.js';
import { outputWidth, paint, useColor } from './terminal.js';

/** The flags of `check`. */
export interface CheckFlags {
  readonly strict?: boolean;
  readonly format: 'table' | 'json' | 'csv';
  readonly locale: Locale;
  readonly bom?: boolean;
}

/** Reads the text to check, with one clear line for every way it fails. */
function readText(io: CliIo, file: string): string {
  const name = file === '-' ? 'standard input' : file;
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    throw unreadable(name, error);
  }
  if (text.trim().length === 0) throw cliError(`cannot read ${name}: it holds no text`);
  if (text.includes('\u0000')) throw cliError(`cannot read ${name}: it is a binary file, not text`);
  return text;
}

function verdict(claim: AuditedClaim, zh: boolean): string {
  if (claim.result.consistent) return zh ? '一致' : 'consistent';
  return zh ? '不一致' : 'inconsistent';
}

function span(figure: { readonly start: number; readonly end: number }): string {
  return `${figure.start}–${figure.end}`;
}

function figureText(text: string, figure: ExtractedFigure): string {
  return text.slice(figure.start, figure.end);
}

function summary(audit: TextAudit, zh: boolean): string {
  const { checked } = audit;
  const bad = audit.inconsistent.length;
  const failed = audit.errors.length;
  if (zh) {
    const tail = failed > 0 ? `，${failed}条无法核对` : '';
    return `共找到${audit.figures.length}个数字，核对${checked}条说法：${checked - bad}条一致，${bad}条不一致${tail}`;
  }
  const tail = failed > 0 ? `, ${failed} could not be checked` : '';
  return `${audit.figures.length} figures, ${checked} claim${checked === 1 ? '' : 's'} checked: ${checked - bad} consistent, ${bad} inconsistent${tail}`;
}

function table(io: CliIo, text: string, audit: TextAudit, zh: boolean): string {
  const head = zh
    ? ['#', '结果', '类型', '位置', '报告值', '说明']
    : ['#', 'verdict', 'kind', 'span', 'stated', 'explanation'];
  const rows = audit.claims.map((c, index) => [
    String(index + 1),
    verdict(c, zh),
    c.claim.kind,
    span(c.claim),
    figureText(text, c.claim.stated),
    zh ? c.result.explanationZh : c.result.explanationEn,
  ]);
  const failures = audit.errors.map((e, index) => [
    String(audit.claims.length + index + 1),
    zh ? '无法核对' : 'not checked',
    e.claim.kind,
    span(e.claim),
    figureText(text, e.claim.stated),
    oneLine(e.error.message),
  ]);
  const all = [...rows, ...failures];
  if (all.length === 0) {
    return lines(zh ? '没有找到可核对的说法。' : 'No checkable claim found.');
  }
  const color = useColor(io);
  const aligned = alignRows([head, ...all], { width: outputWidth(io) });
  const painted = aligned.flatMap((row, index) => {
    if (index === 0 || !color) return row;
    const claim = audit.claims[index - 1];
    const tone = claim === undefined ? 'yellow' : claim.result.consistent ? 'green' : 'red';
    return row.map((line) => paint(true, tone, line));
  });
  return lines([...painted, '', summary(audit, zh)].join('\n'));
}

const CSV_COLUMNS = [
  'index',
  'kind',
  'start',
  'end',
  'stated',
  'inputs',
  'verdict',
  'computed',
  'statedValue',
  'decimals',
  'withinInputRounding',
  'explanation',
] as const;

function csv(text: string, audit: TextAudit, zh: boolean, bom: boolean): string {
  const rows = audit.claims.map((c, index) => {
    const { claim, result } = c;
    const row: Record<(typeof CSV_COLUMNS)[number], string> = {
      index: String(index + 1),
      kind: claim.kind,
      start: String(claim.start),
      end: String(claim.end),
      stated: figureText(text, claim.stated),
      inputs: claim.inputs.map((f) => figureText(text, f)).join(' | '),
      verdict: result.consistent ? 'consistent' : 'inconsistent',
      computed: result.computed.toString(),
      statedValue: result.stated.toString(),
      decimals: String(result.decimals),
      withinInputRounding: String(result.withinInputRounding),
      explanation: zh ? result.explanationZh : result.explanationEn,
    };
    return CSV_COLUMNS.map((column) => csvField(row[column])).join(',');
  });
  const failures = audit.errors.map((e, index) =>
    [
      String(audit.claims.length + index + 1),
      e.claim.kind,
      String(e.claim.start),
      String(e.claim.end),
      figureText(text, e.claim.stated),
      e.claim.inputs.map((f) => figureText(text, f)).join(' | '),
      'error',
      '',
      '',
      '',
      '',
      oneLine(e.error.message),
    ]
      .map(csvField)
      .join(','),
  );
  return `${bom ? '\uFEFF' : ''}${[CSV_COLUMNS.join(','), ...rows, ...failures].join('\r\n')}\r\n`;
}

function json(text: string, audit: TextAudit): string {
  const figure = (f: ExtractedFigure): object => ({
    text: figureText(text, f),
    start: f.start,
    end: f.end,
  });
  return JSON.stringify(
    {
      figures: audit.figures.length,
      checked: audit.checked,
      consistent: audit.consistent.length,
      inconsistent: audit.inconsistent.length,
      claims: audit.claims.map(({ claim, result }) => ({
        kind: claim.kind,
        start: claim.start,
        end: claim.end,
        quote: claim.quote,
        stated: figure(claim.stated),
        inputs: claim.inputs.map(figure),
        audit: claim.audit,
        result,
      })),
      errors: audit.errors.map(({ claim, error }) => ({
        kind: claim.kind,
        start: claim.start,
        end: claim.end,
        quote: claim.quote,
        code: error.code,
        message: error.message,
      })),
    },
    null,
    2,
  );
}

/**
 * Runs `check`: audits the text and prints every claim; `--strict` exits 1 on an inconsistency.
 *
 * @returns the exit code
 */
export function checkCommand(io: CliIo, file: string, flags: CheckFlags): number {
  const text = readText(io, file);
  let audit: TextAudit;
  try {
    audit = auditText(text, { locale: flags.locale });
  } catch (error) {
    if (isTownIndicatorsError(error)) throw cliError(`check: ${oneLine(error.message)}`);
    throw error;
  }
  const zh = flags.locale === 'zh';
  if (flags.format === 'json') io.stdout(lines(json(text, audit)));
  else if (flags.format === 'csv') io.stdout(csv(text, audit, zh, flags.bom === true));
  else io.stdout(table(io, text, audit, zh));
  const failed = audit.inconsistent.length > 0 || audit.errors.length > 0;
  return flags.strict === true && failed ? EXIT.AUDIT_FAILED : EXIT.OK;
}
