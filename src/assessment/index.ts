/**
 * Assessment: 考核 scorecards, normalisation, composite indices and progress toward plan targets
 * (DESIGN.md §11).
 *
 * @module
 */
export type {
  CompositeIndexResult,
  CompositeScore,
  CompositeSpec,
  CompositeUnit,
} from './compositeIndex.js';
export { compositeIndex } from './compositeIndex.js';
export type { IndicatorDirection, NormalizationMethod, NormalizeOptions } from './normalize.js';
export { normalize } from './normalize.js';
export type {
  CategoryScore,
  ItemScore,
  ScoreData,
  ScoreDatum,
  ScoreTownsOptions,
  ScoreTownsResult,
  ScoreWarning,
  TownScore,
} from './scoreTowns.js';
export { scoreTowns } from './scoreTowns.js';
export type { TargetPoint, TargetProgressResult } from './targetProgress.js';
export { targetProgress } from './targetProgress.js';
