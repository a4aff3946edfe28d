// The one source of the sample dataset: the JSON file that examples and the CLI read too.
import SAMPLE from '../../../examples/data/sample-dataset.json' with { type: 'json' };
import type { DatasetInput } from '../../models/dataset.js';

/**
 * The seed reports as one dataset file, as JSON: a fresh copy on each call, so it can be changed
 * and parsed again, written to disk (it equals `examples/data/sample-dataset.json`), or used as a
 * template for one's own data.
 *
 * Source: the seed reports of the library (000: XX市(成都) 小城镇建设年度总结; 002: 中心镇建设工作总结
 * of xxxx镇, 余姚 泗门/梁弄, 建设镇, 青山泉镇, 白塔镇); the Chinese term is 样例数据.
 *
 * @returns the dataset file as a plain JSON object (see {@link sampleDataset} for the parsed one)
 * @example
 * ```ts
 * const input = sampleDatasetInput();
 * [input.schemaVersion, input.towns?.length, input.claims?.length];
 * // => [1, 13, 12]
 * ```
 *
 * @category Datasets
 */
export function sampleDatasetInput(): DatasetInput {
  return structuredClone(SAMPLE) as DatasetInput;
}
