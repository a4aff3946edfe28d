import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectCode } from '../../tests/support/expectError.js';
import { oneCategory, readScorecardFile, tapWater } from '../../tests/support/scorecards.js';
import { Decimal } from '../numbers/decimal.js';
import { getValidationIssues } from './issues.js';
import { scorecardJsonSchema } from './jsonSchema.js';
import { parseScorecard, type ScorecardInput, safeParseScorecard } from './scorecard.js';

function issues(input: unknown): readonly { path: string; code: string }[] {
  const result = safeParseScorecard(input);
  if (result.success) return [];
  return getValidationIssues(result.error).map(({ path, code }) => ({ path, code }));
}

describe('parseScorecard', () => {
  it('reads the shipped scorecards: the transcribed 考核 table sums to its 7 points', () => {
    const infrastructure = parseScorecard(readScorecardFile('town-infrastructure'));
    const items = infrastructure.categories[0]?.items ?? [];
    expect(items).toHaveLength(14);
    // 基础设施提升工程(7分): 1.5 + 1 + 1 + 2.5 + 1, as the table prints it.
    const sum = items.reduce((total, item) => total.plus(item.points), new Decimal(0));
    expect(sum.toString()).toBe('7');
    expect(infrastructure.categories[0]?.maxPoints?.toString()).toBe('7');
    const central = parseScorecard(readScorecardFile('central-town-standard'));
    expect(central.passMark?.toString()).toBe('3');
    expect(central.categories.map((c) => c.id)).toEqual(['economy', 'town-building', 'livelihood']);
  });

  it('reads points as exact decimals and bounds as values in their units', () => {
    const parsed = parseScorecard(
      oneCategory([
        { ...tapWater, points: '0.5' },
        {
          id: 'road',
          name: '人均道路面积',
          points: 0.3,
          rule: { type: 'threshold', op: '>=', value: '15平方米' },
        },
      ]),
    );
    const [first, second] = parsed.categories[0]?.items ?? [];
    expect(
      first?.points
        .plus(second?.points ?? 0)
        .plus('0.2')
        .toString(),
    ).toBe('1');
    expect(second?.rule).toMatchObject({ value: { kind: 'quantity' } });
    const rule = second?.rule;
    expect(
      rule?.type === 'threshold' && rule.value.kind === 'quantity' && rule.value.quantity.unit.name,
    ).toBe('平方米');
  });

  it('round-trips through JSON losslessly, and ignores $schema', () => {
    for (const name of ['town-infrastructure', 'central-town-standard']) {
      const parsed = parseScorecard(readScorecardFile(name));
      const text = JSON.stringify(parsed);
      expect(text).not.toContain('$schema');
      expect(JSON.stringify(parseScorecard(JSON.parse(text)))).toBe(text);
    }
  });

  it('round-trips generated scorecards (property)', () => {
    const decimal = fc
      .tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 9 }))
      .map(([whole, tenth]) => `${whole}.${tenth}`);
    const rule = fc.oneof(
      fc.record({
        type: fc.constant('threshold' as const),
        op: fc.constantFrom('>=', '>', '<=', '<'),
        value: fc.oneof(
          decimal.map((d) => `${d}%`),
          decimal.map((d) => `${d}平方米`),
          decimal,
        ),
      }),
      fc.constant({ type: 'manual' as const }),
      fc.record({
        type: fc.constant('proportional' as const),
        full: decimal.map((d) => `${d}1亿元`),
      }),
    );
    fc.assert(
      fc.property(fc.array(rule, { minLength: 1, maxLength: 6 }), (rules) => {
        const input = oneCategory(
          rules.map((r, index) => ({
            id: `i${index}`,
            name: `item ${index}`,
            points: '1.5',
            rule: r,
          })),
        );
        const text = JSON.stringify(parseScorecard(input));
        expect(JSON.stringify(parseScorecard(JSON.parse(text)))).toBe(text);
      }),
    );
  });

  it('returns a frozen scorecard and never changes its input', () => {
    const input = oneCategory([tapWater]);
    const before = JSON.stringify(input);
    const parsed = parseScorecard(input);
    expect(Object.isFrozen(parsed)).toBe(true);
    expect(Object.isFrozen(parsed.categories[0]?.items[0]?.rule)).toBe(true);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('reports an unknown rule type and points that are not numbers, by path', () => {
    expect(
      issues(oneCategory([{ id: 'x', name: 'x', points: 'half', rule: { type: 'guess' } }])),
    ).toEqual([
      { path: '$.categories[0].items[0].points', code: 'invalid_number' },
      { path: '$.categories[0].items[0].rule.type', code: 'invalid_union' },
    ]);
    expect(issues(oneCategory([{ ...tapWater, points: true }]))[0]?.path).toBe(
      '$.categories[0].items[0].points',
    );
    expect(
      issues(oneCategory([{ ...tapWater, rule: { type: 'threshold', op: '=>', value: '95%' } }])),
    ).toEqual([{ path: '$.categories[0].items[0].rule.op', code: 'invalid_value' }]);
    expect(
      issues(
        oneCategory([{ ...tapWater, rule: { type: 'threshold', op: '>=', value: '95 bananas' } }]),
      )[0]?.path,
    ).toBe('$.categories[0].items[0].rule.value');
  });

  it('reports tiers out of order: worse before better, mixed directions, points rising', () => {
    const tiers = (list: readonly unknown[]) =>
      oneCategory([{ id: 'hub', name: 'hub', points: 0.5, rule: { type: 'tiers', tiers: list } }]);
    expect(
      issues(
        tiers([
          { op: '<=', value: 30, points: 0.3 },
          { op: '<=', value: 15, points: 0.5 },
        ]),
      ),
    ).toEqual([{ path: '$.categories[0].items[0].rule.tiers[1]', code: 'tiers_out_of_order' }]);
    expect(
      issues(
        tiers([
          { op: '>=', value: '95%', points: 0.5 },
          { op: '<', value: '90%', points: 0.3 },
        ]),
      ).map((i) => i.code),
    ).toContain('tiers_out_of_order');
    // Equal points on two tiers: the second can never matter.
    expect(
      issues(
        tiers([
          { op: '>=', value: '95%', points: 0.5 },
          { op: '>=', value: '90%', points: 0.5 },
        ]),
      ),
    ).toEqual([{ path: '$.categories[0].items[0].rule.tiers[1]', code: 'tiers_out_of_order' }]);
    // A tier above its item's points.
    expect(issues(tiers([{ op: '<=', value: 15, points: 0.8 }]))).toEqual([
      { path: '$.categories[0].items[0].rule.tiers[0].points', code: 'invalid_points' },
    ]);
    expect(
      issues(
        tiers([
          { op: '<=', value: '15平方米', points: 0.5 },
          { op: '<=', value: '30%', points: 0.3 },
        ]),
      ),
    ).toEqual([
      { path: '$.categories[0].items[0].rule.tiers[1].value', code: 'dimension_mismatch' },
    ]);
    expect(issues(tiers([]))[0]?.code).toBe('too_small');
  });

  it('reports a category whose items can exceed nothing: a cap of 0, or a cap over penalties only', () => {
    expect(issues(oneCategory([tapWater], { maxPoints: 0 }))).toEqual([
      { path: '$.categories[0].maxPoints', code: 'unreachable_points' },
    ]);
    // A cap above the items' sum never binds, and a pass mark above the maximum fails every town:
    // allowed (a transcription may carry them), never an error.
    expect(issues(oneCategory([tapWater], { maxPoints: 1 }))).toEqual([]);
    expect(issues({ ...(oneCategory([tapWater]) as object), passMark: 60 })).toEqual([]);
    const penaltyOnly = oneCategory(
      [
        {
          id: 'out',
          name: '人口净流出',
          indicator: 'net-migration',
          points: 0.5,
          rule: { type: 'penalty', op: '<', value: 0, points: 0.5 },
        },
      ],
      { maxPoints: 2 },
    );
    expect(issues(penaltyOnly)).toEqual([
      { path: '$.categories[0].maxPoints', code: 'unreachable_points' },
    ]);
    expect(issues(oneCategory([], {}))[0]).toEqual({
      path: '$.categories[0].items',
      code: 'too_small',
    });
    expect(issues(oneCategory([tapWater], { maxPoints: -1 }))).toEqual([
      { path: '$.categories[0].maxPoints', code: 'invalid_points' },
    ]);
  });

  it('reports duplicate ids, negative points, zero penalties and a bound of the wrong dimension', () => {
    const found = issues({
      id: 's',
      name: 's',
      categories: [
        { id: 'c', name: 'c', items: [tapWater, { ...tapWater, points: -0.5 }] },
        {
          id: 'c',
          name: 'd',
          items: [
            {
              id: 'u',
              name: 'u',
              indicator: 'urbanization-rate',
              points: 1,
              rule: { type: 'threshold', op: '>=', value: '3亩' },
            },
            {
              id: 'g',
              name: 'g',
              indicator: 'gdp',
              measure: 'growth',
              points: 1,
              rule: { type: 'threshold', op: '>=', value: '3亿元' },
            },
            {
              id: 'p',
              name: 'p',
              points: 1,
              rule: { type: 'penalty', op: '<', value: 0, points: 0 },
            },
            { id: 'm', name: 'm', measure: 'growth', points: 1, rule: { type: 'manual' } },
          ],
        },
      ],
    });
    expect(found).toEqual([
      { path: '$.categories[0].items[1].id', code: 'duplicate_id' },
      { path: '$.categories[0].items[1].points', code: 'invalid_points' },
      { path: '$.categories[1].id', code: 'duplicate_id' },
      { path: '$.categories[1].items[0].rule.value', code: 'dimension_mismatch' },
      { path: '$.categories[1].items[1].rule.value', code: 'dimension_mismatch' },
      { path: '$.categories[1].items[2].rule.points', code: 'invalid_points' },
      { path: '$.categories[1].items[3].measure', code: 'invalid_rule' },
    ]);
  });

  it('checks the alternatives of an any rule, and refuses manual or penalty alternatives', () => {
    const any = (rules: readonly unknown[]) =>
      oneCategory([
        {
          id: 'sewage',
          name: '污水处理率',
          indicator: 'sewage-treatment-rate',
          points: 0.5,
          rule: { type: 'any', rules },
        },
      ]);
    expect(
      issues(
        any([
          { type: 'threshold', op: '>=', value: '70%' },
          { type: 'threshold', op: '>=', value: '10%', measure: 'growth' },
        ]),
      ),
    ).toEqual([]);
    expect(issues(any([{ type: 'threshold', op: '>=', value: '70亩' }]))).toEqual([
      { path: '$.categories[0].items[0].rule.rules[0].value', code: 'dimension_mismatch' },
    ]);
    expect(issues(any([{ type: 'manual' }]))[0]?.path).toBe(
      '$.categories[0].items[0].rule.rules[0].type',
    );
    expect(issues(any([]))[0]?.code).toBe('too_small');
  });

  it('throws VALIDATION_ERROR with every issue in details', () => {
    expectCode(
      () =>
        parseScorecard(
          oneCategory([{ id: 'x', name: 'x', points: 'half', rule: { type: 'guess' } }]),
        ),
      'VALIDATION_ERROR',
      /parseScorecard/,
    );
    expectCode(() => parseScorecard(null), 'VALIDATION_ERROR');
    expectCode(() => parseScorecard([]), 'VALIDATION_ERROR');
  });
});

describe('scorecardJsonSchema', () => {
  it('describes the scorecard file, and the shipped schema file is up to date', () => {
    const schema = scorecardJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'name', 'categories']));
    const shipped = readScorecardFile('scorecard.schema');
    expect(shipped).toEqual(schema);
  });

  it('accepts what parseScorecard writes (types of the input side)', () => {
    const input: ScorecardInput = {
      id: 'x',
      name: 'x',
      categories: [
        {
          id: 'c',
          name: 'c',
          items: [{ id: 'i', name: 'i', points: 1, rule: { type: 'manual' } }],
        },
      ],
    };
    expect(parseScorecard(input).categories[0]?.items[0]?.rule.type).toBe('manual');
  });
});
