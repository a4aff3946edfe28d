import { invalidArgumentError } from '../errors.js';
import type { Dataset } from '../models/dataset.js';
import type { Observation, ObservationStatus, PriceBasis } from '../models/observation.js';
import { comparisonPeriodLabel } from '../periods/shift.js';
import { datasetIndex, observationKey } from './datasetIndex.js';
import { readDataset } from './readDataset.js';

const FN = 'compareObservation';

/**
 * What an observation is compared with, by the one comparison rule of the library (see
 * {@link compareObservation}); the report's growth rows and {@link auditDataset} both follow it.
 *
 * @example
 * ```ts
 * const dataset = parseDataset({ schemaVersion: 1, towns: [{ id: 't', name: '白塔镇' }], observations: [
 *   { townId: 't', indicator: 'fiscal-revenue', period: '2010', value: '1亿元' },
 *   { townId: 't', indicator: 'fiscal-revenue', period: '2011', value: '1.1亿元', growth: '10%' },
 * ] });
 * const comparison: ObservationComparison = compareObservation(dataset, dataset.observations[1]);
 * [comparison.basePeriod, comparison.previous?.period, comparison.growthRecomputable];
 * // => ['2010', '2010', true]
 * ```
 *
 * @category Datasets
 */
export interface ObservationComparison {
  /**
   * The period compared with: the observation's `base`, else the same period of the previous
   * year (去年同期); `undefined` for a period in the year 0000.
   */
  readonly basePeriod: string | undefined;
  /** The observation of the base period it is compared with, when the dataset has one. */
  readonly previous: Observation | undefined;
  /**
   * Whether a stated growth can be recomputed from the two levels: `false` when the growth is
   * stated on another price basis than the levels (NBS: GDP at current prices, its growth at
   * comparable prices), or when there is no previous observation.
   */
  readonly growthRecomputable: boolean;
}

/** Best known figure first: a final (actual) figure supersedes an estimate, an estimate a plan. */
const STATUS_PREFERENCE: readonly ObservationStatus[] = ['actual', 'estimated', 'planned'];

/**
 * The best known of several observations of one figure: the first actual one, else the first
 * estimate, else the first plan (the rule the comparison and the scorecards share).
 *
 * @internal
 */
export function bestKnown(candidates: readonly Observation[]): Observation | undefined {
  for (const status of STATUS_PREFERENCE) {
    const found = candidates.find((p) => p.status === status);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The best known observation of a town's indicator in a period on a price basis (default
 * `'current'`), by {@link bestKnown}.
 *
 * @internal
 */
export function observationAt(
  dataset: Dataset,
  townId: string,
  indicator: string,
  period: string,
  basis: PriceBasis = 'current',
): Observation | undefined {
  const candidates =
    datasetIndex(dataset).observationsAt.get(observationKey(townId, indicator, period)) ?? [];
  return bestKnown(candidates.filter((o) => priceBasis(o) === basis));
}

function priceBasis(o: Observation): PriceBasis {
  return o.basis ?? 'current';
}

function basePeriodOf(o: Observation): string | undefined {
  return o.base ?? comparisonPeriodLabel(o.period);
}

/**
 * The comparison of an observation within its dataset; internal form, for callers that have
 * validated the dataset already.
 *
 * @internal
 */
export function comparisonOf(dataset: Dataset, o: Observation): ObservationComparison {
  const basePeriod = basePeriodOf(o);
  if (basePeriod === undefined) {
    return { basePeriod, previous: undefined, growthRecomputable: false };
  }
  const candidates = (
    datasetIndex(dataset).observationsAt.get(observationKey(o.townId, o.indicator, basePeriod)) ??
    []
  ).filter((p) => p !== o && priceBasis(p) === priceBasis(o));
  const previous = bestKnown(candidates);
  const sameBasis = o.growthBasis === undefined || o.growthBasis === priceBasis(o);
  return { basePeriod, previous, growthRecomputable: previous !== undefined && sameBasis };
}

/**
 * What an observation of a dataset is compared with: the one rule that decides which earlier
 * figure a stated growth, point change or multiple refers to, used by the growth rows of
 * `townReport` and by {@link auditDataset} alike.
 *
 * The rule:
 * 1. The base period is the observation's `base` when it states one (比1996年), else the same
 *    period of the previous year (比上年 / 比上年同期).
 * 2. The previous observation is one of the same town and indicator in the base period, on the
 *    same price basis (current or comparable prices); the dataset's checks make every value of
 *    one indicator the same kind (an amount, a rate or a plain number).
 * 3. Among those, the best known figure wins: an actual one, else an estimated one (预计), else a
 *    planned one — whatever the status of the observation itself, since a report compares its
 *    estimate for this year with last year's final figure. Ties go to the first in dataset order.
 * 4. A stated growth is recomputable from the two levels only when it is stated on the levels'
 *    price basis: a growth at comparable prices (`growthBasis: 'comparable'`) of levels at
 *    current prices cannot be recomputed from them (NBS), so it is shown as stated and not audited.
 *
 * Source: NBS conventions for 同比 (same period of the previous year) and for growth at
 * comparable prices (可比价); the Chinese term is 对比基期.
 *
 * @param dataset - a parsed dataset, or a dataset file's JSON
 * @param observation - an observation of that dataset
 * @returns the base period, the previous observation (if any) and whether a stated growth can be
 *   recomputed from the levels
 * @throws TownIndicatorsError `VALIDATION_ERROR` for a dataset that does not validate;
 *   `INVALID_ARGUMENT` when `observation` is not an observation of the dataset
 * @example
 * ```ts
 * const dataset = parseDataset({ schemaVersion: 1, towns: [{ id: 't', name: '白塔镇' }], observations: [
 *   { townId: 't', indicator: 'fiscal-revenue', period: '2010', value: '0.9亿元', status: '预计' },
 *   { townId: 't', indicator: 'fiscal-revenue', period: '2010', value: '1亿元' },
 *   { townId: 't', indicator: 'fiscal-revenue', period: '2011', value: '1.1亿元', status: '预计', growth: '10%' },
 * ] });
 * const { previous } = compareObservation(dataset, dataset.observations[2]);
 * [previous?.status, previous?.value.kind === 'quantity' ? String(previous.value.quantity) : null];
 * // => ['actual', '1亿元']
 * ```
 *
 * @category Datasets
 */
export function compareObservation(
  dataset: Dataset,
  observation: Observation,
): ObservationComparison {
  const data = readDataset(FN, dataset);
  if (!datasetIndex(data).observationPosition.has(observation)) {
    throw invalidArgumentError(
      FN,
      'observation',
      'must be one of dataset.observations (the same object, from the parsed dataset)',
    );
  }
  return comparisonOf(data, observation);
}
