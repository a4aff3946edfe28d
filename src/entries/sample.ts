/**
 * `town-indicators/sample`: the seed reports as one dataset file, as JSON, with no zod loaded.
 * Pass it to `parseDataset` (or call `sampleDataset()` of the root entry) for the parsed dataset.
 *
 * @module sample
 */
export { sampleDatasetInput } from '../dataset/sample/sampleDatasetInput.js';
