/**
 * The sentences of an audit result, in English and Chinese.
 *
 * @internal
 * @module
 */
import {
  type Rational,
  roundDirected,
  roundHalfUpRational,
  toFixedText,
} from '../../numbers/rational.js';
import type { AuditKind, AuditOptions } from '../types.js';

/** The language of an audit's `explanation`. */
export type AuditLocale = NonNullable<AuditOptions['locale']>;
/** Prints a value at `decimals + 2` places, trimmed back to no fewer than the stated places. */
export function show(value: Rational, decimals: number, round: 'half-up' | 'down' | 'up'): string {
  const places = decimals + 2;
  const rounded =
    round === 'half-up' ? roundHalfUpRational(value, places) : roundDirected(value, places, round);
  let text = toFixedText(rounded, places);
  const keep = Math.max(decimals, 0);
  const dot = text.indexOf('.');
  if (dot >= 0) {
    let end = text.length;
    while (end > dot + 1 + keep && text.charCodeAt(end - 1) === 0x30) end -= 1;
    if (end === dot + 1) end = dot;
    text = text.slice(0, end);
  }
  return text;
}

export interface Phrase {
  readonly en: string;
  readonly zh: string;
}

export const SOURCE: Readonly<Record<AuditKind, Phrase>> = {
  share: { en: 'part / whole gives', zh: '按分子分母计算为' },
  sum: { en: 'the parts add up to', zh: '分项合计为' },
  growth: { en: 'current / previous − 1 gives', zh: '按前后两期计算为' },
  'aggregate-growth': { en: 'the components give', zh: '按分项计算为' },
  multiple: { en: 'current / base gives', zh: '按基期和本期计算为' },
  'point-change': { en: 'to − from gives', zh: '按起止值计算为' },
  structure: { en: 'the parts make', zh: '各部分合计为' },
  pull: { en: 'contribution rate × growth gives', zh: '按贡献率乘增速计算为' },
  'per-capita': { en: 'total / population gives', zh: '按总量除以人口计算为' },
  increment: { en: 'current − previous gives', zh: '按前后两期之差计算为' },
};

export interface Texts {
  readonly stated: string;
  readonly computed: string;
  readonly rounded: string;
  /** The range over input rounding, its unit written once. */
  readonly range: string;
}

export function sentenceEn(
  kind: AuditKind,
  t: Texts,
  consistent: boolean,
  within: boolean,
  exact: boolean,
): string {
  const source = SOURCE[kind].en;
  if (consistent) {
    return `Stated ${t.stated}; ${source} ${t.computed}, which rounds to ${t.rounded}: consistent.`;
  }
  const head = `Stated ${t.stated} but ${source} ${t.computed}, which rounds to ${t.rounded}: inconsistent`;
  if (exact) return `${head}; the inputs are exact.`;
  if (within) {
    return `${head}, although inputs within their rounding give ${t.range}, which can round to ${t.stated}.`;
  }
  return `${head}; inputs within their rounding give ${t.range}, still not ${t.stated}.`;
}

export function sentenceZh(
  kind: AuditKind,
  t: Texts,
  consistent: boolean,
  within: boolean,
  exact: boolean,
): string {
  const head = `报告值${t.stated}，${SOURCE[kind].zh}${t.computed}，四舍五入为${t.rounded}`;
  if (consistent) return `${head}，一致。`;
  if (exact) return `${head}，不一致（输入值为精确值）。`;
  if (within) {
    return `${head}，不一致，但输入值在舍入误差范围内可得${t.range}，能够得到${t.stated}。`;
  }
  return `${head}，不一致，输入值在舍入误差范围内只能得到${t.range}，仍得不到${t.stated}。`;
}
