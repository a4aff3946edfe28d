/**
 * Audit a report: recompute the figures the seed reports state from their own inputs, and say
 * which are consistent, which only rounding of the inputs can explain, and which are wrong.
 *
 * Run from a clone of the repository: `npx tsx examples/audit-a-report.ts`.
 * This script imports the library from source; in your own project the import is
 * `from 'town-indicators'`.
 */
import {
  type AuditResult,
  auditAggregateGrowth,
  auditGrowth,
  auditMultiple,
  auditPointChange,
  auditShare,
  auditSum,
} from '../src/index.js';

interface Check {
  /** Where the figure comes from. */
  readonly source: string;
  /** The sentence of the report. */
  readonly quote: string;
  readonly result: AuditResult;
}

const checks: readonly Check[] = [
  {
    source: '成都 (000)',
    quote: '吸引社会资金投入40.3亿元，占小城镇改造实际完成投资60.3亿元的66.8%',
    result: auditShare({ part: '40.3亿元', whole: '60.3亿元', stated: '66.8%' }),
  },
  {
    source: '成都 (000)',
    quote: '农村产权抵押融资2024笔 … 1514笔 … 54笔 … 262笔 … 224笔',
    // Counts are exact: no input rounding can explain a difference.
    result: auditSum(
      { parts: ['1514笔', '54笔', '262笔', '224笔'], stated: '2024笔' },
      { exactInputs: true },
    ),
  },
  {
    source: '成都 (000)',
    quote: '金额69亿元 … 4.6亿元 … 2250万元 … 31.7亿元 … 32.6亿元',
    result: auditSum({ parts: ['4.6亿元', '2250万元', '31.7亿元', '32.6亿元'], stated: '69亿元' }),
  },
  {
    source: '成都 (000)',
    quote: '自来水普及率由58.4%提高到65% — 提高6.6个百分点',
    result: auditPointChange({ from: '58.4%', to: '65%', stated: '6.6个百分点' }),
  },
  {
    source: '建设镇 (002)',
    quote: '规划总投资22.32亿元 … 3.41亿元 … 10.3亿元 … 7.55亿元 … 1.102亿元',
    result: auditSum({
      parts: ['3.41亿元', '10.3亿元', '7.55亿元', '1.102亿元'],
      stated: '22.32亿元',
    }),
  },
  {
    source: '建设镇 (002)',
    quote: '年内已完成投资9.6亿元 … 1.5亿元 … 2.98亿元 … 4.72亿元 … 0.414亿元',
    result: auditSum({
      parts: ['1.5亿元', '2.98亿元', '4.72亿元', '0.414亿元'],
      stated: '9.6亿元',
    }),
  },
  {
    source: '建设镇 (002)',
    quote:
      '工农业总产值19.33亿元，增长27.5% … 农林牧渔业1.88亿元，增长7.8%；工业17.45亿元，增长30%',
    result: auditAggregateGrowth({
      components: [
        { current: '1.88亿元', growth: '7.8%' },
        { current: '17.45亿元', growth: '30%' },
      ],
      stated: '27.5%',
    }),
  },
  {
    source: 'xxxx镇 (002)',
    quote:
      '工农业生产总值164.8亿元，比上年增长9%，其中工业总产值为160亿元 (+9.5%)，农业4.8亿元 (+5%)',
    result: auditAggregateGrowth({
      total: '164.8亿元',
      components: [
        { current: '160亿元', growth: '9.5%' },
        { current: '4.8亿元', growth: '5%' },
      ],
      stated: '9%',
    }),
  },
  {
    source: '青山泉镇 (002)',
    quote: '拆旧复耕土地面积71.42亩，其中 … 11.53亩、… 6.65亩、… 31.3亩、… 22.12亩',
    result: auditSum({ parts: ['11.53亩', '6.65亩', '31.3亩', '22.12亩'], stated: '71.42亩' }),
  },
  {
    source: '泗门镇 (002)',
    quote:
      '建成区面积从96年的1.5平方公里增加到现在的10.3平方公里 — as a summary would put it: 是96年的6.9倍',
    result: auditMultiple({ base: '1.5平方公里', current: '10.3平方公里', stated: '6.9倍' }),
  },
  {
    source: '梁弄镇 (002)',
    quote: '建成区面积从3平方公里扩大到5平方公里 — as a summary would put it: 扩大66.7%',
    result: auditGrowth({ previous: '3平方公里', current: '5平方公里', stated: '66.7%' }),
  },
];

function verdict(result: AuditResult): string {
  if (result.consistent) return 'consistent';
  return result.withinInputRounding ? 'check (rounding could explain it)' : 'INCONSISTENT';
}

console.log('Audit of the figures stated in the seed reports\n');
for (const { source, quote, result } of checks) {
  console.log(`${source}  ${quote}`);
  console.log(`  ${verdict(result)}: ${result.explanation}`);
  console.log(`  ${result.explanationZh}\n`);
}

const summary = checks.map(({ source, result }) => ({
  source,
  kind: result.kind,
  stated: `${result.stated.toString()}${result.unit}`,
  computed: `${result.computed.toDecimalPlaces(3).toString()}${result.unit}`,
  verdict: verdict(result),
}));
console.table(summary);

const wrong = checks.filter(({ result }) => !result.consistent && !result.withinInputRounding);
console.log(`${checks.length} figures checked; ${wrong.length} no input rounding can explain:`);
for (const { source, result } of wrong) {
  console.log(
    `- ${source}: stated ${result.stated.toString()}${result.unit}, computed ${result.computed.toString()}${result.unit}`,
  );
}
console.log(
  'The 2024笔 is an anonymiser artefact (the texts had numbers overwritten with 2024: the parts add up to 2054);',
);
console.log(
  "青山泉's parcels add up to 71.42亩 if 11.53 is read 11.35: a likely transposed pair of digits.",
);
