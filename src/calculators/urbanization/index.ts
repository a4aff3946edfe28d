/**
 * Urbanization calculators: 城镇化率, implied totals, and the SDG 11.3.1 land-use efficiency
 * indicators (LCR, PGR, LCRPGR, built-up area per capita) and population density.
 *
 * @module
 */
export {
  type BuiltUpAreaPerCapitaOptions,
  builtUpAreaPerCapita,
} from './builtUpAreaPerCapita.js';
export { impliedTotalPopulation } from './impliedTotalPopulation.js';
export { landConsumptionRate } from './landConsumptionRate.js';
export {
  type LandConsumptionToPopulationGrowthInput,
  type LandConsumptionToPopulationGrowthResult,
  type LandConsumptionWarning,
  landConsumptionToPopulationGrowth,
  type PastPresent,
} from './landConsumptionToPopulationGrowth.js';
export { type PopulationDensityOptions, populationDensity } from './populationDensity.js';
export { populationGrowthRate } from './populationGrowthRate.js';
export { urbanizationRate } from './urbanizationRate.js';
