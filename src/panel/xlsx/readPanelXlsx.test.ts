import { describe, expect, it } from 'vitest';
import { computePanel } from '../computePanel.js';
import { readPanelCsv } from '../readPanelCsv.js';
import { readPanelXlsx } from './readPanelXlsx.js';
import { xlsxFixture } from './xlsxFixture.testing.js';

const n = (text: string) => ({ n: text });

describe('readPanelXlsx', () => {
  it('reads a sheet with merged header cells over years, and reports bad cells as Sheet!C7', async () => {
    const workbook = xlsxFixture([
      { name: '说明', rows: [['本表为示例']] },
      {
        name: '2023年',
        rows: [
          ['各镇主要指标（单位：万元）'],
          ['乡镇', '所属县', '地区生产总值', null, '财政收入', null],
          [null, null, '2022年', '2023年', '2022年', '2023年'],
          ['甲镇', 'A县', n('1000'), n('1100.5'), n('80'), '—'],
          ['乙镇', 'A县', n('2000'), '1,950', n('120'), 'abc'],
          ['合计', 'A县', n('3000'), n('3050.5'), n('200'), null],
        ],
        merges: ['A1:F1', 'C2:D2', 'E2:F2'],
      },
    ]);
    const table = await readPanelXlsx(workbook, { sheet: '2023年' });
    expect(table.indicators).toEqual(['地区生产总值', '财政收入']);
    expect(table.units).toEqual({ 地区生产总值: '万元', 财政收入: '万元' });
    expect(table.town).toEqual(['甲镇', '甲镇', '乙镇', '乙镇']);
    expect(Array.from(table.values.地区生产总值 as Float64Array)).toEqual([
      1000, 1100.5, 2000, 1950,
    ]);
    expect(table.issues).toEqual([
      {
        sheet: '2023年',
        row: 5,
        column: 'F',
        cell: '2023年!F5',
        code: 'INVALID_NUMBER',
        message: 'readPanelXlsx: 2023年!F5: "abc" is not a number; read as missing',
      },
    ]);
    expect(table.totals.map((t) => [t.sheet, t.period, t.indicator, t.audit.consistent])).toEqual([
      ['2023年', '2022', '地区生产总值', true],
      ['2023年', '2023', '地区生产总值', true],
      ['2023年', '2022', '财政收入', true],
    ]);
    const growth = computePanel(table, {
      measures: [{ measure: 'growth', indicator: '地区生产总值' }],
    });
    expect(growth.columns['growth:地区生产总值']).toEqual([null, '10.1', null, '-2.5']);
  });

  it('reads the first sheet by default, as readPanelCsv reads the same table', async () => {
    const rows = [
      ['镇', '年份', 'x'],
      ['甲镇', n('2023'), n('0.30000000000000004')],
      ['乙镇', n('2023'), n('12.5')],
    ];
    const table = await readPanelXlsx(xlsxFixture([{ name: 'Sheet1', rows }]));
    const csv = readPanelCsv('镇,年份,x\n甲镇,2023,0.30000000000000004\n乙镇,2023,12.5\n');
    expect({ ...table, issues: [], totals: [] }).toEqual({ ...csv, issues: [], totals: [] });
  });

  it('refuses what is no workbook, and a sheet it does not have', async () => {
    await expect(readPanelXlsx(new Uint8Array([1, 2, 3]))).rejects.toMatchObject({
      code: 'PARSE_ERROR',
    });
    await expect(
      readPanelXlsx(xlsxFixture([{ name: 'A', rows: [['镇', 'x']] }]), { sheet: 'B' }),
    ).rejects.toThrow('readPanelXlsx: options.sheet names no sheet of the workbook (A)');
    await expect(readPanelXlsx('x' as never)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });
});
