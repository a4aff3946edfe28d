export { sampleDataset, sampleDatasetInput } from './sampleDataset.js';
