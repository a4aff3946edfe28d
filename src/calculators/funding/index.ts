/**
 * Funding calculators: shares and structures, funding gaps, leverage, completion and arrival
 * rates, schedule progress, and the NPV / IRR of cash flows.
 *
 * @module
 */
export { arrivalRate } from './arrivalRate.js';
export { completionRate } from './completionRate.js';
export type { FundingGapResult } from './fundingGap.js';
export { fundingGap } from './fundingGap.js';
export type { IrrOptions } from './irr.js';
export { irr } from './irr.js';
export { leverageRatio } from './leverageRatio.js';
export type { NpvConvention, NpvOptions } from './npv.js';
export { npv } from './npv.js';
export { roundShares } from './roundShares.js';
export type {
  ScheduleProgressInput,
  ScheduleProgressOptions,
  ScheduleProgressResult,
} from './scheduleProgress.js';
export { scheduleProgress } from './scheduleProgress.js';
export { share } from './share.js';
export { shares } from './shares.js';
