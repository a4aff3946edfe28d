import { describe, expect, it } from 'vitest';
import { getValidationIssues, type SafeParseResult } from './issues.js';
import { parseTown, safeParseTown, TownSchema, townLevelLabels, townScopeLabels } from './town.js';

function issuesOf(result: SafeParseResult<unknown>): string[] {
  return result.success
    ? []
    : getValidationIssues(result.error).map((issue) => `${issue.path} ${issue.code}`);
}

// seeds 002 (第一篇): "全镇区域面积65.84平方公里，辖18个行政村、3个社区，有常住人口近5万，另有外来务工人员2.6万余人"
const b1 = {
  id: 'b1',
  name: 'xxxx镇',
  levels: ['provincial-central-town'],
  region: { province: '浙江省', city: '宁波市', county: '余姚市' },
  area: '65.84平方公里',
  villages: 18,
  communities: 3,
  residentPopulation: '近5万人',
  migrantWorkers: '2.6万余人',
  asOf: '2011',
};

describe('parseTown', () => {
  it('parses the profile of a town (seed 002 第一篇)', () => {
    const town = parseTown(b1);
    expect(town.scope).toBe('town');
    expect(town.area?.to('亩').toString()).toBe('98760'); // 65.84 × 1500
    expect([town.villages, town.communities]).toEqual([18, 3]);
    expect(town.residentPopulation?.qualifier).toBe('nearly');
    expect(town.migrantWorkers?.to('人').toString()).toBe('26000');
    expect(town.region).toEqual({ province: '浙江省', city: '宁波市', county: '余姚市' });
  });

  it('maps Chinese labels to codes (建设镇: 市级中心镇、新农村建设试点镇)', () => {
    const town = parseTown({ id: 'jianshe', name: '建设镇', levels: ['市级中心镇', '试点镇'] });
    expect(town.levels).toEqual(['municipal-central-town', 'pilot-town']);
    expect(parseTown({ id: 'yuyao', name: '余姚市', scope: '县级市' }).scope).toBe('county');
    expect(townLevelLabels['small-city'].zh).toBe('小城市');
    expect(townScopeLabels.city.zh).toBe('市');
  });

  it('models a group of towns reported together (seed 000: 首批13个小城市建设示范镇)', () => {
    const group = parseTown({
      id: 'g',
      name: '首批小城市建设示范镇',
      scope: 'group',
      memberCount: 13,
    });
    expect([group.scope, group.memberCount]).toEqual(['group', 13]);
  });

  it('returns frozen output that JSON round-trips', () => {
    const town = parseTown(b1);
    expect(Object.isFrozen(town)).toBe(true);
    expect(Object.isFrozen(town.levels)).toBe(true);
    const again = parseTown(JSON.parse(JSON.stringify(town)));
    expect(JSON.stringify(again)).toBe(JSON.stringify(town));
    expect(
      again.residentPopulation?.equals(town.residentPopulation ?? again.residentPopulation),
    ).toBe(true);
    // the output is itself valid input
    expect(JSON.stringify(parseTown(town))).toBe(JSON.stringify(town));
  });

  it('throws VALIDATION_ERROR listing every issue with its path', () => {
    let caught: unknown;
    try {
      parseTown({
        id: ' b1',
        name: '',
        scope: 'village',
        levels: ['central-town', 'capital'],
        region: { province: 5 },
        area: '65.84亿元',
        villages: 1.5,
        communities: -3,
        residentPopulation: { value: '5' },
        asOf: '2011-H3',
        memberCount: 2,
        mayor: 'x',
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toEqual(expect.objectContaining({ code: 'VALIDATION_ERROR' }));
    expect(getValidationIssues(caught).map((i) => `${i.path} ${i.code}`)).toEqual([
      '$.id invalid_format',
      '$.name too_small',
      '$.scope invalid_value',
      '$.levels[1] invalid_value',
      '$.region.province invalid_type',
      '$.area wrong_dimension',
      '$.villages not_multiple_of',
      '$.communities too_small',
      '$.residentPopulation.unit invalid_type',
      '$.asOf invalid_period',
      '$.mayor unrecognized_keys',
      '$.memberCount invalid_range',
    ]);
    expect((caught as Error).message).toBe(
      'parseTown: input is invalid (12 issues); first: $.id: an id is a non-empty string without white space at either end',
    );
  });

  it('rejects input that is not an object', () => {
    expect(issuesOf(safeParseTown(null))).toEqual(['$ invalid_type']);
    expect(issuesOf(safeParseTown([]))).toEqual(['$ invalid_type']);
  });
});

describe('safeParseTown', () => {
  it('returns data on success', () => {
    const result = safeParseTown({
      id: 'baita',
      name: '白塔镇',
      area: '119平方公里',
      population: '4.2万人',
    });
    expect(result.success && String(result.data.population)).toBe('4.2万人');
  });

  it('returns the error on failure', () => {
    const result = safeParseTown({ id: 'baita' });
    expect(result.success).toBe(false);
    expect(!result.success && result.error.code).toBe('VALIDATION_ERROR');
    expect(issuesOf(result)).toEqual(['$.name invalid_type']);
  });

  it('agrees with TownSchema', () => {
    expect(TownSchema.safeParse(b1).success).toBe(true);
  });
});
