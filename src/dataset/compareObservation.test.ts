import { describe, expect, it } from 'vitest';
import { expectCode } from '../../tests/support/expectError.js';
import { type DatasetInput, parseDataset } from '../models/dataset.js';
import { compareObservation } from './compareObservation.js';

const towns = [{ id: 't', name: '白塔镇' }];
const gdp = { townId: 't', indicator: 'gdp' } as const;

function dataset(observations: NonNullable<DatasetInput['observations']>) {
  return parseDataset({ schemaVersion: 1, towns, observations });
}

function compare(
  observations: NonNullable<DatasetInput['observations']>,
  index = observations.length - 1,
) {
  const data = dataset(observations);
  const o = data.observations[index];
  if (o === undefined) throw new Error('fixture');
  return compareObservation(data, o);
}

describe('compareObservation: the one comparison rule', () => {
  it('prefers an estimate to a plan when the year has no actual figure', () => {
    const comparison = compare([
      { ...gdp, id: 'plan', period: '2010', value: '95亿元', status: '计划' },
      { ...gdp, id: 'estimate', period: '2010', value: '90亿元', status: '预计' },
      { ...gdp, id: 'now', period: '2011', value: '100亿元', status: '预计' },
    ]);
    expect(comparison.previous?.id).toBe('estimate');
    expect(
      compare([
        { ...gdp, id: 'plan', period: '2010', value: '95亿元', status: '计划' },
        { ...gdp, id: 'now', period: '2011', value: '100亿元' },
      ]).previous?.id,
    ).toBe('plan');
  });

  it('compares only on the same price basis', () => {
    const comparable = compare([
      { ...gdp, id: 'real', period: '2010', value: '90亿元', basis: '可比价' },
      { ...gdp, id: 'now', period: '2011', value: '100亿元' },
    ]);
    expect(comparable.previous).toBe(undefined);
    expect(comparable.growthRecomputable).toBe(false);
  });

  it('never compares an observation with itself, even when its base is its own period', () => {
    const comparison = compare([
      { ...gdp, id: 'self', period: '2011', value: '100亿元', base: '2011' },
    ]);
    expect(comparison.basePeriod).toBe('2011');
    expect(comparison.previous).toBe(undefined);
    expect(comparison.growthRecomputable).toBe(false);
  });

  it('has no base period in the year 0000, and nothing to recompute', () => {
    const comparison = compare([
      { ...gdp, id: 'old', period: '0000', value: '1亿元', growth: '1%' },
    ]);
    expect(comparison).toEqual({
      basePeriod: undefined,
      previous: undefined,
      growthRecomputable: false,
    });
  });

  it('throws INVALID_ARGUMENT for an observation that is not one of the dataset', () => {
    const data = dataset([{ ...gdp, period: '2011', value: '100亿元' }]);
    const other = dataset([{ ...gdp, period: '2011', value: '100亿元' }]).observations[0];
    if (other === undefined) throw new Error('fixture');
    expectCode(
      () => compareObservation(data, other),
      'INVALID_ARGUMENT',
      'compareObservation: observation must be one of dataset.observations',
    );
  });
});
