import * as z from 'zod/mini';
import { auditAggregateGrowth } from '../audit/auditAggregateGrowth.js';
import { auditGrowth } from '../audit/auditGrowth.js';
import { auditMultiple } from '../audit/auditMultiple.js';
import { auditPointChange } from '../audit/auditPointChange.js';
import { auditShare } from '../audit/auditShare.js';
import { auditSum } from '../audit/auditSum.js';
import type { AuditOptions, AuditResult } from '../audit/types.js';
import { ErrorCode, isTownIndicatorsError } from '../errors.js';
import { frozen, IdSchema, PeriodLabelSchema, SourceRefSchema } from './fields.js';
import { addModelIssue, type IssueSink } from './issueSink.js';
import { type ModelIssueCode, parseWith, type SafeParseResult, safeParseWith } from './issues.js';

/**
 * Which check a stated figure calls for — the audit that {@link auditDataset} runs on it:
 * `'share'` (占比, auditShare), `'sum'` (合计, auditSum), `'growth'` (增长, auditGrowth),
 * `'aggregate-growth'` (总量增速 from components, auditAggregateGrowth), `'multiple'` (是…的N倍,
 * auditMultiple), `'point-change'` (百分点, auditPointChange). The kinds a dataset's claims hold;
 * claims found in report text ({@link ClaimKind}) have four more.
 *
 * @example
 * ```ts
 * const kind: DatasetClaimKind = parseClaim({ id: 'c', townId: 'b1', kind: 'sum', stated: '164.8亿元', inputs: { parts: ['160亿元', '4.8亿元'] }, source: { document: 'b1-2011' } }).kind;
 * kind;
 * // => 'sum'
 * ```
 *
 * @category Models
 */
export type DatasetClaimKind =
  | 'share'
  | 'sum'
  | 'growth'
  | 'aggregate-growth'
  | 'multiple'
  | 'point-change';

/**
 * One input figure of a claim, parsed: the `text` exactly as the report prints it (`'40.3亿元'`,
 * `'58.4%'`, `'1514笔'` — its last digit is its precision, so `'28.20万亩'` keeps its trailing
 * zero), an optional `name` (社会资金投入), and optional references to the dataset entities the
 * figure comes from (`observationId`, `projectId`, `fundingSourceId`, `landQuotaId`), which the
 * dataset cross-checks. `JSON.stringify` writes a figure with nothing but its text as that text.
 *
 * @example
 * ```ts
 * const claim = parseClaim({ id: 'c', townId: 'jianshe', kind: 'share', stated: '39.3%', inputs: { part: { text: '3.41亿元', projectId: 'jianshe-infrastructure' }, whole: '8.68亿元' }, source: { document: 'd' } });
 * if (claim.kind !== 'share') throw new Error('a share claim');
 * const figure: ClaimFigure = claim.inputs.part;
 * [figure.text, figure.projectId, JSON.stringify(claim.inputs.whole)];
 * // => ['3.41亿元', 'jianshe-infrastructure', '"8.68亿元"']
 * ```
 *
 * @category Models
 */
export interface ClaimFigure {
  /** The figure as printed: `'40.3亿元'`, `'58.4%'`, `'1514笔'`, `'0.414'`. */
  readonly text: string;
  /** What the figure is, in the report's words (`'社会资金投入'`). */
  readonly name?: string;
  /** The observation this figure is the value of. */
  readonly observationId?: string;
  /** The project this figure belongs to (its total, plan or completed investment). */
  readonly projectId?: string;
  /** The funding source this figure is the amount of. */
  readonly fundingSourceId?: string;
  /** The land quota this figure is the area or value of. */
  readonly landQuotaId?: string;
}

const FIGURE_TEXT = /\S/;
const FIGURE_ERROR = "expected the figure as report text ('40.3亿元', '58.4%')";
const STATED_ERROR = "expected the stated figure as report text ('66.8%', '22.32亿元')";

const FigureObjectSchema = /* @__PURE__ */ z.strictObject({
  text: z.string({ error: FIGURE_ERROR }).check(z.regex(FIGURE_TEXT, { error: FIGURE_ERROR })),
  name: z.optional(z.string().check(z.minLength(1))),
  observationId: z.optional(IdSchema),
  projectId: z.optional(IdSchema),
  fundingSourceId: z.optional(IdSchema),
  landQuotaId: z.optional(IdSchema),
});

function makeFigure(input: string | z.output<typeof FigureObjectSchema>): ClaimFigure {
  const figure: Record<string, string> = {};
  for (const [key, value] of Object.entries(typeof input === 'string' ? { text: input } : input)) {
    if (value !== undefined) figure[key] = value;
  }
  const bare = Object.keys(figure).length === 1;
  Object.defineProperty(figure, 'toJSON', {
    value: (): unknown => (bare ? figure.text : { ...figure }),
    enumerable: false,
  });
  return Object.freeze(figure) as unknown as ClaimFigure;
}

const FigureSchema: z.ZodMiniType<ClaimFigure, string | z.input<typeof FigureObjectSchema>> =
  /* @__PURE__ */ z.pipe(
    z.union([z.string().check(z.regex(FIGURE_TEXT, { error: FIGURE_ERROR })), FigureObjectSchema], {
      error:
        'expected a figure as report text (\'40.3亿元\') or as { "text": "40.3亿元", "observationId"?: … }',
    }),
    z.transform(makeFigure),
  );

const StatedSchema = /* @__PURE__ */ z
  .string({ error: STATED_ERROR })
  .check(z.regex(FIGURE_TEXT, { error: STATED_ERROR }));

const ComponentSchema = /* @__PURE__ */ frozen(
  z.strictObject({ current: FigureSchema, growth: FigureSchema }),
);

// The fields every kind of claim has.
const common = {
  id: IdSchema,
  townId: IdSchema,
  period: /* @__PURE__ */ z.optional(PeriodLabelSchema),
  name: /* @__PURE__ */ z.optional(z.string().check(z.minLength(1))),
  stated: StatedSchema,
  exactInputs: /* @__PURE__ */ z.optional(z.boolean()),
  notes: /* @__PURE__ */ z.optional(z.string()),
  source: SourceRefSchema,
};

const ShareClaim = /* @__PURE__ */ frozen(
  z.strictObject({
    ...common,
    kind: z.literal('share'),
    inputs: frozen(z.strictObject({ part: FigureSchema, whole: FigureSchema })),
  }),
);

const SumClaim = /* @__PURE__ */ frozen(
  z.strictObject({
    ...common,
    kind: z.literal('sum'),
    inputs: frozen(
      z.strictObject({
        parts: frozen(
          z
            .array(FigureSchema, { error: 'expected an array of parts' })
            .check(z.minLength(1, { error: 'expected at least one part' })),
        ),
      }),
    ),
  }),
);

const GrowthClaim = /* @__PURE__ */ frozen(
  z.strictObject({
    ...common,
    kind: z.literal('growth'),
    inputs: frozen(z.strictObject({ previous: FigureSchema, current: FigureSchema })),
  }),
);

const AggregateGrowthClaim = /* @__PURE__ */ frozen(
  z.strictObject({
    ...common,
    kind: z.literal('aggregate-growth'),
    inputs: frozen(
      z.strictObject({
        components: frozen(
          z
            .array(ComponentSchema, {
              error: 'expected an array of components { current, growth }',
            })
            .check(z.minLength(1, { error: 'expected at least one component' })),
        ),
        total: z.optional(FigureSchema),
      }),
    ),
  }),
);

const MultipleClaim = /* @__PURE__ */ frozen(
  z.strictObject({
    ...common,
    kind: z.literal('multiple'),
    inputs: frozen(z.strictObject({ base: FigureSchema, current: FigureSchema })),
  }),
);

const PointChangeClaim = /* @__PURE__ */ frozen(
  z.strictObject({
    ...common,
    kind: z.literal('point-change'),
    inputs: frozen(z.strictObject({ from: FigureSchema, to: FigureSchema })),
  }),
);

const ClaimUnion = /* @__PURE__ */ z.discriminatedUnion(
  'kind',
  [ShareClaim, SumClaim, GrowthClaim, AggregateGrowthClaim, MultipleClaim, PointChangeClaim],
  {
    error:
      "expected a claim of kind 'share', 'sum', 'growth', 'aggregate-growth', 'multiple' or 'point-change'",
  },
);

/**
 * Runs the audit a claim calls for on its figures as printed (`exactInputs` passed through).
 * Public as `auditClaim`, which validates its argument first.
 *
 * @internal
 */
export function runClaimAudit(claim: z.output<typeof ClaimUnion>): AuditResult {
  const options: AuditOptions = claim.exactInputs === true ? { exactInputs: true } : {};
  const stated = claim.stated;
  switch (claim.kind) {
    case 'share':
      return auditShare(
        { part: claim.inputs.part.text, whole: claim.inputs.whole.text, stated },
        options,
      );
    case 'sum':
      return auditSum({ parts: claim.inputs.parts.map((part) => part.text), stated }, options);
    case 'growth':
      return auditGrowth(
        { previous: claim.inputs.previous.text, current: claim.inputs.current.text, stated },
        options,
      );
    case 'aggregate-growth': {
      const components = claim.inputs.components.map((component) => ({
        current: component.current.text,
        growth: component.growth.text,
      }));
      const total = claim.inputs.total;
      return auditAggregateGrowth(
        total === undefined ? { components, stated } : { components, total: total.text, stated },
        options,
      );
    }
    case 'multiple':
      return auditMultiple(
        { base: claim.inputs.base.text, current: claim.inputs.current.text, stated },
        options,
      );
    case 'point-change':
      return auditPointChange(
        { from: claim.inputs.from.text, to: claim.inputs.to.text, stated },
        options,
      );
  }
}

const ISSUE_OF_AUDIT_ERROR: Readonly<Record<ErrorCode, ModelIssueCode>> = {
  [ErrorCode.INVALID_NUMBER]: 'invalid_number',
  [ErrorCode.PARSE_ERROR]: 'invalid_number',
  [ErrorCode.UNKNOWN_UNIT]: 'unknown_unit',
  [ErrorCode.UNIT_MISMATCH]: 'wrong_dimension',
  [ErrorCode.DIVISION_BY_ZERO]: 'invalid_range',
  [ErrorCode.NON_POSITIVE_BASE]: 'invalid_range',
  [ErrorCode.INVALID_ARGUMENT]: 'invalid_range',
  [ErrorCode.NO_SOLUTION]: 'invalid_range',
  [ErrorCode.INVALID_PERIOD]: 'invalid_period',
  [ErrorCode.VALIDATION_ERROR]: 'invalid_range',
  [ErrorCode.MISSING_DATA]: 'invalid_number',
  [ErrorCode.NO_PREVIOUS_PERIOD]: 'invalid_period',
};

// The audits name their arguments 'stated', 'part', 'parts[2]', 'components[0].growth', 'total'.
function pathOfArgument(arg: unknown): readonly PropertyKey[] {
  if (typeof arg !== 'string' || arg === 'input') return [];
  if (arg === 'stated') return ['stated'];
  const keys = arg
    .split(/[.[\]]/)
    .filter((key) => key !== '')
    .map((key) => (/^\d+$/.test(key) ? Number(key) : key));
  return ['inputs', ...keys];
}

// A claim is valid only if its audit can run: every text readable, units compatible, bases
// positive. The verdict (consistent or not) is not a validation matter.
function checkAuditable(claim: z.output<typeof ClaimUnion>, ctx: IssueSink): void {
  try {
    runClaimAudit(claim);
  } catch (error) {
    if (!isTownIndicatorsError(error)) throw error;
    addModelIssue(
      ctx,
      ISSUE_OF_AUDIT_ERROR[error.code],
      `the claim cannot be audited: ${error.message}`,
      pathOfArgument(error.details?.arg),
    );
  }
}

/**
 * A stated figure of a report that can be checked against the figures it is computed from (a
 * share, a total, a growth rate, a multiple, a point change), with the texts exactly as printed so
 * that the audit knows their precision (`'22.30亿元'` has 2 decimals; a parsed Quantity would
 * forget the trailing zero).
 *
 * Fields: `id`, `townId`, `kind` ({@link DatasetClaimKind}), `period?` (canonical label), `name?` (what
 * is stated: 社会资金占比), `stated` (the figure as printed: `'66.8%'`, `'22.32亿元'`, `'5.1倍'`,
 * `'6.6个百分点'`), `inputs` (by kind, each figure as report text or as
 * `{ text, name?, observationId?, projectId?, fundingSourceId?, landQuotaId? }`), `exactInputs?`
 * (`true` when the inputs are exact, e.g. counts), `notes?`, `source` (`{ document, quote? }`).
 *
 * Inputs by kind — exactly the inputs of the matching audit:
 * - `share`: `{ part, whole }`; `sum`: `{ parts: [...] }`;
 * - `growth`: `{ previous, current }`; `multiple`: `{ base, current }`;
 * - `aggregate-growth`: `{ components: [{ current, growth }], total? }`;
 * - `point-change`: `{ from, to }` (rates: `'58.4%'`).
 *
 * A claim is valid when its audit can run — texts readable, units of one dimension, bases
 * positive — whatever its verdict. Texts are kept as written, so `JSON.stringify` of a parsed
 * claim reads back to an equal claim.
 *
 * @example
 * ```ts
 * const claim = ClaimSchema.parse({ id: 'A01', townId: 'xx-city', kind: 'share', period: '2011', stated: '66.8%', inputs: { part: '40.3亿元', whole: '60.3亿元' }, source: { document: 'chengdu', quote: '吸引社会资金投入40.3亿元，占小城镇改造实际完成投资60.3亿元的66.8%' } });
 * [claim.kind, claim.stated, claim.kind === 'share' ? claim.inputs.whole.text : ''];
 * // => ['share', '66.8%', '60.3亿元']
 * ```
 *
 * @category Models
 */
export const ClaimSchema = /* @__PURE__ */ frozen(
  ClaimUnion.check(
    z.superRefine(checkAuditable, {
      // only a claim without other issues is audited
      when: (payload) => payload.issues.length === 0,
    }),
  ),
);

/**
 * A parsed claim (the output of {@link ClaimSchema}), discriminated by `kind`: its `inputs` are
 * the inputs of that kind's audit, each a {@link ClaimFigure}.
 *
 * @example
 * ```ts
 * const claim: Claim = parseClaim({ id: 'qsq', townId: 'qingshanquan', kind: 'sum', stated: '71.42亩', inputs: { parts: ['11.53亩', '6.65亩', '31.3亩', '22.12亩'] }, source: { document: 'qingshanquan-h1' } });
 * claim.kind === 'sum' ? claim.inputs.parts.map((part) => part.text) : [];
 * // => ['11.53亩', '6.65亩', '31.3亩', '22.12亩']
 * ```
 *
 * @category Models
 */
export type Claim = z.output<typeof ClaimSchema>;

/**
 * What {@link parseClaim} accepts: a claim as written in a dataset file.
 *
 * @example
 * ```ts
 * const input: ClaimInput = { id: 'b03', townId: 'b1', kind: 'aggregate-growth', stated: '9%', inputs: { components: [{ current: '160亿元', growth: '9.5%' }, { current: '4.8亿元', growth: '5%' }], total: '164.8亿元' }, source: { document: 'b1-2011' } };
 * parseClaim(input).stated;
 * // => '9%'
 * ```
 *
 * @category Models
 */
export type ClaimInput = z.input<typeof ClaimSchema>;

/**
 * Validates a claim — its shape for its kind, and that its audit can run on its figures — and
 * returns it parsed. References to other entities are checked by {@link parseDataset}.
 *
 * @param input - a claim as written in a dataset file (see {@link ClaimSchema})
 * @returns the parsed {@link Claim}
 * @throws TownIndicatorsError `VALIDATION_ERROR` whose `details.issues` lists every issue with its
 *   JSONPath (`'$.inputs.whole'`: `wrong_dimension` for figures of different dimensions,
 *   `unknown_unit`, `invalid_number` for unreadable texts, `invalid_range` for a zero or
 *   negative base)
 * @example
 * ```ts
 * const claim = parseClaim({ id: 'jianshe-zones', townId: 'jianshe', kind: 'sum', stated: '22.32亿元', inputs: { parts: ['3.41亿元', '10.3亿元', '7.55亿元', '1.102亿元'] }, source: { document: 'jianshe-2011', quote: '规划总投资22.32亿元' } });
 * [claim.id, claim.stated, claim.source.quote];
 * // => ['jianshe-zones', '22.32亿元', '规划总投资22.32亿元']
 * ```
 *
 * @category Models
 */
export function parseClaim(input: unknown): Claim {
  return parseWith(ClaimSchema, input, 'parseClaim');
}

/**
 * Validates a claim without throwing.
 *
 * @param input - a claim as written in a dataset file
 * @returns `{ success: true, data }` or `{ success: false, error }` (a `VALIDATION_ERROR`)
 * @example
 * ```ts
 * const result = safeParseClaim({ id: 'c', townId: 't', kind: 'share', stated: '66.8%', inputs: { part: '40.3亿元', whole: '1200亩' }, source: { document: 'd' } });
 * result.success ? 'ok' : getValidationIssues(result.error).map((i) => `${i.path} ${i.code}`);
 * // => ['$.inputs.whole wrong_dimension']
 * ```
 *
 * @category Models
 */
export function safeParseClaim(input: unknown): SafeParseResult<Claim> {
  return safeParseWith(ClaimSchema, input, 'parseClaim');
}
