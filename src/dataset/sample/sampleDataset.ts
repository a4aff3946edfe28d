import { type Dataset, parseDataset } from '../../models/dataset.js';
import { sampleDatasetInput } from './sampleDatasetInput.js';

let cached: Dataset | undefined;

/**
 * The seed reports as one parsed {@link Dataset}: the towns and cities of the reports — xxxx镇
 * (余姚), 泗门镇, 梁弄镇, 建设镇, 青山泉镇, 白塔镇, 安仁古镇, 安德镇, the city-level figures of XX市
 * (成都) and its groups of towns — with their observations, projects, funding sources and land
 * quotas, each with the sentence it is quoted from, and the stated figures (claims) to audit.
 *
 * The reports' years were anonymised to "2024"; each placeholder is mapped to 2011 (the year of
 * the reports dated 2011, and a placeholder for the undated ones — see the dataset `description`
 * and each source's `notes`). The reports' own inconsistencies are kept as printed, so that
 * {@link auditDataset} finds them: 建设镇's four zones (22.362亿元 against the stated 22.32亿元) and
 * its 工农业总产值 growth (27.447% against 27.5%), 青山泉镇's four parcels (71.60亩 against 71.42亩),
 * and 成都's 2024笔 of mortgage loans (2054 by their parts: an anonymiser artefact).
 *
 * Parsed once, on the first call, and shared (the dataset is frozen). Needs no file system.
 *
 * Source: the seed reports of the library, figures checked against `seed-claims.json`; the
 * Chinese term is 样例数据.
 *
 * @returns the parsed sample dataset
 * @example
 * ```ts
 * const dataset = sampleDataset();
 * const zones = dataset.projects.filter((p) => p.parentId === 'jianshe-battle');
 * [dataset.towns.length, zones.map((p) => String(p.totalInvestment))];
 * // => [13, ['3.41亿元', '10.3亿元', '7.55亿元', '1.102亿元']]
 * ```
 *
 * @category Datasets
 */
export function sampleDataset(): Dataset {
  cached ??= parseDataset(sampleDatasetInput());
  return cached;
}
