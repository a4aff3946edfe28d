import { describe, expect, it } from 'vitest';
import { expectCode } from '../../tests/support/expectError.js';
import { compositeIndex } from './compositeIndex.js';

const units = [
  { id: 'a', values: { gdp: 10, water: 90, waste: 5 } },
  { id: 'b', values: { gdp: 30, water: 70, waste: 1 } },
  { id: 'c', values: { gdp: 20, water: null, waste: 3 } },
];

describe('compositeIndex', () => {
  it('aggregates min-max scores arithmetically, with renormalised weights and directions', () => {
    const result = compositeIndex(units, {
      indicators: {
        gdp: { weight: 2 },
        water: { weight: 1 },
        waste: { weight: 1, direction: 'lower-is-better' },
      },
      normalization: { type: 'min-max' },
      aggregation: 'arithmetic',
    });
    // a: gdp 0, water 100, waste 0 → (2·0 + 100 + 0) / 4 = 25
    // b: gdp 100, water 0, waste 100 → (200 + 0 + 100) / 4 = 75
    // c: gdp 50, water missing (reweighted), waste 50 → (100 + 50) / 3 = 50
    expect(result.units.map((u) => [u.id, u.score?.toString(), u.rank])).toEqual([
      ['a', '25', 3],
      ['b', '75', 1],
      ['c', '50', 2],
    ]);
    expect(result.units[2]?.normalized.water).toBe(null);
  });

  it('aggregates geometrically and harmonically on positive values (goalposts 0–100 on a range 1–100)', () => {
    const data = [
      { id: 'x', values: { p: 20, q: 80 } },
      { id: 'y', values: { p: 50, q: 50 } },
    ];
    const spec = {
      indicators: { p: { weight: 1 }, q: { weight: 1 } },
      normalization: { type: 'distance-to-target', target: 100 },
    } as const;
    const geometric = compositeIndex(data, { ...spec, aggregation: 'geometric' });
    // √(0.2·0.8) = 0.4 < 0.5: the geometric mean penalises imbalance (Handbook §6).
    expect(geometric.units.map((u) => u.score?.toString())).toEqual(['0.4', '0.5']);
    const harmonic = compositeIndex(data, { ...spec, aggregation: 'harmonic' });
    // 2 / (1/0.2 + 1/0.8) = 0.32
    expect(harmonic.units.map((u) => u.score?.toString())).toEqual(['0.32', '0.5']);
  });

  it('throws the documented codes', () => {
    const spec = {
      indicators: { gdp: { weight: 1 } },
      normalization: { type: 'min-max' },
      aggregation: 'geometric',
    } as const;
    expectCode(() => compositeIndex(units, spec), 'NON_POSITIVE_BASE');
    expectCode(
      () =>
        compositeIndex(units, {
          ...spec,
          indicators: { gdp: { weight: 0 } },
          aggregation: 'arithmetic',
        }),
      'DIVISION_BY_ZERO',
    );
    expectCode(
      () =>
        compositeIndex(units, {
          indicators: { water: { weight: 1 } },
          normalization: { type: 'rank' },
          aggregation: 'arithmetic',
          missing: 'error',
        }),
      'INVALID_NUMBER',
    );
    expectCode(
      () => compositeIndex(units, { ...spec, indicators: { gdp: { weight: -1 } } }),
      'INVALID_ARGUMENT',
    );
  });
});

describe('compositeIndex against the COINr reference examples', () => {
  // COINr's a_amean, a_gmean and a_hmean document x <- 1:10 (https://search.r-project.org/CRAN/refmans/COINr/html/a_gmean.html);
  // with equal weights the means are 5.5, (10!)^(1/10) and 10 / H(10). Exact values: mpmath, 50 digits.
  const unit = [
    {
      id: 'x',
      values: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`i${i + 1}`, i + 1])),
    },
  ];
  const indicators = Object.fromEntries(
    Array.from({ length: 10 }, (_, i) => [`i${i + 1}`, { weight: 1 }]),
  );
  const same = { type: 'distance-to-target', target: 1 } as const; // x / 1: the values as they are

  it('gives the arithmetic, geometric and harmonic means of 1..10', () => {
    const mean = (aggregation: 'arithmetic' | 'geometric' | 'harmonic') =>
      compositeIndex(unit, {
        indicators,
        normalization: same,
        aggregation,
      }).units[0]?.score?.toString();
    expect(mean('arithmetic')).toBe('5.5');
    expect(mean('geometric')).toBe('4.528728688116764762203309337195509');
    expect(mean('harmonic')).toBe('3.414171521474055006096734859775098');
  });
});
