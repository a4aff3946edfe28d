/**
 * town-indicators: typed models and exact calculators for town development indicators.
 *
 * @packageDocumentation
 */

// Audit of stated figures
export type {
  AggregateGrowthComponent,
  AuditAggregateGrowthInput,
  AuditAggregateGrowthOptions,
  AuditGrowthInput,
  AuditGrowthOptions,
  AuditKind,
  AuditMultipleInput,
  AuditMultipleOptions,
  AuditOptions,
  AuditPointChangeInput,
  AuditPointChangeOptions,
  AuditResult,
  AuditShareInput,
  AuditShareOptions,
  AuditSumInput,
  AuditSumOptions,
  RateAuditOptions,
  StatedFigure,
} from './audit/index.js';
export {
  auditAggregateGrowth,
  auditGrowth,
  auditMultiple,
  auditPointChange,
  auditShare,
  auditSum,
} from './audit/index.js';
// Funding calculators
export type {
  FundingGapResult,
  IrrOptions,
  NpvConvention,
  NpvOptions,
  ScheduleProgressInput,
  ScheduleProgressOptions,
  ScheduleProgressResult,
} from './calculators/funding/index.js';
export {
  arrivalRate,
  completionRate,
  fundingGap,
  irr,
  leverageRatio,
  npv,
  roundShares,
  scheduleProgress,
  share,
  shares,
} from './calculators/funding/index.js';
// Growth calculators
export type {
  CumulativeAverageGrowthOptions,
  GrowthComponent,
  GrowthContribution,
  GrowthContributionsResult,
  GrowthSeriesPoint,
} from './calculators/growth/index.js';
export {
  averageAnnualGrowth,
  cumulativeAverageGrowth,
  exponentialGrowthRate,
  growthContributions,
  growthRate,
  impliedPrevious,
  leastSquaresGrowthRate,
  multiple,
  percentagePointChange,
  requiredGrowthRate,
  yearsToReach,
} from './calculators/growth/index.js';
// Land calculators
export type {
  LandQuotaGapResult,
  LinkingSurplusInput,
  QuotaUnitPriceOptions,
  QuotaValueOptions,
} from './calculators/land/index.js';
export {
  landQuotaGap,
  linkingSurplus,
  quotaUnitPrice,
  quotaValue,
} from './calculators/land/index.js';
// Urbanization calculators
export type {
  BuiltUpAreaPerCapitaOptions,
  LandConsumptionToPopulationGrowthInput,
  LandConsumptionToPopulationGrowthResult,
  LandConsumptionWarning,
  PastPresent,
  PopulationDensityOptions,
} from './calculators/urbanization/index.js';
export {
  builtUpAreaPerCapita,
  impliedTotalPopulation,
  landConsumptionRate,
  landConsumptionToPopulationGrowth,
  populationDensity,
  populationGrowthRate,
  urbanizationRate,
} from './calculators/urbanization/index.js';
// Datasets: the records of a dataset, the comparison rule, the audit of its stated figures
export type {
  AuditDatasetOptions,
  DatasetAuditEntry,
  DatasetAuditEntryBase,
  ObservationComparison,
  TownRecords,
} from './dataset/index.js';
export {
  auditClaim,
  auditDataset,
  compareObservation,
  sampleDataset,
  sampleDatasetInput,
  townRecords,
} from './dataset/index.js';
// Errors
export {
  ErrorCode,
  isTownIndicatorsError,
  TownIndicatorsError,
} from './errors.js';
// Domain models
export type {
  Claim,
  ClaimFigure,
  ClaimInput,
  ClaimKind,
  CodeLabel,
  Dataset,
  DatasetInput,
  DatasetSource,
  DecimalFieldInput,
  FundingKind,
  FundingSource,
  FundingSourceInput,
  FundingStatus,
  GetIndicatorOptions,
  Indicator,
  IndicatorDefinition,
  IndicatorDimension,
  LandQuota,
  LandQuotaInput,
  LandQuotaKind,
  LandQuotaSide,
  ModelIssueCode,
  Observation,
  ObservationInput,
  ObservationStatus,
  ObservationValue,
  ObservationValueInput,
  PriceBasis,
  Project,
  ProjectCategory,
  ProjectInput,
  ProjectPlan,
  ProjectStatus,
  QuantityInput,
  SafeParseResult,
  Town,
  TownInput,
  TownLevel,
  TownScope,
  ValidationIssue,
  ValidationIssueCode,
} from './models/index.js';
export {
  AreaSchema,
  ClaimSchema,
  DATASET_SCHEMA_VERSION,
  DatasetSchema,
  DatasetSourceSchema,
  DecimalSchema,
  datasetJsonSchema,
  FundingSourceSchema,
  formatObservationValue,
  fundingKindLabels,
  fundingStatusLabels,
  getIndicator,
  getValidationIssues,
  IdSchema,
  INDICATOR_CODE_PATTERN,
  INDICATOR_DIMENSIONS,
  IndicatorDefinitionSchema,
  IsoDateSchema,
  isStandardIndicator,
  LandQuotaSchema,
  landQuotaKindLabels,
  landQuotaSideLabels,
  listIndicators,
  MoneySchema,
  ObservationSchema,
  ObservationValueSchema,
  observationStatusLabels,
  observationValueDimension,
  PeriodLabelSchema,
  PopulationSchema,
  ProjectPlanSchema,
  ProjectSchema,
  parseClaim,
  parseDataset,
  parseFundingSource,
  parseLandQuota,
  parseObservation,
  parseProject,
  parseTown,
  priceBasisLabels,
  projectCategoryLabels,
  projectStatusLabels,
  QualifierSchema,
  QuantitySchema,
  RateSchema,
  SourceRefSchema,
  safeParseClaim,
  safeParseDataset,
  safeParseFundingSource,
  safeParseLandQuota,
  safeParseObservation,
  safeParseProject,
  safeParseTown,
  TownSchema,
  townLevelLabels,
  townScopeLabels,
} from './models/index.js';
// Numbers
export type {
  DecimalInput,
  ToDecimalOptions,
} from './numbers/index.js';
export {
  Decimal,
  decimalsOf,
  isDecimal,
  roundHalfUp,
  toDecimal,
} from './numbers/index.js';
// Periods
export type {
  CalendarPeriodKind,
  ElapsedShareOptions,
  Period,
  PeriodInput,
  PeriodKind,
} from './periods/index.js';
export {
  containsDate,
  daysInPeriod,
  elapsedShare,
  isPeriod,
  parsePeriod,
  periodOfDate,
  previousPeriod,
  samePeriodLastYear,
} from './periods/index.js';
// Report
export type {
  DescribeGrowthOptions,
  DescribeMultipleOptions,
  DescribePointChangeOptions,
  FormatQuantityOptions,
  FormatRateOptions,
  Locale,
  ReportFormat,
  TownReport,
  TownReportOptions,
  TownReportRow,
  TownReportSection,
} from './report/index.js';
export {
  describeGrowth,
  describeMultiple,
  describePointChange,
  formatQuantity,
  formatRate,
  renderReport,
  townReport,
} from './report/index.js';
// Units and quantities
export type {
  AmountInput,
  AmountOf,
  Currency,
  Dimension,
  ParseQuantityOptions,
  Qualifier,
  Quantity,
  QuantityOptions,
  Unit,
} from './units/index.js';
export {
  areCompatible,
  convert,
  findUnit,
  isQuantity,
  listUnits,
  parseQuantity,
  quantity,
} from './units/index.js';
