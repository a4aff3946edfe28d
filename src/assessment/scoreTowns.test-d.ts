import { describe, expectTypeOf, it } from 'vitest';
import type { Dataset } from '../models/dataset.js';
import type { Scorecard, ScorecardInput, ScoringRule } from '../models/scorecard.js';
import type { ObservationValue } from '../models/value.js';
import type { Decimal } from '../numbers/decimal.js';
import {
  type ItemScore,
  type ScoreData,
  type ScoreTownsOptions,
  type ScoreTownsResult,
  scoreTowns,
  type TownScore,
} from './scoreTowns.js';

describe('scoreTowns types', () => {
  it('takes a scorecard (parsed or as JSON), records or a dataset, and options', () => {
    expectTypeOf(scoreTowns).parameter(0).toEqualTypeOf<Scorecard | ScorecardInput>();
    expectTypeOf(scoreTowns).parameter(1).toEqualTypeOf<ScoreData | Dataset>();
    expectTypeOf(scoreTowns).parameter(2).toEqualTypeOf<ScoreTownsOptions | undefined>();
    expectTypeOf(scoreTowns).returns.toEqualTypeOf<ScoreTownsResult>();
  });

  it('gives exact, readonly results', () => {
    expectTypeOf<TownScore['total']>().toEqualTypeOf<Decimal>();
    expectTypeOf<TownScore['rank']>().toEqualTypeOf<number>();
    expectTypeOf<TownScore['items']>().toEqualTypeOf<readonly ItemScore[]>();
    expectTypeOf<ItemScore['gap']>().toEqualTypeOf<Decimal | undefined>();
    expectTypeOf<ItemScore['value']>().toEqualTypeOf<ObservationValue | undefined>();
    expectTypeOf<ItemScore['rule']>().toEqualTypeOf<ScoringRule['type']>();
    expectTypeOf<ScoreTownsOptions['missing']>().toEqualTypeOf<'zero' | 'error' | undefined>();
  });

  it('accepts the data forms of DESIGN.md §11a and refuses others', () => {
    scoreTowns({} as Scorecard, {
      a: { water: '96%', road: 0.5, growth: { previous: '1亿元', current: '1.1亿元' }, none: null },
    });
    // @ts-expect-error a town's data is an object of values
    scoreTowns({} as Scorecard, { a: 5 });
    // @ts-expect-error missing is 'zero' or 'error'
    scoreTowns({} as Scorecard, {}, { missing: 'skip' });
  });
});
