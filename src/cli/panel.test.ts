import { describe, expect, it } from 'vitest';
import type { CliIo } from './io.js';
import { parseMeasure } from './panel.js';
import { run } from './run.js';

const TABLE =
  '乡镇,所属县,年份,地区生产总值（万元）\n甲镇,A县,2023,100\n甲镇,A县,2024,110\n乙镇,A县,2023,300\n乙镇,A县,2024,330.6\n';

function cli(argv: readonly string[], terminal: Pick<CliIo, 'stderrIsTTY'> = {}) {
  let stdout = '';
  let stderr = '';
  const written = new Map<string, string>();
  const io: CliIo = {
    ...terminal,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readFile: () => {
      throw new Error('panel reads bytes');
    },
    readBytes: (path) => {
      if (path !== 'towns.csv') throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return new TextEncoder().encode(TABLE);
    },
    writeFile: (path, text) => {
      written.set(path, text);
    },
  };
  const code = run(argv, io);
  expect(stderr).not.toMatch(/\n\s+at /);
  return { code, stdout, stderr, written };
}

describe('town-indicators panel', () => {
  it('computes the measures of a CSV table and writes CSV', () => {
    const r = cli([
      'panel',
      'towns.csv',
      '--measure',
      'growth:地区生产总值',
      '--measure',
      'share-of-group:地区生产总值',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'town,period,group,growth:地区生产总值,share-of-group:地区生产总值\n甲镇,2023,A县,,25.0\n甲镇,2024,A县,10.0,25.0\n乙镇,2023,A县,,75.0\n乙镇,2024,A县,10.2,75.0\n',
    );
    expect(r.stderr).toBe('');
  });

  it('writes --out with a BOM, and draws a progress bar on a terminal', () => {
    const r = cli(
      ['panel', 'towns.csv', '--measure', 'rank:地区生产总值', '--out', 'out.csv', '--bom'],
      { stderrIsTTY: true },
    );
    expect(r.code).toBe(0);
    expect(r.written.get('out.csv')).toBe(
      '\uFEFFtown,period,group,rank:地区生产总值\n甲镇,2023,A县,2\n甲镇,2024,A县,2\n乙镇,2023,A县,1\n乙镇,2024,A县,1\n',
    );
    expect(r.stderr).toContain('[####################] 100% 1/1 measures');
    expect(r.stderr).toContain('panel: 4 rows × 1 measures\n');
  });

  it('ends a bad measure, file or indicator in one line with exit 2', () => {
    expect(cli(['panel', 'towns.csv', '--measure', 'grow:x'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^town-indicators: --measure grow:x: expected KIND:INDICATOR/),
    });
    expect(cli(['panel', 'towns.csv', '--measure', 'growth:gdp'])).toMatchObject({
      code: 2,
      stderr:
        'town-indicators: computePanel: spec.measures[0].indicator names no column of table.values (地区生产总值)\n',
    });
    expect(cli(['panel', 'none.csv', '--measure', 'growth:x'])).toMatchObject({
      code: 2,
      stderr: 'town-indicators: cannot read none.csv: no such file\n',
    });
    expect(cli(['panel', 'towns.csv'])).toMatchObject({ code: 2 });
  });

  it('reads every kind of --measure', () => {
    expect(parseMeasure('average-growth:gdp:2015:2024')).toEqual({
      measure: 'average-growth',
      indicator: 'gdp',
      from: '2015',
      to: '2024',
    });
    expect(parseMeasure('ratio:urban/total:城镇化率')).toEqual({
      measure: 'ratio',
      numerator: 'urban',
      denominator: 'total',
      name: '城镇化率',
    });
    expect(parseMeasure('ratio:urban/total')).toMatchObject({ name: 'urban/total' });
    expect(parseMeasure('rank:gdp:all')).toEqual({
      measure: 'rank',
      indicator: 'gdp',
      within: 'all',
    });
    expect(() => parseMeasure('growth:gdp:extra')).toThrow('expected KIND:INDICATOR');
  });
});
