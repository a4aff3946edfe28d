import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectCode } from '../../tests/support/expectError.js';
import { normalize } from './normalize.js';

const text = (values: readonly ({ toString(): string } | null)[]): (string | null)[] =>
  values.map((v) => (v === null ? null : v.toString()));

describe('normalize', () => {
  it('min-max to [0, 100] by default, or to a range, reversed for lower-is-better', () => {
    expect(text(normalize([10, 20, null, 30], { type: 'min-max' }))).toEqual([
      '0',
      '50',
      null,
      '100',
    ]);
    expect(text(normalize([10, 20, 30], { type: 'min-max', range: [0, 1] }))).toEqual([
      '0',
      '0.5',
      '1',
    ]);
    expect(
      text(normalize([10, 20, 30], { type: 'min-max' }, { direction: 'lower-is-better' })),
    ).toEqual(['100', '50', '0']);
  });

  it('z-score with the population standard deviation (Handbook §5: sd over the units)', () => {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, population sd 2 — the textbook example.
    expect(text(normalize([2, 4, 4, 4, 5, 5, 7, 9], { type: 'z-score' }))).toEqual([
      '-1.5',
      '-0.5',
      '-0.5',
      '-0.5',
      '0',
      '0',
      '1',
      '2',
    ]);
  });

  it('goalposts clamped as the UN HDI: life expectancy 20–85 years', () => {
    // HDI health index: (72.6 − 20) / (85 − 20) = 0.80923…; beyond the goalposts clamped.
    const index = normalize([72.6, 90, 10], { type: 'goalposts', low: 20, high: 85 });
    expect(index[0]?.toFixed(5)).toBe('0.80923');
    expect(text(index.slice(1))).toEqual(['1', '0']);
  });

  it('ranks with ties sharing the smallest rank, 1 the best', () => {
    expect(text(normalize([5, 9, 9, 1], { type: 'rank' }))).toEqual(['3', '1', '1', '4']);
    expect(
      text(normalize([5, 9, 9, 1], { type: 'rank' }, { direction: 'lower-is-better' })),
    ).toEqual(['2', '3', '3', '1']);
  });

  it('distance to a target, uncapped', () => {
    expect(text(normalize([50, 120], { type: 'distance-to-target', target: 100 }))).toEqual([
      '0.5',
      '1.2',
    ]);
    expect(
      text(
        normalize(
          [50, 200],
          { type: 'distance-to-target', target: 100 },
          { direction: 'lower-is-better' },
        ),
      ),
    ).toEqual(['2', '0.5']);
  });

  it('keeps min-max within its range for any column (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 2, maxLength: 30 }),
        (xs) => {
          fc.pre(new Set(xs).size > 1);
          for (const v of normalize(xs, { type: 'min-max' })) {
            expect(v?.gte(0) && v.lte(100)).toBe(true);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('throws DIVISION_BY_ZERO for a constant column, sd 0 and equal goalposts', () => {
    expectCode(() => normalize([3, 3], { type: 'min-max' }), 'DIVISION_BY_ZERO');
    expectCode(() => normalize([3], { type: 'min-max' }), 'DIVISION_BY_ZERO');
    expectCode(() => normalize([3, 3], { type: 'z-score' }), 'DIVISION_BY_ZERO');
    expectCode(() => normalize([3], { type: 'goalposts', low: 1, high: 1 }), 'DIVISION_BY_ZERO');
    expectCode(() => normalize([3], { type: 'distance-to-target', target: 0 }), 'DIVISION_BY_ZERO');
    expectCode(
      () => normalize([3], { type: 'cube' } as unknown as { type: 'rank' }),
      'INVALID_ARGUMENT',
    );
    expectCode(() => normalize(['x'], { type: 'rank' }), 'INVALID_NUMBER');
  });
});

describe('normalize against the COINr reference examples', () => {
  it('goalposts: n_goalposts(1, gposts = c(0, 10, 1)) is 0.1, and 0.9 with direction = -1', () => {
    // https://search.r-project.org/CRAN/refmans/COINr/html/n_goalposts.html (its two examples)
    const up = normalize([1], { type: 'goalposts', low: 0, high: 10 });
    const down = normalize(
      [1],
      { type: 'goalposts', low: 0, high: 10 },
      { direction: 'lower-is-better' },
    );
    expect([up[0]?.toString(), down[0]?.toString()]).toEqual(['0.1', '0.9']);
  });

  it('min-max: qNormalise defaults to n_minmax onto [0, 100], l_u = c(1, 10) onto [1, 10]', () => {
    // https://search.r-project.org/CRAN/refmans/COINr/html/qNormalise.coin.html
    expect(normalize([2, 4, 6], { type: 'min-max' }).map(String)).toEqual(['0', '50', '100']);
    expect(normalize([2, 4, 6], { type: 'min-max', range: [1, 10] }).map(String)).toEqual([
      '1',
      '5.5',
      '10',
    ]);
  });
});
