/**
 * Field schemas the models share: ids, whole numbers, period labels, ISO dates, source references
 * and coded values with Chinese and English labels.
 *
 * @module
 */

import * as z from 'zod/mini';
import { isPeriod, type Period, parsePeriod } from '../periods/period.js';
import { reportThrown } from './issueSink.js';

/**
 * `z.readonly`, except that it freezes only what the schema built: `z.readonly` also freezes the
 * caller's own object when it fails on it (an array where an object belongs), and a failed parse
 * must leave its input as it was. Same type, same JSON Schema; only the freezing step differs.
 *
 * @internal
 */
export function frozen<S extends z.ZodMiniType>(schema: S): z.ZodMiniReadonly<S> {
  const readonly = z.readonly(schema);
  const inner = schema._zod;
  const freeze = (payload: z.core.ParsePayload): z.core.ParsePayload => {
    // A repeat visit of a recursive value hands back a node still being built: not frozen yet.
    const repeat = (payload as { memo?: unknown }).memo !== undefined;
    if (payload.issues.length === 0 && !repeat) payload.value = Object.freeze(payload.value);
    return payload;
  };
  const original = readonly._zod.parse;
  const parse: typeof original = (payload, ctx) => {
    const result = inner.run(payload, ctx);
    return result instanceof Promise ? result.then(freeze) : freeze(result);
  };
  readonly._zod.parse = parse;
  // Without checks of its own, zod runs a schema's parse directly.
  if (readonly._zod.run === original) readonly._zod.run = parse;
  return readonly;
}

/**
 * An entity id: a non-empty string of at most 200 characters without white space at either end
 * (`'jianshe'`, `'建设镇'`, `'jianshe/infrastructure'`). Ids are unique within each collection of a
 * dataset, and references use them.
 *
 * @example
 * ```ts
 * [IdSchema.safeParse('jianshe').success, IdSchema.safeParse(' jianshe').success, IdSchema.safeParse('').success];
 * // => [true, false, false]
 * ```
 *
 * @category Models
 */
export const IdSchema = /* @__PURE__ */ z
  .string({ error: 'expected an id (a string)' })
  .check(z.maxLength(200, { error: 'an id has at most 200 characters' }))
  .check(
    z.regex(/^\S(?:.*\S)?$/, {
      error: 'an id is a non-empty string without white space at either end',
    }),
  );

/**
 * A whole number of things (villages, projects, towns in a group): `min` or more.
 *
 * zod's `.int()` marks its issue as aborting, which would stop the dataset's cross-checks; a
 * `multipleOf(1)` check reports the same problem without stopping them.
 *
 * @internal
 */
export function wholeNumber(min: 0 | 1): z.ZodMiniNumber {
  return z
    .number({ error: 'expected a whole number' })
    .check(
      z.multipleOf(1, { error: 'expected a whole number' }),
      z.gte(min, { error: `expected a whole number of at least ${min}` }),
    );
}

/**
 * A reporting period (报告期) as its canonical label: `'2011'`, `'2011-H1'`, `'2011-Q3'`,
 * `'2011-06'`, `'2011-03-01/2011-09-30'`. Labels are read leniently by `parsePeriod` (`'2011h1'`)
 * and stored canonical; a Period object is accepted too. Periods are plain strings in the models,
 * never `Date` objects.
 *
 * @example
 * ```ts
 * PeriodLabelSchema.parse(' 2011h1 ');
 * // => '2011-H1'
 * ```
 *
 * @category Models
 */
export const PeriodLabelSchema: z.ZodMiniType<string, string | Period> = /* @__PURE__ */ z.pipe(
  z.union([z.string(), z.custom<Period>(isPeriod)], {
    error:
      "expected a period label such as '2011', '2011-H1', '2011-Q3', '2011-06' or '2011-03-01/2011-09-30'",
  }),
  z.transform((input, ctx) => {
    try {
      return parsePeriod(input).label;
    } catch (error) {
      reportThrown(ctx, error, 'invalid_period');
      return z.NEVER;
    }
  }),
);

/**
 * A calendar date `'YYYY-MM-DD'` (ISO 8601, Gregorian; `'2012-02-29'` exists, `'2011-02-29'` does
 * not), kept as the string.
 *
 * @example
 * ```ts
 * [IsoDateSchema.safeParse('2011-12-22').success, IsoDateSchema.safeParse('2011-02-29').success];
 * // => [true, false]
 * ```
 *
 * @category Models
 */
export const IsoDateSchema = /* @__PURE__ */ z.iso.date({
  error: "expected a calendar date 'YYYY-MM-DD'",
});

/**
 * Where a figure comes from: the document (a source id of the dataset, or a free title when the
 * dataset declares no sources) and, optionally, the sentence quoted from it.
 *
 * @example
 * ```ts
 * SourceRefSchema.parse({ document: 'jianshe-2011', quote: '规划总投资22.32亿元' }).quote;
 * // => '规划总投资22.32亿元'
 * ```
 *
 * @category Models
 */
export const SourceRefSchema = /* @__PURE__ */ frozen(
  z.strictObject({
    document: z.string().check(z.minLength(1, { error: 'the source document must not be empty' })),
    quote: z.optional(z.string().check(z.minLength(1))),
  }),
);

/**
 * The Chinese and English label of a code, and other Chinese words that name it in reports.
 *
 * @example
 * ```ts
 * projectCategoryLabels.water;
 * // => { zh: '水利', en: 'Water conservancy', aliases: ['水利工程'] }
 * ```
 *
 * @category Models
 */
export interface CodeLabel {
  /** The Chinese label, accepted as input in place of the code. */
  readonly zh: string;
  /** The English label. */
  readonly en: string;
  /** Other Chinese words accepted for the code. */
  readonly aliases?: readonly string[];
}

/**
 * A code enum that also accepts the Chinese label and aliases of each code, and outputs the code.
 *
 * @internal
 */
export function codeSchema<C extends string>(
  labels: Readonly<Record<C, CodeLabel>>,
  what: string,
): z.ZodMiniType<C, string> {
  const codes = Object.keys(labels) as C[];
  const byName = new Map<string, C>();
  for (const code of codes) {
    byName.set(code, code);
    byName.set(labels[code].zh, code);
    for (const alias of labels[code].aliases ?? []) byName.set(alias, code);
  }
  const names = [...byName.keys()] as [string, ...string[]];
  const list = codes.map((code) => `${code} (${labels[code].zh})`).join(', ');
  return z.pipe(
    z.enum(names, { error: `expected ${what}: one of ${list}` }),
    z.transform((name) => byName.get(name) as C),
  );
}

/**
 * Freezes a table of coded values and their labels, entries and aliases included, so that no
 * caller can change what the models read.
 *
 * @internal
 */
export function labelTable<C extends string>(
  table: Record<C, CodeLabel>,
): Readonly<Record<C, CodeLabel>> {
  for (const label of Object.values<CodeLabel>(table)) {
    if (label.aliases !== undefined) Object.freeze(label.aliases);
    Object.freeze(label);
  }
  return Object.freeze(table);
}
