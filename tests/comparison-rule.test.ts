/**
 * The one comparison rule (`compareObservation`): the report's growth rows and the dataset audit
 * compare a stated growth with the same earlier figure, on the same basis, through the public API.
 */
import { describe, expect, it } from 'vitest';
import { auditDataset, compareObservation, parseDataset, townReport } from '../src/index.js';

const towns = [{ id: 't', name: '白塔镇' }];
const revenue = { townId: 't', indicator: 'fiscal-revenue' } as const;

describe('one comparison rule for townReport and auditDataset', () => {
  // A 2011 estimate stated +10%: 110 / 100 − 1 = 10% against the 2010 actual, 22.22% against
  // the superseded 2010 estimate of 90 (110 / 90 − 1 = 0.2222…).
  const estimated = parseDataset({
    schemaVersion: 1,
    towns,
    observations: [
      { ...revenue, id: 'est-2010', period: '2010', value: '90万元', status: '预计' },
      { ...revenue, id: 'act-2010', period: '2010', value: '100万元' },
      {
        ...revenue,
        id: 'est-2011',
        period: '2011',
        value: '110万元',
        status: '预计',
        growth: '10%',
      },
    ],
  });

  it('compares an estimate with the previous actual figure, in the report and in the audit', () => {
    const current = estimated.observations[2];
    if (current === undefined) throw new Error('fixture');
    expect(compareObservation(estimated, current).previous?.id).toBe('act-2010');

    const report = townReport(estimated, { townId: 't', period: '2011' });
    const growth = report.rows.find((r) => r.section === 'growth' && r.subject === 'est-2011');
    expect(growth?.value).toBe('0.1');
    expect(growth?.inputs.previous).toBe('100万元');
    expect(growth?.warnings).toEqual([]);

    const audits = auditDataset(estimated);
    expect(audits).toHaveLength(1);
    const [entry] = audits;
    expect(entry?.ok && [entry.result.consistent, entry.result.computed.toString()]).toEqual([
      true,
      '10',
    ]);
    const auditRows = report.rows.filter((r) => r.section === 'audit');
    expect(auditRows.map((r) => r.warnings.length)).toEqual([0]);
  });

  it('does not recompute a growth at comparable prices from levels at current prices, in either', () => {
    // Levels at current prices: 100 → 115 is +15% nominal; the stated 8% is real (可比价).
    const dataset = parseDataset({
      schemaVersion: 1,
      towns,
      observations: [
        { townId: 't', indicator: 'gdp', id: 'gdp-2010', period: '2010', value: '100亿元' },
        {
          townId: 't',
          indicator: 'gdp',
          id: 'gdp-2011',
          period: '2011',
          value: '115亿元',
          growth: '8%',
          growthBasis: '可比价',
        },
      ],
    });
    const current = dataset.observations[1];
    if (current === undefined) throw new Error('fixture');
    expect(compareObservation(dataset, current).growthRecomputable).toBe(false);

    expect(auditDataset(dataset)).toEqual([]);
    const report = townReport(dataset, { townId: 't', period: '2011', locale: 'en' });
    const growth = report.rows.find((r) => r.subject === 'gdp-2011');
    expect(growth?.value).toBe('0.08');
    expect(growth?.formula).toBe(null);
    expect(growth?.inputs.previous).toBe('100亿元');
    expect(growth?.warnings.join(' ')).toMatch(/comparable prices.*not audited/);
    expect(growth?.warnings.join(' ')).not.toMatch(/inconsistent/i);
    expect(report.rows.filter((r) => r.section === 'audit')).toEqual([]);
  });

  it('flags the same inconsistent growth in the growth row and in the audit', () => {
    // 120 / 100 − 1 = 20%, stated 10%.
    const dataset = parseDataset({
      schemaVersion: 1,
      towns,
      observations: [
        { ...revenue, id: 'a', period: '2010', value: '100万元' },
        { ...revenue, id: 'b', period: '2011', value: '120万元', growth: '10%' },
      ],
    });
    const [entry] = auditDataset(dataset);
    expect(entry?.ok && [entry.result.consistent, entry.result.computed.toString()]).toEqual([
      false,
      '20',
    ]);
    const report = townReport(dataset, { townId: 't', period: '2011', locale: 'en' });
    const growth = report.rows.find((r) => r.section === 'growth' && r.subject === 'b');
    expect(growth?.warnings).toEqual(entry?.ok ? [entry.result.explanation] : []);
  });
});
