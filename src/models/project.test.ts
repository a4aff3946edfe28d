import { describe, expect, it } from 'vitest';
import { getValidationIssues, type SafeParseResult } from './issues.js';
import {
  ProjectPlanSchema,
  parseProject,
  projectCategoryLabels,
  projectStatusLabels,
  safeParseProject,
} from './project.js';

function issuesOf(result: SafeParseResult<unknown>): string[] {
  return result.success
    ? []
    : getValidationIssues(result.error).map((issue) => `${issue.path} ${issue.code}`);
}

// seeds 002 (第三篇, 建设镇): "产业发展战区，共涉及7个项目，总投资10.3亿元，年内计划投资4.38亿元，现已完成投资2.98亿元"
const industryZone = {
  id: 'jianshe-industry',
  townId: 'jianshe',
  name: '产业发展战区',
  category: '产业发展',
  projectCount: 7,
  totalInvestment: '10.3亿元',
  plans: [{ period: '2011', planned: '4.38亿元', completed: '2.98亿元' }],
};

describe('parseProject', () => {
  it('parses a programme of 建设镇 with its plan and completion', () => {
    const project = parseProject(industryZone);
    expect(project.category).toBe('industry');
    expect(project.projectCount).toBe(7);
    expect(project.totalInvestment?.to('万元').toString()).toBe('103000');
    const [plan] = project.plans;
    // 2.98 / 4.38 of the year's plan was done: the amounts are kept exactly
    expect(plan?.completed?.value.div(plan.planned?.value ?? 1).toFixed(4)).toBe('0.6804');
  });

  it('defaults category and plans, keeps dates and status', () => {
    const project = parseProject({
      id: 'qsq-yudong-road',
      townId: 'qingshanquan',
      name: '渝东大道改造青山泉集镇段工程',
      status: '在建',
      totalInvestment: '1亿元',
      startDate: '2024-06-28',
      completionDate: '2024-06-28',
      area: '1674亩',
    });
    expect([project.category, project.status, project.startDate]).toEqual([
      'other',
      'in-progress',
      '2024-06-28',
    ]);
    expect(project.plans).toEqual([]);
    expect(String(project.area)).toBe('1674亩');
    expect(projectCategoryLabels.water.zh).toBe('水利');
    expect(projectStatusLabels.operating.zh).toBe('投产');
  });

  it('reads plan periods canonically', () => {
    expect(ProjectPlanSchema.parse({ period: '2011h1' }).period).toBe('2011-H1');
  });

  it('reports every issue of a project with its path', () => {
    const result = safeParseProject({
      id: 'p',
      townId: '',
      name: 'x',
      category: 'roads',
      status: 'done',
      projectCount: 0,
      totalInvestment: '3.41公顷',
      plans: [
        { period: '2011', planned: '1.5亿元' },
        { period: '2011', completed: 'lots' },
        { period: 'FY2011', extra: 1 },
      ],
      startDate: '2011-13-01',
      completionDate: '2011-02-30',
    });
    expect(issuesOf(result)).toEqual([
      '$.townId invalid_format',
      '$.category invalid_value',
      '$.status invalid_value',
      '$.projectCount too_small',
      '$.totalInvestment wrong_dimension',
      '$.plans[1].completed invalid_quantity',
      '$.plans[2].period invalid_period',
      '$.plans[2].extra unrecognized_keys',
      '$.startDate invalid_format',
      '$.completionDate invalid_format',
      '$.plans[1].period duplicate_period',
    ]);
  });

  it('reports a completion date before the start date', () => {
    const result = safeParseProject({
      id: 'p',
      townId: 't',
      name: 'x',
      startDate: '2011-08-01',
      completionDate: '2011-07-31',
    });
    expect(issuesOf(result)).toEqual(['$.completionDate invalid_range']);
    expect(() => parseProject({ id: 'p', townId: 't' })).toThrow(
      expect.objectContaining({ code: 'VALIDATION_ERROR' }),
    );
  });

  it('returns data from safeParseProject on success', () => {
    const result = safeParseProject(industryZone);
    expect(result.success && result.data.id).toBe('jianshe-industry');
  });
});
