import * as z from 'zod/mini';
import { findUnit } from '../units/table.js';
import { checkDataset } from './checks.js';
import { ClaimSchema } from './claim.js';
import { frozen, IdSchema, IsoDateSchema } from './fields.js';
import { FundingSourceSchema } from './fundingSource.js';
import { INDICATOR_DIMENSIONS } from './indicators.js';
import { addModelIssue } from './issueSink.js';
import { parseWith, type SafeParseResult, safeParseWith } from './issues.js';
import { LandQuotaSchema } from './landQuota.js';
import { IndicatorCodeSchema, ObservationSchema } from './observation.js';
import { ProjectSchema } from './project.js';
import { TownSchema } from './town.js';

/**
 * The version of the dataset file format this library reads and writes (`"schemaVersion": 1`).
 *
 * @example
 * ```ts
 * DATASET_SCHEMA_VERSION;
 * // => 1
 * ```
 *
 * @category Models
 */
export const DATASET_SCHEMA_VERSION = 1;

/**
 * A document a dataset's figures come from: `{ id, title, file?, date?, author?, notes? }`. When a
 * dataset declares sources, every `source.document` of its entities must name one of them.
 *
 * @example
 * ```ts
 * DatasetSourceSchema.parse({ id: 'jianshe-2011', title: '建设镇小城镇改革发展战役工作总结', date: '2011-12-22' }).date;
 * // => '2011-12-22'
 * ```
 *
 * @category Models
 */
export const DatasetSourceSchema = /* @__PURE__ */ frozen(
  z.strictObject({
    id: IdSchema,
    title: z.string().check(z.minLength(1)),
    file: z.optional(z.string().check(z.minLength(1))),
    date: z.optional(IsoDateSchema),
    author: z.optional(z.string().check(z.minLength(1))),
    notes: z.optional(z.string()),
  }),
);

/**
 * A custom indicator a dataset declares so its observations may use the code:
 * `{ code, nameZh, nameEn, dimension, defaultUnit?, description? }`. The default unit must be a
 * unit of that dimension (`'%'` for a rate). Standard codes cannot be declared again.
 *
 * @example
 * ```ts
 * IndicatorDefinitionSchema.parse({ code: 'mortgage-loans', nameZh: '农村产权抵押融资', nameEn: 'Rural property mortgage loans', dimension: 'money', defaultUnit: '亿元' }).code;
 * // => 'mortgage-loans'
 * ```
 *
 * @category Models
 */
export const IndicatorDefinitionSchema = /* @__PURE__ */ frozen(
  z
    .strictObject({
      code: IndicatorCodeSchema,
      nameZh: z.string().check(z.minLength(1)),
      nameEn: z.string().check(z.minLength(1)),
      dimension: z.enum(INDICATOR_DIMENSIONS, {
        error: `expected a dimension: one of ${INDICATOR_DIMENSIONS.join(', ')}`,
      }),
      defaultUnit: z.optional(z.string().check(z.minLength(1))),
      description: z.optional(z.string()),
    })
    .check(
      z.superRefine((indicator, ctx) => {
        const { dimension, defaultUnit } = indicator;
        if (defaultUnit === undefined || dimension === 'number') return;
        const unit = findUnit(defaultUnit);
        const fits = dimension === 'rate' ? defaultUnit === '%' : unit?.dimension === dimension;
        if (!fits) {
          addModelIssue(
            ctx,
            unit === undefined && dimension !== 'rate' ? 'unknown_unit' : 'wrong_dimension',
            `defaultUnit "${defaultUnit}" is not a unit of dimension ${dimension}`,
            ['defaultUnit'],
          );
        }
      }),
    ),
);

/**
 * A dataset file: towns with their profiles, projects, funding sources, land quotas, indicator
 * observations and the stated figures to audit (claims), plus the sources and custom indicators
 * they use.
 *
 * Shape (every collection defaults to `[]`):
 * `{ "$schema"?, "schemaVersion": 1, "title"?, "description"?, "sources": [], "indicators": [],
 * "towns": [], "projects": [], "fundingSources": [], "landQuotas": [], "observations": [],
 * "claims": [] }`.
 *
 * Beyond each entity's own schema, a dataset is cross-checked, every issue with its JSONPath:
 * duplicate ids in each collection (`duplicate_id`); references to an unknown town, project,
 * land quota or source (`unknown_reference`); a funding source or land quota whose project, or a
 * project whose parent, belongs to another town (`inconsistent_reference`); `parentId` / `partOf`
 * loops (`reference_cycle`); claims naming an unknown town, observation, project, funding source
 * or land quota (`unknown_reference`); indicator codes neither standard nor declared (`unknown_indicator`);
 * values of the wrong dimension (`dimension_mismatch`); two observations of the same town,
 * indicator, period, status and basis (`duplicate_observation`).
 *
 * `JSON.stringify` of a parsed dataset is a dataset file that parses back to an equal dataset.
 *
 * @example
 * ```ts
 * const dataset = DatasetSchema.parse({ schemaVersion: 1, towns: [{ id: 'jianshe', name: '建设镇' }], observations: [{ townId: 'jianshe', indicator: 'gross-output-industry-agriculture', period: '2011', value: '19.33亿元', growth: '27.5%' }] });
 * [dataset.towns.length, dataset.projects.length, String(dataset.observations[0]?.growth)];
 * // => [1, 0, '0.275']
 * ```
 *
 * @category Models
 */
export const DatasetSchema = /* @__PURE__ */ frozen(
  z
    .strictObject({
      $schema: z.optional(z.string()),
      schemaVersion: z.literal(DATASET_SCHEMA_VERSION, {
        error: `expected "schemaVersion": ${DATASET_SCHEMA_VERSION}`,
      }),
      title: z.optional(z.string().check(z.minLength(1))),
      description: z.optional(z.string()),
      sources: z.prefault(frozen(z.array(DatasetSourceSchema)), []),
      indicators: z.prefault(frozen(z.array(IndicatorDefinitionSchema)), []),
      towns: z.prefault(frozen(z.array(TownSchema)), []),
      projects: z.prefault(frozen(z.array(ProjectSchema)), []),
      fundingSources: z.prefault(frozen(z.array(FundingSourceSchema)), []),
      landQuotas: z.prefault(frozen(z.array(LandQuotaSchema)), []),
      observations: z.prefault(frozen(z.array(ObservationSchema)), []),
      claims: z.prefault(frozen(z.array(ClaimSchema)), []),
    })
    .check(z.superRefine(checkDataset, { when: () => true })),
);

/**
 * A parsed dataset (the output of {@link DatasetSchema}): every collection present, amounts as
 * Quantities, rates as fraction Decimals, periods as canonical labels.
 *
 * @example
 * ```ts
 * const dataset: Dataset = parseDataset({ schemaVersion: 1, towns: [{ id: 'baita', name: '白塔镇' }], landQuotas: [{ id: 'q', townId: 'baita', kind: 'construction', area: '116.7公顷' }] });
 * dataset.landQuotas.map((q) => String(q.area));
 * // => ['116.7公顷']
 * ```
 *
 * @category Models
 */
export type Dataset = z.output<typeof DatasetSchema>;

/**
 * What {@link parseDataset} accepts: a dataset file after `JSON.parse` (or an object built in code;
 * Quantities, Decimals and Periods are accepted where text is).
 *
 * @example
 * ```ts
 * const input: DatasetInput = { schemaVersion: 1, towns: [{ id: 't', name: '青山泉镇' }] };
 * parseDataset(input).towns[0]?.scope;
 * // => 'town'
 * ```
 *
 * @category Models
 */
export type DatasetInput = z.input<typeof DatasetSchema>;

/**
 * A source document of a dataset.
 *
 * @example
 * ```ts
 * const source: DatasetSource = DatasetSourceSchema.parse({ id: 's', title: '仙居县白塔镇推进中心镇建设交流材料' });
 * source.id;
 * // => 's'
 * ```
 *
 * @category Models
 */
export type DatasetSource = z.output<typeof DatasetSourceSchema>;

/**
 * A custom indicator declared by a dataset.
 *
 * @example
 * ```ts
 * const indicator: IndicatorDefinition = IndicatorDefinitionSchema.parse({ code: 'x.loans', nameZh: '贷款', nameEn: 'Loans', dimension: 'money' });
 * indicator.dimension;
 * // => 'money'
 * ```
 *
 * @category Models
 */
export type IndicatorDefinition = z.output<typeof IndicatorDefinitionSchema>;

/**
 * Validates a dataset — each entity and the cross-checks between them — and returns it parsed.
 *
 * @param input - a dataset file after `JSON.parse` (see {@link DatasetSchema})
 * @returns the parsed {@link Dataset}
 * @throws TownIndicatorsError `VALIDATION_ERROR` whose `details.issues` lists every issue with its
 *   JSONPath (`'$.observations[3].townId'`), not only the first
 * @example
 * ```ts
 * let codes: string[] = [];
 * try {
 *   parseDataset({ schemaVersion: 1, towns: [{ id: 't', name: 'a' }, { id: 't', name: 'b' }], projects: [{ id: 'p', townId: 'x', name: 'p' }] });
 * } catch (error) {
 *   codes = getValidationIssues(error).map((i) => `${i.path} ${i.code}`);
 * }
 * codes;
 * // => ['$.towns[1].id duplicate_id', '$.projects[0].townId unknown_reference']
 * ```
 *
 * @category Models
 */
export function parseDataset(input: unknown): Dataset {
  return parseWith(DatasetSchema, input, 'parseDataset');
}

/**
 * Validates a dataset without throwing.
 *
 * @param input - a dataset file after `JSON.parse`
 * @returns `{ success: true, data }` or `{ success: false, error }` (a `VALIDATION_ERROR` listing
 *   every issue)
 * @example
 * ```ts
 * const result = safeParseDataset({ schemaVersion: 1, towns: [{ id: 't', name: 'a' }], observations: [{ townId: 't', indicator: 'my-index', period: '2011', value: '3' }] });
 * result.success ? 'ok' : getValidationIssues(result.error).map((i) => `${i.path} ${i.code}`);
 * // => ['$.observations[0].indicator unknown_indicator']
 * ```
 *
 * @category Models
 */
export function safeParseDataset(input: unknown): SafeParseResult<Dataset> {
  return safeParseWith(DatasetSchema, input, 'parseDataset');
}
