import * as z from 'zod/mini';
import { DecimalSchema, RateSchema } from './amounts.js';
import {
  type CodeLabel,
  codeSchema,
  frozen,
  IdSchema,
  labelTable,
  PeriodLabelSchema,
  SourceRefSchema,
} from './fields.js';
import { getIndicator, type Indicator, isStandardIndicator } from './indicators.js';
import { addModelIssue, type IssueSink } from './issueSink.js';
import { parseWith, type SafeParseResult, safeParseWith } from './issues.js';
import {
  describeValue,
  fitsDimension,
  isObservationValue,
  ObservationValueSchema,
} from './value.js';

/**
 * Whether a figure is actual (实际 / 实现), estimated (预计) or planned (计划 / 目标).
 *
 * @example
 * ```ts
 * parseObservation({ townId: 'b1', indicator: 'fiscal-revenue', period: '2011', value: '4.7亿元', status: '预计' }).status;
 * // => 'estimated'
 * ```
 *
 * @category Models
 */
export type ObservationStatus = 'actual' | 'estimated' | 'planned';

/**
 * Chinese and English labels of each {@link ObservationStatus}; Chinese labels and aliases are
 * accepted as input.
 *
 * @example
 * ```ts
 * observationStatusLabels.estimated.zh;
 * // => '预计'
 * ```
 *
 * @category Models
 */
export const observationStatusLabels: Readonly<Record<ObservationStatus, CodeLabel>> =
  /* @__PURE__ */ labelTable({
    actual: { zh: '实际', en: 'Actual', aliases: ['实现', '完成'] },
    estimated: { zh: '预计', en: 'Estimated', aliases: ['可达到'] },
    planned: { zh: '计划', en: 'Planned', aliases: ['目标', '规划'] },
  });

/**
 * The price basis of a money figure or its growth (NBS: amounts at current prices, growth of GDP
 * and value added at comparable prices).
 *
 * @example
 * ```ts
 * parseObservation({ townId: 't', indicator: 'gdp', period: '2011', value: '184.9亿元', basis: '可比价' }).basis;
 * // => 'comparable'
 * ```
 *
 * @category Models
 */
export type PriceBasis = 'current' | 'comparable';

/**
 * Chinese and English labels of each {@link PriceBasis}; Chinese labels and aliases are accepted
 * as input.
 *
 * @example
 * ```ts
 * priceBasisLabels.current.zh;
 * // => '现价'
 * ```
 *
 * @category Models
 */
export const priceBasisLabels: Readonly<Record<PriceBasis, CodeLabel>> = /* @__PURE__ */ labelTable(
  {
    current: { zh: '现价', en: 'Current prices', aliases: ['当年价'] },
    comparable: { zh: '可比价', en: 'Comparable prices', aliases: ['可比价格'] },
  },
);

/** @internal The status enum, shared with land quotas. */
export const ObservationStatusSchema = /* @__PURE__ */ codeSchema(
  observationStatusLabels,
  'a status',
);

/**
 * The pattern of indicator codes: lower-case letters and digits in parts joined by `-`, `_` or
 * `.` (`'gdp'`, `'tap-water-coverage'`, `'chengdu.mortgage-loans'`).
 *
 * @example
 * ```ts
 * [INDICATOR_CODE_PATTERN.test('tap-water-coverage'), INDICATOR_CODE_PATTERN.test('GDP')];
 * // => [true, false]
 * ```
 *
 * @category Models
 */
export const INDICATOR_CODE_PATTERN: RegExp = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;

/** @internal */
export const IndicatorCodeSchema = /* @__PURE__ */ z
  .string({ error: 'expected an indicator code' })
  .check(
    z.regex(INDICATOR_CODE_PATTERN, {
      error: "an indicator code is lower case, digits, '-', '_' or '.' ('tap-water-coverage')",
    }),
  );

/**
 * Checks an observation's value and increment against an indicator's dimension.
 *
 * @internal
 */
export function checkDimensions(
  observation: { readonly value?: unknown; readonly increment?: unknown },
  indicator: Indicator,
  ctx: IssueSink,
  path: readonly PropertyKey[] = [],
): void {
  for (const field of ['value', 'increment'] as const) {
    const value = observation[field];
    if (!isObservationValue(value) || fitsDimension(value, indicator.dimension)) continue;
    const hint =
      indicator.dimension === 'rate' && value.kind === 'number' ? " (write a rate with '%')" : '';
    addModelIssue(
      ctx,
      'dimension_mismatch',
      `${field} ${describeValue(value)} does not fit indicator "${indicator.code}" (${indicator.dimension})${hint}`,
      [...path, field],
    );
  }
}

/**
 * One figure of one indicator for one town (or city, county, group) and period, as a report
 * states it.
 *
 * Fields: `id` (optional), `townId`, `indicator` (a standard code or one the dataset declares),
 * `period` (canonical label), `value` (see {@link ObservationValueSchema}: `'22.32亿元'`,
 * `'66.8%'`, `'13730'`), `status` ({@link ObservationStatus}, default `'actual'`), `basis`
 * ({@link PriceBasis} of the value), and what the report compares it with: `growth` (the stated
 * growth rate, `'9.5%'`, 比上年增长) and `growthBasis` (its price basis: NBS states GDP at current
 * prices and its growth at comparable prices), `multiple` (是…的N倍, `'5.1'`), `increment` (比…增加, `'134亿元'`), `base` (the
 * period compared with, when it is not the same period of the previous year: `'1996'`); `notes`,
 * `source` (`{ document, quote }`).
 *
 * For a standard indicator the value (and increment) must be of its dimension: a rate for
 * `'urbanization-rate'` (`'49'` without `%` is an issue), money for `'gdp'`.
 *
 * @example
 * ```ts
 * const o = ObservationSchema.parse({ townId: 'b1', indicator: 'industrial-output', period: '2011', value: '160亿元', status: '预计', growth: '9.5%' });
 * [o.status, o.growth?.toString(), JSON.stringify(o.value)];
 * // => ['estimated', '0.095', '"160亿元"']
 * ```
 *
 * @category Models
 */
export const ObservationSchema = /* @__PURE__ */ frozen(
  z
    .strictObject({
      id: z.optional(IdSchema),
      townId: IdSchema,
      indicator: IndicatorCodeSchema,
      period: PeriodLabelSchema,
      value: ObservationValueSchema,
      status: z._default(ObservationStatusSchema, 'actual'),
      basis: z.optional(codeSchema(priceBasisLabels, 'a price basis')),
      growth: z.optional(RateSchema),
      growthBasis: z.optional(codeSchema(priceBasisLabels, 'a price basis')),
      multiple: z.optional(DecimalSchema),
      increment: z.optional(ObservationValueSchema),
      base: z.optional(PeriodLabelSchema),
      notes: z.optional(z.string()),
      source: z.optional(SourceRefSchema),
    })
    .check(
      z.superRefine(
        (observation, ctx) => {
          if (typeof observation !== 'object' || observation === null) return;
          const code = observation.indicator;
          if (typeof code !== 'string' || !isStandardIndicator(code)) return;
          const indicator = getIndicator(code);
          if (indicator !== undefined) checkDimensions(observation, indicator, ctx);
        },
        { when: () => true },
      ),
    ),
);

/**
 * A parsed observation (the output of {@link ObservationSchema}).
 *
 * @example
 * ```ts
 * const o: Observation = parseObservation({ townId: 'jianshe', indicator: 'rural-income-per-capita', period: '2011', value: '9365元', growth: '21%' });
 * [o.value.kind, o.growth?.toString()];
 * // => ['quantity', '0.21']
 * ```
 *
 * @category Models
 */
export type Observation = z.output<typeof ObservationSchema>;

/**
 * What {@link parseObservation} accepts: an observation as written in a dataset file.
 *
 * @example
 * ```ts
 * const input: ObservationInput = { townId: 'simen', indicator: 'urbanization-rate', period: '2008', value: { value: '49', unit: '%' } };
 * JSON.stringify(parseObservation(input).value);
 * // => '"49%"'
 * ```
 *
 * @category Models
 */
export type ObservationInput = z.input<typeof ObservationSchema>;

/**
 * Validates an observation and returns it parsed. Indicator codes that are not standard are
 * accepted here (a dataset may declare them); {@link parseDataset} checks them.
 *
 * @param input - an observation as written in a dataset file (see {@link ObservationSchema})
 * @returns the parsed {@link Observation}
 * @throws TownIndicatorsError `VALIDATION_ERROR` whose `details.issues` lists every issue with its
 *   JSONPath (`'$.value'`)
 * @example
 * ```ts
 * const o = parseObservation({ townId: 'simen', indicator: 'gross-output-industry-agriculture', period: '2008', value: '155.3亿元', multiple: '5.1', base: '1996' });
 * [o.multiple?.toString(), o.base];
 * // => ['5.1', '1996']
 * ```
 *
 * @category Models
 */
export function parseObservation(input: unknown): Observation {
  return parseWith(ObservationSchema, input, 'parseObservation');
}

/**
 * Validates an observation without throwing.
 *
 * @param input - an observation as written in a dataset file
 * @returns `{ success: true, data }` or `{ success: false, error }` (a `VALIDATION_ERROR`)
 * @example
 * ```ts
 * const result = safeParseObservation({ townId: 'simen', indicator: 'urbanization-rate', period: '2008', value: '49' });
 * result.success ? 'ok' : getValidationIssues(result.error).map((i) => `${i.path} ${i.code}`);
 * // => ['$.value dimension_mismatch']
 * ```
 *
 * @category Models
 */
export function safeParseObservation(input: unknown): SafeParseResult<Observation> {
  return safeParseWith(ObservationSchema, input, 'parseObservation');
}
