import * as z from 'zod/mini';
import { invalidArgumentError } from '../errors.js';
import { type Decimal, isDecimal, kindOf, PLAIN_DECIMAL, toDecimal } from '../numbers/decimal.js';
import { percentText } from '../numbers/percent.js';
import { isQuantity, type Qualifier, type Quantity } from '../units/quantity.js';
import {
  type DecimalFieldInput,
  QualifierSchema,
  type QuantityInput,
  readQuantity,
} from './amounts.js';
import type { IndicatorDimension } from './indicators.js';
import { type IssueSink, reportThrown } from './issueSink.js';

/**
 * The value of an observation, discriminated by `kind`:
 * - `{ kind: 'quantity', quantity }` — an amount with its unit (`'22.32亿元'`, `'近5万人'`);
 * - `{ kind: 'rate', rate, qualifier? }` — a rate held as a fraction (`'66.8%'` → `0.668`);
 * - `{ kind: 'number', number, qualifier? }` — a plain number without a unit (an index, a count).
 *
 * `JSON.stringify` writes a parsed value the way reports write it — `"22.32亿元"`, `"66.8%"`,
 * `"85%以上"`, `"13730"` — and {@link ObservationValueSchema} reads that text back to an equal value.
 *
 * @example
 * ```ts
 * const value = ObservationValueSchema.parse('66.8%');
 * [value.kind, value.kind === 'rate' ? value.rate.toString() : '', JSON.stringify(value)];
 * // => ['rate', '0.668', '"66.8%"']
 * ```
 *
 * @category Models
 */
export type ObservationValue =
  | { readonly kind: 'quantity'; readonly quantity: Quantity }
  | { readonly kind: 'rate'; readonly rate: Decimal; readonly qualifier?: Qualifier }
  | { readonly kind: 'number'; readonly number: Decimal; readonly qualifier?: Qualifier };

const DecimalInput = /* @__PURE__ */ z.union(
  [z.custom<Decimal>(isDecimal, { error: 'expected a Decimal' }), z.string(), z.number()],
  { error: 'expected a decimal string or a number' },
);

const ValueObjectSchema = /* @__PURE__ */ z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('quantity'),
      quantity: z.union([
        z.custom<Quantity>(isQuantity, { error: 'expected a Quantity' }),
        z.string(),
        z.strictObject({
          value: z.union([z.string(), z.number()]),
          unit: z.string(),
          qualifier: z.optional(QualifierSchema),
        }),
      ]),
    }),
    z.strictObject({
      kind: z.literal('rate'),
      rate: DecimalInput,
      qualifier: z.optional(QualifierSchema),
    }),
    z.strictObject({
      kind: z.literal('number'),
      number: DecimalInput,
      qualifier: z.optional(QualifierSchema),
    }),
  ],
  { error: "expected kind 'quantity', 'rate' or 'number'" },
);

const AmountObjectSchema = /* @__PURE__ */ z.strictObject({
  value: z.union([z.string(), z.number()], {
    error: 'expected the value as a decimal string or a number',
  }),
  unit: z.string({ error: "expected a unit name (亿元, 公顷, 万人 …) or '%'" }),
  qualifier: z.optional(QualifierSchema),
});

/**
 * What an observation value accepts; see {@link ObservationValueSchema}.
 *
 * @example
 * ```ts
 * const inputs = ['66.8%', { value: '66.8', unit: '%' }, { kind: 'rate', rate: '0.668' }];
 * inputs.map((input) => JSON.stringify(ObservationValueSchema.parse(input)));
 * // => ['"66.8%"', '"66.8%"', '"66.8%"']
 * ```
 *
 * @category Models
 */
export type ObservationValueInput =
  | string
  | number
  | Decimal
  | Quantity
  | z.input<typeof AmountObjectSchema>
  | z.input<typeof ValueObjectSchema>;

const PREFIXES: readonly (readonly [string, Qualifier])[] = [
  ['约', 'about'],
  ['近', 'nearly'],
  ['超过', 'more-than'],
  ['不足', 'less-than'],
  ['至少', 'at-least'],
];
const SUFFIXES: readonly (readonly [string, Qualifier])[] = [
  ['以上', 'at-least'],
  ['左右', 'about'],
];
const PREFIX_TEXT: Readonly<Record<Qualifier, readonly [string, string]>> = {
  about: ['约', ''],
  nearly: ['近', ''],
  'more-than': ['超过', ''],
  'less-than': ['不足', ''],
  'at-least': ['', '以上'],
};

function makeValue(value: ObservationValue): ObservationValue {
  Object.defineProperty(value, 'toJSON', {
    value: (): string => formatObservationValue(value),
    enumerable: false,
  });
  return Object.freeze(value);
}

function withQualifier(qualifier: Qualifier | undefined): { qualifier?: Qualifier } {
  return qualifier === undefined ? {} : { qualifier };
}

function rateValue(rate: Decimal, qualifier: Qualifier | undefined): ObservationValue {
  return makeValue({ kind: 'rate', rate, ...withQualifier(qualifier) });
}

function numberValue(number: Decimal, qualifier: Qualifier | undefined): ObservationValue {
  return makeValue({ kind: 'number', number, ...withQualifier(qualifier) });
}

function quantityValue(input: QuantityInput, ctx: IssueSink): ObservationValue | undefined {
  const q = readQuantity(input, ctx);
  return q === undefined ? undefined : makeValue({ kind: 'quantity', quantity: q });
}

function readDecimal(input: DecimalFieldInput, ctx: IssueSink, arg: string): Decimal | undefined {
  try {
    return toDecimal(input, { fn: 'ObservationValueSchema', arg });
  } catch (error) {
    reportThrown(ctx, error, 'invalid_number');
    return undefined;
  }
}

// '66.8%', '85%以上', '约30%', '13730', '近300' — else quantity text ('22.32亿元').
function readText(text: string, ctx: IssueSink): ObservationValue | undefined {
  let body = text.trim();
  let qualifier: Qualifier | undefined;
  const prefix = PREFIXES.find(([word]) => body.startsWith(word));
  if (prefix !== undefined) {
    qualifier = prefix[1];
    body = body.slice(prefix[0].length).trimStart();
  }
  const suffix = SUFFIXES.find(([word]) => body.endsWith(word));
  if (suffix !== undefined && qualifier === undefined) {
    qualifier = suffix[1];
    body = body.slice(0, -suffix[0].length).trimEnd();
  }
  const percent = /[%％]$/.test(body) ? body.slice(0, -1) : undefined;
  if (percent !== undefined && PLAIN_DECIMAL.test(percent)) {
    const rate = readDecimal(`${percent}%`, ctx, 'value');
    return rate === undefined ? undefined : rateValue(rate, qualifier);
  }
  if (PLAIN_DECIMAL.test(body)) {
    const number = readDecimal(body, ctx, 'value');
    return number === undefined ? undefined : numberValue(number, qualifier);
  }
  return quantityValue(text, ctx);
}

function readValue(
  input: z.output<typeof ValueObjectSchema> | z.output<typeof AmountObjectSchema>,
  ctx: IssueSink,
): ObservationValue | undefined {
  if (!('kind' in input)) {
    if (input.unit.trim() !== '%' && input.unit.trim() !== '％') return quantityValue(input, ctx);
    const rate = readDecimal(`${String(input.value).trim()}%`, ctx, 'value');
    return rate === undefined ? undefined : rateValue(rate, input.qualifier);
  }
  if (input.kind === 'quantity') return quantityValue(input.quantity, ctx);
  const number = readDecimal(input.kind === 'rate' ? input.rate : input.number, ctx, input.kind);
  if (number === undefined) return undefined;
  return input.kind === 'rate'
    ? rateValue(number, input.qualifier)
    : numberValue(number, input.qualifier);
}

/**
 * An observation value in any of the forms a dataset file may use:
 * - report text: `'22.32亿元'`, `'2.6万余人'` (a quantity), `'66.8%'`, `'85%以上'` (a rate),
 *   `'13730'`, `'近300'` (a plain number);
 * - a JSON number (a plain number);
 * - `{ "value": "22.32", "unit": "亿元" }` (a quantity; `"unit": "%"` makes a rate);
 * - `{ "kind": "quantity", "quantity": … }`, `{ "kind": "rate", "rate": "0.668" }`,
 *   `{ "kind": "number", "number": "18" }` (with an optional `"qualifier"`);
 * - a Quantity (a quantity) or a Decimal (a plain number).
 *
 * Output: an {@link ObservationValue}. A bare `'49'` is a plain number, never a rate: a rate needs
 * its `%` (or the `rate` kind), so a percent-less rate is caught by the dataset's dimension check.
 *
 * @example
 * ```ts
 * ['22.32亿元', '85%以上', 18, { value: '64.6', unit: '%' }].map((v) => JSON.stringify(ObservationValueSchema.parse(v)));
 * // => ['"22.32亿元"', '"85%以上"', '"18"', '"64.6%"']
 * ```
 *
 * @category Models
 */
export const ObservationValueSchema: z.ZodMiniType<ObservationValue, ObservationValueInput> =
  /* @__PURE__ */ z.pipe(
    z.union(
      [
        z.custom<Quantity>(isQuantity, { error: 'expected a Quantity' }),
        z.custom<Decimal>(isDecimal, { error: 'expected a Decimal' }),
        z.string(),
        z.number(),
        AmountObjectSchema,
        ValueObjectSchema,
      ],
      {
        error:
          "expected a value: text ('22.32亿元', '66.8%', '13730'), a number, { value, unit } or { kind, … }",
      },
    ),
    z.transform((input, ctx) => {
      let value: ObservationValue | undefined;
      if (isQuantity(input)) value = makeValue({ kind: 'quantity', quantity: input });
      else if (isDecimal(input) || typeof input === 'number') {
        const number = readDecimal(input, ctx, 'value');
        value = number === undefined ? undefined : numberValue(number, undefined);
      } else if (typeof input === 'string') value = readText(input, ctx);
      else value = readValue(input, ctx);
      return value ?? z.NEVER;
    }),
  );

/** Throws `INVALID_ARGUMENT` unless `value` is an object with a `kind` (an observation value). */
function requireObservationValue(fn: string, value: unknown): void {
  if (typeof value !== 'object' || value === null || !('kind' in value)) {
    throw invalidArgumentError(fn, 'value', `must be an observation value, got ${kindOf(value)}`);
  }
}

/**
 * Writes an observation value as report text, the form `JSON.stringify` uses: a quantity as its
 * text (`'22.32亿元'`), a rate as a percentage (`'66.8%'`, qualifier as `约` / `近` / `超过` /
 * `不足` before or `以上` after), a plain number as its decimal string.
 *
 * @param value - an observation value
 * @returns the text, which {@link ObservationValueSchema} reads back to an equal value
 * @throws TownIndicatorsError `INVALID_ARGUMENT` when `value` is not an observation value object
 * @example
 * ```ts
 * formatObservationValue({ kind: 'rate', rate: new Decimal('0.85'), qualifier: 'at-least' });
 * // => '85%以上'
 * ```
 *
 * @category Models
 */
export function formatObservationValue(value: ObservationValue): string {
  requireObservationValue('formatObservationValue', value);
  if (value.kind === 'quantity') return String(value.quantity);
  const number = value.kind === 'rate' ? percentText(value.rate) : value.number;
  if (value.qualifier === undefined) return String(number);
  const [prefix, suffix] = PREFIX_TEXT[value.qualifier];
  return `${prefix}${String(number)}${suffix}`;
}

/**
 * The dimension of an observation value: the quantity's dimension, `'rate'` or `'number'`.
 *
 * @param value - an observation value
 * @returns its {@link IndicatorDimension}
 * @throws TownIndicatorsError `INVALID_ARGUMENT` when `value` is not an observation value object
 * @example
 * ```ts
 * ['60.3亿元', '66.8%', '18'].map((v) => observationValueDimension(ObservationValueSchema.parse(v)));
 * // => ['money', 'rate', 'number']
 * ```
 *
 * @category Models
 */
export function observationValueDimension(value: ObservationValue): IndicatorDimension {
  requireObservationValue('observationValueDimension', value);
  if (value.kind === 'quantity') return value.quantity.dimension;
  return value.kind;
}

/**
 * Whether a value fits an indicator dimension: a quantity of that dimension, a rate for `'rate'`,
 * a plain number for `'number'` or `'count'` (a count written without its unit).
 *
 * @internal
 */
export function fitsDimension(value: ObservationValue, dimension: IndicatorDimension): boolean {
  const own = observationValueDimension(value);
  return own === dimension || (own === 'number' && dimension === 'count');
}

/**
 * Tells whether a value is a parsed {@link ObservationValue} (refinements see partly parsed input).
 *
 * @internal
 */
export function isObservationValue(value: unknown): value is ObservationValue {
  if (typeof value !== 'object' || value === null || !('kind' in value)) return false;
  const v = value as { kind: unknown; quantity?: unknown; rate?: unknown; number?: unknown };
  if (v.kind === 'quantity') return isQuantity(v.quantity);
  if (v.kind === 'rate') return isDecimal(v.rate);
  return v.kind === 'number' && isDecimal(v.number);
}

/**
 * The number of an observation value in its own unit: a quantity's value, a rate as a fraction, a
 * plain number.
 *
 * @internal
 */
export function valueNumber(value: ObservationValue): Decimal {
  if (value.kind === 'quantity') return value.quantity.value;
  return value.kind === 'rate' ? value.rate : value.number;
}

/** @internal Used by the dimension messages. */
export function describeValue(value: ObservationValue): string {
  return `"${formatObservationValue(value)}" (${observationValueDimension(value)})`;
}

/**
 * An observation value as an audit reads it: the Quantity, a rate as exact percent text
 * (`'49%'`), a plain number as its decimal text.
 *
 * @internal
 */
export function auditInput(value: ObservationValue): Quantity | string {
  if (value.kind === 'quantity') return value.quantity;
  return value.kind === 'rate' ? percentText(value.rate) : value.number.toString();
}
