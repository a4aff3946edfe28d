import { describe, expect, it } from 'vitest';
import { Decimal } from '../numbers/decimal.js';
import { convert, quantity } from './quantity.js';
import {
  areCompatible,
  bareNumberUnit,
  type Dimension,
  findUnit,
  listUnits,
  type Unit,
  unitFactorRatio,
} from './table.js';

function unit(name: string): Unit {
  const found = findUnit(name);
  if (found === undefined) throw new Error(`test setup: no unit ${name}`);
  return found;
}

/** DESIGN.md §3: every unit with its dimension and the ASCII aliases that must work. */
const DESIGN_UNITS: readonly (readonly [name: string, dimension: Dimension, aliases: string[]])[] =
  [
    ['元', 'money', ['yuan']],
    ['万元', 'money', ['wan-yuan']],
    ['亿元', 'money', ['yi-yuan']],
    ['美元', 'money', ['usd']],
    ['万美元', 'money', ['wan-usd']],
    ['亿美元', 'money', ['yi-usd']],
    ['平方米', 'area', ['m2']],
    ['亩', 'area', ['mu']],
    ['万亩', 'area', ['wan-mu']],
    ['公顷', 'area', ['ha']],
    ['平方公里', 'area', ['km2']],
    ['人', 'population', ['person']],
    ['万人', 'population', ['wan-person']],
    ['人次', 'visits', ['person-time']],
    ['万人次', 'visits', ['wan-person-time']],
    ['米', 'length', ['m']],
    ['千米', 'length', ['km']],
    ['公里', 'length', []],
    ['平方千米', 'area', []],
    ['公斤', 'mass', ['kg']],
    ['斤', 'mass', ['jin']],
    ['立方米', 'volume', ['m3']],
    ['千瓦时', 'energy', ['kwh']],
    ['千瓦', 'power', ['kw']],
    ['港元', 'money', ['hkd']],
    ['欧元', 'money', ['eur']],
    ['个', 'count', ['count']],
    ['家', 'count', []],
    ['笔', 'count', []],
    ['户', 'count', []],
    ['座', 'count', []],
    ['口', 'count', []],
    ['项', 'count', []],
  ];

describe('units table: DESIGN §3', () => {
  it.each(DESIGN_UNITS)(
    '%s (%s) resolves by name and by every alias',
    (name, dimension, aliases) => {
      const found = unit(name);
      expect(found.name).toBe(name);
      expect(found.dimension).toBe(dimension);
      for (const alias of aliases) {
        expect(findUnit(alias)).toBe(found);
        expect(findUnit(alias.toUpperCase())).toBe(found);
        expect(findUnit(` ${alias} `)).toBe(found);
      }
    },
  );

  it('gives money units their currency: CNY for 元, USD for 美元', () => {
    expect(['元', '万元', '亿元'].map((name) => unit(name).currency)).toEqual([
      'CNY',
      'CNY',
      'CNY',
    ]);
    expect(['美元', '万美元', '亿美元'].map((name) => unit(name).currency)).toEqual([
      'USD',
      'USD',
      'USD',
    ]);
    expect('currency' in unit('亩')).toBe(false);
  });

  it('returns undefined for unknown names', () => {
    for (const name of [
      '担',
      ' ',
      '%',
      'yuan2',
      '万万',
      'constructor',
      '__proto__',
      '元/',
      '/亩',
      '元/担',
    ]) {
      expect(findUnit(name)).toBeUndefined();
    }
  });
});

describe('units table: exact factors', () => {
  // DESIGN §3 and DOMAIN.md: 1 公顷 = 15 亩, 1 平方公里 = 1500 亩, 1 平方米 = 0.0015 亩.
  it.each([
    ['1', '公顷', '亩', '15'],
    ['1', '平方公里', '亩', '1500'],
    ['1', '平方米', '亩', '0.0015'],
    ['1', '平方公里', '公顷', '100'], // seed-claims conventions: 1平方公里 = 100公顷
    ['1', '万平方米', '公顷', '1'],
    ['1', '公顷', '平方米', '10000'],
    ['1', '平方公里', '平方米', '1000000'],
    ['1', '万亩', '亩', '10000'],
    ['2000', '平方米', '亩', '3'], // 1 亩 = 2000/3 平方米
    ['3', '亩', '平方米', '2000'],
    ['1', '亿元', '万元', '10000'],
    ['1', '亿元', '元', '100000000'],
    ['1', '亿美元', '万美元', '10000'],
    ['1', '万人', '人', '10000'],
    ['1', '万人次', '人次', '10000'],
    ['1', '千米', '米', '1000'],
    ['1', '公里', '千米', '1'],
    ['1', '万吨', '吨', '10000'],
    ['1', '万户', '户', '10000'],
    ['1', '家', '个', '1'],
  ])('%s %s = %s %s', (value, from, to, expected) => {
    expect(convert(value, from, to).toString()).toBe(expected);
  });

  it('gives 1 亩 = 2000/3 平方米 to 34 significant digits, rounded half up', () => {
    const squareMetres = convert(1, '亩', '平方米');
    expect(squareMetres.toString()).toBe('666.6666666666666666666666666666667');
    expect(squareMetres.sd()).toBe(34);
    // The exact value has no finite decimal form: a multiple of 3 亩 is needed to come out whole.
    expect(convert(3, '亩', '平方米').eq(2000)).toBe(true);
    expect(convert('1.5', '亩', '平方米').toString()).toBe('1000');
  });

  it('stores factors as exact decimals in 亩 for area (no 2000/3 anywhere)', () => {
    for (const area of listUnits().filter((u) => u.dimension === 'area')) {
      expect(area.base).toBe('亩');
      expect(area.factor.sd()).toBeLessThan(6);
    }
  });

  it('uses the clone of the library for factors', () => {
    expect(unit('亿元').factor).toBeInstanceOf(Decimal);
    expect(unit('亿元').factor.toString()).toBe('100000000');
  });
});

describe('units table: compatibility', () => {
  it('joins units of one dimension and currency only', () => {
    expect(areCompatible(unit('万元'), unit('亿元'))).toBe(true);
    expect(areCompatible(unit('万美元'), unit('亿美元'))).toBe(true);
    expect(areCompatible(unit('元'), unit('美元'))).toBe(false);
    expect(areCompatible(unit('亿元'), unit('万美元'))).toBe(false);
    expect(areCompatible(unit('公顷'), unit('平方米'))).toBe(true);
    expect(areCompatible(unit('人'), unit('人次'))).toBe(false);
    expect(areCompatible(unit('米'), unit('平方米'))).toBe(false);
    expect(areCompatible(unit('万人'), unit('万元'))).toBe(false);
  });

  it('puts every count unit in one dimension (个, 家, 笔, 户, 座, 口, 项)', () => {
    const counts = ['个', '家', '笔', '户', '座', '口', '项'].map(unit);
    for (const a of counts) for (const b of counts) expect(areCompatible(a, b)).toBe(true);
  });
});

describe('listUnits', () => {
  const units = listUnits();

  it('lists each unit once, in a stable order starting with money', () => {
    expect(units).toBe(listUnits());
    expect(units[0]?.name).toBe('元');
    expect(new Set(units.map((u) => u.name)).size).toBe(units.length);
    const order = [
      'money',
      'area',
      'population',
      'visits',
      'length',
      'mass',
      'volume',
      'energy',
      'power',
      'count',
      'number',
    ];
    const ranks = units.map((u) => order.indexOf(u.dimension));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('lists every unit of DESIGN §3', () => {
    const names = units.map((u) => u.name);
    for (const [name] of DESIGN_UNITS) expect(names).toContain(name);
  });

  it('gives every name and alias exactly one unit', () => {
    const owners = new Map<string, string>();
    for (const u of units) {
      for (const spelling of [u.name, ...u.aliases.map((alias) => alias.toLowerCase())]) {
        expect(owners.get(spelling), spelling).toBeUndefined();
        owners.set(spelling, u.name);
        // The bare number's unit is named '', which names no unit to look up.
        expect(findUnit(spelling)).toBe(spelling === '' ? undefined : u);
      }
    }
  });

  it('has a base unit of factor 1 in the same dimension for every unit', () => {
    for (const u of units.filter((x) => x.dimension !== 'number')) {
      const base = unit(u.base);
      expect(base.factor.eq(1)).toBe(true);
      expect(areCompatible(u, base)).toBe(true);
    }
  });

  it('gives numbers a base of their own: 万 is 10^4 of the bare number', () => {
    expect(
      units.filter((x) => x.dimension === 'number').map((x) => [x.name, x.factor.toString()]),
    ).toContainEqual(['万', '10000']);
    expect(bareNumberUnit().factor.toString()).toBe('1');
    expect(areCompatible(bareNumberUnit(), unit('亿'))).toBe(true);
  });

  it('is frozen, and so is every unit', () => {
    expect(Object.isFrozen(units)).toBe(true);
    for (const u of units) {
      expect(Object.isFrozen(u)).toBe(true);
      expect(Object.isFrozen(u.aliases)).toBe(true);
    }
  });
});

describe('Unit as text', () => {
  it('prints and serializes as its name', () => {
    const unit = findUnit('yi-yuan');
    expect(`${unit}`).toBe('亿元');
    expect(JSON.stringify({ unit })).toBe('{"unit":"亿元"}');
    expect(Object.isFrozen(unit)).toBe(true);
  });
});

describe('compound units A/B', () => {
  it('are made of two table units, once per name, and convert exactly through their parts', () => {
    const perMu = unit('公斤/亩');
    expect([perMu.name, perMu.dimension, perMu.base]).toEqual(['公斤/亩', 'mass/area', '吨/亩']);
    expect(findUnit('kg/mu')).toBe(perMu);
    expect(findUnit('公斤/亩')).toBe(perMu);
    // 447.59公斤/亩 is 447.59 × 15 公斤 per 公顷 (1 公顷 = 15 亩): 6713.85
    expect(quantity('447.59', '公斤/亩').to('公斤/公顷').toString()).toBe('6713.85');
    // 1 元/平方米 = 1 / 0.0015 元/亩 = 666.66…: one division, at the end
    const [numerator, denominator] = unitFactorRatio(unit('元/平方米'), unit('元/亩'));
    expect([numerator.toString(), denominator.toString()]).toEqual(['1', '0.0015']);
    expect(quantity('1.5', '万元/亩').to('元/平方米').toString()).toBe('22.5');
    expect(areCompatible(unit('人/平方公里'), unit('万人/平方公里'))).toBe(true);
    expect(areCompatible(unit('人/平方公里'), unit('平方米/人'))).toBe(false);
  });
});
