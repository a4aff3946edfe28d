import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readScorecardFile } from '../../tests/support/scorecards.js';
import { sampleDataset } from '../dataset/sample/index.js';
import { type DatasetInput, parseDataset } from '../models/dataset.js';
import type { ScorecardInput } from '../models/scorecard.js';
import { Decimal, roundHalfUp } from '../numbers/decimal.js';
import { townReport } from './townReport.js';
import type { TownReport, TownReportOptions, TownReportRow } from './types.js';

const sample = sampleDataset();

function report(options: TownReportOptions, dataset = sample): TownReport {
  return townReport(dataset, options);
}

function row(r: TownReport, indicator: string, subject?: string): TownReportRow {
  const found = r.rows.find(
    (x) => x.indicator === indicator && (subject === undefined || x.subject === subject),
  );
  if (found === undefined) {
    throw new Error(`no row ${indicator}${subject === undefined ? '' : ` / ${subject}`}`);
  }
  return found;
}

/** A row's value rounded half up, as a string. */
function rounded(r: TownReportRow, decimals: number): string {
  if (r.value === null) throw new Error(`row ${r.indicator} has no value`);
  return roundHalfUp(r.value, decimals).toFixed(decimals);
}

function dataset(input: Omit<DatasetInput, 'schemaVersion'>) {
  return parseDataset({ schemaVersion: 1, ...input });
}

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
}

function messageOf(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

describe('townReport: 建设镇 2011 (seed report 002, 建设镇小城镇改革发展战役工作总结)', () => {
  const jianshe = report({ townId: 'jianshe', asOf: '2011-06-30' });

  it('defaults to the latest year with figures and keeps the requested asOf', () => {
    expect(jianshe.town).toEqual({ id: 'jianshe', name: '建设镇' });
    expect(jianshe.period).toBe('2011');
    expect(jianshe.asOf).toBe('2011-06-30');
    expect(jianshe.locale).toBe('zh');
  });

  it('totals the portfolio: the 23 projects of 22.32亿元 and the projects outside the zones', () => {
    // 实施在建、续建23个项目，规划总投资22.32亿元; plus 联瑞 20000万, 福立 5200万, 嘉申 3700万.
    const total = row(jianshe, 'total-investment');
    expect(total.inputs.小城镇改革发展战役项目).toBe('22.32亿元');
    expect(total.value).toBe('25.21');
    expect(total.unit).toBe('亿元');
    expect(total.formula).toBe('sum');
    expect(row(jianshe, 'project-count').value).toBe('26');
    // The four zones' totals add up to 22.362亿 against the stated 22.32亿 (DOMAIN.md).
    expect(total.warnings.join(' ')).toContain('22.362亿元');
  });

  it('computes the annual plan completion: 9.6亿 of the zones’ 12.81亿 plan', () => {
    // 年内计划投资 1.5 + 4.38 + 6.43 + 0.5 = 12.81亿元; 年内已完成投资9.6亿元.
    const planned = row(jianshe, 'planned-investment');
    expect([planned.value, planned.unit, planned.formula]).toEqual(['12.81', '亿元', 'sum']);
    expect(planned.inputs).toEqual({
      基础设施战区: '1.5亿元',
      产业发展战区: '4.38亿元',
      城镇建设战区: '6.43亿元',
      水利项目建设战区: '0.5亿元',
    });
    const completed = row(jianshe, 'completed-investment');
    expect([completed.value, completed.formula]).toEqual(['9.6', null]);
    const rate = row(jianshe, 'plan-completion-rate');
    expect(rate.formula).toBe('completionRate');
    expect(rate.inputs).toEqual({ planned: '12.81亿元', completed: '9.6亿元' });
    expect(rounded(rate, 6)).toBe('0.749415'); // 9.6 / 12.81 = 0.7494145…
    expect(rate.text).toBe('74.9%（9.6亿元 / 12.81亿元）');
    // The parts completed 1.5 + 2.98 + 4.72 + 0.414 = 9.614亿元, stated as 9.6亿元.
    expect(rate.warnings.join(' ')).toContain('9.614亿元');
  });

  it('computes each zone’s completion rate', () => {
    const rates = jianshe.rows
      .filter((r) => r.indicator === 'project-completion-rate')
      .map((r) => [r.subject, r.text]);
    expect(rates).toEqual([
      ['jianshe-infrastructure', '100.0%（1.5亿元 / 1.5亿元）'],
      ['jianshe-industry', '68.0%（2.98亿元 / 4.38亿元）'],
      ['jianshe-urban', '73.4%（4.72亿元 / 6.43亿元）'],
      ['jianshe-water', '82.8%（0.414亿元 / 0.5亿元）'],
    ]);
  });

  it('measures schedule progress (序时进度) at asOf', () => {
    // 2011-06-30: 181 of 365 days elapsed; done 9.6 / 12.81.
    const progress = row(jianshe, 'schedule-progress');
    const elapsed = new Decimal(181).div(365);
    const done = new Decimal('9.6').div('12.81');
    expect(progress.value).toBe(done.minus(elapsed).toString());
    expect(progress.inputs.elapsed).toBe(elapsed.toString());
    expect(progress.text).toBe('截至2011-06-30：时间进度49.6%，完成74.9%，超前25.4个百分点');
    expect(progress.warnings).toEqual([]);
  });

  it('takes asOf from the dated source of the town’s figures when none is given', () => {
    const r = report({ townId: 'jianshe' });
    expect(r.asOf).toBe('2011-12-22');
    expect(r.warnings).toEqual(['报告日期2011-12-22取自资料《建设镇小城镇改革发展战役工作总结》']);
    // 356 of 365 days elapsed, 74.9% done: behind schedule.
    expect(row(r, 'schedule-progress').text).toBe(
      '截至2011-12-22：时间进度97.5%，完成74.9%，滞后22.6个百分点',
    );
  });

  it('shows growth from a stated rate with the previous value it implies', () => {
    // 全镇实现工农业总产值19.33亿元，增长27.5%: 19.33 / 1.275 = 15.1608亿元.
    const growth = row(jianshe, 'gross-output-industry-agriculture');
    expect(growth.section).toBe('growth');
    expect(growth.value).toBe('0.275');
    expect(growth.unit).toBe('fraction');
    expect(growth.formula).toBe('impliedPrevious');
    expect(growth.inputs).toEqual({ current: '19.33亿元', growth: '27.5%' });
    expect(growth.text).toBe('19.33亿元，比上年增长27.5%（2010年15.16亿元，由增长率推算）');
  });

  it('audits the stated figures: 22.32亿 and 27.5% are inconsistent, 9.6亿 is consistent', () => {
    const audit = jianshe.rows.filter((r) => r.section === 'audit');
    const verdicts = Object.fromEntries(audit.map((r) => [r.subject, r.inputs.consistent]));
    expect(verdicts['jianshe-zones-investment']).toBe('false');
    expect(verdicts['jianshe-gross-output-growth']).toBe('false');
    const zones = audit.find((r) => r.subject === 'jianshe-zones-investment');
    expect(zones?.value).toBe('22.362');
    expect(zones?.unit).toBe('亿元');
    expect(zones?.formula).toBe('auditSum');
    expect(zones?.warnings).toHaveLength(1);
    const growth = audit.find((r) => r.subject === 'jianshe-gross-output-growth');
    expect(growth?.formula).toBe('auditAggregateGrowth');
    expect(roundHalfUp(growth?.value ?? '0', 3).toString()).toBe('27.447');
    expect(audit.filter((r) => r.inputs.consistent === 'true').length).toBeGreaterThan(0);
  });

  it('writes every text in English with locale en', () => {
    const en = report({ townId: 'jianshe', asOf: '2011-06-30', locale: 'en' });
    expect(en.locale).toBe('en');
    expect(row(en, 'gross-output-industry-agriculture').text).toBe(
      '19.33亿元, up 27.5% on the previous year (2010: 15.16亿元, implied by the stated growth)',
    );
    expect(row(en, 'schedule-progress').text).toBe(
      'at 2011-06-30: 49.6% of the period elapsed, 74.9% done, ahead by 25.4 percentage points',
    );
    expect(row(en, 'project-count').text).toBe('26 projects');
    // The values do not depend on the locale.
    expect(en.rows.map((r) => r.value)).toEqual(jianshe.rows.map((r) => r.value));
  });
});

describe('townReport: 白塔镇 land quotas (seed report 002; DOMAIN.md)', () => {
  const baita = report({ townId: 'baita' });

  it('computes the gap of 166.7公顷 and the coverage of the construction-land quota', () => {
    // 可支配建设用地指标116.7公顷 against 实际建设需求283.4公顷.
    const gap = row(baita, 'land-quota-gap', 'baita-available');
    expect([gap.value, gap.unit, gap.formula]).toEqual(['166.7', '公顷', 'landQuotaGap']);
    expect(gap.inputs).toEqual({ available: '116.7公顷', demand: '283.4公顷' });
    expect(gap.text).toBe('缺口166.7公顷（可用116.7公顷，需求283.4公顷）');
    const coverage = row(baita, 'land-quota-coverage', 'baita-available');
    expect(rounded(coverage, 4)).toBe('0.4118');
    expect(coverage.text).toBe('41.2%（116.7公顷 / 283.4公顷）');
  });

  it('compares the urban parts too: 32.25 against 145.4公顷', () => {
    const gap = row(baita, 'land-quota-gap', 'baita-available-urban');
    expect(gap.value).toBe('113.15');
    expect(gap.labelZh).toBe('城镇建设用地指标缺口');
  });
});

describe('townReport: XX市 (成都, seed report 000)', () => {
  const city = report({ townId: 'xx-city' });

  it('shows the funding structure of 小城镇改造: social capital 66.8% (seed-claims A01)', () => {
    const social = row(city, 'funding-share', 'xx-city-renovation/social-capital');
    expect(social.formula).toBe('share');
    expect(social.inputs).toEqual({ part: '40.3亿元', whole: '60.3亿元' });
    expect(rounded(social, 8)).toBe('0.66832504'); // A01: 66.832504 %
    expect(social.text).toBe('66.8%（40.3亿元 / 60.3亿元）');
  });

  it('finds the 8.2亿元 of investment without a stated source (seed-claims A02)', () => {
    const gap = row(city, 'funding-gap', 'xx-city-renovation');
    expect([gap.value, gap.unit, gap.formula]).toEqual(['8.2', '亿元', 'fundingGap']);
    expect(gap.labelZh).toBe('小城镇改造：未列明来源的投资');
    // A02: 已列明来源 (0.6 + 11.2 + 40.3) 占比 86.401327 %.
    expect(rounded(row(city, 'funding-coverage', 'xx-city-renovation'), 8)).toBe('0.86401327');
  });

  it('computes the leverage of public money: 40.3 / (0.6 + 11.2)', () => {
    const leverage = row(city, 'leverage-ratio', 'xx-city-renovation');
    expect(leverage.value).toBe(new Decimal('40.3').div('11.8').toString());
    expect(leverage.unit).toBe('times');
    expect(leverage.text).toBe('3.42倍（社会资本40.3亿元 / 财政资金11.8亿元）');
  });

  it('computes growth from a stated increase (seed-claims A05: 16.625310 %)', () => {
    // 涉农贷款余额940亿元，比年初增加134亿元.
    const loans = row(city, 'agricultural-loans');
    expect(loans.formula).toBe('growthRate');
    expect(rounded(loans, 8)).toBe('0.16625310');
    expect(loans.text).toBe('940亿元，比上年增长16.6%（2010年806亿元，由增加134亿元推算）');
  });

  it('computes the linking surplus as a share of the turnover quota (seed-claims A04)', () => {
    const linking = row(city, 'linking-surplus-share');
    expect(rounded(linking, 8)).toBe('0.75460993'); // 75.460993 %
    expect(linking.warnings).toEqual(['节余指标为预计数']);
  });

  it('audits the mortgage count (2024笔 stated, 2054笔 from the parts; seed-claims A08)', () => {
    const count = row(city, 'sum', 'chengdu-mortgage-count');
    expect([count.value, count.inputs.consistent]).toEqual(['2054', 'false']);
  });
});

describe('townReport: other towns of the sample', () => {
  it('implies previous values from stated growth (xxxx镇; seed-claims B04, B05)', () => {
    const b1 = report({ townId: 'b1' });
    const income = row(b1, 'rural-income-per-capita');
    expect(income.labelZh).toBe('农民人均纯收入（预计）');
    expect(income.labelEn).toBe('Rural per-capita net income (estimated)');
    expect(income.text).toBe('13730元，比上年增长5%（2010年13076元，由增长率推算）'); // 13076.190476
    expect(row(b1, 'fiscal-revenue').text).toBe(
      '4.7亿元，比上年增长9.6%（2010年4.3亿元，由增长率推算）', // 4.288321
    );
    // 商贸销售突破10亿元: an approximate value gives an approximate previous value.
    expect(row(b1, 'commercial-sales').warnings).toHaveLength(1);
  });

  it('computes the arrival rate of foreign capital (xxxx镇; seed-claims B06: 51.051051 %)', () => {
    const arrival = row(report({ townId: 'b1' }), 'arrival-rate', 'foreign-capital');
    expect(arrival.formula).toBe('arrivalRate');
    expect(rounded(arrival, 8)).toBe('0.51051051');
    expect(arrival.text).toBe('51.1%（850万美元 / 1665万美元）');
  });

  it('implies the base value of a stated multiple (泗门镇; seed-claims B15: 30.450980亿元)', () => {
    const simen = report({ townId: 'simen' });
    const output = row(simen, 'gross-output-industry-agriculture');
    expect([output.value, output.unit, output.formula]).toEqual([
      '5.1',
      'times',
      'impliedPrevious',
    ]);
    expect(output.text).toBe('155.3亿元，是1996年的5.1倍（1996年30.5亿元，由倍数推算）');
  });

  it('prices offset quotas per 亩 (泗门镇; seed-claims B26, B27)', () => {
    const simen = report({ townId: 'simen' });
    expect(row(simen, 'quota-unit-price', 'simen-offset').value).toBe('60000');
    expect(row(simen, 'quota-unit-price', 'simen-farmland-adjustment').text).toBe(
      '1200元/亩（216万元 / 1800亩）',
    );
  });

  it('implies the total population from the urbanization rate (seed-claims A15: 75.285714万人)', () => {
    const r = report({ townId: 'chengdu-small-cities' });
    const total = row(r, 'total-population');
    expect(total.formula).toBe('impliedTotalPopulation');
    expect(total.unit).toBe('万人');
    expect(rounded(total, 6)).toBe('75.285714');
    expect(row(r, 'urbanization-rate').formula).toBe(null);
    expect(row(r, 'concentrated-residence-rate').value).toBe('0.79');
  });

  it('flags a sum of parts that cannot give the stated total (青山泉 71.42亩 vs 71.60亩)', () => {
    const land = row(report({ townId: 'qingshanquan' }), 'land-quota', 'qsq-reclamation');
    expect(land.value).toBe('71.42');
    expect(land.warnings.join(' ')).toContain('71.60亩');
  });
});

describe('townReport: computations on small datasets', () => {
  const twoYears = dataset({
    towns: [{ id: 't', name: '甲镇', residentPopulation: '5万人', asOf: '2011' }],
    observations: [
      { townId: 't', indicator: 'fiscal-revenue', period: '2010', value: '4亿元' },
      { townId: 't', indicator: 'fiscal-revenue', period: '2011', value: '4.4亿元', growth: '12%' },
      { townId: 't', indicator: 'urbanization-rate', period: '2010', value: '40%' },
      { townId: 't', indicator: 'urbanization-rate', period: '2011', value: '45%' },
      { townId: 't', indicator: 'urban-population', period: '2011', value: '2.2万人' },
      {
        townId: 't',
        indicator: 'concentrated-residence-population',
        period: '2011',
        value: '1.4万人',
      },
      { townId: 't', indicator: 'built-up-area', period: '2011', value: '3平方公里' },
    ],
  });
  const r = townReport(twoYears, { townId: 't', period: '2011' });

  it('computes growth from the previous observation and flags a stated growth that disagrees', () => {
    const revenue = row(r, 'fiscal-revenue');
    expect([revenue.value, revenue.formula]).toEqual(['0.1', 'growthRate']);
    expect(revenue.inputs).toEqual({ previous: '4亿元', current: '4.4亿元', statedGrowth: '12%' });
    expect(revenue.text).toBe('4.4亿元，比上年增长10.0%（2010年4亿元）');
    expect(revenue.warnings).toHaveLength(1);
  });

  it('gives the change of a rate in percentage points', () => {
    const rate = r.rows.find((x) => x.section === 'growth' && x.indicator === 'urbanization-rate');
    expect(rate?.value).toBe('0.05');
    expect(rate?.formula).toBe('percentagePointChange');
    expect(rate?.text).toBe('45%，比上年提高5.0个百分点（2010年40%）');
  });

  it('computes the urbanization rate from the populations and checks the stated one', () => {
    // 2.2 / 5 = 44%, stated 45%: inconsistent.
    const urbanization = r.rows.find(
      (x) => x.section === 'urbanization' && x.indicator === 'urbanization-rate',
    );
    expect(urbanization?.value).toBe('0.44');
    expect(urbanization?.formula).toBe('urbanizationRate');
    expect(urbanization?.inputs).toEqual({
      urbanPopulation: '2.2万人',
      totalPopulation: '5万人',
      statedRate: '45%',
    });
    expect(urbanization?.warnings).toHaveLength(1);
    // 1.4 / (5 − 2.2) = 50%.
    const concentration = row(r, 'concentrated-residence-rate');
    expect([concentration.value, concentration.formula]).toEqual(['0.5', 'share']);
    expect(concentration.inputs.ruralPopulation).toBe('2.8万人');
  });

  it('lists observations without a comparison as stated, in the indicators section', () => {
    const area = row(r, 'built-up-area');
    expect([area.section, area.value, area.unit, area.formula]).toEqual([
      'indicators',
      '3',
      '平方公里',
      null,
    ]);
  });

  it('shows a point change a rate states as its increase (seed-claims A19: 58.4% → 65%)', () => {
    const water = dataset({
      towns: [{ id: 'c', name: 'XX市' }],
      observations: [
        {
          townId: 'c',
          indicator: 'tap-water-coverage',
          period: '2011',
          value: '65%',
          increment: '6.6%',
        },
      ],
    });
    const change = row(townReport(water, { townId: 'c' }), 'tap-water-coverage');
    expect([change.value, change.unit, change.formula]).toEqual([
      '0.066',
      'fraction',
      'percentagePointChange',
    ]);
    expect(change.text).toBe('65%，比上年提高6.6个百分点（2010年58.4%，由提高6.6%推算）');
  });

  it('keeps a row with a null value and the reason when a formula cannot be computed', () => {
    const zero = dataset({
      towns: [{ id: 'z', name: '乙镇' }],
      observations: [
        { townId: 'z', indicator: 'tax-revenue', period: '2010', value: '0万元' },
        { townId: 'z', indicator: 'tax-revenue', period: '2011', value: '10万元' },
      ],
    });
    const growth = row(townReport(zero, { townId: 'z' }), 'tax-revenue');
    expect(growth.value).toBeNull();
    expect(growth.warnings[0]).toContain('growthRate');
  });

  it('adds up funding in each currency apart and sums programme plans from their projects', () => {
    const mixed = dataset({
      towns: [{ id: 'm', name: '丙镇' }],
      projects: [
        { id: 'a', townId: 'm', name: 'A', totalInvestment: '1亿元' },
        { id: 'b', townId: 'm', name: 'B', totalInvestment: '100万美元' },
        { id: 'c', townId: 'm', name: 'C' },
        {
          id: 'a1',
          townId: 'm',
          parentId: 'a',
          name: 'A1',
          plans: [{ period: '2011', planned: '3000万元', completed: '1500万元' }],
        },
        {
          id: 'a2',
          townId: 'm',
          parentId: 'a',
          name: 'A2',
          plans: [{ period: '2011', planned: '0.2亿元', completed: '0.1亿元' }],
        },
      ],
    });
    const m = townReport(mixed, { townId: 'm' });
    const totals = m.rows.filter((x) => x.indicator === 'total-investment');
    expect(totals.map((x) => x.text)).toEqual([
      '1亿元（只含1个项目：A；1个项目未列总投资）',
      '100万美元（只含1个项目：B；1个项目未列总投资）',
    ]);
    expect(totals[0]?.warnings).toHaveLength(2);
    expect(row(m, 'planned-investment').value).toBe('5000');
    expect(row(m, 'planned-investment').unit).toBe('万元');
    expect(row(m, 'plan-completion-rate').value).toBe('0.5');
    expect(m.rows.some((x) => x.indicator === 'schedule-progress')).toBe(false);
  });
});

describe('townReport: more funding, land and growth cases', () => {
  it('gives the structure of a town’s own funding by kind (泗门镇; seed-claims B28)', () => {
    const simen = report({ townId: 'simen' });
    // 土地出让金返还4700万元 and 财政返还1.57亿元: 4700 / 20400 = 23.0%.
    const rebate = row(simen, 'funding-share', 'land-transfer-rebate');
    expect(rebate.formula).toBe('shares');
    expect(rebate.text).toBe('23.0%（4700万元 / 20400万元）');
    expect(rebate.inputs).toEqual({
      'land-transfer-rebate': '4700万元',
      'fiscal-rebate': '1.57亿元',
    });
  });

  it('measures a project’s funding against its total when the period has no completed figure', () => {
    const funded = dataset({
      towns: [{ id: 'f', name: '戊镇' }],
      projects: [{ id: 'p', townId: 'f', name: '工业园', totalInvestment: '1亿元' }],
      fundingSources: [
        {
          id: 's1',
          projectId: 'p',
          kind: '镇财政',
          status: '实到',
          amount: '2000万元',
          period: '2011',
        },
        {
          id: 's2',
          projectId: 'p',
          kind: '社会资金',
          status: '协议',
          amount: '0.5亿元',
          period: '2011',
        },
        {
          id: 's3',
          projectId: 'p',
          kind: '社会资金',
          status: '实到',
          amount: '0.3亿元',
          period: '2011',
        },
      ],
    });
    const r = townReport(funded, { townId: 'f' });
    // Social capital counts at its latest stage (实到 0.3亿), never 协议 and 实到 together.
    const gap = row(r, 'funding-gap', 'p');
    expect([gap.labelZh, gap.value, gap.unit]).toEqual(['工业园：资金缺口', '0.5', '亿元']);
    expect(rounded(row(r, 'funding-coverage', 'p'), 2)).toBe('0.50');
    expect(row(r, 'arrival-rate', 'p/social-capital').text).toBe('60.0%（0.3亿元 / 0.5亿元）');
    expect(row(r, 'leverage-ratio', 'p').text).toBe('1.50倍（社会资本0.3亿元 / 财政资金2000万元）');
    const over = dataset({
      towns: [{ id: 'o', name: '己镇' }],
      projects: [{ id: 'p', townId: 'o', name: '市场', totalInvestment: '100万元' }],
      fundingSources: [
        {
          id: 's',
          projectId: 'p',
          kind: '镇财政',
          status: '实到',
          amount: '120万元',
          period: '2011',
        },
      ],
    });
    const surplus = row(townReport(over, { townId: 'o', period: '2011' }), 'funding-gap', 'p');
    expect([surplus.value, surplus.text]).toEqual([
      '0',
      '无，超出20万元（100万元 − 已列明120万元）',
    ]);
  });

  it('shows a land surplus, and a quota of one side as stated', () => {
    const land = dataset({
      towns: [{ id: 'l', name: '庚镇' }],
      landQuotas: [
        { id: 'a', townId: 'l', kind: 'construction', area: '400亩', period: '2011' },
        {
          id: 'd',
          townId: 'l',
          kind: 'construction',
          side: 'demand',
          area: '20公顷',
          period: '2011',
        },
        {
          id: 'n',
          townId: 'l',
          kind: 'new-construction',
          side: 'demand',
          area: '50亩',
          status: '计划',
          period: '2011',
        },
      ],
    });
    const r = townReport(land, { townId: 'l', locale: 'en' });
    expect(row(r, 'land-quota-gap', 'a').text).toBe(
      'surplus of 100亩 (available 400亩, needed 20公顷)',
    );
    expect(row(r, 'land-quota', 'n').text).toBe('50亩 (demand, planned)');
  });

  it('warns that a comparable-price growth implies only an approximate previous level', () => {
    const gdp = dataset({
      towns: [{ id: 'g', name: '辛镇' }],
      observations: [
        {
          townId: 'g',
          indicator: 'gdp',
          period: '2011',
          value: '184.9亿元',
          growth: '12.8%',
          growthBasis: '可比价',
        },
      ],
    });
    const growth = row(townReport(gdp, { townId: 'g', locale: 'en' }), 'gdp');
    // seed-claims A18: 184.9 / 1.128 = 163.918440亿元.
    expect(growth.text).toBe(
      '184.9亿元, up 12.8% on the previous year (2010: 163.9亿元, implied by the stated growth)',
    );
    expect(growth.warnings).toEqual([
      'the growth is at comparable prices: a previous level derived from a current-price value is only approximate',
    ]);
  });

  it('compares a half year with the same half of the year before, and warns of an asOf outside it', () => {
    const half = dataset({
      towns: [{ id: 'h', name: '壬镇' }],
      observations: [
        { townId: 'h', indicator: 'tax-revenue', period: '2010-H1', value: '100万元' },
        { townId: 'h', indicator: 'tax-revenue', period: '2011-H1', value: '120万元' },
      ],
      projects: [
        {
          id: 'p',
          townId: 'h',
          name: '道路',
          plans: [{ period: '2011-H1', planned: '100万元', completed: '40万元' }],
        },
      ],
    });
    const r = townReport(half, { townId: 'h', period: '2011-H1', asOf: '2011-08-01' });
    expect(row(r, 'tax-revenue').text).toBe('120万元，比上年同期增长20.0%（2010-H1100万元）');
    const progress = row(r, 'schedule-progress');
    expect(progress.inputs.elapsed).toBe('1');
    expect(progress.warnings).toEqual(['报告日期2011-08-01不在2011-H1内']);
  });
});

describe('townReport: errors', () => {
  it('rejects an unknown town, naming the known ones', () => {
    const f = () => townReport(sample, { townId: 'nowhere' });
    expect(codeOf(f)).toBe('INVALID_ARGUMENT');
    expect(messageOf(f)).toMatch(
      /^townReport: options\.townId names no town of the dataset: "nowhere"; the towns are: .*jianshe \(建设镇\)/,
    );
  });

  it('rejects a period in which the town has no figures, naming its periods', () => {
    const f = () => townReport(sample, { townId: 'jianshe', period: '2030' });
    expect(codeOf(f)).toBe('INVALID_ARGUMENT');
    expect(messageOf(f)).toContain('"2030"; its periods are: 2011');
  });

  it('rejects an invalid period label and an invalid asOf date', () => {
    expect(codeOf(() => townReport(sample, { townId: 'jianshe', period: '2011-Q5' }))).toBe(
      'INVALID_PERIOD',
    );
    expect(codeOf(() => townReport(sample, { townId: 'jianshe', asOf: '2011-02-30' }))).toBe(
      'INVALID_PERIOD',
    );
  });

  it('rejects a bad locale, bad options and a dataset that is not parsed', () => {
    const locale = 'fr' as unknown as 'en';
    expect(codeOf(() => townReport(sample, { townId: 'jianshe', locale }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => townReport(sample, null as unknown as TownReportOptions))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => townReport(sample, { townId: '' }))).toBe('INVALID_ARGUMENT');
    const raw = { schemaVersion: 1, towns: [] } as unknown as typeof sample;
    expect(codeOf(() => townReport(raw, { townId: 'x' }))).toBe('INVALID_ARGUMENT');
  });

  it('asks for a period when the town has no dated figures', () => {
    const empty = dataset({ towns: [{ id: 'e', name: '丁镇' }] });
    const f = () => townReport(empty, { townId: 'e' });
    expect(codeOf(f)).toBe('INVALID_ARGUMENT');
    expect(messageOf(f)).toContain('options.period is needed');
  });
});

describe('townReport: a plain, printable value', () => {
  const r = report({ townId: 'jianshe', asOf: '2011-06-30' });

  it('survives JSON: the rows are plain data', () => {
    const json = JSON.parse(JSON.stringify(r)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['town', 'period', 'asOf', 'locale', 'rows', 'warnings']);
    expect(json.rows).toEqual(r.rows.map((x) => ({ ...x })));
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.rows[0])).toBe(true);
  });

  it('shows as a text table in util.inspect and String()', () => {
    const text = inspect(r);
    expect(text).toBe(String(r));
    expect(text.split('\n')[0]).toBe('建设镇（jianshe） · 2011 · 截至2011-06-30');
    expect(text).toContain('【项目】');
    expect(text).toMatch(/ {2}计划完成率 +74\.9%（9\.6亿元 \/ 12\.81亿元） +completionRate/);
  });

  it('has a notebook display with text/plain and an HTML table', () => {
    const display = (r as unknown as Record<symbol, () => Record<string, string>>)[
      Symbol.for('Jupyter.display')
    ];
    const bundle = display?.call(r) ?? {};
    expect(Object.keys(bundle).sort()).toEqual(['text/html', 'text/plain']);
    expect(bundle['text/plain']).toBe(String(r));
    expect(bundle['text/html']).toMatch(/^<table class="town-indicators-report">/);
    expect(bundle['text/html']).toContain('<td>计划完成率</td><td>74.9%（9.6亿元 / 12.81亿元）');
  });
});

describe('townReport: rows that do not mislead (the demo of XX市)', () => {
  const city = report({ townId: 'xx-city' });

  it('never puts a committed amount in a structure with received ones', () => {
    // XX市's own sources: 市级专项资金 2亿元 committed (协议), 其他 8834万元 received (实到).
    const shares = city.rows.filter((r) => r.formula === 'shares');
    expect(shares).toEqual([]);
    const mixed = dataset({
      towns: [{ id: 't', name: '甲镇' }],
      fundingSources: [
        {
          id: 'a',
          townId: 't',
          kind: 'town-finance',
          status: 'received',
          amount: '300万元',
          period: '2011',
        },
        {
          id: 'b',
          townId: 't',
          kind: 'bank-loan',
          status: 'received',
          amount: '100万元',
          period: '2011',
        },
        {
          id: 'c',
          townId: 't',
          kind: 'social-capital',
          status: 'committed',
          amount: '600万元',
          period: '2011',
        },
      ],
    });
    const rows = report({ townId: 't' }, mixed).rows.filter((r) => r.formula === 'shares');
    // 300 / 400 = 75%, 100 / 400 = 25%: the committed 600万元 stays out of the received total.
    expect(rows.map((r) => [r.labelZh, r.value])).toEqual([
      ['镇财政占比（实到）', '0.75'],
      ['银行贷款占比（实到）', '0.25'],
    ]);
  });

  it('says how many of the projects a total investment covers', () => {
    const total = row(city, 'total-investment');
    expect(row(city, 'project-count').value).toBe('645');
    expect(total.text).toBe('227万元（只含1个项目：农村户用沼气池；644个项目未列总投资）');
  });
});

describe('townReport: the assessment section (a 考核 scorecard modelled on the seeds)', () => {
  const central = readScorecardFile('central-town-standard') as ScorecardInput;

  it('scores 建设镇 with every town of the sample: total, rank, categories and items', () => {
    const report = townReport(sample, { townId: 'jianshe', scorecard: central });
    const rows = report.rows.filter((r) => r.section === 'assessment');
    const total = rows.find((r) => r.indicator === 'assessment-total');
    // 经济发展: 1 (27.5% ≥ 20%) + 1 (32% ≥ 30%) + 0.6 (9365元 ≥ 9000元) + 0.1745 (17.45 / 100亿元)
    // = 2.7745, under the cap of 3; no other category has data for 建设镇.
    expect(total?.value).toBe('2.7745');
    expect(total?.text).toBe('2.7745分（满分7.5分），13个镇中排名第2，不合格');
    expect(
      rows.filter((r) => r.indicator === 'assessment-category').map((r) => [r.subject, r.value]),
    ).toEqual([
      ['economy', '2.7745'],
      ['town-building', '0'],
      ['livelihood', '0'],
    ]);
    const income = rows.find((r) => r.subject === 'rural-income');
    expect(income?.text).toBe(
      '农民人均纯收入（≥1.2万元得1分，≥9000元得0.6分）：9365元，得0.6分，还差0.2635万元可得1分',
    );
    expect(rows.find((r) => r.subject === 'tap-water')?.warnings).toEqual([
      '缺少自来水普及率的数据',
    ]);
    expect(
      townReport(sample, { townId: 'jianshe' }).rows.some((r) => r.section === 'assessment'),
    ).toBe(false);
  });

  it('renders the section in text and in English', () => {
    const report = townReport(sample, { townId: 'simen', scorecard: central, locale: 'en' });
    const text = String(report);
    expect(text).toContain('[Assessment]');
    expect(text).toContain('3.1 of 7.5 points, rank 1 of 13, passed');
  });
});
