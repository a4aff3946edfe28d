import { auditGrowth } from '../audit/auditGrowth.js';
import { auditMultiple } from '../audit/auditMultiple.js';
import type { AuditKind, AuditResult } from '../audit/types.js';
import { type ErrorCode, invalidArgumentError, isTownIndicatorsError } from '../errors.js';
import { type Claim, runClaimAudit } from '../models/claim.js';
import type { Dataset } from '../models/dataset.js';
import type { Observation } from '../models/observation.js';
import { auditInput } from '../models/value.js';
import { percentText } from '../numbers/percent.js';
import { comparisonOf } from './compareObservation.js';
import { datasetIndex } from './datasetIndex.js';
import { readDataset } from './readDataset.js';

const FN = 'auditDataset';

/**
 * Options of {@link auditDataset}.
 *
 * @example
 * ```ts
 * const options: AuditDatasetOptions = { townId: 'qingshanquan' };
 * auditDataset(sampleDataset(), options).map((e) => e.claimId);
 * // => ['qsq-reclamation-area']
 * ```
 *
 * @category Datasets
 */
export interface AuditDatasetOptions {
  /** Audit only the figures of this town (its id in the dataset). Default: every town. */
  readonly townId?: string;
}

/**
 * What every {@link DatasetAuditEntry} carries, audited or not: where the figure is, whose it is,
 * what is stated and the sentence that states it.
 *
 * @example
 * ```ts
 * const entry: DatasetAuditEntryBase | undefined = auditDataset(sampleDataset(), { townId: 'b1' })[0];
 * [entry?.subject, entry?.claimId, entry?.path, entry?.kind, entry?.stated];
 * // => ['claim', 'b1-gross-output-sum', '$.claims[3]', 'sum', '164.8亿元']
 * ```
 *
 * @category Datasets
 */
export interface DatasetAuditEntryBase {
  /** What was audited: a claim of `dataset.claims`, or a stated rate of `dataset.observations`. */
  readonly subject: 'claim' | 'observation';
  /** The claim's id (claims only). */
  readonly claimId?: string;
  /** The observation's id, when it has one (observations only). */
  readonly observationId?: string;
  /** The JSONPath of the stated figure: `'$.claims[5]'`, `'$.observations[12].growth'`. */
  readonly path: string;
  /** The town the figure belongs to. */
  readonly townId: string;
  /** The check: share, sum, growth, aggregate-growth, multiple or point-change. */
  readonly kind: AuditKind;
  /** The period of the figure, when known. */
  readonly period?: string;
  /** What is stated: the claim's name, or the observation's indicator code. */
  readonly name?: string;
  /** The stated figure as audited: `'22.32亿元'`, `'27.5%'`, `'5.1倍'`. */
  readonly stated: string;
  /** The source document id. */
  readonly document?: string;
  /** The sentence of the report that states the figure. */
  readonly quote?: string;
}

/**
 * One audited figure of a dataset: a claim, or an observation's stated growth rate or multiple.
 * `ok: true` carries the {@link AuditResult}; `ok: false` carries the error that kept the figure
 * from being audited (its code and message), so one bad figure does not hide the others.
 *
 * @example
 * ```ts
 * const [entry] = auditDataset(sampleDataset(), { townId: 'qingshanquan' });
 * entry?.ok ? [entry.result.consistent, entry.result.computed.toFixed(2), entry.quote?.slice(0, 18)] : entry?.error.message;
 * // => [false, '71.60', '今年全镇拆旧复耕土地面积71.42亩']
 * ```
 *
 * @category Datasets
 */
export type DatasetAuditEntry =
  | (DatasetAuditEntryBase & { readonly ok: true; readonly result: AuditResult })
  | (DatasetAuditEntryBase & {
      readonly ok: false;
      readonly error: { readonly code: ErrorCode; readonly message: string };
    });

type Base = DatasetAuditEntryBase;

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function run(base: Base, audit: () => AuditResult): DatasetAuditEntry {
  try {
    return Object.freeze({ ...base, ok: true as const, result: audit() });
  } catch (error) {
    if (!isTownIndicatorsError(error)) throw error;
    const failure = Object.freeze({ code: error.code, message: error.message });
    return Object.freeze({ ...base, ok: false as const, error: failure });
  }
}

function claimEntries(dataset: Dataset, claims: readonly Claim[]): DatasetAuditEntry[] {
  const { claimPosition } = datasetIndex(dataset);
  return claims.map((claim) =>
    run(
      {
        subject: 'claim',
        claimId: claim.id,
        path: `$.claims[${claimPosition.get(claim)}]`,
        townId: claim.townId,
        kind: claim.kind,
        ...optional('period', claim.period),
        ...optional('name', claim.name),
        stated: claim.stated,
        document: claim.source.document,
        ...optional('quote', claim.source.quote),
      },
      () => runClaimAudit(claim),
    ),
  );
}

function observationEntries(
  dataset: Dataset,
  observations: readonly Observation[],
): DatasetAuditEntry[] {
  const { observationPosition } = datasetIndex(dataset);
  const entries: DatasetAuditEntry[] = [];
  for (const o of observations) {
    const index = observationPosition.get(o);
    const base = (field: string, stated: string, kind: AuditKind): Base => ({
      subject: 'observation',
      ...optional('observationId', o.id),
      path: `$.observations[${index}].${field}`,
      townId: o.townId,
      kind,
      period: o.period,
      name: o.indicator,
      stated,
      ...optional('document', o.source?.document),
      ...optional('quote', o.source?.quote),
    });
    const { previous, growthRecomputable } = comparisonOf(dataset, o);
    const growth = o.growth;
    if (growth !== undefined && previous !== undefined && growthRecomputable) {
      const stated = percentText(growth);
      entries.push(
        run(base('growth', stated, 'growth'), () =>
          auditGrowth({
            previous: auditInput(previous.value),
            current: auditInput(o.value),
            stated,
          }),
        ),
      );
    }
    // A multiple (是…的N倍) names its base period: without one there is nothing to divide by.
    const multiple = o.multiple;
    if (multiple !== undefined && o.base !== undefined && previous !== undefined) {
      const stated = `${multiple.toString()}倍`;
      entries.push(
        run(base('multiple', stated, 'multiple'), () =>
          auditMultiple({
            base: auditInput(previous.value),
            current: auditInput(o.value),
            stated,
          }),
        ),
      );
    }
  }
  return entries;
}

/**
 * Audits every stated figure of a dataset: runs the matching audit on each claim (auditShare,
 * auditSum, auditGrowth, auditAggregateGrowth, auditMultiple, auditPointChange on its figures as
 * printed), and on each observation whose stated `growth` (or `multiple` with its `base`) can be
 * recomputed from another observation of the dataset.
 *
 * Observations: a stated growth is checked against the observation of the same town, indicator
 * and price basis in the `base` period, or else the same period of the previous year (同比), with
 * the same status or else an actual one; a growth whose `growthBasis` differs from the values'
 * basis (growth at comparable prices, levels at current prices) is skipped, since it cannot be
 * recomputed from the levels. A stated multiple is checked against the observation of its `base`
 * period. Observation rates are held as Decimals, so a trailing zero of a printed rate (`'9.0%'`)
 * is not kept: state such a figure as a claim to audit it at its printed precision.
 *
 * Entries come in dataset order: claims first, then observations. A figure whose audit throws a
 * TownIndicatorsError (units of different dimensions, a zero base — possible for observations, and
 * for claims of a dataset not built by {@link parseDataset}) becomes an entry with `ok: false` and
 * the error's code and message, rather than stopping the audit.
 *
 * Formula: each entry is the audit of its kind (see {@link AuditResult}); consistent ⇔ the exact
 * computed value rounded half up at the stated precision equals the stated figure.
 *
 * Source: NBS rounding convention (四舍五入 at the printed precision); the Chinese term is 数据审核
 * (checking the figures of a report).
 *
 * @param dataset - a parsed {@link Dataset}
 * @param options - `townId`: audit only this town's figures
 * @returns the entries, frozen, in dataset order
 * @throws TownIndicatorsError `INVALID_ARGUMENT` when `dataset` is not a parsed dataset, or
 *   `options.townId` is not the id of a town of the dataset
 * @example
 * ```ts
 * const entries = auditDataset(sampleDataset());
 * entries.filter((e) => e.ok && !e.result.consistent).map((e) => e.claimId);
 * // => ['chengdu-mortgage-count', 'jianshe-zones-investment', 'jianshe-gross-output-growth', 'qsq-reclamation-area']
 * ```
 *
 * @category Datasets
 */
export function auditDataset(
  dataset: Dataset,
  options: AuditDatasetOptions = {},
): readonly DatasetAuditEntry[] {
  const data = readDataset(FN, dataset);
  if (typeof options !== 'object' || options === null) {
    throw invalidArgumentError(FN, 'options', 'must be an object');
  }
  const townId: unknown = options.townId;
  if (townId === undefined) {
    return Object.freeze([
      ...claimEntries(data, data.claims),
      ...observationEntries(data, data.observations),
    ]);
  }
  if (typeof townId !== 'string') {
    throw invalidArgumentError(FN, 'options.townId', 'must be a town id (a string)');
  }
  const records = datasetIndex(data).towns.get(townId);
  if (records === undefined) {
    throw invalidArgumentError(
      FN,
      'options.townId',
      `names no town of the dataset, got ${JSON.stringify(townId)}`,
    );
  }
  return Object.freeze([
    ...claimEntries(data, records.claims),
    ...observationEntries(data, records.observations),
  ]);
}
