import * as z from 'zod/mini';
import { AreaSchema, MoneySchema } from './amounts.js';
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
import { parseWith, type SafeParseResult, safeParseWith } from './issues.js';
import { ObservationStatusSchema } from './observation.js';

/**
 * The kinds of land quota (用地指标) the reports carry: construction land (建设用地指标), new
 * construction land (新增建设用地), the turnover and surplus quotas of linking rural reduction with
 * urban increase (增减挂钩周转指标 / 节余指标), offset quotas (土地折抵指标), farmland-protection
 * adjustment quotas (农保调整指标), reclaimed land (拆旧复耕 / 复垦) and land consolidation (土地整理).
 *
 * @example
 * ```ts
 * parseLandQuota({ id: 'q', townId: 't', kind: '节余指标', area: '21.28万亩' }).kind;
 * // => 'linking-surplus'
 * ```
 *
 * @category Models
 */
export type LandQuotaKind =
  | 'construction'
  | 'new-construction'
  | 'linking-turnover'
  | 'linking-surplus'
  | 'offset'
  | 'farmland-adjustment'
  | 'reclamation'
  | 'consolidation';

/**
 * Chinese and English labels of each {@link LandQuotaKind}; Chinese labels and aliases are
 * accepted as input.
 *
 * @example
 * ```ts
 * landQuotaKindLabels.offset.zh;
 * // => '土地折抵指标'
 * ```
 *
 * @category Models
 */
export const landQuotaKindLabels: Readonly<Record<LandQuotaKind, CodeLabel>> =
  /* @__PURE__ */ labelTable({
    construction: {
      zh: '建设用地指标',
      en: 'Construction land quota',
      aliases: ['可支配建设用地指标', '用地指标'],
    },
    'new-construction': {
      zh: '新增建设用地指标',
      en: 'New construction land quota',
      aliases: ['新增建设用地'],
    },
    'linking-turnover': {
      zh: '增减挂钩周转指标',
      en: 'Linking turnover quota',
      aliases: ['挂钩周转指标', '周转指标'],
    },
    'linking-surplus': {
      zh: '增减挂钩节余指标',
      en: 'Linking surplus quota',
      aliases: ['节余指标'],
    },
    offset: { zh: '土地折抵指标', en: 'Offset quota', aliases: ['折抵指标'] },
    'farmland-adjustment': {
      zh: '农保调整指标',
      en: 'Farmland-protection adjustment quota',
    },
    reclamation: { zh: '拆旧复耕', en: 'Reclamation', aliases: ['复耕', '复垦', '拆旧复垦'] },
    consolidation: { zh: '土地整理', en: 'Land consolidation', aliases: ['土地综合整治'] },
  });

/**
 * Whether a quota record is what is available (可支配 / 指标) or what is needed (需求).
 *
 * @example
 * ```ts
 * parseLandQuota({ id: 'q', townId: 'baita', kind: 'construction', side: '需求', area: '283.4公顷' }).side;
 * // => 'demand'
 * ```
 *
 * @category Models
 */
export type LandQuotaSide = 'available' | 'demand';

/**
 * Chinese and English labels of each {@link LandQuotaSide}; Chinese labels and aliases are
 * accepted as input.
 *
 * @example
 * ```ts
 * landQuotaSideLabels.demand.zh;
 * // => '需求'
 * ```
 *
 * @category Models
 */
export const landQuotaSideLabels: Readonly<Record<LandQuotaSide, CodeLabel>> =
  /* @__PURE__ */ labelTable({
    available: { zh: '可用', en: 'Available', aliases: ['可支配', '指标'] },
    demand: { zh: '需求', en: 'Demand', aliases: ['用地需求', '实际建设需求'] },
  });

/**
 * A land quota or land area of a town (or city): its kind, side (available or demand), area and,
 * where the report gives one, its money value (1200亩 折抵指标 → 7200万元).
 *
 * Fields: `id`, `townId`, `kind` ({@link LandQuotaKind}), `side` ({@link LandQuotaSide}, default
 * `'available'`), `area`, `value` (money), `status` (actual / estimated / planned: "全部实施完成可节余"
 * is estimated), `period` (`'2011-01-01/2015-12-31'` for 十二五), `name` (the report's words:
 * 城镇建设用地指标), `partOf` (the quota of the dataset this one is part of, "其中"), `projectId`,
 * `projectCount` (立项项目个数), `notes`, `source`.
 *
 * @example
 * ```ts
 * const q = LandQuotaSchema.parse({ id: 'simen-offset', townId: 'simen', kind: '折抵指标', area: '1200亩', value: '7200万元' });
 * [q.kind, String(q.area), String(q.value)];
 * // => ['offset', '1200亩', '7200万元']
 * ```
 *
 * @category Models
 */
export const LandQuotaSchema = /* @__PURE__ */ frozen(
  z.strictObject({
    id: IdSchema,
    townId: IdSchema,
    kind: codeSchema(landQuotaKindLabels, 'a land quota kind'),
    side: z._default(codeSchema(landQuotaSideLabels, 'a side'), 'available'),
    area: AreaSchema,
    value: z.optional(MoneySchema),
    status: z.optional(ObservationStatusSchema),
    period: z.optional(PeriodLabelSchema),
    name: z.optional(z.string().check(z.minLength(1))),
    partOf: z.optional(IdSchema),
    projectId: z.optional(IdSchema),
    projectCount: z.optional(wholeNumber(1)),
    notes: z.optional(z.string()),
    source: z.optional(SourceRefSchema),
  }),
);

/**
 * A parsed land quota (the output of {@link LandQuotaSchema}).
 *
 * @example
 * ```ts
 * const q: LandQuota = parseLandQuota({ id: 'q', townId: 'baita', kind: 'construction', area: '116.7公顷', period: '2011-01-01/2015-12-31' });
 * [q.side, q.area.to('亩').toString()];
 * // => ['available', '1750.5']
 * ```
 *
 * @category Models
 */
export type LandQuota = z.output<typeof LandQuotaSchema>;

/**
 * What {@link parseLandQuota} accepts: a land quota as written in a dataset file.
 *
 * @example
 * ```ts
 * const input: LandQuotaInput = { id: 'q', townId: 'qsq', kind: 'reclamation', area: { value: '71.42', unit: '亩' } };
 * String(parseLandQuota(input).area);
 * // => '71.42亩'
 * ```
 *
 * @category Models
 */
export type LandQuotaInput = z.input<typeof LandQuotaSchema>;

/**
 * Validates a land quota and returns it parsed.
 *
 * @param input - a land quota as written in a dataset file (see {@link LandQuotaSchema})
 * @returns the parsed {@link LandQuota}
 * @throws TownIndicatorsError `VALIDATION_ERROR` whose `details.issues` lists every issue with its
 *   JSONPath (`'$.area'`)
 * @example
 * ```ts
 * parseLandQuota({ id: 'q', townId: 'simen', kind: '农保调整指标', area: '1800亩', value: '216万元' }).value?.to('元').toString();
 * // => '2160000'
 * ```
 *
 * @category Models
 */
export function parseLandQuota(input: unknown): LandQuota {
  return parseWith(LandQuotaSchema, input, 'parseLandQuota');
}

/**
 * Validates a land quota without throwing.
 *
 * @param input - a land quota as written in a dataset file
 * @returns `{ success: true, data }` or `{ success: false, error }` (a `VALIDATION_ERROR`)
 * @example
 * ```ts
 * const result = safeParseLandQuota({ id: 'q', townId: 't', kind: 'quota', area: '7200万元' });
 * result.success ? 'ok' : getValidationIssues(result.error).map((i) => `${i.path} ${i.code}`);
 * // => ['$.kind invalid_value', '$.area wrong_dimension']
 * ```
 *
 * @category Models
 */
export function safeParseLandQuota(input: unknown): SafeParseResult<LandQuota> {
  return safeParseWith(LandQuotaSchema, input, 'parseLandQuota');
}
