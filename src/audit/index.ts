export type {
  AggregateGrowthComponent,
  AuditAggregateGrowthInput,
  AuditAggregateGrowthOptions,
} from './auditAggregateGrowth.js';
export { auditAggregateGrowth } from './auditAggregateGrowth.js';
export type { AuditGrowthInput, AuditGrowthOptions } from './auditGrowth.js';
export { auditGrowth } from './auditGrowth.js';
export type { AuditIncrementInput, AuditIncrementOptions } from './auditIncrement.js';
export { auditIncrement } from './auditIncrement.js';
export type { AuditMultipleInput, AuditMultipleOptions } from './auditMultiple.js';
export { auditMultiple } from './auditMultiple.js';
export type { AuditPerCapitaInput, AuditPerCapitaOptions } from './auditPerCapita.js';
export { auditPerCapita } from './auditPerCapita.js';
export type { AuditPointChangeInput, AuditPointChangeOptions } from './auditPointChange.js';
export { auditPointChange } from './auditPointChange.js';
export type { AuditPullInput, AuditPullOptions } from './auditPull.js';
export { auditPull } from './auditPull.js';
export type { AuditShareInput, AuditShareOptions } from './auditShare.js';
export { auditShare } from './auditShare.js';
export type { AuditStructureInput, AuditStructureOptions } from './auditStructure.js';
export { auditStructure } from './auditStructure.js';
export type { AuditSumInput, AuditSumOptions } from './auditSum.js';
export { auditSum } from './auditSum.js';
export type {
  AuditKind,
  AuditOptions,
  AuditResult,
  RateAuditOptions,
  StatedFigure,
} from './types.js';
