/**
 * The core of the library in one module: numbers, errors, units, periods, calculators and
 * audits, every module re-exported (internal helpers too). The build bundles it into one file
 * (`dist/core.js`, `dist/core.cjs`) that the calculators entry and every module of the upper
 * layers import, so that importing the calculators loads one file, not a hundred.
 *
 * @internal
 * @module
 */

export * from '../audit/auditAggregateGrowth.js';
export * from '../audit/auditGrowth.js';
export * from '../audit/auditIncrement.js';
export * from '../audit/auditMultiple.js';
export * from '../audit/auditPerCapita.js';
export * from '../audit/auditPointChange.js';
export * from '../audit/auditPull.js';
export * from '../audit/auditShare.js';
export * from '../audit/auditStructure.js';
export * from '../audit/auditSum.js';
export * from '../audit/internal/explain.js';
export * from '../audit/internal/figures.js';
export * from '../audit/internal/options.js';
export * from '../audit/internal/ranges.js';
export * from '../audit/internal/result.js';
export * from '../audit/internal/stated.js';

export * from '../audit/types.js';
export * from '../calculators/funding/amortizationSchedule.js';
export * from '../calculators/funding/arrivalRate.js';
export * from '../calculators/funding/completionRate.js';
export * from '../calculators/funding/effect.js';
export * from '../calculators/funding/fundingGap.js';
export * from '../calculators/funding/fv.js';
export * from '../calculators/funding/ipmt.js';
export * from '../calculators/funding/irr.js';
export * from '../calculators/funding/irrRoots.js';
export * from '../calculators/funding/leverageRatio.js';
export * from '../calculators/funding/mirr.js';
export * from '../calculators/funding/nominal.js';
export * from '../calculators/funding/nper.js';
export * from '../calculators/funding/npv.js';
export * from '../calculators/funding/pmt.js';
export * from '../calculators/funding/ppmt.js';
export * from '../calculators/funding/pv.js';
export * from '../calculators/funding/rate.js';
export * from '../calculators/funding/roundShares.js';
export * from '../calculators/funding/scheduleProgress.js';
export * from '../calculators/funding/share.js';
export * from '../calculators/funding/shares.js';
export * from '../calculators/funding/xirr.js';
export * from '../calculators/funding/xnpv.js';
export * from '../calculators/growth/averageAnnualGrowth.js';
export * from '../calculators/growth/cumulativeAverageGrowth.js';
export * from '../calculators/growth/exponentialGrowthRate.js';
export * from '../calculators/growth/growthContributions.js';
export * from '../calculators/growth/growthRate.js';
export * from '../calculators/growth/impliedPrevious.js';
export * from '../calculators/growth/leastSquaresGrowthRate.js';
export * from '../calculators/growth/multiple.js';
export * from '../calculators/growth/percentagePointChange.js';
export * from '../calculators/growth/requiredGrowthRate.js';
export * from '../calculators/growth/yearsToReach.js';
export * from '../calculators/internal/annuity.js';
export * from '../calculators/internal/arguments.js';
export * from '../calculators/internal/compoundings.js';
export * from '../calculators/internal/compoundRate.js';
export * from '../calculators/internal/datedFlows.js';
export * from '../calculators/internal/operands.js';
export * from '../calculators/internal/periodCount.js';
export * from '../calculators/internal/polynomialRoots.js';
export * from '../calculators/internal/solveRate.js';
export * from '../calculators/internal/wide.js';
export * from '../calculators/land/landQuotaGap.js';
export * from '../calculators/land/linkingSurplus.js';
export * from '../calculators/land/quotaUnitPrice.js';
export * from '../calculators/land/quotaValue.js';
export * from '../calculators/urbanization/builtUpAreaPerCapita.js';
export * from '../calculators/urbanization/impliedTotalPopulation.js';
export * from '../calculators/urbanization/landConsumptionRate.js';
export * from '../calculators/urbanization/landConsumptionToPopulationGrowth.js';
export * from '../calculators/urbanization/populationDensity.js';
export * from '../calculators/urbanization/populationGrowthRate.js';
export * from '../calculators/urbanization/urbanizationRate.js';
export * from '../errors.js';
export * from '../numbers/decimal.js';
export * from '../numbers/internal.js';
export * from '../numbers/percent.js';
export * from '../numbers/rational.js';
export * from '../periods/calendar.js';
export * from '../periods/elapsedShare.js';
export * from '../periods/period.js';
export * from '../periods/shift.js';
export * from '../units/amount.js';
export * from '../units/characters.js';
export * from '../units/figure.js';
export * from '../units/parse.js';
export * from '../units/quantity.js';
export * from '../units/table.js';
