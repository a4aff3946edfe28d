import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { growthRate } from '../calculators/growth/growthRate.js';
import { roundHalfUp } from '../numbers/decimal.js';
import { computePanel } from './computePanel.js';
import { type OracleCell, oracleColumn } from './panelOracle.testing.js';
import type { MeasureSpec, PanelResult, PanelSpec, PanelTable } from './types.js';

/** The result's column of a measure as oracle cells. */
function cellsOf(result: PanelResult, name: string): OracleCell[] {
  const column = result.columns[name] as readonly (string | null)[];
  const codes = new Map(
    result.errors.filter((e) => e.measure === name).map((e) => [e.row, e.code] as const),
  );
  return column.map((value, row) => {
    if (value !== null) return { value };
    const code = codes.get(row);
    return code === undefined ? null : { code };
  });
}

function expectOracle(table: PanelTable, spec: PanelSpec): void {
  const result = computePanel(table, spec);
  spec.measures.forEach((measure, index) => {
    const name = result.measures[index] as string;
    expect(cellsOf(result, name), name).toEqual(oracleColumn(table, spec, measure));
  });
}

const ALL: readonly MeasureSpec[] = [
  { measure: 'growth', indicator: 'gdp' },
  { measure: 'average-growth', indicator: 'gdp', from: 2019, to: 2022 },
  { measure: 'share-of-group', indicator: 'gdp' },
  { measure: 'ratio', numerator: 'urban', denominator: 'pop', name: 'urbanization' },
  { measure: 'point-change', indicator: 'rate' },
  { measure: 'pull', indicator: 'gdp' },
  { measure: 'contribution-rate', indicator: 'gdp' },
  { measure: 'rank', indicator: 'gdp' },
  { measure: 'rank', indicator: 'pop', within: 'all', name: 'rank-all' },
];

describe('computePanel', () => {
  it('computes growth and share of a county (the example)', () => {
    const result = computePanel(
      {
        town: ['A镇', 'A镇', 'B镇', 'B镇'],
        period: [2023, 2024, 2023, 2024],
        group: ['甲县', '甲县', '甲县', '甲县'],
        values: { gdp: ['100', '110', '300', '330.6'] },
      },
      {
        measures: [
          { measure: 'growth', indicator: 'gdp' },
          { measure: 'share-of-group', indicator: 'gdp' },
        ],
      },
    );
    expect(result.columns['growth:gdp']).toEqual([null, '10.0', null, '10.2']);
    expect(result.columns['share-of-group:gdp']).toEqual(['25.0', '25.0', '75.0', '75.0']);
    expect(result.errors).toEqual([
      { row: 0, measure: 'growth:gdp', code: 'NO_PREVIOUS_PERIOD' },
      { row: 2, measure: 'growth:gdp', code: 'NO_PREVIOUS_PERIOD' },
    ]);
    expect(result.rows()[1]).toEqual({
      town: 'A镇',
      period: '2024',
      group: '甲县',
      'growth:gdp': '10.0',
      'share-of-group:gdp': '25.0',
    });
  });

  // Each cell's exact value lies on a rounding boundary (or within 1e-15 of one) where the float64
  // quotient falls on the wrong side: numpy gives (3.0015 / 3 − 1) · 100 = 0.04999999999999449.
  it('rounds boundary cells half-up from their exact value', () => {
    const table: PanelTable = {
      town: ['a', 'a', 'b', 'b', 'c', 'c', 'd', 'd', 'e', 'e'],
      period: [2023, 2024, 2023, 2024, 2023, 2024, 2023, 2024, 2023, 2024],
      values: {
        x: [
          '3',
          '3.0015', // +0.05 % exactly → 0.1
          '1000',
          '1000.05', // +0.005 % → 0.0 at one decimal, 0.01 at two
          '7',
          '7.0035', // +0.05 %
          '1000000000000000',
          '1000500000000000.001', // 0.05 % + 1e-16 %
          '1000000000000000',
          '1000499999999999.999', // 0.05 % − 1e-16 %
        ],
      },
    };
    const growth = (decimals: number) =>
      computePanel(table, { measures: [{ measure: 'growth', indicator: 'x' }], decimals }).columns[
        'growth:x'
      ];
    expect(growth(1)).toEqual([null, '0.1', null, '0.0', null, '0.1', null, '0.1', null, '0.0']);
    expect(growth(2)).toEqual([
      null,
      '0.05',
      null,
      '0.01',
      null,
      '0.05',
      null,
      '0.05',
      null,
      '0.05',
    ]);
    // The scalar reference agrees on every one of them.
    expect(roundHalfUp(growthRate('3', '3.0015').times(100), 1).toFixed(1)).toBe('0.1');
  });

  it('rounds boundary cells of average growth, share and ratio from their exact value', () => {
    const table: PanelTable = {
      town: ['a', 'a', 'b', 'b'],
      period: [2020, 2022, 2020, 2022],
      group: ['g', 'g', 'g', 'g'],
      values: {
        // 1.21110025 = 1.1005²: exactly 10.05 % a year; 0.285 of a whole: 28.5 % exactly.
        x: ['1', '1.21110025', '2.5', '3.5'],
        part: ['0.285', '57', '1', '2'],
        whole: ['1', '200', '3', '8'],
      },
    };
    const result = computePanel(table, {
      measures: [
        { measure: 'average-growth', indicator: 'x', from: 2020, to: 2022 },
        { measure: 'ratio', numerator: 'part', denominator: 'whole', name: 'r', decimals: 0 },
      ],
      decimals: 1,
    });
    expect(result.columns['average-growth:x']).toEqual([null, '10.1', null, '18.3']);
    expect(result.columns.r).toEqual(['29', '29', '33', '25']);
    expect(result.errors).toEqual([]);
  });

  it('equals the scalar calculators on every cell of random panels', () => {
    const decimalText = fc.oneof(
      {
        weight: 6,
        arbitrary: fc
          .tuple(fc.integer({ min: -50, max: 100_000 }), fc.integer({ min: 0, max: 3 }))
          .map(([n, d]) => (n / 10 ** d).toFixed(d)),
      },
      { weight: 1, arbitrary: fc.constantFrom('0', '-0', null, '', '—', 'abc', '1e3', ' 12.5 ') },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          '123456789012345678.5',
          '0.0000000000000000001',
          '9007199254740993',
          // Exact in float64, but not once multiplied by 10^(decimals + 2): the bigint path.
          '900719925474099',
          '-900719925474099',
          '4503599627370495.5',
        ),
      },
    );
    const panel = fc
      .record({
        towns: fc.integer({ min: 1, max: 5 }),
        groups: fc.integer({ min: 1, max: 2 }),
        years: fc.subarray([2019, 2020, 2021, 2022], { minLength: 1 }),
        decimals: fc.integer({ min: 0, max: 3 }),
        scale: fc.constantFrom('percent' as const, 'fraction' as const),
        percentRate: fc.boolean(),
      })
      .chain((shape) => {
        const rows = shape.towns * shape.years.length;
        const column = fc.array(decimalText, { minLength: rows, maxLength: rows });
        return fc.record({
          shape: fc.constant(shape),
          gdp: column,
          pop: column,
          urban: column,
          rate: column,
        });
      });
    fc.assert(
      fc.property(panel, ({ shape, gdp, pop, urban, rate }) => {
        const town: string[] = [];
        const period: number[] = [];
        const group: string[] = [];
        for (let t = 0; t < shape.towns; t += 1) {
          for (const year of shape.years) {
            town.push(`t${t}`);
            period.push(year);
            group.push(`g${t % shape.groups}`);
          }
        }
        const table: PanelTable = {
          town,
          period,
          group,
          values: { gdp, pop, urban, rate },
          units: shape.percentRate ? { rate: '%' } : {},
        };
        expectOracle(table, { measures: ALL, decimals: shape.decimals, scale: shape.scale });
      }),
      { numRuns: 300 },
    );
  });

  it('reads a float64 column (NaN missing) as the decimal strings it prints as', () => {
    const text = fc.oneof(
      fc
        .tuple(
          fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
          fc.integer({ min: 0, max: 6 }),
        )
        .map(([n, d]) => (n / 10 ** d).toFixed(d)),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }).map(String),
      fc.constant(''),
    );
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 2, maxLength: 12 }),
        fc.integer({ min: 0, max: 4 }),
        (texts, decimals) => {
          const town = texts.map((_, i) => `t${i % 2}`);
          const period = texts.map((_, i) => 2000 + Math.floor(i / 2));
          const group = texts.map(() => 'g');
          const floats = Float64Array.from(texts, (t) => (t === '' ? Number.NaN : Number(t)));
          const strings = Array.from(floats, (v) => (Number.isNaN(v) ? null : String(v)));
          const spec: PanelSpec = {
            measures: ALL.filter(
              (m) =>
                (m.measure !== 'ratio' && m.measure !== 'point-change' && m.measure !== 'rank') ||
                (m.measure === 'rank' && m.indicator === 'gdp'),
            ),
            decimals,
          };
          const of = (gdp: ArrayLike<unknown>) =>
            computePanel({ town, period, group, values: { gdp: gdp as ArrayLike<string> } }, spec);
          expect(of(floats).columns).toEqual(of(strings).columns);
          expect(of(floats).errors).toEqual(of(strings).errors);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same cells on two threads as on one (a worker for growth and share)', () => {
    const cell = fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: -20, max: 5000 }).map(String) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          null,
          '—',
          'x',
          '0',
          '123456789012345678.5',
          '900719925474099',
          '3.0015',
        ),
      },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.array(cell, { minLength: 24, maxLength: 24 }),
        (groups, gdp) => {
          const town = gdp.map((_, i) => `t${i % 6}`);
          const period = gdp.map((_, i) => 2020 + Math.floor(i / 6));
          const group = gdp.map((_, i) => `g${i % groups}`);
          const table: PanelTable = { town, period, group, values: { gdp } };
          const spec: PanelSpec = {
            measures: ALL.filter((m) => 'indicator' in m && m.indicator === 'gdp'),
            decimals: 2,
          };
          const one = computePanel(table, spec, { parallel: false });
          const two = computePanel(table, spec, { parallel: true });
          expect(two.columns).toEqual(one.columns);
          expect(two.errors).toEqual(one.errors);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('reads numbers, and converts the units of a ratio of one dimension', () => {
    const result = computePanel(
      {
        town: ['a', 'b'],
        period: ['2024', '2024'],
        values: { urban: [1.5, 0.25], total: [30000, 5000] },
        units: { urban: '万人', total: '人' },
      },
      { measures: [{ measure: 'ratio', numerator: 'urban', denominator: 'total', name: 'u' }] },
    );
    expect(result.columns.u).toEqual(['50.0', '50.0']);
  });

  it('compares quarters with the same quarter a year earlier', () => {
    const result = computePanel(
      {
        town: ['a', 'a', 'a'],
        period: ['2023-Q1', '2023-Q4', '2024-Q1'],
        values: { x: ['100', '500', '120'] },
      },
      { measures: [{ measure: 'growth', indicator: 'x' }] },
    );
    expect(result.columns['growth:x']).toEqual([null, null, '20.0']);
  });

  it('ranks ties with the smallest rank, within groups by default', () => {
    const result = computePanel(
      {
        town: ['a', 'b', 'c', 'd', 'e'],
        period: [2024, 2024, 2024, 2024, 2024],
        group: ['g', 'g', 'g', 'g', 'h'],
        values: { x: ['5', '7', '7', null, '1'] },
      },
      {
        measures: [
          { measure: 'rank', indicator: 'x' },
          { measure: 'rank', indicator: 'x', within: 'all', name: 'all' },
        ],
      },
    );
    expect(result.columns['rank:x']).toEqual(['3', '1', '1', null, '1']);
    expect(result.columns.all).toEqual(['3', '1', '1', null, '4']);
    expect(result.errors).toEqual([
      { row: 3, measure: 'rank:x', code: 'MISSING_DATA' },
      { row: 3, measure: 'all', code: 'MISSING_DATA' },
    ]);
  });

  it('refuses a bad table naming the column or row', () => {
    const measures: MeasureSpec[] = [{ measure: 'growth', indicator: 'x' }];
    const call =
      (table: unknown, spec: unknown = { measures }) =>
      () =>
        computePanel(table as PanelTable, spec as PanelSpec);
    expect(call({ town: ['a', 'b'], period: [2024], values: { x: [] } })).toThrow(
      'computePanel: table.period has 1 rows, but table.town has 2',
    );
    expect(call({ town: ['a'], period: [2024], values: { x: ['1', '2'] } })).toThrow(
      'table.values.x has 2 rows',
    );
    expect(call({ town: ['a', 'a'], period: [2024, '2024'], values: { x: ['1', '2'] } })).toThrow(
      /table\.town\[1\].*"a" in period 2024 appears twice/,
    );
    expect(call({ town: ['a'], period: ['20x4'], values: { x: ['1'] } })).toThrow(
      expect.objectContaining({
        code: 'INVALID_PERIOD',
        message: expect.stringContaining('table.period[0]'),
      }),
    );
    expect(call({ town: [null], period: [2024], values: { x: ['1'] } })).toThrow('table.town[0]');
    expect(
      call(
        { town: ['a'], period: [2024], values: { x: ['1'] } },
        { measures: [{ measure: 'growth', indicator: 'y' }] },
      ),
    ).toThrow('computePanel: spec.measures[0].indicator names no column of table.values (x)');
    expect(
      call(
        { town: ['a'], period: [2024], values: { x: ['1'] } },
        { measures: [{ measure: 'ratio', numerator: 'x', denominator: 'x' }] },
      ),
    ).toThrow('spec.measures[0].name');
    expect(
      call(
        { town: ['a'], period: [2024], values: { x: ['1'] } },
        { measures: [...measures, ...measures] },
      ),
    ).toThrow('spec.measures[1].name "growth:x" is already a column');
    expect(
      call({ town: ['a'], period: [2024], values: { x: ['1'] } }, { measures, decimals: 1.5 }),
    ).toThrow('spec.decimals');
    expect(
      call(
        { town: ['a'], period: [2024], values: { x: ['1'] } },
        {
          measures: [{ measure: 'average-growth', indicator: 'x', from: 2024, to: 2020 }],
        },
      ),
    ).toThrow('spec.measures[0].to');
  });

  it('never mutates the table and gives frozen columns', () => {
    const values = { x: ['1', '2'] };
    const table = { town: ['a', 'a'], period: [2023, 2024], values };
    const copy = structuredClone(table);
    const result = computePanel(table, { measures: [{ measure: 'growth', indicator: 'x' }] });
    expect(table).toEqual(copy);
    expect(Object.isFrozen(result.columns['growth:x'])).toBe(true);
    expect(JSON.parse(JSON.stringify(result.columns))).toEqual({
      town: ['a', 'a'],
      period: ['2023', '2024'],
      'growth:x': [null, '100.0'],
    });
  });
});
