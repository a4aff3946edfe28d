export { auditClaim } from './auditClaim.js';
export type {
  AuditDatasetOptions,
  DatasetAuditEntry,
  DatasetAuditEntryBase,
} from './auditDataset.js';
export { auditDataset } from './auditDataset.js';
export type { ObservationComparison } from './compareObservation.js';
export { compareObservation } from './compareObservation.js';
export type { TownRecords } from './datasetIndex.js';
export { sampleDataset, sampleDatasetInput } from './sample/index.js';
export { townRecords } from './townRecords.js';
