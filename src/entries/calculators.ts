/**
 * `town-indicators/calculators`: numbers, units, periods, every calculator and the audits of
 * stated figures — the part of the library that needs no zod. Import it where zod is not
 * installed (plain Node, Deno, a notebook kernel) or to keep a bundle small; the root entry
 * `town-indicators` exports all of it too.
 *
 * @module calculators
 */

// Audit of stated figures
export type {
  AggregateGrowthComponent,
  AuditAggregateGrowthInput,
  AuditAggregateGrowthOptions,
  AuditGrowthInput,
  AuditGrowthOptions,
  AuditIncrementInput,
  AuditIncrementOptions,
  AuditKind,
  AuditMultipleInput,
  AuditMultipleOptions,
  AuditOptions,
  AuditPerCapitaInput,
  AuditPerCapitaOptions,
  AuditPointChangeInput,
  AuditPointChangeOptions,
  AuditPullInput,
  AuditPullOptions,
  AuditResult,
  AuditShareInput,
  AuditShareOptions,
  AuditStructureInput,
  AuditStructureOptions,
  AuditSumInput,
  AuditSumOptions,
  RateAuditOptions,
  StatedFigure,
} from '../audit/index.js';
export {
  auditAggregateGrowth,
  auditGrowth,
  auditIncrement,
  auditMultiple,
  auditPerCapita,
  auditPointChange,
  auditPull,
  auditShare,
  auditStructure,
  auditSum,
} from '../audit/index.js';
// Funding calculators
export type {
  AmortizationInput,
  AmortizationRow,
  DatedFlow,
  FundingGapResult,
  FvOptions,
  IrrOptions,
  NperOptions,
  NpvConvention,
  NpvOptions,
  PaymentPartOptions,
  PaymentTiming,
  PmtOptions,
  PvOptions,
  RateOptions,
  ScheduleProgressInput,
  ScheduleProgressOptions,
  ScheduleProgressResult,
  XirrOptions,
} from '../calculators/funding/index.js';
export {
  amortizationSchedule,
  arrivalRate,
  completionRate,
  effect,
  fundingGap,
  fv,
  ipmt,
  irr,
  irrRoots,
  leverageRatio,
  mirr,
  nominal,
  nper,
  npv,
  pmt,
  ppmt,
  pv,
  rate,
  roundShares,
  scheduleProgress,
  share,
  shares,
  xirr,
  xnpv,
} from '../calculators/funding/index.js';
// Growth calculators
export type {
  CumulativeAverageGrowthOptions,
  GrowthComponent,
  GrowthContribution,
  GrowthContributionsResult,
  GrowthSeriesPoint,
} from '../calculators/growth/index.js';
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
} from '../calculators/growth/index.js';
// Land calculators
export type {
  LandQuotaGapResult,
  LinkingSurplusInput,
  QuotaUnitPriceOptions,
  QuotaValueOptions,
} from '../calculators/land/index.js';
export {
  landQuotaGap,
  linkingSurplus,
  quotaUnitPrice,
  quotaValue,
} from '../calculators/land/index.js';
// Urbanization calculators
export type {
  BuiltUpAreaPerCapitaOptions,
  LandConsumptionToPopulationGrowthInput,
  LandConsumptionToPopulationGrowthResult,
  LandConsumptionWarning,
  PastPresent,
  PopulationDensityOptions,
} from '../calculators/urbanization/index.js';
export {
  builtUpAreaPerCapita,
  impliedTotalPopulation,
  landConsumptionRate,
  landConsumptionToPopulationGrowth,
  populationDensity,
  populationGrowthRate,
  urbanizationRate,
} from '../calculators/urbanization/index.js';
// Errors
export {
  ErrorCode,
  isTownIndicatorsError,
  TownIndicatorsError,
} from '../errors.js';
// Numbers
export type {
  DecimalInput,
  ToDecimalOptions,
} from '../numbers/index.js';
export {
  Decimal,
  decimalsOf,
  isDecimal,
  MAX_EXPONENT,
  roundHalfUp,
  toDecimal,
} from '../numbers/index.js';
// Periods
export type {
  CalendarPeriodKind,
  ElapsedShareOptions,
  Period,
  PeriodInput,
  PeriodKind,
} from '../periods/index.js';
export {
  containsDate,
  daysInPeriod,
  elapsedShare,
  isPeriod,
  parsePeriod,
  periodOfDate,
  previousPeriod,
  samePeriodLastYear,
} from '../periods/index.js';
// Units and quantities
export type {
  AmountInput,
  AmountOf,
  BaseDimension,
  Currency,
  Dimension,
  ParseQuantityOptions,
  Qualifier,
  Quantity,
  QuantityOptions,
  Unit,
} from '../units/index.js';
export {
  areCompatible,
  convert,
  findUnit,
  isQuantity,
  listUnits,
  parseQuantity,
  quantity,
} from '../units/index.js';
