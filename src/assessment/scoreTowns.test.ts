import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectCode } from '../../tests/support/expectError.js';
import { oneCategory, readScorecardFile, tapWater } from '../../tests/support/scorecards.js';
import { parseDataset } from '../models/dataset.js';
import { parseScorecard } from '../models/scorecard.js';
import { Decimal } from '../numbers/decimal.js';
import { quantity } from '../units/quantity.js';
import { scoreTowns } from './scoreTowns.js';

const infrastructure = parseScorecard(readScorecardFile('town-infrastructure'));
const card = oneCategory;
const water = tapWater;

function itemOf(result: ReturnType<typeof scoreTowns>, town: string, id: string) {
  const found = result.towns.find((t) => t.townId === town)?.items.find((i) => i.id === id);
  if (found === undefined) throw new Error(`no item ${id} for ${town}`);
  return found;
}

describe('scoreTowns on the transcribed 考核 table (基础设施提升工程, 7分)', () => {
  // Every clause of the table, at, just under and above its bound. Manual items are given the
  // points an assessor would write down.
  const manualFull = {
    '1.2-internal-traffic': 0.5,
    '2.1-rural-roads': 0.5,
    '2.2-road-maintenance': 0.5,
    '3.1-transport-station': 0.5,
    '4.1-utility-networks': 1,
    '4.4-storm-sewage-separation': 0.5,
    '5.1-flood-control': 0.3,
    '5.3-fire-service': 0.2,
  };
  const data = {
    at: {
      ...manualFull,
      'hub-travel-minutes': 15,
      'road-area-per-capita': '15平方米',
      'transport-station-floor-area': '1000平方米',
      'tap-water-coverage': '95%',
      'sewage-treatment-rate': '70%',
      'shelter-area-per-capita': '1.5平方米',
    },
    under: {
      '1.2-internal-traffic': 0,
      '4.1-utility-networks': '0.6',
      'hub-travel-minutes': 30.5,
      'road-area-per-capita': '0.00149公顷',
      'transport-station-floor-area': '0.0999公顷',
      'tap-water-coverage': '94.9%',
      'sewage-treatment-rate': { previous: '60%', current: '65.9%' },
      'shelter-area-per-capita': '1.49平方米',
    },
    above: {
      ...manualFull,
      'hub-travel-minutes': 16,
      'road-area-per-capita': '0.0016公顷',
      'transport-station-floor-area': '0.12公顷',
      'tap-water-coverage': 0.962,
      'sewage-treatment-rate': { previous: '60%', current: '66%' },
      'shelter-area-per-capita': quantity('2', '平方米'),
    },
  };
  const result = scoreTowns(infrastructure, data);

  it('scores a town at every bound full marks: 7 of 7', () => {
    const at = result.towns[0];
    expect(at?.total.toString()).toBe('7');
    expect(at?.categories[0]).toMatchObject({ capped: false });
    expect(at?.categories[0]?.maxPoints.toString()).toBe('7');
    expect(at?.items.every((item) => item.points.eq(item.maxPoints))).toBe(true);
    expect(at?.rank).toBe(1);
  });

  it('scores a town just under every bound: only the given manual points', () => {
    const under = result.towns[1];
    expect(under?.total.toString()).toBe('0.6');
    expect(itemOf(result, 'under', '1.1-hub-access').points.toString()).toBe('0');
    // 65.9 / 60 − 1 = 9.8333…% < 10%, and 65.9% < 70%
    expect(itemOf(result, 'under', '4.3-sewage').met).toBe(false);
    expect(itemOf(result, 'under', '4.2-tap-water').gap?.toString()).toBe('0.1');
    expect(itemOf(result, 'under', '1.3-road-area')).toMatchObject({
      met: false,
      gapUnit: '平方米',
    });
    expect(itemOf(result, 'under', '1.3-road-area').gap?.toString()).toBe('0.1');
    expect(itemOf(result, 'under', '3.2-station-area').gap?.toString()).toBe('1');
    // Items without data score 0 and are listed as warnings.
    expect(result.warnings.filter((w) => w.townId === 'under').map((w) => w.itemId)).toEqual([
      '2.1-rural-roads',
      '2.2-road-maintenance',
      '3.1-transport-station',
      '4.4-storm-sewage-separation',
      '5.1-flood-control',
      '5.3-fire-service',
    ]);
  });

  it('scores a town above the bounds, the middle tier and the growth alternative', () => {
    const above = result.towns[2];
    // 16 minutes: the 15—30分钟 tier, 0.3 of 0.5; 66 / 60 − 1 = 10%: the growth alternative holds.
    expect(itemOf(result, 'above', '1.1-hub-access').points.toString()).toBe('0.3');
    expect(itemOf(result, 'above', '1.1-hub-access').gap?.toString()).toBe('1');
    expect(itemOf(result, 'above', '4.3-sewage')).toMatchObject({ met: true });
    expect(itemOf(result, 'above', '4.3-sewage').value).toMatchObject({ kind: 'rate' });
    expect(above?.total.toString()).toBe('6.8');
    expect(above?.rank).toBe(2);
    expect(result.towns[1]?.rank).toBe(3);
  });

  it('explains each item in zh and en: the rule, the value, the points, the gap', () => {
    expect(itemOf(result, 'under', '4.2-tap-water').explanation).toBe(
      '自来水普及率（≥95%得0.5分）：94.9%，未达标，得0分，还差0.1个百分点可得0.5分',
    );
    expect(itemOf(result, 'under', '4.2-tap-water').explanationEn).toBe(
      '自来水普及率 (≥95%: 0.5 points): 94.9%: not met, 0 points; 0.1 percentage points short of 0.5 points',
    );
    expect(itemOf(result, 'above', '1.1-hub-access').explanationZh).toBe(
      '镇区车行到达重要交通枢纽的时间（分钟）（≤15得0.5分，≤30得0.3分）：16，得0.3分，需再降低1可得0.5分',
    );
    expect(itemOf(result, 'above', '4.3-sewage').explanation).toBe(
      '镇区生活污水处理率（≥70%得0.5分；或较上年增长≥10%得0.5分）：66%，较上年增长10%，达标，得0.5分',
    );
    expect(itemOf(result, 'under', '2.1-rural-roads').explanation).toBe(
      '农村地区路网完善，与镇区、城区通达性好（评审给分，满分0.5分）：缺少数据，得0分',
    );
  });

  it('writes explanations into JSON', () => {
    const json = JSON.parse(JSON.stringify(result.towns[1]));
    expect(json.items.find((item: { id: string }) => item.id === '3.2-station-area')).toMatchObject(
      {
        id: '3.2-station-area',
        points: '0',
        met: false,
        gap: '1',
        gapUnit: '平方米',
        explanationEn: expect.stringContaining('1 平方米 short of 0.5 points'),
      },
    );
    expect(json.total).toBe('0.6');
  });
});

describe('scoreTowns: points, caps, penalties and ranks', () => {
  it('adds points exactly: 0.5 + 0.3 + 0.2 is 1', () => {
    const result = scoreTowns(
      card([
        { id: 'a', name: 'a', points: 0.5, rule: { type: 'manual' } },
        { id: 'b', name: 'b', points: 0.3, rule: { type: 'manual' } },
        { id: 'c', name: 'c', points: 0.2, rule: { type: 'manual' } },
      ]),
      { t: { a: 0.5, b: 0.3, c: 0.2 } },
    );
    expect(result.towns[0]?.total.eq(1)).toBe(true);
    expect(result.towns[0]?.total.toString()).toBe('1');
  });

  it('caps a category (累计超过1分的为1分), equal is not capped, then applies penalties, never below 0', () => {
    const items = [
      { id: 'a', name: 'a', points: 0.8, rule: { type: 'manual' } },
      { id: 'b', name: 'b', points: 0.7, rule: { type: 'manual' } },
      {
        id: 'out',
        name: '人口净流出',
        indicator: 'net-migration',
        points: 0.5,
        rule: { type: 'penalty', op: '<', value: '0人', points: 0.5 },
      },
    ];
    const result = scoreTowns(card(items, { maxPoints: 1 }), {
      over: { a: 0.8, b: 0.7, 'net-migration': '-120人' },
      equal: { a: 0.5, b: 0.5, 'net-migration': '35人' },
      low: { a: 0.2, b: 0, 'net-migration': '-1人' },
    });
    const [over, equal, low] = result.towns.map((t) => t.categories[0]);
    expect([
      over?.rawPoints.toString(),
      over?.capped,
      over?.deducted.toString(),
      over?.points.toString(),
    ]).toEqual(['1.5', true, '0.5', '0.5']);
    expect([equal?.capped, equal?.points.toString()]).toEqual([false, '1']);
    expect([low?.points.toString(), low?.deducted.toString()]).toEqual(['0', '0.5']);
    expect(itemOf(result, 'over', 'out')).toMatchObject({ met: true, maxPoints: new Decimal(0) });
    expect(itemOf(result, 'over', 'out').points.toString()).toBe('-0.5');
    expect(itemOf(result, 'equal', 'out').points.toString()).toBe('0');
    expect(itemOf(result, 'over', 'out').explanation).toBe(
      '人口净流出（<0人扣0.5分）：-120人，扣0.5分',
    );
  });

  it('ranks ties with the smallest rank (1, 2, 2, 4) and applies the pass mark', () => {
    const result = scoreTowns(
      card([{ id: 'a', name: 'a', points: 2, rule: { type: 'manual' } }]).categories
        ? { ...card([{ id: 'a', name: 'a', points: 2, rule: { type: 'manual' } }]), passMark: 1 }
        : card([]),
      { w: { a: 2 }, x: { a: 1 }, y: { a: '1.0' }, z: { a: 0.5 } },
    );
    expect(result.towns.map((t) => [t.townId, t.rank, t.passed])).toEqual([
      ['w', 1, true],
      ['x', 2, true],
      ['y', 2, true],
      ['z', 4, false],
    ]);
    expect(result.scorecard.passMark?.toString()).toBe('1');
  });

  it('gives proportional points, higher and lower is better', () => {
    const result = scoreTowns(
      card([
        {
          id: 'green',
          name: '绿化覆盖率',
          indicator: 'green',
          points: 1,
          rule: { type: 'proportional', full: '40%' },
        },
        {
          id: 'energy',
          name: '单位GDP能耗',
          indicator: 'energy',
          points: 2,
          rule: { type: 'proportional', full: 0.5, direction: 'lower-is-better' },
        },
      ]),
      {
        t: { green: '30%', energy: 0.8 },
        u: { green: '50%', energy: 0.4 },
        v: { green: '-1%', energy: 0 },
      },
    );
    expect(itemOf(result, 't', 'green').points.toString()).toBe('0.75');
    expect(itemOf(result, 't', 'energy').points.toString()).toBe('1.25');
    expect(itemOf(result, 't', 'energy').gap?.toString()).toBe('0.3');
    expect(itemOf(result, 'u', 'green').points.toString()).toBe('1');
    expect(itemOf(result, 'u', 'energy').points.toString()).toBe('2');
    expect(itemOf(result, 'v', 'green').points.toString()).toBe('0');
    expect(itemOf(result, 'v', 'energy').points.toString()).toBe('2');
  });

  it('gives the gap to the next better tier, or to the easiest tier when none is met', () => {
    const tiers = card([
      {
        id: 'income',
        name: '农民人均纯收入',
        indicator: 'rural-income-per-capita',
        points: 1,
        rule: {
          type: 'tiers',
          tiers: [
            { op: '>=', value: '1.2万元', points: 1 },
            { op: '>=', value: '9000元', points: 0.6 },
          ],
        },
      },
    ]);
    const result = scoreTowns(tiers, {
      a: { 'rural-income-per-capita': '9365元' },
      b: { 'rural-income-per-capita': '0.45万元' },
      c: { 'rural-income-per-capita': '13730元' },
    });
    expect([
      itemOf(result, 'a', 'income').points.toString(),
      itemOf(result, 'a', 'income').gap?.toString(),
      itemOf(result, 'a', 'income').gapUnit,
    ]).toEqual(['0.6', '0.2635', '万元']);
    expect([
      itemOf(result, 'b', 'income').points.toString(),
      itemOf(result, 'b', 'income').gap?.toString(),
      itemOf(result, 'b', 'income').gapUnit,
    ]).toEqual(['0', '4500', '元']);
    expect(itemOf(result, 'c', 'income').gap).toBeUndefined();
    expect(itemOf(result, 'a', 'income').explanation).toBe(
      '农民人均纯收入（≥1.2万元得1分，≥9000元得0.6分）：9365元，得0.6分，还差0.2635万元可得1分',
    );
  });
});

describe('scoreTowns: data keys', () => {
  it('reads a datum by indicator, else by item id', () => {
    const result = scoreTowns(card([water]), {
      a: { 'tap-water-coverage': '96%' },
      b: { water: '96%' },
      c: { 'tap-water-coverage': '90%', water: '96%' },
    });
    expect(result.towns.map((t) => t.total.toString())).toEqual(['0.5', '0.5', '0']);
  });
});

describe('scoreTowns: units', () => {
  const road = card([
    {
      id: 'road',
      name: '人均道路面积',
      indicator: 'road',
      points: 0.5,
      rule: { type: 'threshold', op: '>=', value: '15平方米' },
    },
  ]);

  it('judges a value in 公顷 or 亩 against a rule in 平方米', () => {
    const result = scoreTowns(road, {
      a: { road: '0.0015公顷' },
      b: { road: { value: '0.0225', unit: '亩' } },
      c: { road: '0.00149公顷' },
    });
    expect(result.towns.map((t) => t.total.toString())).toEqual(['0.5', '0.5', '0']);
    expect(itemOf(result, 'c', 'road').gap?.toString()).toBe('0.1');
  });

  it('throws UNIT_MISMATCH for another dimension or a number without its unit', () => {
    expectCode(
      () => scoreTowns(road, { a: { road: '15万元' } }),
      'UNIT_MISMATCH',
      /scoreTowns: data\["a"\]\["road"\]/,
    );
    expectCode(() => scoreTowns(road, { a: { road: 15 } }), 'UNIT_MISMATCH');
    expectCode(
      () => scoreTowns(card([water]), { a: { 'tap-water-coverage': '95平方米' } }),
      'UNIT_MISMATCH',
    );
  });

  it('compares counts 1:1 and a plain number with a rate as a fraction', () => {
    const counts = card([
      {
        id: 'parks',
        name: '公园',
        indicator: 'parks',
        points: 1,
        rule: { type: 'threshold', op: '>=', value: '3座' },
      },
      {
        id: 'toilets',
        name: '公厕',
        indicator: 'toilets',
        points: 1,
        rule: { type: 'threshold', op: '>=', value: 2 },
      },
      water,
    ]);
    const result = scoreTowns(counts, {
      a: { parks: '3个', toilets: '2座', 'tap-water-coverage': 0.95 },
      b: { parks: 2, toilets: 1, 'tap-water-coverage': 0.9499 },
    });
    expect(result.towns.map((t) => t.total.toString())).toEqual(['2.5', '0']);
  });
});

describe('scoreTowns: missing and unreadable data', () => {
  it('scores a missing datum 0 with a warning, and throws with missing: "error"', () => {
    const result = scoreTowns(card([water]), { a: {}, b: { 'tap-water-coverage': null } });
    expect(result.warnings).toEqual([
      {
        townId: 'a',
        itemId: 'water',
        code: 'MISSING_DATA',
        message: 'no datum for "tap-water-coverage"',
      },
      {
        townId: 'b',
        itemId: 'water',
        code: 'MISSING_DATA',
        message: 'no datum for "tap-water-coverage"',
      },
    ]);
    expect(itemOf(result, 'a', 'water')).toMatchObject({ missing: true, met: false });
    expectCode(
      () => scoreTowns(card([water]), { a: {} }, { missing: 'error' }),
      'VALIDATION_ERROR',
      /lacks 1 value/,
    );
  });

  it('scores an unreadable datum 0 with its error code, and scores the other items and towns', () => {
    const items = [
      water,
      {
        ...water,
        id: 'growth',
        indicator: 'g',
        measure: 'growth',
        rule: { type: 'threshold', op: '>=', value: '10%' },
      },
    ];
    const result = scoreTowns(card(items), {
      a: { 'tap-water-coverage': '九十五', g: { previous: 0, current: 5 } },
      b: { 'tap-water-coverage': '96%', g: { previous: 100, current: 111 } },
    });
    expect(result.warnings.map((w) => [w.townId, w.itemId, w.code])).toEqual([
      ['a', 'water', 'VALIDATION_ERROR'],
      ['a', 'growth', 'DIVISION_BY_ZERO'],
    ]);
    expect(itemOf(result, 'a', 'water').error?.code).toBe('VALIDATION_ERROR');
    expect(result.towns[1]?.total.toString()).toBe('1');
  });

  it('checks manual points: within [0, the item points], else VALIDATION_ERROR', () => {
    const manual = card([{ id: 'm', name: '规划', points: 0.5, rule: { type: 'manual' } }]);
    expect(scoreTowns(manual, { a: { m: '0.5' } }).towns[0]?.total.toString()).toBe('0.5');
    expectCode(
      () => scoreTowns(manual, { a: { m: 0.6 } }),
      'VALIDATION_ERROR',
      /between 0 and the item's 0.5 points/,
    );
    expectCode(() => scoreTowns(manual, { a: { m: -0.1 } }), 'VALIDATION_ERROR');
    expectCode(() => scoreTowns(manual, { a: { m: 'half' } }), 'VALIDATION_ERROR');
  });

  it('refuses bad arguments with INVALID_ARGUMENT or VALIDATION_ERROR', () => {
    expectCode(() => scoreTowns(card([water]), null as never), 'INVALID_ARGUMENT');
    expectCode(
      () => scoreTowns(card([water]), { a: 5 } as never),
      'INVALID_ARGUMENT',
      /data\["a"\]/,
    );
    expectCode(() => scoreTowns({ id: 'x' } as never, {}), 'VALIDATION_ERROR');
    expectCode(
      () => scoreTowns(card([water]), {}, { missing: 'skip' } as never),
      'INVALID_ARGUMENT',
    );
    expectCode(() => scoreTowns(card([water]), {}, { locale: 'fr' } as never), 'INVALID_ARGUMENT');
    expectCode(() => scoreTowns(card([water]), {}, null as never), 'INVALID_ARGUMENT');
  });
});

describe('scoreTowns: growth and datasets', () => {
  const growth = card([
    {
      id: 'fiscal',
      name: '财政收入增速',
      indicator: 'fiscal-revenue',
      measure: 'growth',
      points: 1,
      rule: { type: 'threshold', op: '>=', value: '15%' },
    },
  ]);

  it('judges current / previous − 1, or a stated growth', () => {
    const result = scoreTowns(growth, {
      a: { 'fiscal-revenue': { previous: '1亿元', current: '11500万元' } },
      b: { 'fiscal-revenue': { growth: '14.9%' } },
      c: { 'fiscal-revenue': '1.2亿元' },
    });
    expect(result.towns.map((t) => t.total.toString())).toEqual(['1', '0', '0']);
    expect(itemOf(result, 'a', 'fiscal').value).toMatchObject({ kind: 'rate' });
    expect(itemOf(result, 'b', 'fiscal').gap?.toString()).toBe('0.1');
    // A level alone gives no growth.
    expect(itemOf(result, 'c', 'fiscal').missing).toBe(true);
  });

  it('reads a dataset for a period by the comparison rule: the best known previous figure', () => {
    const dataset = parseDataset({
      schemaVersion: 1,
      towns: [
        { id: 'x', name: '甲镇' },
        { id: 'y', name: '乙镇' },
      ],
      observations: [
        {
          townId: 'x',
          indicator: 'fiscal-revenue',
          period: '2010',
          value: '1亿元',
          status: 'estimated',
        },
        { townId: 'x', indicator: 'fiscal-revenue', period: '2010', value: '1.1亿元' },
        { townId: 'x', indicator: 'fiscal-revenue', period: '2011', value: '1.265亿元' },
        { townId: 'y', indicator: 'fiscal-revenue', period: '2011', value: '2亿元', growth: '20%' },
      ],
    });
    const result = scoreTowns(growth, dataset, { period: '2011' });
    // x: 1.265 / 1.1 − 1 = 15% against the actual 2010 figure (the estimate would give 26.5%).
    expect(itemOf(result, 'x', 'fiscal').value).toEqual({
      kind: 'rate',
      rate: new Decimal('0.15'),
    });
    expect(result.towns.map((t) => [t.townId, t.name, t.total.toString()])).toEqual([
      ['x', '甲镇', '1'],
      ['y', '乙镇', '1'],
    ]);
    expect(result.period).toBe('2011');
    expect(
      scoreTowns(growth, dataset, { period: '2011', towns: ['y'] }).towns.map((t) => t.townId),
    ).toEqual(['y']);
    expectCode(() => scoreTowns(growth, dataset), 'INVALID_ARGUMENT', /options.period/);
    expectCode(
      () => scoreTowns(growth, dataset, { period: '2011', towns: ['z'] }),
      'INVALID_ARGUMENT',
    );
  });

  it('takes manual points for a dataset from options.manual', () => {
    const dataset = parseDataset({ schemaVersion: 1, towns: [{ id: 'x', name: '甲镇' }] });
    const manual = card([{ id: 'm', name: '规划', points: 0.5, rule: { type: 'manual' } }]);
    const result = scoreTowns(manual, dataset, { period: '2011', manual: { x: { m: 0.4 } } });
    expect(result.towns[0]?.total.toString()).toBe('0.4');
  });
});

describe('scoreTowns: laws', () => {
  const items = [
    water,
    {
      id: 'hub',
      name: 'hub',
      indicator: 'hub',
      points: 0.5,
      rule: {
        type: 'tiers',
        tiers: [
          { op: '<=', value: 15, points: 0.5 },
          { op: '<=', value: 30, points: 0.3 },
        ],
      },
    },
    {
      id: 'g',
      name: 'g',
      indicator: 'g',
      measure: 'growth',
      points: 1,
      rule: { type: 'threshold', op: '>', value: '10%' },
    },
    {
      id: 'p',
      name: 'p',
      indicator: 'p',
      points: 0.5,
      rule: { type: 'penalty', op: '<', value: 0, points: 0.5 },
    },
  ];
  const scorecard = parseScorecard(card(items, { maxPoints: 1.5 }));
  const town = fc.record({
    'tap-water-coverage': fc.double({ min: 0.9, max: 1, noNaN: true }),
    hub: fc.integer({ min: 0, max: 60 }),
    g: fc.record({
      previous: fc.double({ min: 1, max: 1000, noNaN: true }),
      current: fc.double({ min: 1, max: 2000, noNaN: true }),
    }),
    p: fc.integer({ min: -5, max: 5 }),
  });

  it('gives JS numbers exactly what their decimal text gives (the fast comparison is exact)', () => {
    fc.assert(
      fc.property(fc.array(town, { minLength: 1, maxLength: 8 }), (towns) => {
        const asNumbers = Object.fromEntries(towns.map((t, i) => [`t${i}`, t]));
        const asText = Object.fromEntries(
          towns.map((t, i) => [
            `t${i}`,
            {
              'tap-water-coverage': String(t['tap-water-coverage']),
              hub: String(t.hub),
              g: { previous: String(t.g.previous), current: String(t.g.current) },
              p: String(t.p),
            },
          ]),
        );
        const a = scoreTowns(scorecard, asNumbers);
        const b = scoreTowns(scorecard, asText);
        expect(a.towns.map((t) => t.items.map((i) => i.points.toString()))).toEqual(
          b.towns.map((t) => t.items.map((i) => i.points.toString())),
        );
      }),
    );
  });

  it('decides ties exactly: 1.1 / 1 − 1 is not above 10%, 0.95 is at least 95%', () => {
    const result = scoreTowns(scorecard, {
      a: { 'tap-water-coverage': 0.95, hub: 15, g: { previous: 1, current: 1.1 }, p: 0 },
      b: {
        'tap-water-coverage': Number('0.9499999999999999'), // the double just below 0.95
        hub: 15.000000000000002,
        g: { previous: 1, current: 1.1000000000000003 },
        p: -1e-300,
      },
    });
    expect(result.towns[0]?.items.map((i) => i.points.toString())).toEqual([
      '0.5',
      '0.5',
      '0',
      '0',
    ]);
    expect(result.towns[1]?.items.map((i) => i.points.toString())).toEqual([
      '0',
      '0.3',
      '1',
      '-0.5',
    ]);
  });

  it('keeps each category within [0, maxPoints], the total the sum, ranks by total; changes no input', () => {
    fc.assert(
      fc.property(fc.array(town, { minLength: 1, maxLength: 8 }), (towns) => {
        const data = Object.fromEntries(towns.map((t, i) => [`t${i}`, t]));
        const before = JSON.stringify(data);
        const result = scoreTowns(scorecard, data);
        for (const t of result.towns) {
          for (const c of t.categories) {
            expect(c.points.gte(0) && c.points.lte(c.maxPoints)).toBe(true);
          }
          expect(t.total.eq(t.categories.reduce((s, c) => s.plus(c.points), new Decimal(0)))).toBe(
            true,
          );
          const higher = result.towns.filter((o) => o.total.gt(t.total)).length;
          expect(t.rank).toBe(higher + 1);
        }
        expect(JSON.stringify(data)).toBe(before);
      }),
    );
  });
});
