/** Test support: the shipped scorecard files, and small scorecards built in a test. */
import { readFileSync } from 'node:fs';
import type { ScorecardInput } from '../../src/models/scorecard.js';

const scorecards = new URL('../../examples/data/scorecards/', import.meta.url);

/** The JSON of a shipped scorecard file (`'town-infrastructure'`, `'central-town-standard'`). */
export function readScorecardFile(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`${name}.json`, scorecards), 'utf8'));
}

/** The text of a shipped scorecard file (for the command line). */
export function scorecardFileText(name: string): string {
  return readFileSync(new URL(`${name}.json`, scorecards), 'utf8');
}

/** A scorecard of one category (`c`) with these items and category fields. */
export function oneCategory(
  items: readonly unknown[],
  extra: Readonly<Record<string, unknown>> = {},
): ScorecardInput {
  return {
    id: 's',
    name: 's',
    categories: [{ id: 'c', name: 'c', items, ...extra }],
  } as unknown as ScorecardInput;
}

/** 自来水普及率达95%以上，得0.5分. */
export const tapWater = Object.freeze({
  id: 'water',
  name: '自来水普及率',
  indicator: 'tap-water-coverage',
  points: 0.5,
  rule: { type: 'threshold', op: '>=', value: '95%' },
});
