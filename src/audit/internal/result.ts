/**
 * Turning an exact computed value and its range into an {@link AuditResult}.
 *
 * @internal
 * @module
 */
import {
  compare,
  mul,
  type Rational,
  roundHalfUpRational,
  sub,
  toDecimalValue,
  toFixedText,
} from '../../numbers/rational.js';
import type { AuditKind, AuditResult } from '../types.js';

/**
 * Builds the result from the exact computed value and its range over input rounding, both on
 * the computed scale (fractions for rates, the common unit for amounts).
 *
 * @internal
 */
import { type AuditLocale, sentenceEn, sentenceZh, show, type Texts } from './explain.js';
import { rangeReaches } from './ranges.js';
import type { StatedReading } from './stated.js';
export function buildResult(
  kind: AuditKind,
  stated: StatedReading,
  computedValue: Rational,
  computedRange: readonly [Rational, Rational],
  locale: AuditLocale,
): AuditResult {
  const computed = mul(computedValue, stated.scale);
  const low = mul(computedRange[0], stated.scale);
  const high = mul(computedRange[1], stated.scale);
  const rounded = roundHalfUpRational(computed, stated.decimals);
  const consistent = compare(rounded, stated.value) === 0;
  const withinInputRounding =
    consistent || rangeReaches([low, high], stated.value, stated.decimals);
  const exact = compare(low, high) === 0;
  const places = Math.max(stated.decimals, 0);
  const lowText = show(low, stated.decimals, 'down');
  const highText = show(high, stated.decimals, 'up');
  const texts = (unit: string, to: string): Texts => ({
    stated: `${toFixedText(stated.value, places)}${unit}`,
    computed: `${show(computed, stated.decimals, 'half-up')}${unit}`,
    rounded: `${toFixedText(rounded, places)}${unit}`,
    range: `${lowText}${to}${highText}${unit}`,
  });
  const en = sentenceEn(
    kind,
    texts(stated.unitEn, highText.startsWith('-') ? ' to ' : '–'),
    consistent,
    withinInputRounding,
    exact,
  );
  const zh = sentenceZh(kind, texts(stated.unit, '至'), consistent, withinInputRounding, exact);
  return Object.freeze({
    kind,
    consistent,
    computed: toDecimalValue(computed),
    stated: toDecimalValue(stated.value),
    decimals: stated.decimals,
    difference: toDecimalValue(sub(computed, stated.value)),
    rounded: toDecimalValue(rounded),
    withinInputRounding,
    range: Object.freeze([toDecimalValue(low), toDecimalValue(high)] as const),
    unit: stated.unit,
    explanation: locale === 'zh' ? zh : en,
    explanationEn: en,
    explanationZh: zh,
  });
}
