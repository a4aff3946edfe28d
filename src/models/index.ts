export type { DecimalFieldInput, QuantityInput } from './amounts.js';
export {
  AreaSchema,
  DecimalSchema,
  MoneySchema,
  PopulationSchema,
  QualifierSchema,
  QuantitySchema,
  RateSchema,
} from './amounts.js';
export type { Claim, ClaimFigure, ClaimInput, DatasetClaimKind } from './claim.js';
export { ClaimSchema, parseClaim, safeParseClaim } from './claim.js';
export type {
  Dataset,
  DatasetInput,
  DatasetSource,
  IndicatorDefinition,
} from './dataset.js';
export {
  DATASET_SCHEMA_VERSION,
  DatasetSchema,
  DatasetSourceSchema,
  IndicatorDefinitionSchema,
  parseDataset,
  safeParseDataset,
} from './dataset.js';
export {
  type CodeLabel,
  IdSchema,
  IsoDateSchema,
  PeriodLabelSchema,
  SourceRefSchema,
} from './fields.js';
export type {
  FundingKind,
  FundingSource,
  FundingSourceInput,
  FundingStatus,
} from './fundingSource.js';
export {
  FundingSourceSchema,
  fundingKindLabels,
  fundingStatusLabels,
  parseFundingSource,
  safeParseFundingSource,
} from './fundingSource.js';
export type { GetIndicatorOptions, Indicator, IndicatorDimension } from './indicators.js';
export {
  getIndicator,
  INDICATOR_DIMENSIONS,
  isStandardIndicator,
  listIndicators,
} from './indicators.js';
export type {
  ModelIssueCode,
  SafeParseResult,
  ValidationIssue,
  ValidationIssueCode,
} from './issues.js';
export { getValidationIssues } from './issues.js';
export { datasetJsonSchema, scorecardJsonSchema } from './jsonSchema.js';
export type {
  LandQuota,
  LandQuotaInput,
  LandQuotaKind,
  LandQuotaSide,
} from './landQuota.js';
export {
  LandQuotaSchema,
  landQuotaKindLabels,
  landQuotaSideLabels,
  parseLandQuota,
  safeParseLandQuota,
} from './landQuota.js';
export type {
  Observation,
  ObservationInput,
  ObservationStatus,
  PriceBasis,
} from './observation.js';
export {
  INDICATOR_CODE_PATTERN,
  ObservationSchema,
  observationStatusLabels,
  parseObservation,
  priceBasisLabels,
  safeParseObservation,
} from './observation.js';
export type {
  Project,
  ProjectCategory,
  ProjectInput,
  ProjectPlan,
  ProjectStatus,
} from './project.js';
export {
  ProjectPlanSchema,
  ProjectSchema,
  parseProject,
  projectCategoryLabels,
  projectStatusLabels,
  safeParseProject,
} from './project.js';
export type {
  AnyRule,
  ComparisonOp,
  ManualRule,
  PenaltyRule,
  ProportionalRule,
  Scorecard,
  ScorecardCategory,
  ScorecardInput,
  ScorecardItem,
  ScorecardSource,
  ScoringDirection,
  ScoringMeasure,
  ScoringRule,
  ScoringRuleInput,
  ScoringTier,
  ThresholdRule,
  TiersRule,
} from './scorecard.js';
export { parseScorecard, ScorecardSchema, safeParseScorecard } from './scorecard.js';
export type { Town, TownInput, TownLevel, TownScope } from './town.js';
export {
  parseTown,
  safeParseTown,
  TownSchema,
  townLevelLabels,
  townScopeLabels,
} from './town.js';
export type { ObservationValue, ObservationValueInput } from './value.js';
export {
  formatObservationValue,
  ObservationValueSchema,
  observationValueDimension,
} from './value.js';
