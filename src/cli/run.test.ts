import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { sampleDatasetInput } from '../dataset/sample/index.js';
import { parseDataset } from '../models/dataset.js';
import { type CliIo, defaultTownId, EXIT, run } from './run.js';

interface Result {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command against in-memory files. */
function cli(argv: readonly string[], files: Readonly<Record<string, string>> = {}): Result {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) {
        throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), {
          code: 'ENOENT',
        });
      }
      return text;
    },
  };
  const code = run(argv, io);
  // Whatever happens, no stack trace reaches the user.
  expect(stderr).not.toMatch(/\n\s+at /);
  return { code, stdout, stderr };
}

const small = JSON.stringify({
  schemaVersion: 1,
  towns: [{ id: 'baita', name: '白塔镇' }],
  landQuotas: [
    { id: 'a', townId: 'baita', kind: 'construction', area: '116.7公顷', period: '2011' },
    {
      id: 'd',
      townId: 'baita',
      kind: 'construction',
      side: 'demand',
      area: '283.4公顷',
      period: '2011',
    },
  ],
});

describe('town-indicators --help and --version', () => {
  it('prints the version of package.json', () => {
    expect(cli(['--version'])).toEqual({ code: 0, stdout: `${packageJson.version}\n`, stderr: '' });
    expect(cli(['-v']).stdout).toBe(`${packageJson.version}\n`);
  });

  it('prints the usage with --help, -h, help and after a command', () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['report', '--help'], ['convert', '-h']]) {
      const result = cli(argv);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Usage:');
      expect(result.stdout).toContain('convert <quantity> <unit>');
    }
  });

  it('prints the usage to stderr and exits 2 without a command', () => {
    const result = cli([]);
    expect([result.code, result.stdout]).toEqual([EXIT.USAGE, '']);
    expect(result.stderr).toContain('Usage:');
  });

  it('rejects an unknown command', () => {
    const result = cli(['frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'town-indicators: unknown command "frobnicate": use report, audit or convert (see --help)\n',
    );
  });
});

describe('town-indicators convert', () => {
  it('converts quantity text exactly (DOMAIN.md: 1 公顷 = 15 亩)', () => {
    expect(cli(['convert', '116.7公顷', '亩'])).toEqual({
      code: 0,
      stdout: '1750.5亩\n',
      stderr: '',
    });
    expect(cli(['convert', '1750.5亩', 'ha']).stdout).toBe('116.7公顷\n');
  });

  it('converts a value with its unit given apart, and keeps a qualifier', () => {
    expect(cli(['convert', '60.3', '亿元', '万元']).stdout).toBe('603000万元\n');
    expect(cli(['convert', '近5万人', '人']).stdout).toBe('近50000人\n');
  });

  it('rejects an unknown target unit, listing the units', () => {
    const result = cli(['convert', '116.7公顷', 'acre']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^town-indicators: convert: unknown unit "acre" \(units: 元 万元/,
    );
  });

  it('rejects a unit of another dimension or currency', () => {
    expect(cli(['convert', '1公顷', '元']).stderr).toBe(
      'town-indicators: convert: 1公顷 is an area, which cannot be converted into 元 (money in CNY)\n',
    );
    const usd = cli(['convert', '1亿美元', '元']);
    expect(usd.code).toBe(2);
    expect(usd.stderr).toContain('money in USD');
  });

  it('rejects unreadable quantity text and a wrong number of arguments', () => {
    const text = cli(['convert', 'abc', '亩']);
    expect(text.code).toBe(2);
    expect(text.stderr).toMatch(/^town-indicators: convert: parseQuantity: /);
    expect(cli(['convert', '1', 'xx', '亩']).code).toBe(2);
    const arity = cli(['convert', '116.7公顷']);
    expect(arity.code).toBe(2);
    expect(arity.stderr).toContain('expected <quantity> <unit>');
  });
});

describe('town-indicators report', () => {
  it('reports on the embedded sample by default: the town with the most records', () => {
    const result = cli(['report']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n')[0]).toBe('XX市（xx-city） · 2011');
    // seed-claims A01: 40.3 / 60.3 = 66.8%.
    expect(result.stdout).toContain('66.8%（40.3亿元 / 60.3亿元）');
  });

  it('reports on a town, period and date, in English', () => {
    const result = cli([
      'report',
      '--town',
      'jianshe',
      '--period',
      '2011',
      '--as-of',
      '2011-06-30',
      '--locale',
      'en',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('建设镇（jianshe） · 2011 · as of 2011-06-30');
    expect(result.stdout).toMatch(/Plan completion rate +74\.9% \(9\.6亿元 \/ 12\.81亿元\)/);
  });

  it('writes JSON and CSV', () => {
    const json = cli(['report', '--town', 'baita', '--format', 'json']);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout) as { rows: { indicator: string; value: string }[] };
    expect(parsed.rows.find((r) => r.indicator === 'land-quota-gap')?.value).toBe('166.7');
    const csv = cli(['report', '--town', 'baita', '--format', 'csv']);
    expect(csv.stdout.split('\r\n')[0]).toBe(
      'section,indicator,subject,labelZh,labelEn,value,unit,text,formula,inputs,warnings',
    );
  });

  it('reads a dataset file', () => {
    const result = cli(['report', 'baita.json'], { 'baita.json': small });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('缺口166.7公顷（可用116.7公顷，需求283.4公顷）');
  });

  it('reads the sample written out as a file like the embedded one', () => {
    const file = JSON.stringify(sampleDatasetInput());
    const fromFile = cli(['report', 'sample.json', '--town', 'jianshe'], { 'sample.json': file });
    expect(fromFile).toEqual(cli(['report', '--town', 'jianshe']));
  });

  it('ends with exit 2 and the known towns for an unknown town', () => {
    const result = cli(['report', '--town', 'nowhere']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^town-indicators: townReport: options\.townId names no town of the dataset: "nowhere"; the towns are: .*jianshe \(建设镇\)/,
    );
  });

  it('ends with exit 2 for a period without figures and an invalid date', () => {
    const period = cli(['report', '--town', 'jianshe', '--period', '2030']);
    expect(period.code).toBe(2);
    expect(period.stderr).toContain('its periods are: 2011');
    const date = cli(['report', '--town', 'jianshe', '--as-of', '2011-13-01']);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('options.asOf is not a valid date');
  });

  it('ends with exit 2 for an unreadable file', () => {
    const result = cli(['report', 'missing.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "town-indicators: cannot read missing.json: ENOENT: no such file or directory, open 'missing.json'\n",
    );
  });

  it('ends with exit 2 for a file that is not JSON', () => {
    const result = cli(['report', 'broken.json'], { 'broken.json': '{ "schemaVersion": 1,' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^town-indicators: broken\.json is not valid JSON: /);
  });

  it('ends with exit 2 for an invalid dataset, listing every issue with its JSON path', () => {
    const invalid = JSON.stringify({
      schemaVersion: 1,
      towns: [{ id: 'a' }],
      observations: [{ townId: 'b', indicator: 'gdp', period: '2011', value: '49' }],
    });
    const result = cli(['report', 'invalid.json'], { 'invalid.json': invalid });
    expect(result.code).toBe(2);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('town-indicators: invalid.json is not a valid dataset (3 issues):');
    expect(lines.slice(1).map((line) => line.trim().split(':')[0])).toEqual([
      '$.towns[0].name',
      '$.observations[0].value',
      '$.observations[0].townId',
    ]);
  });

  it('ends with exit 2 for a dataset without towns', () => {
    const result = cli(['report', 'empty.json'], { 'empty.json': '{"schemaVersion":1}' });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('town-indicators: the dataset has no towns to report on\n');
  });

  it('ends with exit 2 for bad options', () => {
    const format = cli(['report', '--format', 'xml']);
    expect([format.code, format.stderr]).toEqual([
      2,
      'town-indicators: report: --format must be table, json, csv; got "xml"\n',
    ]);
    expect(cli(['report', '--locale', 'fr']).code).toBe(2);
    const unknown = cli(['report', '--bogus']);
    expect(unknown.stderr).toBe('town-indicators: report: unknown option --bogus (see --help)\n');
    const missing = cli(['report', '--town']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("'--town <value>' argument missing");
    expect(cli(['report', 'a.json', 'b.json']).stderr).toContain('at most one dataset file');
  });
});

describe('town-indicators audit', () => {
  it('lists every inconsistent stated figure of the sample and a summary', () => {
    const result = cli(['audit']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    // DOMAIN.md: 建设镇's zones 22.362 vs 22.32亿; 27.447% vs 27.5%; 青山泉 71.60 vs 71.42亩;
    // seed-claims A08: 2054 vs 2024笔.
    expect(lines.slice(0, -2).map((line) => line.split(/\s+/)[1])).toEqual([
      'chengdu-mortgage-count',
      'jianshe-zones-investment',
      'jianshe-gross-output-growth',
      'qsq-reclamation-area',
    ]);
    expect(lines.at(-1)).toMatch(
      /^\d+ stated figures checked: \d+ consistent, 4 inconsistent, 0 could not be checked$/,
    );
  });

  it('exits 1 with --strict when a figure is inconsistent, 0 when none is', () => {
    expect(cli(['audit', '--strict']).code).toBe(EXIT.AUDIT_FAILED);
    const consistent = cli(['audit', '--strict', '--town', 'baita']);
    expect(consistent.code).toBe(0);
    expect(consistent.stdout).toMatch(/ 0 inconsistent/);
  });

  it('explains in English and writes JSON on request', () => {
    const en = cli(['audit', '--town', 'jianshe', '--locale', 'en']);
    expect(en.stdout).toContain('Stated 22.32亿元 but the parts add up to 22.362亿元');
    const json = cli(['audit', '--format', 'json']);
    const entries = JSON.parse(json.stdout) as { ok: boolean }[];
    expect(entries.length).toBeGreaterThan(4);
  });

  it('ends with exit 2 for an unknown town and for files it cannot use', () => {
    expect(cli(['audit', '--town', 'nowhere']).code).toBe(2);
    expect(cli(['audit', 'missing.json']).code).toBe(2);
    expect(cli(['audit', 'x.json'], { 'x.json': 'not json' }).code).toBe(2);
    expect(cli(['audit', '--format', 'csv']).code).toBe(2);
  });
});

describe('defaultTownId and internal errors', () => {
  it('picks the town with the most records, the first one on ties', () => {
    const observation = { indicator: 'gdp', period: '2011', value: '1亿元' };
    const dataset = parseDataset({
      schemaVersion: 1,
      towns: [
        { id: 'a', name: 'A镇' },
        { id: 'b', name: 'B镇' },
        { id: 'c', name: 'C镇' },
      ],
      observations: [
        { ...observation, townId: 'b' },
        { ...observation, townId: 'c' },
      ],
    });
    expect(defaultTownId(dataset)).toBe('b');
  });

  it('reports a bug as an internal error with exit 70 and no stack trace', () => {
    let stderr = '';
    const code = run(['--version'], {
      stdout: () => {
        throw new TypeError('stdout is closed');
      },
      stderr: (text) => {
        stderr += text;
      },
      readFile: () => '',
    });
    expect(code).toBe(EXIT.INTERNAL);
    expect(stderr).toBe('town-indicators: internal error: stdout is closed\n');
  });
});
