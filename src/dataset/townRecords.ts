import { invalidArgumentError } from '../errors.js';
import type { Dataset } from '../models/dataset.js';
import { datasetIndex, type TownRecords } from './datasetIndex.js';
import { readDataset } from './readDataset.js';

const FN = 'townRecords';

/**
 * The records of one town of a dataset: the town, its observations, projects, funding sources
 * (its own, and those of its projects that name no town), land quotas and claims, each list in
 * dataset order.
 *
 * The dataset is indexed once, on the first call, so a loop over every town costs time in
 * proportion to the dataset, not to towns × records.
 *
 * Source: the dataset's own references (`townId`, `projectId`); the Chinese term is 镇域数据.
 *
 * @param dataset - a parsed dataset, or a dataset file's JSON (parsed on the way in)
 * @param townId - the id of a town of the dataset
 * @returns the town's records, frozen
 * @throws TownIndicatorsError `VALIDATION_ERROR` for a dataset that does not validate;
 *   `INVALID_ARGUMENT` when `townId` names no town of the dataset (the message lists the towns)
 * @example
 * ```ts
 * const records = townRecords(sampleDataset(), 'qingshanquan');
 * [records.town.name, records.claims.map((c) => c.id)];
 * // => ['青山泉镇', ['qsq-reclamation-area']]
 * ```
 *
 * @category Datasets
 */
export function townRecords(dataset: Dataset, townId: string): TownRecords {
  const data = readDataset(FN, dataset);
  const index = datasetIndex(data);
  if (typeof townId !== 'string') {
    throw invalidArgumentError(FN, 'townId', 'must be the id of a town (a string)', townId);
  }
  const records = index.towns.get(townId);
  if (records !== undefined) return records;
  const known = data.towns.map((t) => `${t.id} (${t.name})`).join(', ');
  throw invalidArgumentError(
    FN,
    'townId',
    `names no town of the dataset: ${JSON.stringify(townId)}; the towns are: ${known === '' ? 'none' : known}`,
    townId,
  );
}
