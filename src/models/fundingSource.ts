import * as z from 'zod/mini';
import { MoneySchema } from './amounts.js';
import {
  type CodeLabel,
  codeSchema,
  frozen,
  IdSchema,
  labelTable,
  PeriodLabelSchema,
  SourceRefSchema,
} from './fields.js';
import { addModelIssue } from './issueSink.js';
import { parseWith, type SafeParseResult, safeParseWith } from './issues.js';

/**
 * Where money comes from (资金来源).
 *
 * @example
 * ```ts
 * parseFundingSource({ id: 'f', townId: 't', kind: '招商引资', status: 'received', amount: '40.3亿元' }).kind;
 * // => 'social-capital'
 * ```
 *
 * @category Models
 */
export type FundingKind =
  | 'municipal-special-fund'
  | 'county-matching'
  | 'town-finance'
  | 'higher-level-subsidy'
  | 'bank-loan'
  | 'social-capital'
  | 'foreign-capital'
  | 'land-transfer-rebate'
  | 'fiscal-rebate'
  | 'other';

/**
 * Chinese and English labels of each {@link FundingKind}; Chinese labels and aliases are accepted
 * as input.
 *
 * @example
 * ```ts
 * fundingKindLabels['county-matching'].zh;
 * // => '区县财政配套'
 * ```
 *
 * @category Models
 */
export const fundingKindLabels: Readonly<Record<FundingKind, CodeLabel>> =
  /* @__PURE__ */ labelTable({
    'municipal-special-fund': {
      zh: '市级专项资金',
      en: 'Municipal special fund',
      aliases: ['市级财政资金', '市城建资金', '专项资金'],
    },
    'county-matching': {
      zh: '区县财政配套',
      en: 'County matching funds',
      aliases: ['区（市）县财政配套', '县级配套', '配套资金'],
    },
    'town-finance': { zh: '镇财政', en: 'Town finance', aliases: ['镇级财政'] },
    'higher-level-subsidy': {
      zh: '上级补助',
      en: 'Subsidy from higher levels',
      aliases: ['上级配套资金', '专项补助'],
    },
    'bank-loan': { zh: '银行贷款', en: 'Bank loans and financing', aliases: ['融资', '银行融资'] },
    'social-capital': {
      zh: '社会资金',
      en: 'Social (private) capital',
      aliases: ['招商引资', '民间资本', '内资'],
    },
    'foreign-capital': { zh: '外资', en: 'Foreign capital', aliases: ['引进外资'] },
    'land-transfer-rebate': { zh: '土地出让金返还', en: 'Land transfer fee rebate' },
    'fiscal-rebate': { zh: '财政返还', en: 'Fiscal rebate' },
    other: { zh: '其他', en: 'Other' },
  });

/**
 * How far a sum has come: planned (计划), committed by agreement (协议) or received (实到 / 到位).
 *
 * @example
 * ```ts
 * parseFundingSource({ id: 'f', townId: 't', kind: '外资', status: '实到', amount: '850万美元' }).status;
 * // => 'received'
 * ```
 *
 * @category Models
 */
export type FundingStatus = 'planned' | 'committed' | 'received';

/**
 * Chinese and English labels of each {@link FundingStatus}; Chinese labels and aliases are
 * accepted as input.
 *
 * @example
 * ```ts
 * fundingStatusLabels.committed.zh;
 * // => '协议'
 * ```
 *
 * @category Models
 */
export const fundingStatusLabels: Readonly<Record<FundingStatus, CodeLabel>> =
  /* @__PURE__ */ labelTable({
    planned: { zh: '计划', en: 'Planned', aliases: ['计划投资', '意向'] },
    committed: { zh: '协议', en: 'Committed', aliases: ['协议引进', '签约', '安排'] },
    received: { zh: '实到', en: 'Received', aliases: ['到位', '实际到位'] },
  });

/**
 * A sum of money for a project or a town (or a city: a Town of scope `'city'`), with its kind
 * and status. It names a project (`projectId`), a town (`townId`) or both (then the project must
 * belong to that town).
 *
 * Fields: `id`, `kind` ({@link FundingKind}), `status` ({@link FundingStatus}), `amount` (money),
 * `projectId`, `townId`, `period`, `provider` (who gives it: 香港启发集团), `notes`, `source`.
 *
 * @example
 * ```ts
 * const f = FundingSourceSchema.parse({ id: 'b1-fdi-agreed', townId: 'b1', kind: 'foreign-capital', status: '协议', amount: '1665万美元', period: '2011' });
 * [f.status, f.amount.unit.currency];
 * // => ['committed', 'USD']
 * ```
 *
 * @category Models
 */
export const FundingSourceSchema = /* @__PURE__ */ frozen(
  z
    .strictObject({
      id: IdSchema,
      kind: codeSchema(fundingKindLabels, 'a funding kind'),
      status: codeSchema(fundingStatusLabels, 'a funding status'),
      amount: MoneySchema,
      projectId: z.optional(IdSchema),
      townId: z.optional(IdSchema),
      period: z.optional(PeriodLabelSchema),
      provider: z.optional(z.string().check(z.minLength(1))),
      notes: z.optional(z.string()),
      source: z.optional(SourceRefSchema),
    })
    .check(
      z.superRefine(
        (funding, ctx) => {
          if (typeof funding !== 'object' || funding === null) return;
          if (funding.projectId === undefined && funding.townId === undefined) {
            addModelIssue(
              ctx,
              'missing_reference',
              'a funding source names a project (projectId) or a town (townId)',
              ['projectId'],
            );
          }
        },
        { when: () => true },
      ),
    ),
);

/**
 * A parsed funding source (the output of {@link FundingSourceSchema}).
 *
 * @example
 * ```ts
 * const f: FundingSource = parseFundingSource({ id: 'f', townId: 'xx-city', kind: '区县财政配套', status: 'received', amount: '11.2亿元' });
 * f.amount.to('万元').toString();
 * // => '112000'
 * ```
 *
 * @category Models
 */
export type FundingSource = z.output<typeof FundingSourceSchema>;

/**
 * What {@link parseFundingSource} accepts: a funding source as written in a dataset file.
 *
 * @example
 * ```ts
 * const input: FundingSourceInput = { id: 'f', projectId: 'p', kind: 'town-finance', status: 'received', amount: { value: '1000', unit: '万元' } };
 * String(parseFundingSource(input).amount);
 * // => '1000万元'
 * ```
 *
 * @category Models
 */
export type FundingSourceInput = z.input<typeof FundingSourceSchema>;

/**
 * Validates a funding source and returns it parsed.
 *
 * @param input - a funding source as written in a dataset file (see {@link FundingSourceSchema})
 * @returns the parsed {@link FundingSource}
 * @throws TownIndicatorsError `VALIDATION_ERROR` whose `details.issues` lists every issue with its
 *   JSONPath (`'$.amount'`)
 * @example
 * ```ts
 * parseFundingSource({ id: 'f', townId: 't', kind: 'municipal-special-fund', status: '安排', amount: '2亿元' }).status;
 * // => 'committed'
 * ```
 *
 * @category Models
 */
export function parseFundingSource(input: unknown): FundingSource {
  return parseWith(FundingSourceSchema, input, 'parseFundingSource');
}

/**
 * Validates a funding source without throwing.
 *
 * @param input - a funding source as written in a dataset file
 * @returns `{ success: true, data }` or `{ success: false, error }` (a `VALIDATION_ERROR`)
 * @example
 * ```ts
 * const result = safeParseFundingSource({ id: 'f', kind: 'bank-loan', status: 'planned', amount: '300亩' });
 * result.success ? 'ok' : getValidationIssues(result.error).map((i) => `${i.path} ${i.code}`);
 * // => ['$.amount wrong_dimension', '$.projectId missing_reference']
 * ```
 *
 * @category Models
 */
export function safeParseFundingSource(input: unknown): SafeParseResult<FundingSource> {
  return safeParseWith(FundingSourceSchema, input, 'parseFundingSource');
}
