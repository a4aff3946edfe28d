/**
 * Field schemas of amounts: quantities (by dimension), qualifiers, decimals and rates, read from
 * report text or from `{ value, unit }` objects.
 *
 * @module
 */

import * as z from 'zod/mini';
import { type Decimal, isDecimal, PLAIN_DECIMAL, toDecimal } from '../numbers/decimal.js';
import { parseQuantity } from '../units/parse.js';
import { isQuantity, type Quantity, quantity } from '../units/quantity.js';
import type { BaseDimension, Dimension } from '../units/table.js';
import { addModelIssue, type IssueSink, reportThrown } from './issueSink.js';

/**
 * How a report qualifies a figure: `'about'` 约, `'nearly'` 近, `'more-than'` 余 / 多 / 超过,
 * `'at-least'` 以上, `'less-than'` 不足.
 *
 * @example
 * ```ts
 * QualifierSchema.options;
 * // => ['about', 'nearly', 'more-than', 'at-least', 'less-than']
 * ```
 *
 * @category Models
 */
export const QualifierSchema = /* @__PURE__ */ z.enum(
  ['about', 'nearly', 'more-than', 'at-least', 'less-than'],
  { error: 'expected a qualifier: about, nearly, more-than, at-least or less-than' },
);

const QuantityInstanceSchema = /* @__PURE__ */ z.custom<Quantity>(isQuantity, {
  error: 'expected a Quantity',
});

const QuantityObjectSchema = /* @__PURE__ */ z.strictObject({
  value: z.union([z.string(), z.number()], {
    error: 'expected the value as a decimal string or a number',
  }),
  unit: z.string({ error: 'expected a unit name (亿元, 公顷, 万人 …)' }),
  qualifier: z.optional(QualifierSchema),
});

/**
 * What a quantity field accepts: report text, `{ value, unit, qualifier? }`, or a Quantity.
 *
 * @example
 * ```ts
 * const inputs = ['22.32亿元', { value: '22.32', unit: '亿元' }, quantity('22.32', '亿元')];
 * inputs.map((input) => String(MoneySchema.parse(input)));
 * // => ['22.32亿元', '22.32亿元', '22.32亿元']
 * ```
 *
 * @category Models
 */
export type QuantityInput = z.input<typeof QuantityObjectSchema> | string | Quantity;

/** The longest value a model quantity holds: what `parseQuantity` reads back from its text. */
const MAX_QUANTITY_DIGITS = 100;

const DIMENSION_NAMES: Readonly<Record<BaseDimension, string>> = {
  money: 'an amount of money (元, 万元, 亿元, 美元 …)',
  area: 'an area (亩, 万亩, 公顷, 平方公里 …)',
  population: 'a number of people (人, 万人)',
  visits: 'a number of visits (人次, 万人次)',
  length: 'a length (米, 千米)',
  mass: 'a mass (吨, 万吨, 公斤)',
  volume: 'a volume (立方米, 万立方米)',
  energy: 'an amount of energy (千瓦时, 万千瓦时)',
  power: 'a power (千瓦, 万千瓦)',
  count: 'a count (个, 家, 户 …)',
  number: 'a plain number',
};

function dimensionName(dimension: Dimension): string {
  return (
    (DIMENSION_NAMES as Readonly<Record<string, string>>)[dimension] ?? `a ${dimension} figure`
  );
}

/**
 * Reads a quantity input; reports an issue and returns `undefined` when it cannot.
 *
 * @internal
 */
export function readQuantity(
  input: QuantityInput,
  ctx: IssueSink,
  dimension?: Dimension,
): Quantity | undefined {
  let q: Quantity;
  try {
    if (typeof input === 'string') q = parseQuantity(input, { fn: 'QuantitySchema', arg: 'text' });
    else if (isQuantity(input)) q = input;
    else {
      q = quantity(
        input.value,
        input.unit,
        input.qualifier === undefined ? {} : { qualifier: input.qualifier },
      );
    }
  } catch (error) {
    reportThrown(ctx, error, 'invalid_quantity');
    return undefined;
  }
  // A model writes a quantity as its text and reads it back: a value that prints longer than the
  // quantity reader reads (100 characters: 1e999元 is a thousand digits) could not round-trip.
  if (q.value.toFixed().length > MAX_QUANTITY_DIGITS) {
    addModelIssue(
      ctx,
      'invalid_quantity',
      `a value that prints in more than ${MAX_QUANTITY_DIGITS} characters cannot be written and read back; round it or use a larger unit`,
    );
    return undefined;
  }
  if (dimension !== undefined && q.dimension !== dimension) {
    addModelIssue(
      ctx,
      'wrong_dimension',
      `expected ${dimensionName(dimension)}, got "${String(q)}" (${q.dimension})`,
    );
    return undefined;
  }
  return q;
}

function quantitySchema(dimension?: Dimension): z.ZodMiniType<Quantity, QuantityInput> {
  const what = dimension === undefined ? 'an amount' : dimensionName(dimension);
  return z.pipe(
    z.union([QuantityInstanceSchema, z.string(), QuantityObjectSchema], {
      error: `expected ${what} as text ('22.32亿元') or as { "value": "22.32", "unit": "亿元" }`,
    }),
    z.transform((input, ctx) => readQuantity(input, ctx, dimension) ?? z.NEVER),
  );
}

/**
 * An amount as reports write it — `'22.32亿元'`, `'2.6万余人'`, `'近5万人'` — or as
 * `{ "value": "22.32", "unit": "亿元", "qualifier"?: "about" }`, read into a {@link Quantity}.
 * `JSON.stringify` writes the quantity back as its text, which this schema reads again.
 *
 * @example
 * ```ts
 * [String(QuantitySchema.parse('2.6万余人')), String(QuantitySchema.parse({ value: '22.32', unit: '亿元' }))];
 * // => ['2.6万余人', '22.32亿元']
 * ```
 *
 * @category Models
 */
export const QuantitySchema = /* @__PURE__ */ quantitySchema();

/**
 * An amount of money (元, 万元, 亿元, 美元, 万美元 …) as a {@link Quantity}; any other dimension is
 * an issue (`wrong_dimension`).
 *
 * @example
 * ```ts
 * [MoneySchema.safeParse('7200万元').success, MoneySchema.safeParse('1200亩').success];
 * // => [true, false]
 * ```
 *
 * @category Models
 */
export const MoneySchema = /* @__PURE__ */ quantitySchema('money');

/**
 * An area (平方米, 亩, 万亩, 公顷, 平方公里) as a {@link Quantity}.
 *
 * @example
 * ```ts
 * AreaSchema.parse('116.7公顷').to('亩').toString();
 * // => '1750.5'
 * ```
 *
 * @category Models
 */
export const AreaSchema = /* @__PURE__ */ quantitySchema('area');

/**
 * A number of people (人, 万人) as a {@link Quantity}, qualifier kept (`'近5万人'`).
 *
 * @example
 * ```ts
 * PopulationSchema.parse('近5万人').qualifier;
 * // => 'nearly'
 * ```
 *
 * @category Models
 */
export const PopulationSchema = /* @__PURE__ */ quantitySchema('population');

const DecimalInstanceSchema = /* @__PURE__ */ z.custom<Decimal>(isDecimal, {
  error: 'expected a Decimal',
});

/**
 * What a decimal or rate field accepts: a decimal string, a finite number, or a Decimal.
 *
 * @example
 * ```ts
 * ['0.095', 0.095, new Decimal('0.095'), '9.5%'].map((input) => RateSchema.parse(input).toString());
 * // => ['0.095', '0.095', '0.095', '0.095']
 * ```
 *
 * @category Models
 */
export type DecimalFieldInput = string | number | Decimal;

/**
 * A plain decimal (a multiple such as `'5.1'` in "是96年的5.1倍"): a decimal string, a finite number
 * or a Decimal, read exactly into a {@link Decimal}. A `%` is not accepted here (see
 * {@link RateSchema}). `JSON.stringify` writes the decimal as its string.
 *
 * @example
 * ```ts
 * DecimalSchema.parse('5.10').toString();
 * // => '5.1'
 * ```
 *
 * @category Models
 */
export const DecimalSchema: z.ZodMiniType<Decimal, DecimalFieldInput> = /* @__PURE__ */ z.pipe(
  z.union([DecimalInstanceSchema, z.string(), z.number()], {
    error: "expected a decimal as a string ('5.1') or a number",
  }),
  z.transform((input, ctx) => {
    if (typeof input === 'string' && !PLAIN_DECIMAL.test(input.trim())) {
      addModelIssue(ctx, 'invalid_number', `expected a decimal such as '5.1', got "${input}"`);
      return z.NEVER;
    }
    try {
      return toDecimal(input, { fn: 'DecimalSchema', arg: 'value' });
    } catch (error) {
      reportThrown(ctx, error, 'invalid_number');
      return z.NEVER;
    }
  }),
);

/**
 * A rate (增长率, 占比, 城镇化率): `'66.8%'` (a percentage) or a fraction (`'0.668'`, `0.668`, a
 * Decimal), held as the fraction {@link Decimal} `0.668`. `JSON.stringify` writes the fraction
 * string (`"0.668"`), which reads back to the same rate. A percent-less `'49'` is read as the
 * fraction 49 (4900 %): write `'49%'`.
 *
 * @example
 * ```ts
 * [RateSchema.parse('66.8%').toString(), RateSchema.parse('0.668').toString(), RateSchema.parse(0.095).toString()];
 * // => ['0.668', '0.668', '0.095']
 * ```
 *
 * @category Models
 */
export const RateSchema: z.ZodMiniType<Decimal, DecimalFieldInput> = /* @__PURE__ */ z.pipe(
  z.union([DecimalInstanceSchema, z.string(), z.number()], {
    error: "expected a rate as a percentage ('66.8%') or a fraction ('0.668')",
  }),
  z.transform((input, ctx) => {
    try {
      return toDecimal(input, { fn: 'RateSchema', arg: 'value' });
    } catch (error) {
      reportThrown(ctx, error, 'invalid_number');
      return z.NEVER;
    }
  }),
);
