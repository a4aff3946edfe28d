import { describe, expect, it } from 'vitest';
import { computePanel } from './computePanel.js';
import { panelFromRows } from './panelFromRows.js';

describe('panelFromRows', () => {
  const rows = [
    { 镇: '甲镇', 县: 'A县', 年份: 2023, gdp: '100', pop: 5000 },
    { 镇: '甲镇', 县: 'A县', 年份: 2024, gdp: '110' },
    { 镇: '乙镇', 县: 'A县', 年份: 2023, gdp: '300', pop: null },
    { 镇: '乙镇', 县: 'A县', 年份: 2024, gdp: '330.6', pop: 3100 },
  ];

  it('builds the columnar table computePanel takes, a missing field as null', () => {
    const table = panelFromRows(rows, {
      town: '镇',
      period: '年份',
      group: '县',
      indicators: ['gdp', 'pop'],
      units: { gdp: '万元' },
    });
    expect(table).toEqual({
      town: ['甲镇', '甲镇', '乙镇', '乙镇'],
      period: [2023, 2024, 2023, 2024],
      group: ['A县', 'A县', 'A县', 'A县'],
      values: { gdp: ['100', '110', '300', '330.6'], pop: [5000, null, null, 3100] },
      units: { gdp: '万元' },
    });
    // The same cells as the README's example of computePanel on the columns themselves.
    const result = computePanel(table, {
      measures: [{ measure: 'share-of-group', indicator: 'gdp' }],
    });
    expect(result.columns['share-of-group:gdp']).toEqual(['25.0', '25.0', '75.0', '75.0']);
  });

  it('leaves the rows as they were', () => {
    const copy = structuredClone(rows);
    panelFromRows(rows, { town: '镇', period: '年份', indicators: ['gdp'] });
    expect(rows).toEqual(copy);
  });

  it('refuses what is no list of rows, naming the row or the option', () => {
    const options = { town: '镇', period: '年份', indicators: ['gdp'] };
    expect(() => panelFromRows('x' as never, options)).toThrow(
      'panelFromRows: rows must be a list',
    );
    expect(() => panelFromRows([rows[0] as never, 3 as never], options)).toThrow(
      'panelFromRows: rows[1]',
    );
    expect(() => panelFromRows(rows, { ...options, town: '' })).toThrow(
      'panelFromRows: options.town',
    );
    expect(() => panelFromRows(rows, { ...options, indicators: [1 as never] })).toThrow(
      'panelFromRows: options.indicators[0]',
    );
    // A bad key reaches computePanel, which names the row.
    const table = panelFromRows([{ 年份: 2023, gdp: '1' }], options);
    expect(() =>
      computePanel(table, { measures: [{ measure: 'growth', indicator: 'gdp' }] }),
    ).toThrow('computePanel: table.town[0]');
  });
});
