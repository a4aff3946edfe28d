import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseQuantity } from './parse.js';
import type { Qualifier } from './quantity.js';
import { findUnit } from './table.js';

function expectCode(run: () => unknown, code: string): void {
  expect(run).toThrow(expect.objectContaining({ name: 'TownIndicatorsError', code }));
}

/** [text, value, unit, qualifier]: the expected value and unit read off the text itself. */
type Row = [text: string, value: string, unit: string, qualifier?: Qualifier];

describe('parseQuantity: the forms of the issue and DESIGN §3', () => {
  const rows: Row[] = [
    ['60.3亿元', '60.3', '亿元'], // seed-claims A01
    ['8.87万亩', '8.87', '万亩'], // seed-claims A03
    ['116.7公顷', '116.7', '公顷'], // DOMAIN.md: 白塔 116.7公顷
    ['1.5平方公里', '1.5', '平方公里'], // seed-claims B19
    ['2.6万余人', '2.6', '万人', 'more-than'], // DOMAIN.md: 外来务工人员2.6万余人
    ['近5万人', '5', '万人', 'nearly'], // DOMAIN.md: 常住人口近5万
    ['约300万元', '300', '万元', 'about'],
    ['209.73万人次', '209.73', '万人次'], // seed-claims A12
    ['1665万美元', '1665', '万美元'], // seed-claims B06
    ['1,130千米', '1130', '千米'], // seed-claims A21 (1130千米)
    ['4 座', '4', '座'],
    ['35个', '35', '个'],
    ['超过1000万元', '1000', '万元', 'more-than'],
    ['1000万元以上', '1000', '万元', 'at-least'],
    ['不足10个', '10', '个', 'less-than'],
    ['150余万人', '150', '万人', 'more-than'], // seed-claims A03: 150余万农民
    ['30多个', '30', '个', 'more-than'],
    ['突破100亿元', '100', '亿元', 'more-than'],
    ['突破10亿元', '10', '亿元', 'more-than'], // seed-claims B12: 商贸销售突破10亿元
    ['1亿多元', '1', '亿元', 'more-than'], // seed 002: 1亿多元
    ['1500余个', '1500', '个', 'more-than'], // seed-claims A03: 1500余个
    ['3万余亩', '3', '万亩', 'more-than'], // seed 002: 万余亩
  ];

  it.each(rows)('%s → %s %s %s', (text, value, unit, qualifier) => {
    const q = parseQuantity(text);
    expect(q.value.toString()).toBe(value);
    expect(q.unit.name).toBe(unit);
    expect(q.qualifier).toBe(qualifier);
    expect('qualifier' in q).toBe(qualifier !== undefined);
  });
});

describe('parseQuantity: qualifier words', () => {
  const rows: readonly (readonly [string, Qualifier])[] = [
    ['约5万元', 'about'],
    ['大约5万元', 'about'],
    ['5万元左右', 'about'],
    ['约5万元左右', 'about'],
    ['近5万元', 'nearly'],
    ['将近5万元', 'nearly'],
    ['接近5万元', 'nearly'],
    ['超过5万元', 'more-than'],
    ['超5万元', 'more-than'],
    ['逾5万元', 'more-than'],
    ['多于5万元', 'more-than'],
    ['突破5万元', 'more-than'],
    ['5余万元', 'more-than'],
    ['5万余元', 'more-than'],
    ['5多万元', 'more-than'],
    ['5万多元', 'more-than'],
    ['超过5万余元', 'more-than'],
    ['5万元以上', 'at-least'],
    ['至少5万元', 'at-least'],
    ['不少于5万元', 'at-least'],
    ['不足5万元', 'less-than'],
    ['不到5万元', 'less-than'],
    ['少于5万元', 'less-than'],
  ];

  it.each(rows)('%s is %s 5万元', (text, qualifier) => {
    const q = parseQuantity(text);
    expect(q.qualifier).toBe(qualifier);
    expect(q.unit.name).toBe('万元');
    expect(q.value.toString()).toBe('5');
  });

  it('throws PARSE_ERROR for two different qualifiers', () => {
    expectCode(() => parseQuantity('不足10余个'), 'PARSE_ERROR');
    expectCode(() => parseQuantity('近5万元以上'), 'PARSE_ERROR');
    expectCode(() => parseQuantity('超过1000万元以上'), 'PARSE_ERROR');
  });
});

describe('parseQuantity: spellings', () => {
  it('reads ASCII aliases, case-insensitively, with or without a space', () => {
    expect(String(parseQuantity('60.3 yi-yuan'))).toBe('60.3亿元');
    expect(String(parseQuantity('60.3yi-yuan'))).toBe('60.3亿元');
    expect(String(parseQuantity('116.7 HA'))).toBe('116.7公顷');
    expect(String(parseQuantity('2 km2'))).toBe('2平方公里');
    expect(String(parseQuantity('5 wan-person-time'))).toBe('5万人次');
    expect(String(parseQuantity('1665 wan-usd'))).toBe('1665万美元');
  });

  it('reads full-width digits, point, comma, sign and letters', () => {
    expect(String(parseQuantity('６０．３亿元'))).toBe('60.3亿元');
    expect(String(parseQuantity('１，１３０千米'))).toBe('1130千米');
    expect(String(parseQuantity('－５万元'))).toBe('-5万元');
    expect(String(parseQuantity('６０．３ ｙｉ－ｙｕａｎ'))).toBe('60.3亿元');
  });

  it('allows spaces (ASCII, ideographic, no-break) between the parts', () => {
    expect(String(parseQuantity('  约 300 万元 左右 '))).toBe('约300万元');
    expect(String(parseQuantity('2.6 万 余 人'))).toBe('2.6万余人');
    expect(String(parseQuantity('\u30001.5\u3000平方公里\u3000'))).toBe('1.5平方公里');
    expect(String(parseQuantity('1.5\u00a0平方 公里'))).toBe('1.5平方公里');
    expect(String(parseQuantity('近\t5\n万人'))).toBe('近5万人');
  });

  it('reads signs and a leading decimal point', () => {
    expect(parseQuantity('-5亿元').value.toString()).toBe('-5');
    expect(parseQuantity('−5亿元').value.toString()).toBe('-5'); // U+2212 minus sign
    expect(parseQuantity('+5亿元').value.toString()).toBe('5');
    expect(parseQuantity('.5亿元').value.toString()).toBe('0.5');
  });

  it('keeps every digit and trailing zeros compare equal (28.20万亩 = 282000亩, seed-claims A04)', () => {
    const q = parseQuantity('28.20万亩');
    expect(q.to('亩').toString()).toBe('282000');
    expect(parseQuantity('12345678901234567890123456789012345678.5元').value.toString()).toBe(
      '12345678901234567890123456789012345678.5',
    );
  });

  it('reads thousands separators only in groups of three', () => {
    expect(parseQuantity('12,345,678.25元').value.toString()).toBe('12345678.25');
    expectCode(() => parseQuantity('3,4亿元'), 'PARSE_ERROR');
    expectCode(() => parseQuantity('1,23,456元'), 'PARSE_ERROR');
    expectCode(() => parseQuantity('1234,567元'), 'PARSE_ERROR');
    expectCode(() => parseQuantity('5,亿元'), 'PARSE_ERROR');
    expectCode(() => parseQuantity(',5亿元'), 'PARSE_ERROR');
  });
});

describe('parseQuantity: multipliers', () => {
  it('joins 万 / 亿 / 千 to the unit when the table has the scaled unit', () => {
    expect(parseQuantity('3万户').unit.name).toBe('万户'); // seed-claims A03: 近45万户
    expect(parseQuantity('3万吨').unit.name).toBe('万吨'); // seed-claims B13
    expect(parseQuantity('123万平方米').unit.name).toBe('万平方米'); // seed-claims A17
    expect(parseQuantity('1亿美元').unit.name).toBe('亿美元'); // seed-claims B07
    expect(parseQuantity('94千米').unit.name).toBe('千米'); // seed-claims A22
    expect(parseQuantity('3万 yuan').unit.name).toBe('万元');
  });

  it('folds the multiplier into the value when the scaled unit is not in the table', () => {
    const households = parseQuantity('3万笔');
    expect([households.value.toString(), households.unit.name]).toEqual(['30000', '笔']);
    // seed 002: 营业面积超过4千平方米
    const area = parseQuantity('超过4千平方米');
    expect([area.value.toString(), area.unit.name, area.qualifier]).toEqual([
      '4000',
      '平方米',
      'more-than',
    ]);
    const trillion = parseQuantity('1.2万亿元');
    expect([trillion.value.toString(), trillion.unit.name]).toEqual(['12000', '亿元']);
    expect(trillion.to('元').toString()).toBe('1200000000000');
    const tenMillion = parseQuantity('4千万元');
    expect([tenMillion.value.toString(), tenMillion.unit.name]).toEqual(['4000', '万元']);
  });

  it('folds exactly, without rounding to 34 digits', () => {
    const q = parseQuantity('1234567890123456789012345678901234.56789万笔');
    expect(q.value.toString()).toBe('12345678901234567890123456789012345678.9');
  });
});

describe('parseQuantity: options', () => {
  it('uses defaultUnit for text without a unit, after any multiplier (DOMAIN.md: 常住人口近5万)', () => {
    const q = parseQuantity('近5万', { defaultUnit: '人' });
    expect(String(q)).toBe('近5万人');
    expect(String(parseQuantity('60.3', { defaultUnit: 'yi-yuan' }))).toBe('60.3亿元');
    expect(String(parseQuantity('3万', { defaultUnit: '笔' }))).toBe('30000笔');
    expect(String(parseQuantity('5亿元', { defaultUnit: '人' }))).toBe('5亿元');
  });

  it('throws UNKNOWN_UNIT for an unknown defaultUnit, naming the option', () => {
    expectCode(() => parseQuantity('5', { defaultUnit: '担' }), 'UNKNOWN_UNIT');
    expect(() => parseQuantity('5元', { defaultUnit: '担' })).toThrow('options.defaultUnit');
  });

  it('names the caller and argument given in fn / arg', () => {
    expect(() => parseQuantity('abc', { fn: 'auditSum', arg: 'stated' })).toThrow(
      /^auditSum: cannot read stated: /,
    );
    expect(() => parseQuantity('5担', { fn: 'parseTown', arg: 'area' })).toThrow(
      'parseTown: area names an unknown unit "担"',
    );
  });
});

describe('parseQuantity: errors', () => {
  const parseErrors: readonly (readonly [string, string])[] = [
    ['', 'empty text'],
    ['   \u3000 ', 'empty text'],
    ['亿元', 'no number'],
    ['万人', 'no number'],
    ['约', 'no number'],
    ['近', 'no number'],
    ['以上', 'no number'],
    ['约左右', 'no number'],
    ['约以上', 'conflicting qualifiers'],
    ['-', 'no number'],
    ['-亿元', 'no number'],
    ['3 4亿元', 'more than one number'],
    ['3亿4元', 'more than one number'],
    ['3、4亿元', 'more than one number'],
    ['5亿元6', 'more than one number'],
    ['1 13千米', 'more than one number'],
    ['1 1300千米', 'more than one number'],
    ['5', 'no unit'],
    ['5以上', 'no unit'],
    ['5.亿元', 'no digit after the decimal point'],
    ['5..5亿元', 'no digit after the decimal point'],
  ];

  it.each(parseErrors)('%j → PARSE_ERROR (%s)', (text, reason) => {
    expectCode(() => parseQuantity(text), 'PARSE_ERROR');
    expect(() => parseQuantity(text)).toThrow(`parseQuantity: cannot read text: ${reason}`);
  });

  const unknownUnits: readonly (readonly [string, string])[] = [
    ['5担', '担'],
    ['9.5%', '%'],
    ['5亿元abc', '亿元abc'],
    ['5 km3', 'km3'],
    ['5万担', '万担'],
    ['5 平方', '平方'],
  ];

  it.each(unknownUnits)('%j → UNKNOWN_UNIT naming %j', (text, unit) => {
    expectCode(() => parseQuantity(text), 'UNKNOWN_UNIT');
    expect(() => parseQuantity(text)).toThrow(
      `parseQuantity: text names an unknown unit ${JSON.stringify(unit)}`,
    );
  });

  it('puts the text in details', () => {
    expect(() => parseQuantity('5担')).toThrow(
      expect.objectContaining({
        details: expect.objectContaining({ fn: 'parseQuantity', arg: 'text', value: '5担' }),
      }),
    );
  });

  it('throws PARSE_ERROR for a value that is not a string (from JavaScript)', () => {
    expectCode(() => parseQuantity(undefined as unknown as string), 'PARSE_ERROR');
    expectCode(() => parseQuantity(5 as unknown as string), 'PARSE_ERROR');
  });

  it('reads a number of 100 characters and rejects one of 101', () => {
    expect(parseQuantity(`${'1'.repeat(100)}元`).value.toString()).toBe('1'.repeat(100));
    expectCode(() => parseQuantity(`${'1'.repeat(101)}元`), 'PARSE_ERROR');
    expect(() => parseQuantity(`0.${'0'.repeat(99)}1元`)).toThrow('longer than 100 characters');
  });
});

describe('parseQuantity: hostile input of 1 MB ends in a TownIndicatorsError', () => {
  const MB = 1 << 20;
  const rows: readonly (readonly [name: string, text: string, code: string])[] = [
    ['digits then 万', `${'1'.repeat(MB)}万`, 'PARSE_ERROR'],
    ['digits then 万元', `${'9'.repeat(MB)}万元`, 'PARSE_ERROR'],
    ['digits with separators', `${'1,111'.repeat(MB / 5)}万元`, 'PARSE_ERROR'],
    ['a fraction of zeros', `0.${'0'.repeat(MB)}1万元`, 'PARSE_ERROR'],
    ['ones and commas', `${'1,'.repeat(MB / 2)}万`, 'PARSE_ERROR'],
    ['qualifiers', '约'.repeat(MB), 'PARSE_ERROR'],
    ['spaces', ' '.repeat(MB), 'PARSE_ERROR'],
    ['a unit repeated', `5${'万'.repeat(MB)}`, 'UNKNOWN_UNIT'],
    ['余 repeated', `5万${'余'.repeat(MB)}人`, 'UNKNOWN_UNIT'],
    ['以上 repeated', `5${'以上'.repeat(MB / 2)}`, 'UNKNOWN_UNIT'],
    ['letters', `5${'a'.repeat(MB)}`, 'UNKNOWN_UNIT'],
    ['numbers and units', '5亿元'.repeat(MB / 3), 'PARSE_ERROR'],
    ['full-width digits', `${'１'.repeat(MB)}万`, 'PARSE_ERROR'],
  ];

  it.each(rows)('%s → %s', (_, text, code) => {
    expectCode(() => parseQuantity(text), code);
  });

  it('reads a quantity padded with a megabyte of spaces', () => {
    expect(String(parseQuantity(`5${' '.repeat(MB)}万元`))).toBe('5万元');
  });
});

interface SeedInput {
  readonly name: string;
  readonly value: string;
  readonly unit: string;
  readonly qualifier?: string;
  readonly base_value?: string;
  readonly base_unit?: string;
}

interface SeedClaim {
  readonly id: string;
  readonly inputs: readonly SeedInput[];
}

// The reference cases of the project (DESIGN.md: reference/seed-claims.json).
const SEED_CLAIMS = new URL('../../tests/fixtures/seed-claims.json', import.meta.url);
const seedClaims = JSON.parse(readFileSync(SEED_CLAIMS, 'utf8')) as {
  readonly claims: readonly SeedClaim[];
};

const QUALIFIERS: Readonly<Record<string, Qualifier>> = {
  近: 'nearly',
  约: 'about',
  突破: 'more-than',
  余: 'more-than',
};

/** Writes a seed input the way the reports do: 近/约/突破 before, 余 after 万/亿 or before the unit. */
function reportText(input: SeedInput, moreThanBeforeMultiplier = false): string {
  const { value, unit, qualifier } = input;
  if (qualifier === undefined) return `${value}${unit}`;
  if (qualifier !== '余') return `${qualifier}${value}${unit}`;
  const scaled = unit.startsWith('万') || unit.startsWith('亿');
  if (!scaled || moreThanBeforeMultiplier) return `${value}余${unit}`;
  return `${value}${unit.slice(0, 1)}余${unit.slice(1)}`;
}

describe('parseQuantity: every seed-claims input with a base value', () => {
  const cases = seedClaims.claims.flatMap((claim) =>
    claim.inputs
      .filter((input) => input.base_value !== undefined && input.base_unit !== undefined)
      .map((input) => [`${claim.id} ${input.name}`, input] as const),
  );

  it('covers the seeds', () => {
    // 60 claims with 90 inputs in money, area, population, visits, length, mass and count units.
    expect(cases.length).toBe(90);
    expect(new Set(cases.map(([, input]) => input.unit))).toEqual(
      new Set(
        ['亿元', '万元', '万美元', '亿美元', '万户', '万人', '万亩', '万人次', '平方公里'].concat([
          '万平方米',
          '千米',
          '万吨',
        ]),
      ),
    );
  });

  it.each(cases)('%s', (_, input) => {
    const q = parseQuantity(reportText(input));
    expect(q.unit.name).toBe(input.unit);
    expect(q.to(input.base_unit ?? '').toString()).toBe(input.base_value);
    expect(q.qualifier).toBe(
      input.qualifier === undefined ? undefined : QUALIFIERS[input.qualifier],
    );
    if (input.qualifier === '余') {
      // seed-claims A03 prints 150余万 (余 before the multiplier): same quantity.
      expect(parseQuantity(reportText(input, true)).equals(q)).toBe(true);
    }
  });

  it('reads the seed units from the table', () => {
    for (const [, input] of cases) expect(findUnit(input.base_unit ?? '')).toBeDefined();
  });
});
