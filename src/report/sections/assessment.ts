/**
 * The assessment section of a town report: the town's score on a 考核 scorecard for the period
 * (total, rank among the dataset's towns, pass or not), each category with its cap, and each item
 * with its explanation.
 *
 * @internal
 * @module
 */
import { scoreTowns } from '../../assessment/scoreTowns.js';
import type { Scorecard, ScorecardInput } from '../../models/scorecard.js';
import { makeRow, type ReportContext, say } from '../reportContext.js';
import type { TownReportRow } from '../types.js';

const POINTS = '分';

/**
 * The rows of a town's score on a scorecard: scored with every town of the dataset, so that its
 * rank is its rank among them.
 *
 * @internal
 */
export function assessmentRows(
  ctx: ReportContext,
  scorecard: Scorecard | ScorecardInput,
): TownReportRow[] {
  const result = scoreTowns(scorecard, ctx.dataset, {
    period: ctx.period.label,
    locale: ctx.locale,
  });
  const town = result.towns.find((t) => t.townId === ctx.town.id);
  if (town === undefined) return [];
  const { locale } = ctx;
  const count = result.towns.length;
  const passed =
    town.passed === undefined
      ? ''
      : say(locale, town.passed ? '，合格' : '，不合格', town.passed ? ', passed' : ', not passed');
  const name = result.scorecard.name;
  const rows: TownReportRow[] = [
    makeRow({
      section: 'assessment',
      indicator: 'assessment-total',
      subject: result.scorecard.id,
      labelZh: `${name}得分`,
      labelEn: `Score on ${name}`,
      value: town.total,
      unit: POINTS,
      text: say(
        locale,
        `${town.total.toFixed()}分（满分${town.maxPoints.toFixed()}分），${count}个镇中排名第${town.rank}${passed}`,
        `${town.total.toFixed()} of ${town.maxPoints.toFixed()} points, rank ${town.rank} of ${count}${passed}`,
      ),
      formula: 'Σ min(category points, cap) − penalties',
      inputs: { scorecard: result.scorecard.id, period: ctx.period.label },
    }),
  ];
  for (const category of town.categories) {
    const capped = category.capped ? say(locale, '，已封顶', ', capped') : '';
    const deducted = category.deducted.isZero()
      ? ''
      : say(
          locale,
          `，扣${category.deducted.toFixed()}分`,
          `, minus ${category.deducted.toFixed()}`,
        );
    rows.push(
      makeRow({
        section: 'assessment',
        indicator: 'assessment-category',
        subject: category.id,
        labelZh: category.name,
        labelEn: category.name,
        value: category.points,
        unit: POINTS,
        text: say(
          locale,
          `${category.points.toFixed()}分（满分${category.maxPoints.toFixed()}分${capped}${deducted}）`,
          `${category.points.toFixed()} of ${category.maxPoints.toFixed()} points${capped}${deducted}`,
        ),
        formula: 'min(Σ item points, maxPoints) − penalties, ≥ 0',
        inputs: { raw: category.rawPoints.toFixed(), maxPoints: category.maxPoints.toFixed() },
      }),
    );
  }
  const warned = new Set(
    result.warnings.filter((w) => w.townId === town.townId).map((w) => w.itemId),
  );
  for (const item of town.items) {
    rows.push(
      makeRow({
        section: 'assessment',
        indicator: 'assessment-item',
        subject: item.id,
        labelZh: item.name,
        labelEn: item.name,
        value: item.points,
        unit: POINTS,
        text: item.explanation,
        formula: null,
        inputs: {
          rule: item.rule,
          maxPoints: item.maxPoints.toFixed(),
          ...(item.gap === undefined ? {} : { gap: `${item.gap.toFixed()}${item.gapUnit ?? ''}` }),
        },
        warnings: warned.has(item.id)
          ? [say(locale, `缺少${item.name}的数据`, `no data for ${item.name}`)]
          : [],
      }),
    );
  }
  return rows;
}
