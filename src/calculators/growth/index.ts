export { averageAnnualGrowth } from './averageAnnualGrowth.js';
export type { CumulativeAverageGrowthOptions } from './cumulativeAverageGrowth.js';
export { cumulativeAverageGrowth } from './cumulativeAverageGrowth.js';
export { exponentialGrowthRate } from './exponentialGrowthRate.js';
export type {
  GrowthComponent,
  GrowthContribution,
  GrowthContributionsResult,
} from './growthContributions.js';
export { growthContributions } from './growthContributions.js';
export { growthRate } from './growthRate.js';
export { impliedPrevious } from './impliedPrevious.js';
export type { GrowthSeriesPoint } from './leastSquaresGrowthRate.js';
export { leastSquaresGrowthRate } from './leastSquaresGrowthRate.js';
export { multiple } from './multiple.js';
export { percentagePointChange } from './percentagePointChange.js';
export { requiredGrowthRate } from './requiredGrowthRate.js';
export { yearsToReach } from './yearsToReach.js';
