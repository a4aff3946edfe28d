/**
 * What scheduleProgress does with an error of elapsedShare that its own checks do not foresee:
 * it passes it on unchanged (only a range cut mid-month is restated in its own words).
 */
import { describe, expect, it, vi } from 'vitest';
import { TownIndicatorsError } from '../../errors.js';
import { elapsedShare } from '../../periods/elapsedShare.js';
import { scheduleProgress } from './scheduleProgress.js';

vi.mock('../../periods/elapsedShare.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../periods/elapsedShare.js')>();
  return { ...actual, elapsedShare: vi.fn(actual.elapsedShare) };
});

const INPUT = { period: '2011', asOf: '2011-12-22', planned: '12.81', completed: '9.614' } as const;

describe('scheduleProgress and the errors of elapsedShare', () => {
  it('computes through the real elapsedShare (seeds/002: 356 of 365 days)', () => {
    expect(scheduleProgress(INPUT).elapsed.toDecimalPlaces(6).toString()).toBe('0.975342');
  });

  it('passes any other error on unchanged', () => {
    const failure = new TownIndicatorsError('INVALID_PERIOD', 'elapsedShare: asOf is not valid');
    vi.mocked(elapsedShare).mockImplementationOnce(() => {
      throw failure;
    });
    expect(() => scheduleProgress(INPUT)).toThrow(failure);
  });
});
