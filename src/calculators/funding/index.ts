/**
 * Funding calculators: shares and structures, funding gaps, leverage, completion and arrival
 * rates, schedule progress, the NPV / IRR of cash flows, and loans and annuities (Excel's PMT, PV,
 * FV, NPER, IPMT, PPMT, EFFECT, NOMINAL and an amortization schedule).
 *
 * @module
 */
export type { PaymentTiming } from '../internal/annuity.js';
export type { DatedFlow } from '../internal/datedFlows.js';
export type { AmortizationInput, AmortizationRow } from './amortizationSchedule.js';
export { amortizationSchedule } from './amortizationSchedule.js';
export { arrivalRate } from './arrivalRate.js';
export { completionRate } from './completionRate.js';
export { effect } from './effect.js';
export type { FundingGapResult } from './fundingGap.js';
export { fundingGap } from './fundingGap.js';
export type { FvOptions } from './fv.js';
export { fv } from './fv.js';
export type { PaymentPartOptions } from './ipmt.js';
export { ipmt } from './ipmt.js';
export type { IrrOptions } from './irr.js';
export { irr } from './irr.js';
export { irrRoots } from './irrRoots.js';
export { leverageRatio } from './leverageRatio.js';
export { mirr } from './mirr.js';
export { nominal } from './nominal.js';
export type { NperOptions } from './nper.js';
export { nper } from './nper.js';
export type { NpvConvention, NpvOptions } from './npv.js';
export { npv } from './npv.js';
export type { PmtOptions } from './pmt.js';
export { pmt } from './pmt.js';
export { ppmt } from './ppmt.js';
export type { PvOptions } from './pv.js';
export { pv } from './pv.js';
export type { RateOptions } from './rate.js';
export { rate } from './rate.js';
export { roundShares } from './roundShares.js';
export type {
  ScheduleProgressInput,
  ScheduleProgressOptions,
  ScheduleProgressResult,
} from './scheduleProgress.js';
export { scheduleProgress } from './scheduleProgress.js';
export { share } from './share.js';
export { shares } from './shares.js';
export type { XirrOptions } from './xirr.js';
export { xirr } from './xirr.js';
export { xnpv } from './xnpv.js';
