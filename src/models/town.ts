import * as z from 'zod/mini';
import { AreaSchema, PopulationSchema } from './amounts.js';
import {
  type CodeLabel,
  codeSchema,
  frozen,
  IdSchema,
  labelTable,
  PeriodLabelSchema,
  SourceRefSchema,
  wholeNumber,
} from './fields.js';
import { addModelIssue } from './issueSink.js';
import { parseWith, type SafeParseResult, safeParseWith } from './issues.js';

/**
 * What a {@link Town} record stands for: a town (镇), a township (乡), a county or county-level city
 * (县 / 县级市 / 区), a city (市, for city-wide figures) or a group of towns reported together
 * (e.g. "首批13个小城市建设示范镇").
 *
 * @example
 * ```ts
 * parseTown({ id: 'xx-city', name: 'XX市', scope: '市' }).scope;
 * // => 'city'
 * ```
 *
 * @category Models
 */
export type TownScope = 'town' | 'township' | 'county' | 'city' | 'group';

/**
 * Chinese and English labels of each {@link TownScope}; the Chinese label is accepted as input.
 *
 * @example
 * ```ts
 * townScopeLabels.group.zh;
 * // => '镇组'
 * ```
 *
 * @category Models
 */
export const townScopeLabels: Readonly<Record<TownScope, CodeLabel>> = /* @__PURE__ */ labelTable({
  town: { zh: '镇', en: 'Town', aliases: ['建制镇'] },
  township: { zh: '乡', en: 'Township' },
  county: { zh: '县', en: 'County or county-level city', aliases: ['县级市', '区', '区县'] },
  city: { zh: '市', en: 'City', aliases: ['地级市', '全市'] },
  group: { zh: '镇组', en: 'Group of towns', aliases: ['城镇组'] },
});

/**
 * A designation a town holds (a town may hold several: 建设镇 is a 市级中心镇 and a 试点镇).
 *
 * @example
 * ```ts
 * parseTown({ id: 'jianshe', name: '建设镇', levels: ['市级中心镇', 'pilot-town'] }).levels;
 * // => ['municipal-central-town', 'pilot-town']
 * ```
 *
 * @category Models
 */
export type TownLevel =
  | 'central-town'
  | 'provincial-central-town'
  | 'municipal-central-town'
  | 'small-city'
  | 'characteristic-town'
  | 'pilot-town'
  | 'key-town';

/**
 * Chinese and English labels of each {@link TownLevel}; the Chinese label is accepted as input.
 *
 * @example
 * ```ts
 * townLevelLabels['provincial-central-town'].zh;
 * // => '省级中心镇'
 * ```
 *
 * @category Models
 */
export const townLevelLabels: Readonly<Record<TownLevel, CodeLabel>> = /* @__PURE__ */ labelTable({
  'central-town': { zh: '中心镇', en: 'Central town' },
  'provincial-central-town': { zh: '省级中心镇', en: 'Provincial central town' },
  'municipal-central-town': { zh: '市级中心镇', en: 'Municipal central town' },
  'small-city': { zh: '小城市', en: 'Small city', aliases: ['小城市建设示范镇'] },
  'characteristic-town': { zh: '特色镇', en: 'Characteristic town', aliases: ['特色小镇'] },
  'pilot-town': { zh: '试点镇', en: 'Pilot town', aliases: ['试点小城镇'] },
  'key-town': { zh: '重点镇', en: 'Key town' },
});

const RegionSchema = /* @__PURE__ */ frozen(
  z.strictObject({
    province: z.optional(z.string().check(z.minLength(1))),
    city: z.optional(z.string().check(z.minLength(1))),
    county: z.optional(z.string().check(z.minLength(1))),
  }),
);

/**
 * A town (or a city, county or group of towns whose figures a report gives) and its profile as the
 * report states it. Time series belong in observations; the profile holds the facts a report's
 * "基本情况" gives once, as of `asOf`.
 *
 * Fields: `id`, `name`, `scope` ({@link TownScope}, default `'town'`), `levels`
 * ({@link TownLevel}[], default `[]`), `region` `{ province?, city?, county? }`, `parentId` (the
 * enclosing city or county of the dataset), `memberCount` (towns in a group), `area` (区域面积),
 * `villages` (行政村), `communities` (社区), `population` (人口, basis unstated),
 * `residentPopulation` (常住人口), `registeredPopulation` (户籍人口), `migrantWorkers` (外来务工人员),
 * `asOf` (period of the profile), `notes`, `source`.
 *
 * @example
 * ```ts
 * const town = TownSchema.parse({ id: 'b1', name: 'xxxx镇', area: '65.84平方公里', villages: 18, residentPopulation: '近5万人', migrantWorkers: '2.6万余人' });
 * [String(town.area), town.villages, String(town.migrantWorkers)];
 * // => ['65.84平方公里', 18, '2.6万余人']
 * ```
 *
 * @category Models
 */
export const TownSchema = /* @__PURE__ */ frozen(
  z
    .strictObject({
      id: IdSchema,
      name: z.string().check(z.minLength(1)),
      scope: z._default(codeSchema(townScopeLabels, 'a scope'), 'town'),
      levels: z.prefault(frozen(z.array(codeSchema(townLevelLabels, 'a town level'))), []),
      region: z.optional(RegionSchema),
      parentId: z.optional(IdSchema),
      memberCount: z.optional(wholeNumber(1)),
      area: z.optional(AreaSchema),
      villages: z.optional(wholeNumber(0)),
      communities: z.optional(wholeNumber(0)),
      population: z.optional(PopulationSchema),
      residentPopulation: z.optional(PopulationSchema),
      registeredPopulation: z.optional(PopulationSchema),
      migrantWorkers: z.optional(PopulationSchema),
      asOf: z.optional(PeriodLabelSchema),
      notes: z.optional(z.string()),
      source: z.optional(SourceRefSchema),
    })
    .check(
      z.superRefine(
        (town, ctx) => {
          if (typeof town !== 'object' || town === null) return;
          if (town.memberCount !== undefined && town.scope !== 'group') {
            addModelIssue(ctx, 'invalid_range', 'memberCount is for a town of scope "group"', [
              'memberCount',
            ]);
          }
        },
        { when: () => true },
      ),
    ),
);

/**
 * A parsed town (the output of {@link TownSchema}).
 *
 * @example
 * ```ts
 * const town = parseTown({ id: 'baita', name: '白塔镇', levels: ['省级中心镇'], region: { province: '浙江省', county: '仙居县' }, area: '119平方公里', population: '4.2万人' });
 * [town.levels[0], town.region?.county, town.population?.to('人').toString()];
 * // => ['provincial-central-town', '仙居县', '42000']
 * ```
 *
 * @category Models
 */
export type Town = z.output<typeof TownSchema>;

/**
 * What {@link parseTown} accepts: a town as written in a dataset file.
 *
 * @example
 * ```ts
 * const input = { id: 'simen', name: '泗门镇', levels: ['省级中心镇'] };
 * parseTown(input).levels;
 * // => ['provincial-central-town']
 * ```
 *
 * @category Models
 */
export type TownInput = z.input<typeof TownSchema>;

/**
 * Validates a town and returns it parsed.
 *
 * @param input - a town as written in a dataset file (see {@link TownSchema})
 * @returns the parsed {@link Town}
 * @throws TownIndicatorsError `VALIDATION_ERROR` whose `details.issues` lists every issue with its
 *   JSONPath (`'$.area'`)
 * @example
 * ```ts
 * String(parseTown({ id: 'jianshe', name: '建设镇', area: { value: '1.5', unit: 'km2' } }).area);
 * // => '1.5平方公里'
 * ```
 *
 * @category Models
 */
export function parseTown(input: unknown): Town {
  return parseWith(TownSchema, input, 'parseTown');
}

/**
 * Validates a town without throwing.
 *
 * @param input - a town as written in a dataset file
 * @returns `{ success: true, data }` or `{ success: false, error }` (a `VALIDATION_ERROR`)
 * @example
 * ```ts
 * const result = safeParseTown({ id: 'jianshe', name: '建设镇', area: '65.84亿元' });
 * result.success ? 'ok' : getValidationIssues(result.error).map((i) => `${i.path} ${i.code}`);
 * // => ['$.area wrong_dimension']
 * ```
 *
 * @category Models
 */
export function safeParseTown(input: unknown): SafeParseResult<Town> {
  return safeParseWith(TownSchema, input, 'parseTown');
}
