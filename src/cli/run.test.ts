import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { scorecardFileText } from '../../tests/support/scorecards.js';
import { sampleDatasetInput } from '../dataset/sample/index.js';
import { parseDataset } from '../models/dataset.js';
import { displayWidth } from '../report/textTable.js';
import { type CliIo, defaultTownId, EXIT, run } from './run.js';

interface Result {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command against in-memory files. */
function cli(
  argv: readonly string[],
  files: Readonly<Record<string, string>> = {},
  env: Readonly<Record<string, string>> = {},
  terminal: Pick<CliIo, 'stdoutIsTTY' | 'stderrIsTTY' | 'columns'> = {},
): Result {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    env,
    ...terminal,
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
  it('prints the version of package.json with --version, -V and -v', () => {
    expect(cli(['--version'])).toEqual({ code: 0, stdout: `${packageJson.version}\n`, stderr: '' });
    expect(cli(['-V']).stdout).toBe(`${packageJson.version}\n`);
    expect(cli(['-v']).stdout).toBe(`${packageJson.version}\n`);
  });

  it('prints the usage with --help, -h and help, listing every command', () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const result = cli(argv);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Usage: town-indicators [options] [command]');
      for (const command of ['report', 'audit', 'convert']) {
        expect(result.stdout).toMatch(new RegExp(`\\n  ${command} `));
      }
    }
  });

  it('prints the help of each command', () => {
    const report = cli(['report', '--help']);
    expect(report.code).toBe(0);
    expect(report.stdout).toContain('Usage: town-indicators report [options] [file]');
    expect(report.stdout).toContain('--as-of <date>');
    expect(report.stdout).toContain('- for standard input');
    expect(cli(['help', 'audit']).stdout).toContain('--strict');
    expect(cli(['convert', '-h']).stdout).toContain('convert 116.7公顷 亩');
  });

  it('prints the usage to stderr and exits 2 without a command', () => {
    const result = cli([]);
    expect([result.code, result.stdout]).toEqual([EXIT.USAGE, '']);
    expect(result.stderr).toContain('Usage:');
  });

  it('rejects an unknown command and an unknown option in one line', () => {
    const result = cli(['frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("town-indicators: unknown command 'frobnicate' (see --help)\n");
    const option = cli(['--bogus']);
    expect([option.code, option.stderr]).toEqual([
      2,
      "town-indicators: unknown option '--bogus' (see --help)\n",
    ]);
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
    expect(cli(['convert']).stderr).toContain('expected <quantity> <unit>');
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
      'section,indicator,subject,labelZh,labelEn,value,unit,percent,text,formula,inputs,warnings',
    );
    const bom = cli(['report', '--town', 'baita', '--format', 'csv', '--bom']);
    expect(bom.stdout.startsWith('\uFEFFsection,')).toBe(true);
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
    expect(result.stderr).toBe('town-indicators: cannot read missing.json: no such file\n');
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
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(
      /^town-indicators: invalid\.json is not a valid dataset \(3 issues\): /,
    );
    expect([...result.stderr.matchAll(/(\$\.[\w.[\]]+):/g)].map((m) => m[1])).toEqual([
      '$.towns[0].name',
      '$.observations[0].value',
      '$.observations[0].townId',
    ]);
  });

  it('summarises many bad records in one line: the first five, then a count', () => {
    const towns = Array.from({ length: 10_000 }, (_, i) => ({ id: `t${i}` }));
    const result = cli(['report', 'bad.json'], {
      'bad.json': JSON.stringify({ schemaVersion: 1, towns }),
    });
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/\(10000 issues\): .*; and 9995 more\n$/);
  });

  it('ends with exit 2 for a dataset without towns', () => {
    const result = cli(['report', 'empty.json'], { 'empty.json': '{"schemaVersion":1}' });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('town-indicators: the dataset has no towns to report on\n');
  });

  it('ends with exit 2 for bad options', () => {
    const format = cli(['report', '--format', 'xml']);
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(
      /^town-indicators: option '--format <format>' argument 'xml' is invalid\. Allowed choices are table, json, csv\. \(see --help\)\n$/,
    );
    expect(cli(['report', '--locale', 'fr']).code).toBe(2);
    const unknown = cli(['report', '--bogus']);
    expect(unknown.stderr).toBe("town-indicators: unknown option '--bogus' (see --help)\n");
    const missing = cli(['report', '--town']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("option '--town <id>' argument missing");
    const two = cli(['report', 'a.json', 'b.json']);
    expect([two.code, two.stderr]).toEqual([
      2,
      "town-indicators: too many arguments for 'report'. Expected 1 argument but got 2. (see --help)\n",
    ]);
  });
});

describe('town-indicators audit', () => {
  it('lists every inconsistent stated figure of the sample and a summary', () => {
    const result = cli(['audit']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    // A header row, then a row per figure (its explanation wrapped to the width).
    expect(lines[0]?.split(/\s+/)).toEqual(['镇', '编号', '报告值', '结果', '说明']);
    // DOMAIN.md: 建设镇's zones 22.362 vs 22.32亿; 27.447% vs 27.5%; 青山泉 71.60 vs 71.42亩;
    // seed-claims A08: 2054 vs 2024笔.
    const ids = lines
      .slice(1, -2)
      .flatMap((line) => (line.startsWith(' ') ? [] : [line.split(/\s+/)[1]]));
    expect(ids).toEqual([
      'chengdu-mortgage-count',
      'jianshe-zones-investment',
      'jianshe-gross-output-growth',
      'qsq-reclamation-area',
    ]);
    expect(lines.at(-1)).toMatch(/^共核对\d+个报告值：\d+个一致，4个不一致，0个无法核对$/);
    expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(100);
  });

  it('exits 1 with --strict when a figure is inconsistent, 0 when none is', () => {
    expect(cli(['audit', '--strict']).code).toBe(EXIT.AUDIT_FAILED);
    const consistent = cli(['audit', '--strict', '--town', 'baita']);
    expect(consistent.code).toBe(0);
    expect(consistent.stdout).toMatch(/0个不一致/);
  });

  it('explains in English and writes JSON on request', () => {
    const en = cli(['audit', '--town', 'jianshe', '--locale', 'en'], {}, { COLUMNS: '400' });
    expect(en.stdout).toContain('Stated 22.32亿元 but the parts add up to 22.362亿元');
    expect(en.stdout.trimEnd().split('\n').at(-1)).toMatch(
      /^\d+ stated figures checked: \d+ consistent, 2 inconsistent, 0 could not be checked$/,
    );
    const json = cli(['audit', '--format', 'json']);
    const entries = JSON.parse(json.stdout) as { ok: boolean }[];
    expect(entries.length).toBeGreaterThan(4);
  });

  it('ends with exit 2 for an unknown town and for files it cannot use', () => {
    expect(cli(['audit', '--town', 'nowhere']).code).toBe(2);
    expect(cli(['audit', 'missing.json']).code).toBe(2);
    expect(cli(['audit', 'x.json'], { 'x.json': 'not json' }).code).toBe(2);
    expect(cli(['audit', '--format', 'xml']).code).toBe(2);
  });
});

describe('town-indicators on a terminal', () => {
  it('reads standard input for the file -', () => {
    const result = cli(['report', '-'], { '-': small });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('缺口166.7公顷');
    expect(cli(['audit', '-'], { '-': small }).code).toBe(0);
    expect(cli(['report', '-']).stderr).toBe(
      'town-indicators: cannot read standard input: no such file\n',
    );
  });

  it('fits the text to the terminal width, else $COLUMNS, else 100 columns', () => {
    const widest = (r: Result): number => Math.max(...r.stdout.split('\n').map(displayWidth));
    expect(widest(cli(['report', '--town', 'jianshe']))).toBeLessThanOrEqual(100);
    expect(widest(cli(['report', '--town', 'jianshe'], {}, { COLUMNS: '80' }))).toBeLessThanOrEqual(
      80,
    );
    const tty = cli(['report', '--town', 'jianshe'], {}, {}, { stdoutIsTTY: true, columns: 72 });
    expect(widest(tty)).toBeLessThanOrEqual(72);
    expect(
      widest(cli(['audit', '--all'], {}, {}, { stdoutIsTTY: true, columns: 80 })),
    ).toBeLessThanOrEqual(80);
  });

  it('colours verdicts on a terminal, and not when NO_COLOR is set or output is piped', () => {
    const tty = { stdoutIsTTY: true, columns: 120 };
    const colored = cli(['audit'], {}, {}, tty).stdout;
    expect(colored).toContain('\u001b[31m');
    expect(cli(['audit'], {}, { NO_COLOR: '1' }, tty).stdout).not.toContain('\u001b[');
    expect(cli(['audit']).stdout).not.toContain('\u001b[');
  });

  it('shows a progress bar on stderr for a long audit when stderr is a terminal', () => {
    const towns = Array.from({ length: 600 }, (_, i) => ({ id: `t${i}`, name: `镇${i}` }));
    const file = { 'big.json': JSON.stringify({ schemaVersion: 1, towns }) };
    const onTerminal = cli(['audit', 'big.json'], file, {}, { stderrIsTTY: true });
    expect(onTerminal.code).toBe(0);
    expect(onTerminal.stderr).toContain('100% 600/600 towns');
    expect(onTerminal.stderr.endsWith('\r\u001b[2K')).toBe(true);
    expect(cli(['audit', 'big.json'], file).stderr).toBe('');
  });

  it('writes the audit as CSV, with a byte order mark on request', () => {
    const result = cli(['audit', '--format', 'csv', '--bom']);
    expect(result.code).toBe(0);
    const records = result.stdout.split('\r\n');
    expect(records[0]).toBe(
      '\uFEFFtownId,id,path,kind,period,stated,verdict,computed,decimals,withinInputRounding,explanation',
    );
    expect(records.filter((r) => r.includes(',inconsistent,'))).toHaveLength(4);
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

describe('town-indicators score', () => {
  const card = JSON.stringify({
    id: 'demo',
    name: '示例考核',
    passMark: 0.5,
    categories: [
      {
        id: 'infra',
        name: '基础设施',
        items: [
          {
            id: 'water',
            name: '自来水普及率',
            indicator: 'tap-water-coverage',
            points: 0.5,
            rule: { type: 'threshold', op: '>=', value: '95%' },
          },
          {
            id: 'road',
            name: '人均道路面积',
            indicator: 'road',
            points: 0.5,
            rule: { type: 'threshold', op: '>=', value: '15平方米' },
          },
        ],
      },
    ],
  });
  const towns = JSON.stringify({
    a: { 'tap-water-coverage': '92.7%', road: '0.0016公顷' },
    b: { 'tap-water-coverage': '96%', road: '16平方米' },
  });

  it('prints a ranking table, and one town items with their explanations', () => {
    const result = cli(['score', 'card.json', 'towns.json', '--town', 'a'], {
      'card.json': card,
      'towns.json': towns,
    });
    expect(result.code).toBe(EXIT.OK);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('示例考核');
    expect(lines[2]).toMatch(/^1\s+b\s+1\/1\s+是\s+1$/);
    expect(lines[3]).toMatch(/^2\s+a\s+0\.5\/1\s+是\s+0\.5$/);
    expect(result.stdout).toContain('还差2.3个百分点可得0.5分');
    expect(result.stdout).toContain('共2个镇，2个合格；0项缺少或无法读取数据');
  });

  it('writes JSON with the explanations and CSV one row per town and item', () => {
    const json = JSON.parse(
      cli(['score', 'card.json', 'towns.json', '--format', 'json', '--locale', 'en'], {
        'card.json': card,
        'towns.json': towns,
      }).stdout,
    );
    expect(json.towns[0].items[0]).toMatchObject({
      id: 'water',
      points: '0',
      gap: '2.3',
      gapUnit: '%',
    });
    expect(json.towns[0].items[0].explanation).toContain(
      '2.3 percentage points short of 0.5 points',
    );
    const csv = cli(['score', 'card.json', 'towns.json', '--format', 'csv', '--bom'], {
      'card.json': card,
      'towns.json': towns,
    }).stdout;
    const rows = csv.split('\r\n');
    expect(rows[0]).toBe(
      '\uFEFFtownId,name,rank,total,passed,categoryId,itemId,item,points,maxPoints,met,missing,gap,gapUnit,explanation',
    );
    expect(
      rows[1]?.startsWith('a,,2,0.5,true,infra,water,自来水普及率,0,0.5,false,false,2.3,%,'),
    ).toBe(true);
    expect(rows).toHaveLength(6);
  });

  it('scores the sample dataset for its latest year by default', () => {
    const central = scorecardFileText('central-town-standard');
    const result = cli(['score', 'central.json'], { 'central.json': central });
    expect(result.code).toBe(EXIT.OK);
    expect(result.stdout.split('\n')[0]).toContain('(2011)');
    expect(result.stdout).toMatch(/\n1\s+泗门镇 \(simen\)\s+3\.1\/7\.5\s+是/);
  });

  it('refuses a bad scorecard, bad data, an unknown town and missing data in one line', () => {
    const bad = cli(['score', 'card.json', 'towns.json'], {
      'card.json': JSON.stringify({
        id: 's',
        name: 's',
        categories: [
          {
            id: 'c',
            name: 'c',
            items: [{ id: 'x', name: 'x', points: 'half', rule: { type: 'guess' } }],
          },
        ],
      }),
      'towns.json': towns,
    });
    expect(bad.code).toBe(EXIT.USAGE);
    expect(bad.stderr).toBe(
      "town-indicators: card.json is not a valid scorecard (2 issues): $.categories[0].items[0].points: expected a decimal such as '5.1', got \"half\" (invalid_number); $.categories[0].items[0].rule.type: expected a rule of type 'threshold', 'tiers', 'proportional', 'any', 'manual' or 'penalty' (invalid_union)\n",
    );
    expect(
      cli(['score', 'card.json', 'towns.json'], { 'card.json': card, 'towns.json': '[1]' }).stderr,
    ).toMatch(/neither a dataset nor an object/);
    expect(
      cli(['score', 'card.json', 'towns.json', '--town', 'z'], {
        'card.json': card,
        'towns.json': towns,
      }).stderr,
    ).toMatch(/no town "z" in the data \(towns: a, b\)/);
    const missing = cli(['score', 'card.json', 'towns.json', '--missing', 'error'], {
      'card.json': card,
      'towns.json': JSON.stringify({ a: {} }),
    });
    expect(missing.code).toBe(EXIT.USAGE);
    expect(missing.stderr).toMatch(/lacks 2 values/);
    const mismatch = cli(['score', 'card.json', 'towns.json'], {
      'card.json': card,
      'towns.json': JSON.stringify({ a: { road: '15万元' } }),
    });
    expect(mismatch.code).toBe(EXIT.USAGE);
    expect(mismatch.stderr.split('\n')).toHaveLength(2);
    expect(cli(['score'], {}).stderr).toMatch(/missing required argument 'scorecard'/);
  });
});

describe('check', () => {
  // real-text DP09 (东李官屯镇镇情, traditional characters): 16.1% and 69.8% do not follow
  const passage =
    '2011年末,東李官屯鎮轄區總人口32320人,其中城鎮常住人口3117人,城鎮化率9.6%。總人口中,男性16308人,占50.5%;女性16012人,占49.5%;14歲以下5145人,占16.1%;15—64歲22611人,占69.8%;65歲以上4564人,占14.1%。';

  it('prints every claim with its verdict and span, in the terminal’s width', () => {
    const { code, stdout } = cli(
      ['check', 'town.txt', '--locale', 'en'],
      { 'town.txt': passage },
      {},
      {
        stdoutIsTTY: true,
        columns: 72,
      },
    );
    expect(code).toBe(EXIT.OK);
    expect(stdout).toMatch(/inconsistent +share +\d+–\d+ +16\.1%/);
    expect(stdout).toContain('claims checked: 6 consistent, 2 inconsistent');
    for (const line of stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(72);
  });

  it('exits 1 with --strict on an inconsistency, 0 without one', () => {
    expect(cli(['check', '-', '--strict'], { '-': passage }).code).toBe(EXIT.AUDIT_FAILED);
    expect(
      cli(['check', '-', '--strict'], { '-': '耕地5353公顷,其中农田4467公顷,林地886公顷。' }).code,
    ).toBe(EXIT.OK);
  });

  it('writes JSON and CSV', () => {
    const json = JSON.parse(
      cli(['check', 'a.txt', '--format', 'json'], { 'a.txt': passage }).stdout,
    );
    expect([json.checked, json.inconsistent]).toEqual([8, 2]);
    expect(json.claims[0]).toMatchObject({ kind: 'sum', stated: { text: '32320人' } });
    const csv = cli(['check', 'a.txt', '--format', 'csv', '--bom'], { 'a.txt': passage }).stdout;
    expect(csv.startsWith('\uFEFFindex,kind,start,end,stated,inputs,verdict')).toBe(true);
    expect(csv.split('\r\n').filter((line) => line.includes(',inconsistent,')).length).toBe(2);
  });

  it('says so when a text has no checkable claim', () => {
    const { code, stdout } = cli(['check', 'a.txt'], { 'a.txt': '全镇有28个行政村。' });
    expect([code, stdout]).toEqual([EXIT.OK, '没有找到可核对的说法。\n']);
  });

  it('refuses an empty, binary or missing file in one line with exit 2', () => {
    for (const [files, reason] of [
      [{ 'a.txt': '  \n' }, 'it holds no text'],
      [{ 'a.txt': 'abc\u0000def' }, 'it is a binary file, not text'],
      [{}, 'no such file'],
    ] as const) {
      const { code, stderr } = cli(['check', 'a.txt'], files);
      expect(code).toBe(EXIT.USAGE);
      expect(stderr).toBe(`town-indicators: cannot read a.txt: ${reason}\n`);
    }
  });
});
