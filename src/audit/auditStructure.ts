import { invalidArgumentError, parseErrorError } from '../errors.js';
import type { DecimalInput } from '../numbers/decimal.js';
import {
  add,
  compare,
  div,
  fromInt,
  halfUnit,
  mul,
  type Rational,
  sub,
  sumRationals,
  ZERO,
} from '../numbers/rational.js';
import type { AmountInput } from '../units/amount.js';
import { exactOf, readFigureText } from '../units/figure.js';
import { isQuantity } from '../units/quantity.js';
import { type BoundedValue, readAmounts, readNumberFigure } from './internal/figures.js';
import { readAuditOptions, requireInput } from './internal/options.js';
import { bounds } from './internal/ranges.js';
import { buildResult } from './internal/result.js';
import type { StatedReading } from './internal/stated.js';
import type { AuditOptions, AuditResult, StatedFigure } from './types.js';

const FN = 'auditStructure';
const HUNDRED: Rational = { n: 100n, d: 1n };

/** The inputs of {@link auditStructure}. @category Audit */
export interface AuditStructureInput {
  /**
   * Without `stated`: the shares or ratio parts that must make 100 (`['2.8%', '58.9%', '38.4%']`,
   * `['25.72', '26.84', '47.44']`). With `stated`: the levels of the parts (`['62857万元', …]`).
   */
  readonly parts: readonly (AmountInput | DecimalInput)[];
  /** The structure ratio as printed (`'25.72:26.84:47.44'`), checked against the parts' levels. */
  readonly stated?: StatedFigure;
}

/** Options of {@link auditStructure}. @category Audit */
export type AuditStructureOptions = AuditOptions;

/**
 * Checks a structure (三次产业结构, 构成): either that printed shares or ratio parts make 100, or
 * that a printed ratio follows from the levels of its parts.
 *
 * Formula: without `stated`, Σ parts (in percent) rounded half up at the finest printed precision
 * must be 100; with `stated` `a:b:c`, every part's share of the parts' sum, share_i = level_i /
 * Σ levels × 100, rounded half up at that part's printed precision, must equal the printed part.
 *
 * Source: NBS 产业结构 = 各产业增加值占地区生产总值的比重 (四舍五入, 国家统计局《统计指标解释》);
 * shares of a partition make 100 before rounding.
 *
 * @param input - the `parts`, and the `stated` ratio when the parts are levels
 * @param options - `exactInputs` and `locale`
 * @returns the {@link AuditResult}: on the percent scale (stated 100) for shares; for a ratio, the
 *   check of the part furthest from its printed value, with every part's check in `parts`
 * @throws TownIndicatorsError `INVALID_ARGUMENT` for no parts, a ratio with another number of
 *   parts, or levels without a stated ratio; `PARSE_ERROR` for a stated figure that is no ratio;
 *   `INVALID_NUMBER` / `UNIT_MISMATCH` / `UNKNOWN_UNIT` for unreadable parts; `DIVISION_BY_ZERO`
 *   when the levels sum to zero
 * @example
 * ```ts
 * const shares = auditStructure({ parts: ['2.8%', '58.9%', '38.4%'] });
 * const ratio = auditStructure({ parts: ['62857万元', '65585万元', '115952万元'], stated: '25.72:26.84:47.44' });
 * [shares.consistent, shares.computed.toString(), ratio.consistent, ratio.parts?.length];
 * // => [false, '100.1', true, 3]
 * ```
 *
 * @category Audit
 */
export function auditStructure(
  input: AuditStructureInput,
  options: AuditStructureOptions = {},
): AuditResult {
  requireInput(FN, input);
  const { exact, locale } = readAuditOptions(FN, options);
  const { parts } = input;
  if (!Array.isArray(parts) || parts.length === 0) {
    throw invalidArgumentError(FN, 'parts', 'must be a non-empty array');
  }
  return input.stated === undefined
    ? sharesMakeHundred(parts, exact, locale)
    : ratioOfLevels(parts as readonly AmountInput[], input.stated, exact, locale);
}

type Locale = 'en' | 'zh';

/** A part on the percent scale: '2.8%' → 2.8, '25.72' → 25.72. */
function percentPart(
  part: AmountInput | DecimalInput,
  index: number,
  exact: boolean,
): {
  readonly figure: BoundedValue;
  readonly decimals: number;
} {
  const arg = `parts[${index}]`;
  if (typeof part === 'string') {
    const read = readFigureText(part, FN, arg);
    const { figure } = read;
    const value = exactOf(read);
    if (figure.kind === 'rate' && value !== undefined && read.lastDigitExponent !== null) {
      const exponent = read.lastDigitExponent + 2;
      return {
        figure: { value: mul(value, HUNDRED), half: exact ? ZERO : halfUnit(exponent) },
        decimals: Math.max(-exponent, 0),
      };
    }
    if (figure.kind === 'amount' && figure.quantity.dimension === 'number') {
      const number = readNumberFigure(FN, arg, figure.quantity.value.toString(), exact);
      const exponent = read.lastDigitExponent ?? 0;
      return {
        figure: { value: number.value, half: exact ? ZERO : halfUnit(exponent) },
        decimals: Math.max(-exponent, 0),
      };
    }
    throw invalidArgumentError(
      FN,
      arg,
      `must be a share or a ratio part without \`stated\` (a level such as ${JSON.stringify(part)} needs the stated ratio)`,
      part,
    );
  }
  if (isQuantity(part)) {
    throw invalidArgumentError(
      FN,
      arg,
      'must be a share or a ratio part without `stated`',
      String(part),
    );
  }
  const figure = readNumberFigure(FN, arg, part as DecimalInput, exact);
  const text = typeof part === 'number' ? String(part) : '';
  const point = text.indexOf('.');
  return { figure, decimals: point < 0 ? 0 : text.length - point - 1 };
}

function sharesMakeHundred(
  parts: readonly (AmountInput | DecimalInput)[],
  exact: boolean,
  locale: Locale,
): AuditResult {
  const read = Array.from(parts, (part, index) => percentPart(part, index, exact));
  const decimals = Math.max(...read.map((part) => part.decimals));
  const stated: StatedReading = {
    value: HUNDRED,
    decimals,
    scale: fromInt(1),
    unit: '%',
    unitEn: '%',
  };
  const ranges = read.map((part) => bounds(part.figure));
  return buildResult(
    'structure',
    stated,
    sumRationals(read.map((part) => part.figure.value)),
    [sumRationals(ranges.map(([low]) => low)), sumRationals(ranges.map(([, high]) => high))],
    locale,
  );
}

function ratioOfLevels(
  parts: readonly AmountInput[],
  statedText: StatedFigure,
  exact: boolean,
  locale: Locale,
): AuditResult {
  if (typeof statedText !== 'string') {
    throw parseErrorError(FN, 'stated', 'expected a ratio such as 25.72:26.84:47.44', {
      value: statedText,
    });
  }
  const read = readFigureText(statedText, FN, 'stated');
  const printed = read.figure.kind === 'ratio' ? read.figure : undefined;
  if (printed === undefined || read.exactParts === undefined) {
    throw parseErrorError(
      FN,
      'stated',
      `expected a ratio such as 25.72:26.84:47.44, got ${JSON.stringify(statedText)}`,
      { value: statedText },
    );
  }
  const ratioParts = read.exactParts;
  if (ratioParts.length !== parts.length) {
    throw invalidArgumentError(
      FN,
      'parts',
      `must have one level per part of the ratio (${ratioParts.length}), got ${parts.length}`,
    );
  }
  const operands = Array.from(parts, (part, index) => [`parts[${index}]`, part] as const);
  const { figures } = readAmounts(FN, operands, exact);
  const total = sumRationals(figures.map((figure) => figure.value));
  if (total.n === 0n) throw invalidArgumentError(FN, 'parts', 'must not sum to zero');
  const printedSum = sumRationals(ratioParts);
  // A percent structure is printed to make about 100; any other ratio is read on its own sum.
  const scale =
    compare(sub(printedSum, HUNDRED), fromInt(-1)) >= 0 &&
    compare(sub(printedSum, HUNDRED), fromInt(1)) <= 0
      ? HUNDRED
      : printedSum;
  const texts = statedText.split(/[:：∶]/);
  const checks = figures.map((figure, index) => {
    const [low, high] = bounds(figure);
    const others = figures.filter((_, other) => other !== index).map(bounds);
    const othersLow = sumRationals(others.map(([l]) => l));
    const othersHigh = sumRationals(others.map(([, h]) => h));
    const partText = (texts[index] ?? '').trim();
    const point = partText.indexOf('.');
    const stated: StatedReading = {
      value: ratioParts[index] as Rational,
      decimals: point < 0 ? 0 : partText.length - point - 1,
      scale,
      unit: '',
      unitEn: '',
    };
    return buildResult(
      'structure',
      stated,
      div(figure.value, total),
      [div(low, add(low, othersHigh)), div(high, add(high, othersLow))],
      locale,
    );
  });
  const furthest = (a: AuditResult, b: AuditResult): AuditResult =>
    b.difference.abs().gt(a.difference.abs()) ? b : a;
  const wrong = checks.filter((check) => !check.consistent);
  const worst = (wrong.length > 0 ? wrong : checks).reduce(furthest);
  const consistent = checks.every((check) => check.consistent);
  const shares = checks.map((check) => check.computed.toDecimalPlaces(4).toString()).join(':');
  const en = consistent
    ? `Stated ${statedText}; the parts' shares of their sum, ${shares}, round to it: consistent.`
    : `Stated ${statedText} but the parts' shares of their sum are ${shares}: inconsistent (${inconsistentParts(checks, 'en')}).`;
  const zh = consistent
    ? `报告结构比${statedText}，按各部分占合计的比重计算为${shares}，四舍五入后一致。`
    : `报告结构比${statedText}，按各部分占合计的比重计算为${shares}，不一致（${inconsistentParts(checks, 'zh')}）。`;
  return Object.freeze({
    ...worst,
    consistent,
    withinInputRounding: checks.every((check) => check.withinInputRounding),
    explanation: locale === 'zh' ? zh : en,
    explanationEn: en,
    explanationZh: zh,
    parts: Object.freeze(checks),
  });
}

function inconsistentParts(checks: readonly AuditResult[], locale: Locale): string {
  return checks
    .map((check, index) => [check, index] as const)
    .filter(([check]) => !check.consistent)
    .map(([check, index]) =>
      locale === 'en'
        ? `part ${index + 1}: ${check.rounded.toString()} against ${check.stated.toString()}`
        : `第${index + 1}项应为${check.rounded.toString()}，报告${check.stated.toString()}`,
    )
    .join(locale === 'en' ? '; ' : '；');
}
