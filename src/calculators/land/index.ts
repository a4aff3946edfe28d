/**
 * Land calculators: construction-land quota gaps, 增减挂钩 surplus quotas, and the money value of
 * land quotas per 亩.
 *
 * @module
 */
export { type LandQuotaGapResult, landQuotaGap } from './landQuotaGap.js';
export { type LinkingSurplusInput, linkingSurplus } from './linkingSurplus.js';
export { type QuotaUnitPriceOptions, quotaUnitPrice } from './quotaUnitPrice.js';
export { type QuotaValueOptions, quotaValue } from './quotaValue.js';
