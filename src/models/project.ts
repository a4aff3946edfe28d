import * as z from 'zod/mini';
import { AreaSchema, MoneySchema } from './amounts.js';
import {
  type CodeLabel,
  codeSchema,
  frozen,
  IdSchema,
  IsoDateSchema,
  labelTable,
  PeriodLabelSchema,
  SourceRefSchema,
  wholeNumber,
} from './fields.js';
import { addModelIssue } from './issueSink.js';
import { parseWith, type SafeParseResult, safeParseWith } from './issues.js';

/**
 * The field a project belongs to; the first four are the "四个战区" of 建设镇.
 *
 * @example
 * ```ts
 * parseProject({ id: 'p', townId: 't', name: '建设溪小流域治理', category: '水利' }).category;
 * // => 'water'
 * ```
 *
 * @category Models
 */
export type ProjectCategory =
  | 'infrastructure'
  | 'industry'
  | 'urban-construction'
  | 'water'
  | 'public-service'
  | 'land-consolidation'
  | 'environment'
  | 'other';

/**
 * Chinese and English labels of each {@link ProjectCategory}; Chinese labels and aliases are
 * accepted as input.
 *
 * @example
 * ```ts
 * projectCategoryLabels['urban-construction'].zh;
 * // => '城镇建设'
 * ```
 *
 * @category Models
 */
export const projectCategoryLabels: Readonly<Record<ProjectCategory, CodeLabel>> =
  /* @__PURE__ */ labelTable({
    infrastructure: { zh: '基础设施', en: 'Infrastructure', aliases: ['基础设施战区'] },
    industry: { zh: '产业发展', en: 'Industry', aliases: ['产业发展战区', '产业项目'] },
    'urban-construction': {
      zh: '城镇建设',
      en: 'Urban construction',
      aliases: ['城镇建设战区', '小城镇改造'],
    },
    water: { zh: '水利', en: 'Water conservancy', aliases: ['水利工程'] },
    'public-service': { zh: '公共服务', en: 'Public services', aliases: ['社会事业'] },
    'land-consolidation': { zh: '土地整理', en: 'Land consolidation', aliases: ['土地综合整治'] },
    environment: { zh: '环境整治', en: 'Environment and townscape', aliases: ['风貌整治'] },
    other: { zh: '其他', en: 'Other' },
  });

/**
 * Where a project stands.
 *
 * @example
 * ```ts
 * parseProject({ id: 'p', townId: 't', name: '建龙新型建材', status: '投产' }).status;
 * // => 'operating'
 * ```
 *
 * @category Models
 */
export type ProjectStatus =
  | 'planned'
  | 'preparation'
  | 'in-progress'
  | 'completed'
  | 'operating'
  | 'suspended';

/**
 * Chinese and English labels of each {@link ProjectStatus}; Chinese labels and aliases are
 * accepted as input.
 *
 * @example
 * ```ts
 * projectStatusLabels['in-progress'];
 * // => { zh: '在建', en: 'In progress', aliases: ['续建', '实施中'] }
 * ```
 *
 * @category Models
 */
export const projectStatusLabels: Readonly<Record<ProjectStatus, CodeLabel>> =
  /* @__PURE__ */ labelTable({
    planned: { zh: '规划', en: 'Planned', aliases: ['拟建'] },
    preparation: { zh: '前期', en: 'Preparation', aliases: ['前期工作'] },
    'in-progress': { zh: '在建', en: 'In progress', aliases: ['续建', '实施中'] },
    completed: { zh: '完工', en: 'Completed', aliases: ['竣工', '建成'] },
    operating: { zh: '投产', en: 'In operation', aliases: ['投入使用'] },
    suspended: { zh: '停建', en: 'Suspended', aliases: ['暂停'] },
  });

/**
 * One period of a project's investment plan: 年内计划投资 (`planned`) and 已完成投资 (`completed`).
 *
 * @example
 * ```ts
 * const plan = ProjectPlanSchema.parse({ period: '2011', planned: '4.38亿元', completed: '2.98亿元' });
 * [plan.period, String(plan.planned), String(plan.completed)];
 * // => ['2011', '4.38亿元', '2.98亿元']
 * ```
 *
 * @category Models
 */
export const ProjectPlanSchema = /* @__PURE__ */ frozen(
  z.strictObject({
    period: PeriodLabelSchema,
    planned: z.optional(MoneySchema),
    completed: z.optional(MoneySchema),
    notes: z.optional(z.string()),
  }),
);

/**
 * A parsed plan period of a project.
 *
 * @example
 * ```ts
 * const plan: ProjectPlan = ProjectPlanSchema.parse({ period: '2011-h1', completed: '1.5亿元' });
 * plan.period;
 * // => '2011-H1'
 * ```
 *
 * @category Models
 */
export type ProjectPlan = z.output<typeof ProjectPlanSchema>;

/**
 * A construction or industry project (项目), or a programme grouping several (a 战区 with
 * `projectCount` projects; its projects name it as `parentId`).
 *
 * Fields: `id`, `townId`, `name`, `category` ({@link ProjectCategory}, default `'other'`),
 * `status` ({@link ProjectStatus}), `parentId` (a programme of the dataset), `projectCount` (for a
 * programme), `totalInvestment` (总投资), `plans` (per-period planned and completed investment,
 * default `[]`, one per period), `startDate` (开工) and `completionDate` (竣工, not before the
 * start) as `'YYYY-MM-DD'`, `area` (site area), `notes` (progress), `source`. Funding sources
 * name their project (`FundingSource.projectId`).
 *
 * @example
 * ```ts
 * const p = ProjectSchema.parse({ id: 'jianshe-industry', townId: 'jianshe', name: '产业发展战区', category: '产业发展', projectCount: 7, totalInvestment: '10.3亿元', plans: [{ period: '2011', planned: '4.38亿元', completed: '2.98亿元' }] });
 * [p.category, String(p.totalInvestment), p.plans.length];
 * // => ['industry', '10.3亿元', 1]
 * ```
 *
 * @category Models
 */
export const ProjectSchema = /* @__PURE__ */ frozen(
  z
    .strictObject({
      id: IdSchema,
      townId: IdSchema,
      name: z.string().check(z.minLength(1)),
      category: z._default(codeSchema(projectCategoryLabels, 'a project category'), 'other'),
      status: z.optional(codeSchema(projectStatusLabels, 'a project status')),
      parentId: z.optional(IdSchema),
      projectCount: z.optional(wholeNumber(1)),
      totalInvestment: z.optional(MoneySchema),
      plans: z.prefault(frozen(z.array(ProjectPlanSchema)), []),
      startDate: z.optional(IsoDateSchema),
      completionDate: z.optional(IsoDateSchema),
      area: z.optional(AreaSchema),
      notes: z.optional(z.string()),
      source: z.optional(SourceRefSchema),
    })
    .check(
      z.superRefine(
        (project, ctx) => {
          if (typeof project !== 'object' || project === null) return;
          const { startDate, completionDate } = project;
          // ISO dates compare as strings; only dates that are valid are compared.
          const valid = (date: unknown): date is string => IsoDateSchema.safeParse(date).success;
          if (valid(startDate) && valid(completionDate) && completionDate < startDate) {
            addModelIssue(
              ctx,
              'invalid_range',
              `completionDate ${completionDate} is before startDate ${startDate}`,
              ['completionDate'],
            );
          }
          const seen = new Map<string, number>();
          const plans: readonly unknown[] = Array.isArray(project.plans) ? project.plans : [];
          plans.forEach((plan, index) => {
            const period = (plan as { period?: unknown } | null)?.period;
            if (typeof period !== 'string') return;
            const first = seen.get(period);
            if (first === undefined) seen.set(period, index);
            else {
              addModelIssue(
                ctx,
                'duplicate_period',
                `a second plan for period ${period} (first at plans[${first}])`,
                ['plans', index, 'period'],
              );
            }
          });
        },
        { when: () => true },
      ),
    ),
);

/**
 * A parsed project (the output of {@link ProjectSchema}).
 *
 * @example
 * ```ts
 * const p: Project = parseProject({ id: 'p1', townId: 'jianshe', name: '汽车站', category: 'infrastructure', startDate: '2011-08-01' });
 * [p.name, p.startDate];
 * // => ['汽车站', '2011-08-01']
 * ```
 *
 * @category Models
 */
export type Project = z.output<typeof ProjectSchema>;

/**
 * What {@link parseProject} accepts: a project as written in a dataset file.
 *
 * @example
 * ```ts
 * const input: ProjectInput = { id: 'p1', townId: 't', name: '市民公园', totalInvestment: '5000万元' };
 * parseProject(input).totalInvestment?.to('亿元').toString();
 * // => '0.5'
 * ```
 *
 * @category Models
 */
export type ProjectInput = z.input<typeof ProjectSchema>;

/**
 * Validates a project and returns it parsed.
 *
 * @param input - a project as written in a dataset file (see {@link ProjectSchema})
 * @returns the parsed {@link Project}
 * @throws TownIndicatorsError `VALIDATION_ERROR` whose `details.issues` lists every issue with its
 *   JSONPath (`'$.plans[1].period'`)
 * @example
 * ```ts
 * parseProject({ id: 'p', townId: 't', name: '渝东大道改造', totalInvestment: '1亿元', startDate: '2012-06-28' }).startDate;
 * // => '2012-06-28'
 * ```
 *
 * @category Models
 */
export function parseProject(input: unknown): Project {
  return parseWith(ProjectSchema, input, 'parseProject');
}

/**
 * Validates a project without throwing.
 *
 * @param input - a project as written in a dataset file
 * @returns `{ success: true, data }` or `{ success: false, error }` (a `VALIDATION_ERROR`)
 * @example
 * ```ts
 * const result = safeParseProject({ id: 'p', townId: 't', name: 'x', startDate: '2011-09-01', completionDate: '2011-06-30' });
 * result.success ? 'ok' : getValidationIssues(result.error).map((i) => `${i.path} ${i.code}`);
 * // => ['$.completionDate invalid_range']
 * ```
 *
 * @category Models
 */
export function safeParseProject(input: unknown): SafeParseResult<Project> {
  return safeParseWith(ProjectSchema, input, 'parseProject');
}
