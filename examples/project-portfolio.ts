/**
 * A project portfolio: 建设镇's four 战区 (zones) of its 2011 小城镇改革发展战役 — completion of the
 * year's plan (完成率), schedule progress (序时进度, "时间过半、任务过半") at several dates, and a
 * check of the totals the report states.
 *
 * Run from a clone of the repository: `npx tsx examples/project-portfolio.ts`.
 * This script imports the library from source; in your own project the import is
 * `from 'town-indicators'`.
 */
import {
  auditSum,
  completionRate,
  Decimal,
  formatRate,
  parseQuantity,
  type Quantity,
  roundHalfUp,
  scheduleProgress,
  share,
} from '../src/index.js';

/** A schedule lag (done − elapsed, a difference of shares) in percentage points, not percent. */
function lagText(lag: Decimal): string {
  const points = roundHalfUp(lag.abs().times(100), 1).toFixed(1);
  return `${lag.isNegative() ? 'behind' : 'ahead'} by ${points} percentage points (${lag.isNegative() ? '滞后' : '超前'}${points}个百分点)`;
}

// Seed report 002 (建设镇, 22 December 2011): 四个战区，实施在建、续建23个项目，规划总投资22.32亿元，年内已完成
// 投资9.6亿元 — then, per zone, 共涉及N个项目，总投资…，年内计划投资…，已完成投资….
interface Zone {
  readonly name: string;
  readonly projects: number;
  readonly total: Quantity;
  readonly planned: Quantity;
  readonly completed: Quantity;
}

const table: readonly (readonly [string, number, string, string, string])[] = [
  ['基础设施战区', 6, '3.41亿元', '1.5亿元', '1.5亿元'],
  ['产业发展战区', 7, '10.3亿元', '4.38亿元', '2.98亿元'],
  ['城镇建设战区', 7, '7.55亿元', '6.43亿元', '4.72亿元'],
  ['水利项目建设战区', 3, '1.102亿元', '0.5亿元', '0.414亿元'],
];
const zones: readonly Zone[] = table.map(([name, projects, total, planned, completed]) => ({
  name,
  projects,
  total: parseQuantity(total),
  planned: parseQuantity(planned),
  completed: parseQuantity(completed),
}));

function sumOf(values: readonly Quantity[]): Quantity {
  const [first] = values;
  if (first === undefined) throw new Error('no values');
  const total = values.reduce((sum, value) => sum.plus(value.to(first.unit.name)), new Decimal(0));
  return parseQuantity(`${total.toString()}${first.unit.name}`);
}

const all: Zone = {
  name: '合计',
  projects: zones.reduce((sum, zone) => sum + zone.projects, 0),
  total: sumOf(zones.map((zone) => zone.total)),
  planned: sumOf(zones.map((zone) => zone.planned)),
  completed: sumOf(zones.map((zone) => zone.completed)),
};

console.log('建设镇 小城镇改革发展战役, 2011 (seed report 002)\n');
console.table(
  [...zones, all].map((zone) => ({
    zone: zone.name,
    projects: zone.projects,
    'total investment': String(zone.total),
    'plan 2011': String(zone.planned),
    completed: String(zone.completed),
    '完成率 (of the plan)': formatRate(completionRate(zone.planned, zone.completed)),
    'of total investment': formatRate(share(zone.completed, zone.total)),
  })),
);

// The report states the totals: are they what the zones add up to?
const stated = [
  ['规划总投资', zones.map((zone) => String(zone.total)), '22.32亿元'],
  ['年内已完成投资', zones.map((zone) => String(zone.completed)), '9.6亿元'],
] as const;
for (const [label, parts, total] of stated) {
  const audit = auditSum({ parts, stated: total });
  console.log(`${label}: ${audit.explanation}`);
}

// 序时进度: the report gives the figures of 22 December. Were the same figures reported at other
// dates of 2011, which zones would keep pace with the year?
const dates = ['2011-06-30', '2011-09-30', '2011-12-22', '2011-12-31'] as const;
console.log('\n序时进度 of the 2011 plan: work done − time elapsed (days basis), by date');
console.table(
  [...zones, all].map((zone) => {
    const row: Record<string, string> = { zone: zone.name };
    for (const asOf of dates) {
      const progress = scheduleProgress({
        period: '2011',
        asOf,
        planned: zone.planned,
        completed: zone.completed,
      });
      row[asOf] = lagText(progress.lag);
    }
    return row;
  }),
);
const midYear = scheduleProgress(
  { period: '2011', asOf: '2011-06-30', planned: all.planned, completed: all.completed },
  { basis: 'months' },
);
const yearEnd = scheduleProgress({
  period: '2011',
  asOf: '2011-12-22',
  planned: all.planned,
  completed: all.completed,
});
console.log(
  `By 30 June (months basis) ${formatRate(midYear.elapsed)} of the year is gone: ` +
    `${formatRate(midYear.done)} done would be "时间过半、任务过半" (${midYear.onSchedule ? 'on schedule' : 'behind'}).`,
);
console.log(
  `At the report date, 22 December, ${formatRate(yearEnd.elapsed)} of the year is gone and ` +
    `${formatRate(yearEnd.done)} of the plan is done: ${lagText(yearEnd.lag)}.`,
);
