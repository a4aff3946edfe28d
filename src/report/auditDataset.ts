import { auditGrowth } from '../audit/auditGrowth.js';
import { auditMultiple } from '../audit/auditMultiple.js';
import type { AuditKind, AuditResult } from '../audit/types.js';
import {
  type ErrorCode,
  ErrorCode as ErrorCodes,
  isTownIndicatorsError,
  messages,
  TownIndicatorsError,
} from '../errors.js';
import { auditClaim } from '../models/claim.js';
import type { Dataset } from '../models/dataset.js';
import type { Observation } from '../models/observation.js';
import type { ObservationValue } from '../models/value.js';
import { samePeriodLastYear } from '../periods/shift.js';
import type { Quantity } from '../units/quantity.js';

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

function claimEntries(dataset: Dataset, townId: string | undefined): DatasetAuditEntry[] {
  return dataset.claims.flatMap((claim, index) =>
    townId !== undefined && claim.townId !== townId
      ? []
      : run(
          {
            subject: 'claim',
            claimId: claim.id,
            path: `$.claims[${index}]`,
            townId: claim.townId,
            kind: claim.kind,
            ...optional('period', claim.period),
            ...optional('name', claim.name),
            stated: claim.stated,
            document: claim.source.document,
            ...optional('quote', claim.source.quote),
          },
          () => auditClaim(claim),
        ),
  );
}

/** An observation value as an audit input: a Quantity, a rate as `'49%'`, a number as text. */
function amountOf(value: ObservationValue): Quantity | string {
  if (value.kind === 'quantity') return value.quantity;
  if (value.kind === 'rate') return `${value.rate.times(100).toString()}%`;
  return value.number.toString();
}

/** Finds observations by town, indicator, period, status and price basis. */
function observationIndex(
  observations: readonly Observation[],
): (of: Observation, period: string) => Observation | undefined {
  const byKey = new Map<string, Observation>();
  const keyOf = (o: Observation, period: string, status: string): string =>
    JSON.stringify([o.townId, o.indicator, period, status, o.basis ?? '']);
  for (const o of observations) {
    const key = keyOf(o, o.period, o.status);
    if (!byKey.has(key)) byKey.set(key, o);
  }
  return (of, period) =>
    byKey.get(keyOf(of, period, of.status)) ?? byKey.get(keyOf(of, period, 'actual'));
}

/** The period a growth rate compares with: `base`, or the same period of the previous year. */
function growthBase(o: Observation): string | undefined {
  if (o.base !== undefined) return o.base;
  try {
    return samePeriodLastYear(o.period).label;
  } catch {
    return undefined; // a period in year 0000 has no previous year
  }
}

// A growth at comparable prices cannot be recomputed from levels at current prices (NBS).
function levelsGiveGrowth(o: Observation): boolean {
  return o.growthBasis === undefined || o.growthBasis === (o.basis ?? 'current');
}

function observationEntries(dataset: Dataset, townId: string | undefined): DatasetAuditEntry[] {
  const find = observationIndex(dataset.observations);
  const entries: DatasetAuditEntry[] = [];
  dataset.observations.forEach((o, index) => {
    if (townId !== undefined && o.townId !== townId) return;
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
    const growth = o.growth;
    const growthPeriod = growthBase(o);
    const previous = growthPeriod === undefined ? undefined : find(o, growthPeriod);
    if (growth !== undefined && previous !== undefined && levelsGiveGrowth(o)) {
      const stated = `${growth.times(100).toString()}%`;
      entries.push(
        run(base('growth', stated, 'growth'), () =>
          auditGrowth({ previous: amountOf(previous.value), current: amountOf(o.value), stated }),
        ),
      );
    }
    const multiple = o.multiple;
    const baseObservation = o.base === undefined ? undefined : find(o, o.base);
    if (multiple !== undefined && baseObservation !== undefined) {
      const stated = `${multiple.toString()}倍`;
      entries.push(
        run(base('multiple', stated, 'multiple'), () =>
          auditMultiple({
            base: amountOf(baseObservation.value),
            current: amountOf(o.value),
            stated,
          }),
        ),
      );
    }
  });
  return entries;
}

function invalid(arg: string, reason: string): never {
  throw new TownIndicatorsError(
    ErrorCodes.INVALID_ARGUMENT,
    messages.invalidArgument(FN, arg, reason),
    { fn: FN, arg },
  );
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
 */
export function auditDataset(
  dataset: Dataset,
  options: AuditDatasetOptions = {},
): readonly DatasetAuditEntry[] {
  const data = dataset as Partial<Dataset> | null;
  if (
    typeof data !== 'object' ||
    data === null ||
    !Array.isArray(data.claims) ||
    !Array.isArray(data.observations) ||
    !Array.isArray(data.towns)
  ) {
    invalid('dataset', 'must be a parsed Dataset (see parseDataset)');
  }
  if (typeof options !== 'object' || options === null) invalid('options', 'must be an object');
  const townId: unknown = options.townId;
  if (townId !== undefined) {
    if (typeof townId !== 'string') invalid('options.townId', 'must be a town id (a string)');
    if (!dataset.towns.some((town) => town.id === townId)) {
      invalid('options.townId', `names no town of the dataset, got ${JSON.stringify(townId)}`);
    }
  }
  const town = townId as string | undefined;
  return Object.freeze([...claimEntries(dataset, town), ...observationEntries(dataset, town)]);
}
