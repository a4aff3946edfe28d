/**
 * The index of a parsed dataset: its towns by id, each town's records, and the position of every
 * observation and claim. Built once per dataset, on first use, and kept beside it in a WeakMap, so
 * that a report for each of N towns costs time in proportion to N, not N².
 *
 * Parsed datasets are frozen, so an index never goes stale.
 *
 * @internal
 * @module
 */
import type { Claim } from '../models/claim.js';
import type { Dataset } from '../models/dataset.js';
import type { FundingSource } from '../models/fundingSource.js';
import type { LandQuota } from '../models/landQuota.js';
import type { Observation } from '../models/observation.js';
import type { Project } from '../models/project.js';
import type { Town } from '../models/town.js';

/**
 * The records of one town: what belongs to it by `townId`, and the funding sources of its
 * projects that name no town of their own.
 *
 * @example
 * ```ts
 * const records: TownRecords = townRecords(sampleDataset(), 'jianshe');
 * [records.town.name, records.projects.length > 0];
 * // => ['建设镇', true]
 * ```
 */
export interface TownRecords {
  /** The town. */
  readonly town: Town;
  /** Its observations, any period, in dataset order. */
  readonly observations: readonly Observation[];
  /** Its projects, in dataset order. */
  readonly projects: readonly Project[];
  /** Its funding sources (by `townId`, or through their project), in dataset order. */
  readonly fundingSources: readonly FundingSource[];
  /** Its land quotas, in dataset order. */
  readonly landQuotas: readonly LandQuota[];
  /** Its claims (stated figures to audit), in dataset order. */
  readonly claims: readonly Claim[];
}

/** @internal */
export interface DatasetIndex {
  readonly towns: ReadonlyMap<string, TownRecords>;
  /** Position of each observation in `dataset.observations`, for JSONPaths. */
  readonly observationPosition: ReadonlyMap<Observation, number>;
  /** Position of each claim in `dataset.claims`. */
  readonly claimPosition: ReadonlyMap<Claim, number>;
  /** Observations by town, indicator and period, in dataset order. */
  readonly observationsAt: ReadonlyMap<string, readonly Observation[]>;
}

interface MutableRecords {
  town: Town;
  observations: Observation[];
  projects: Project[];
  fundingSources: FundingSource[];
  landQuotas: LandQuota[];
  claims: Claim[];
}

let indexes: WeakMap<Dataset, DatasetIndex> | undefined;

/**
 * The key of {@link DatasetIndex.observationsAt}.
 *
 * @internal
 */
export function observationKey(townId: string, indicator: string, period: string): string {
  return JSON.stringify([townId, indicator, period]);
}

function positions<T>(items: readonly T[]): Map<T, number> {
  const map = new Map<T, number>();
  items.forEach((item, index) => {
    map.set(item, index);
  });
  return map;
}

function build(dataset: Dataset): DatasetIndex {
  const towns = new Map<string, MutableRecords>();
  for (const town of dataset.towns) {
    towns.set(town.id, {
      town,
      observations: [],
      projects: [],
      fundingSources: [],
      landQuotas: [],
      claims: [],
    });
  }
  const observationsAt = new Map<string, Observation[]>();
  for (const o of dataset.observations) {
    towns.get(o.townId)?.observations.push(o);
    const key = observationKey(o.townId, o.indicator, o.period);
    const list = observationsAt.get(key);
    if (list === undefined) observationsAt.set(key, [o]);
    else list.push(o);
  }
  const projectTown = new Map<string, string>();
  for (const p of dataset.projects) {
    towns.get(p.townId)?.projects.push(p);
    projectTown.set(p.id, p.townId);
  }
  for (const f of dataset.fundingSources) {
    const townId =
      f.townId ?? (f.projectId === undefined ? undefined : projectTown.get(f.projectId));
    if (townId !== undefined) towns.get(townId)?.fundingSources.push(f);
  }
  for (const q of dataset.landQuotas) towns.get(q.townId)?.landQuotas.push(q);
  for (const c of dataset.claims) towns.get(c.townId)?.claims.push(c);
  const frozen = new Map<string, TownRecords>();
  for (const [id, records] of towns) {
    frozen.set(
      id,
      Object.freeze({
        town: records.town,
        observations: Object.freeze(records.observations),
        projects: Object.freeze(records.projects),
        fundingSources: Object.freeze(records.fundingSources),
        landQuotas: Object.freeze(records.landQuotas),
        claims: Object.freeze(records.claims),
      }),
    );
  }
  return {
    towns: frozen,
    observationPosition: positions(dataset.observations),
    claimPosition: positions(dataset.claims),
    observationsAt,
  };
}

/**
 * The index of a parsed dataset, built on first use.
 *
 * @internal
 */
export function datasetIndex(dataset: Dataset): DatasetIndex {
  indexes ??= new WeakMap();
  let index = indexes.get(dataset);
  if (index === undefined) {
    index = build(dataset);
    indexes.set(dataset, index);
  }
  return index;
}
