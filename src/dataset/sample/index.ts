export { sampleDataset } from './sampleDataset.js';
export { sampleDatasetInput } from './sampleDatasetInput.js';
