/**
 * The urbanization section of a town report: the urbanization rate (城镇化率) and the
 * concentrated-residence ratio (农民集中居住率), computed from populations when the dataset has
 * them, else as stated — and the total population a stated rate implies.
 *
 * @internal
 * @module
 */

import { auditShare } from '../../audit/auditShare.js';
import { share } from '../../calculators/funding/share.js';
import { impliedTotalPopulation } from '../../calculators/urbanization/impliedTotalPopulation.js';
import { urbanizationRate } from '../../calculators/urbanization/urbanizationRate.js';
import { bestKnown } from '../../dataset/compareObservation.js';
import type { Observation } from '../../models/observation.js';
import { formatObservationValue } from '../../models/value.js';
import type { Decimal } from '../../numbers/decimal.js';
import { percentText } from '../../numbers/percent.js';
import { parsePeriod } from '../../periods/period.js';
import { type Quantity, quantity } from '../../units/quantity.js';
import { formatRate } from '../format/formatRate.js';
import {
  amountText,
  attempt,
  indicatorNames,
  makeRow,
  overlaps,
  RATE_UNIT,
  type ReportContext,
  remark,
  say,
} from '../reportContext.js';
import type { TownReportRow } from '../types.js';

interface Figure<T> {
  readonly value: T;
  readonly text: string;
  readonly observation?: Observation;
}

function find(observations: readonly Observation[], code: string): Observation | undefined {
  return bestKnown(observations.filter((o) => o.indicator === code));
}

function population(o: Observation | undefined): Figure<Quantity> | undefined {
  if (o?.value.kind !== 'quantity') return undefined;
  return { value: o.value.quantity, text: formatObservationValue(o.value), observation: o };
}

function rate(o: Observation | undefined): Figure<Decimal> | undefined {
  if (o?.value.kind !== 'rate') return undefined;
  return { value: o.value.rate, text: formatObservationValue(o.value), observation: o };
}

/** The total population: an observation of the period, else the town profile of that period. */
function totalPopulation(
  ctx: ReportContext,
  observations: readonly Observation[],
): Figure<Quantity> | undefined {
  const observed =
    population(find(observations, 'resident-population')) ??
    population(find(observations, 'registered-population'));
  if (observed !== undefined) return observed;
  const { town } = ctx;
  const profile = town.residentPopulation ?? town.population ?? town.registeredPopulation;
  if (profile === undefined || town.asOf === undefined) return undefined;
  if (!overlaps(parsePeriod(town.asOf), ctx.period)) return undefined;
  return { value: profile, text: String(profile) };
}

/** The rows of the section, and the observations they stand for. */
export function urbanizationRows(
  ctx: ReportContext,
  observations: readonly Observation[],
): { rows: TownReportRow[]; used: Set<Observation> } {
  const rows: TownReportRow[] = [];
  const used = new Set<Observation>();
  const use = (figure: Figure<unknown> | undefined): void => {
    if (figure?.observation !== undefined) used.add(figure.observation);
  };
  const urban = population(find(observations, 'urban-population'));
  const total = totalPopulation(ctx, observations);
  const statedRate = rate(find(observations, 'urbanization-rate'));
  const names = indicatorNames(ctx.dataset, 'urbanization-rate');

  if (urban !== undefined && total !== undefined) {
    use(urban);
    use(total);
    use(statedRate);
    rows.push(computedUrbanization(ctx, urban, total, statedRate));
  } else if (statedRate !== undefined) {
    use(statedRate);
    rows.push(
      makeRow({
        section: 'urbanization',
        indicator: 'urbanization-rate',
        subject: statedRate.observation?.id,
        labelZh: names.zh,
        labelEn: names.en,
        value: statedRate.value,
        unit: RATE_UNIT,
        text: statedRate.text,
        formula: null,
      }),
    );
    if (urban !== undefined) {
      use(urban);
      rows.push(impliedTotal(ctx, urban, statedRate));
    }
  }

  const concentrated = population(find(observations, 'concentrated-residence-population'));
  const statedConcentration = rate(find(observations, 'concentrated-residence-rate'));
  const concentrationNames = indicatorNames(ctx.dataset, 'concentrated-residence-rate');
  if (concentrated !== undefined && urban !== undefined && total !== undefined) {
    use(concentrated);
    use(statedConcentration);
    rows.push(computedConcentration(ctx, concentrated, urban, total, statedConcentration));
  } else if (statedConcentration !== undefined) {
    use(statedConcentration);
    rows.push(
      makeRow({
        section: 'urbanization',
        indicator: 'concentrated-residence-rate',
        subject: statedConcentration.observation?.id,
        labelZh: concentrationNames.zh,
        labelEn: concentrationNames.en,
        value: statedConcentration.value,
        unit: RATE_UNIT,
        text: statedConcentration.text,
        formula: null,
      }),
    );
  }
  return { rows, used };
}

function statedCheck(
  ctx: ReportContext,
  part: Quantity,
  whole: Quantity,
  stated: Figure<Decimal> | undefined,
): string[] {
  if (stated === undefined) return [];
  const audit = attempt(() => auditShare({ part, whole, stated: percentText(stated.value) }));
  if (!audit.ok) return [audit.error];
  return audit.value.consistent
    ? []
    : [say(ctx.locale, audit.value.explanationZh, audit.value.explanation)];
}

function computedUrbanization(
  ctx: ReportContext,
  urban: Figure<Quantity>,
  total: Figure<Quantity>,
  stated: Figure<Decimal> | undefined,
): TownReportRow {
  const names = indicatorNames(ctx.dataset, 'urbanization-rate');
  const result = attempt(() => urbanizationRate(urban.value, total.value));
  const inputs = {
    urbanPopulation: urban.text,
    totalPopulation: total.text,
    ...(stated === undefined ? {} : { statedRate: stated.text }),
  };
  return makeRow({
    section: 'urbanization',
    indicator: 'urbanization-rate',
    labelZh: names.zh,
    labelEn: names.en,
    value: result.ok ? result.value : null,
    unit: RATE_UNIT,
    text:
      (result.ok ? formatRate(result.value) : '') +
      remark(ctx.locale, `${urban.text} / ${total.text}`),
    formula: 'urbanizationRate',
    inputs,
    warnings: result.ok ? statedCheck(ctx, urban.value, total.value, stated) : [result.error],
  });
}

function impliedTotal(
  ctx: ReportContext,
  urban: Figure<Quantity>,
  stated: Figure<Decimal>,
): TownReportRow {
  const result = attempt(() => impliedTotalPopulation(urban.value, stated.value));
  const decimals = urban.value.value.decimalPlaces() + 1;
  return makeRow({
    section: 'urbanization',
    indicator: 'total-population',
    labelZh: '总人口（推算）',
    labelEn: 'Total population (implied)',
    value: result.ok ? result.value : null,
    unit: urban.value.unit.name,
    text:
      (result.ok ? amountText(result.value, decimals) : '') +
      remark(
        ctx.locale,
        say(
          ctx.locale,
          `由城镇居住人口${urban.text}和城镇化率${stated.text}推算`,
          `implied by an urban population of ${urban.text} at an urbanization rate of ${stated.text}`,
        ),
      ),
    formula: 'impliedTotalPopulation',
    inputs: { urbanPopulation: urban.text, urbanizationRate: stated.text },
    warnings: result.ok ? [] : [result.error],
  });
}

function computedConcentration(
  ctx: ReportContext,
  concentrated: Figure<Quantity>,
  urban: Figure<Quantity>,
  total: Figure<Quantity>,
  stated: Figure<Decimal> | undefined,
): TownReportRow {
  const names = indicatorNames(ctx.dataset, 'concentrated-residence-rate');
  const result = attempt(() => {
    const unit = total.value.unit.name;
    const rural = quantity(total.value.value.minus(urban.value.to(unit)), unit);
    return { rural, ratio: share(concentrated.value, rural) };
  });
  const inputs = {
    concentratedPopulation: concentrated.text,
    ruralPopulation: result.ok ? String(result.value.rural) : `${total.text} − ${urban.text}`,
    ...(stated === undefined ? {} : { statedRate: stated.text }),
  };
  return makeRow({
    section: 'urbanization',
    indicator: 'concentrated-residence-rate',
    labelZh: names.zh,
    labelEn: names.en,
    value: result.ok ? result.value.ratio : null,
    unit: RATE_UNIT,
    text:
      (result.ok ? formatRate(result.value.ratio) : '') +
      remark(
        ctx.locale,
        say(
          ctx.locale,
          `${concentrated.text} / 农村人口（${total.text} − ${urban.text}）`,
          `${concentrated.text} / rural population (${total.text} − ${urban.text})`,
        ),
      ),
    formula: 'share',
    inputs,
    warnings: result.ok
      ? statedCheck(ctx, concentrated.value, result.value.rural, stated)
      : [result.error],
  });
}
