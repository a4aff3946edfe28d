import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computePanel } from './computePanel.js';
import { readPanelCsv } from './readPanelCsv.js';

const floats = (column: unknown): unknown[] => Array.from(column as ArrayLike<unknown>);

describe('readPanelCsv', () => {
  it('reads a long table with Chinese headers, a unit in the title, missing marks and 合计', () => {
    const csv = [
      '2023年各镇主要经济指标（单位：万元）',
      '序号,乡镇,所属县,年份,地区生产总值,常住人口（人）,城镇化率（%）',
      '1,甲镇,A县,2022,"1,000",5000,40.1',
      '2,甲镇,A县,2023,1100,—,41.5',
      '3,乙镇,A县,2022,2000,3000,…',
      '4,乙镇,A县,2023,abc,3100,50',
      '5,合计,A县,2023,1100,3100,',
      '注：数据来源于各镇统计报表。',
    ].join('\n');
    const table = readPanelCsv(csv);
    expect(table.town).toEqual(['甲镇', '甲镇', '乙镇', '乙镇']);
    expect(table.period).toEqual(['2022', '2023', '2022', '2023']);
    expect(table.group).toEqual(['A县', 'A县', 'A县', 'A县']);
    expect(table.indicators).toEqual(['地区生产总值', '常住人口', '城镇化率']);
    expect(table.units).toEqual({ 地区生产总值: '万元', 常住人口: '人', 城镇化率: '%' });
    expect(floats(table.values.地区生产总值)).toEqual([1000, 1100, 2000, Number.NaN]);
    expect(floats(table.values.常住人口)).toEqual([5000, Number.NaN, 3000, 3100]);
    expect(Array.from(table.sourceRows)).toEqual([3, 4, 5, 6]);
    expect(table.issues).toEqual([
      {
        row: 6,
        column: 'E',
        cell: 'E6',
        code: 'INVALID_NUMBER',
        message: 'readPanelCsv: E6: "abc" is not a number; read as missing',
      },
    ]);
    // The total row is a check, not a town: 1100 + (missing) = 1100; 常住人口 — + 3100 = 3100.
    expect(
      table.totals.map((t) => [t.row, t.group, t.indicator, t.stated, t.audit.consistent]),
    ).toEqual([
      [7, 'A县', '地区生产总值', '1100', true],
      [7, 'A县', '常住人口', '3100', true],
    ]);
  });

  it('reports a 合计 that its towns do not sum to', () => {
    const table = readPanelCsv('镇,年份,财政收入\n甲镇,2023,12.5\n乙镇,2023,7.4\n合计,2023,20.1\n');
    expect(table.totals[0]?.audit.consistent).toBe(false);
    expect(table.issues).toEqual([
      expect.objectContaining({
        row: 4,
        column: 'C',
        code: 'VALIDATION_ERROR',
        message: expect.stringContaining('合计 财政收入 2023 is 20.1, but its 2 towns sum to 19.9'),
      }),
    ]);
  });

  it('reads a wide table of one indicator, named by its title', () => {
    const csv =
      '各镇地区生产总值（单位：亿元）\n镇,县,2021年,2022年,2023年\n甲镇,A县,1.5,1.6,—\n乙镇,A县,2,2.5,3\n全县,,3.5,4.1,\n';
    const table = readPanelCsv(csv);
    expect(table.indicators).toEqual(['地区生产总值']);
    expect(table.units).toEqual({ 地区生产总值: '亿元' });
    expect(table.town).toEqual(['甲镇', '甲镇', '甲镇', '乙镇', '乙镇', '乙镇']);
    expect(table.period).toEqual(['2021', '2022', '2023', '2021', '2022', '2023']);
    expect(floats(table.values.地区生产总值)).toEqual([1.5, 1.6, Number.NaN, 2, 2.5, 3]);
    expect(table.totals.map((t) => [t.period, t.stated, t.audit.consistent])).toEqual([
      ['2021', '3.5', true],
      ['2022', '4.1', true],
    ]);
  });

  it('reads merged header cells over years, and a unit row', () => {
    const csv = [
      '乡镇,地区生产总值,,常住人口,',
      ',2022,2023,2022,2023',
      ',万元,万元,人,人',
      '甲镇,100,110,5000,5100',
      '乙镇,200,190,3000,2900',
    ].join('\r\n');
    const table = readPanelCsv(csv);
    expect(table.units).toEqual({ 地区生产总值: '万元', 常住人口: '人' });
    expect(table.period).toEqual(['2022', '2023', '2022', '2023']);
    expect(floats(table.values.常住人口)).toEqual([5000, 5100, 3000, 2900]);
    const result = computePanel(table, {
      measures: [{ measure: 'growth', indicator: '地区生产总值' }],
    });
    expect(result.columns['growth:地区生产总值']).toEqual([null, '10.0', null, '-5.0']);
  });

  it('reads a wide table with an indicator per row, towns merged down their rows', () => {
    const csv =
      '乡镇,指标,2022,2023\n甲镇,地区生产总值（万元）,100,110\n,常住人口（人）,5000,5100\n乙镇,地区生产总值（万元）,200,190\n,常住人口（人）,3000,2900\n';
    const table = readPanelCsv(csv);
    expect(table.indicators).toEqual(['地区生产总值', '常住人口']);
    expect(table.units).toEqual({ 地区生产总值: '万元', 常住人口: '人' });
    expect(table.town).toEqual(['甲镇', '甲镇', '乙镇', '乙镇']);
    expect(floats(table.values.常住人口)).toEqual([5000, 5100, 3000, 2900]);
  });

  it('reads a table of one period from its title, UTF-8 bytes with a BOM, and tabs', () => {
    const text = '\uFEFF2024年各镇人口\n镇名称\t户籍人口（人）\n甲镇\t1 234\n乙镇\t５６７\n';
    const table = readPanelCsv(new TextEncoder().encode(text));
    expect(table.period).toEqual(['2024', '2024']);
    expect(floats(table.values.户籍人口)).toEqual([1234, 567]);
  });

  it('leaves no figure of a line that made no row (a total, a repeat, a note) in the next row', () => {
    const table = readPanelCsv(
      '镇,年份,a,b\n甲镇,2023,1,2\n合计,2023,1,2\n乙镇,2023,,5\n乙镇,2023,7,8\n丙镇,2023,—,\n',
    );
    expect(floats(table.values.a)).toEqual([1, Number.NaN, Number.NaN]);
    expect(floats(table.values.b)).toEqual([2, 5, Number.NaN]);
  });

  it('keeps a figure of more than 15 significant digits as decimal text', () => {
    const table = readPanelCsv(
      '镇,年份,x\n甲镇,2023,1234567890123456.7\n乙镇,2023,—\n丙镇,2023,1.5\n',
    );
    expect(table.values.x).toEqual(['1234567890123456.7', null, '1.5']);
  });

  it('reports a town-period given twice and keeps the first', () => {
    const table = readPanelCsv('镇,年份,x\n甲镇,2023,1\n甲镇,2023,2\n');
    expect(floats(table.values.x)).toEqual([1]);
    expect(table.issues).toEqual([
      expect.objectContaining({
        row: 3,
        column: 'A',
        code: 'INVALID_ARGUMENT',
        message: expect.stringContaining('repeats row 2'),
      }),
    ]);
  });

  it('refuses a table without a town column or a period, naming the row', () => {
    expect(() => readPanelCsv('title\nfoo,bar\n1,2\n')).toThrow(
      /readPanelCsv: row 2 has no town column/,
    );
    expect(() => readPanelCsv('镇,x\n甲镇,1\n')).toThrow(/options\.period is needed/);
    expect(readPanelCsv('镇,x\n甲镇,1\n', { period: 2024 }).period).toEqual(['2024']);
    expect(() => readPanelCsv('镇,年份,x\n', { columns: { group: '县' } })).toThrow(
      'options.columns.group names no column of the header (镇, 年份, x)',
    );
  });

  it('splits quoted CSV with Papa Parse to the cells it splits unquoted text to', () => {
    const cell = fc.oneof(
      fc.integer({ min: -99_999, max: 99_999 }).map((n) => (n / 100).toFixed(2)),
      fc.constantFrom('', '—', '-', 'n/a', '12', '0.5', '007'),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom('甲镇', '乙镇', '丙镇', 'D'),
            fc.constantFrom(2021, 2022, 2023),
            cell,
            cell,
          ),
          {
            minLength: 1,
            maxLength: 12,
          },
        ),
        (rows) => {
          const lines = rows.map(([t, y, a, b]) => [t, String(y), a, b]);
          const plain = ['乡镇,年份,a,b', ...lines.map((l) => l.join(','))].join('\n');
          const quoted = [
            '"乡镇","年份","a","b"',
            ...lines.map((l) => l.map((c) => `"${c}"`).join(',')),
          ].join('\n');
          expect(readPanelCsv(quoted)).toEqual(readPanelCsv(plain));
        },
      ),
    );
  });

  it('gives computePanel the values the strings give', () => {
    const csv =
      '镇,年份,x\n甲镇,2022,3\n甲镇,2023,3.0015\n乙镇,2022,0.1\n乙镇,2023,0.30000000000001\n';
    const read = readPanelCsv(csv);
    const strings = {
      town: read.town,
      period: read.period,
      values: { x: ['3', '3.0015', '0.1', '0.30000000000001'] },
    };
    const spec = { measures: [{ measure: 'growth' as const, indicator: 'x' }], decimals: 12 };
    expect(computePanel(read, spec).columns).toEqual(computePanel(strings, spec).columns);
    expect(computePanel(read, spec).columns['growth:x']).toEqual([
      null,
      '0.050000000000',
      null,
      '200.000000000010',
    ]);
  });
});
