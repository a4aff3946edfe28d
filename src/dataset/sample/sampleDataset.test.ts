import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quotaUnitPrice } from '../../calculators/land/quotaUnitPrice.js';
import { parseDataset } from '../../models/dataset.js';
import { Decimal } from '../../numbers/decimal.js';
import type { Quantity } from '../../units/quantity.js';
import { sampleDataset } from './sampleDataset.js';
import { sampleDatasetInput } from './sampleDatasetInput.js';

function readJson(url: URL): unknown {
  return JSON.parse(readFileSync(url, 'utf8')) as unknown;
}

function total(quantities: readonly (Quantity | undefined)[], unit: string): string {
  return quantities.reduce((sum, q) => sum.plus(q?.to(unit) ?? 0), new Decimal(0)).toString();
}

/** Every `{ document, quote }` of a dataset file, with its JSONPath. */
function quotesOf(node: unknown, path = '$'): { path: string; document: string; quote: string }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => quotesOf(item, `${path}[${i}]`));
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  const own =
    typeof record.document === 'string' && typeof record.quote === 'string'
      ? [{ path, document: record.document, quote: record.quote }]
      : [];
  return [
    ...own,
    ...Object.entries(record).flatMap(([key, value]) => quotesOf(value, `${path}.${key}`)),
  ];
}

const seedsDir = new URL('../../../../shared/seeds/', import.meta.url);

describe('sampleDatasetInput and sampleDataset', () => {
  it('parses the embedded data', () => {
    expect(() => parseDataset(sampleDatasetInput())).not.toThrow();
    const dataset = sampleDataset();
    expect([
      dataset.towns.length,
      dataset.projects.length,
      dataset.fundingSources.length,
      dataset.landQuotas.length,
      dataset.observations.length,
      dataset.claims.length,
    ]).toEqual([13, 35, 15, 14, 64, 12]);
  });

  it('is examples/data/sample-dataset.json, the one source of the sample', () => {
    const example = readJson(
      new URL('../../../examples/data/sample-dataset.json', import.meta.url),
    );
    expect(sampleDatasetInput()).toStrictEqual(example);
  });

  it('returns a fresh copy of the input, and parses the dataset once', () => {
    const input = sampleDatasetInput() as unknown as { towns: unknown[] };
    input.towns.length = 0;
    expect(sampleDatasetInput().towns?.length).toBe(13);
    expect(sampleDataset()).toBe(sampleDataset());
    expect(Object.isFrozen(sampleDataset().claims)).toBe(true);
  });

  it('round-trips through JSON', () => {
    const json = JSON.stringify(sampleDataset());
    expect(JSON.stringify(parseDataset(JSON.parse(json)))).toBe(json);
  });
});

describe('the content the issue asks for', () => {
  const dataset = sampleDataset();
  const town = (id: string) => dataset.towns.find((t) => t.id === id);
  const project = (id: string) => dataset.projects.find((p) => p.id === id);
  const quota = (id: string) => dataset.landQuotas.find((q) => q.id === id);

  it('has the towns and cities of the seed reports', () => {
    const names = dataset.towns.map((t) => t.name);
    for (const name of [
      'xxxx镇',
      '泗门镇',
      '梁弄镇',
      '建设镇',
      '青山泉镇',
      '白塔镇',
      '安仁古镇',
      'XX市',
    ]) {
      expect(names).toContain(name);
    }
    expect(town('b1')?.region?.county).toBe('余姚市');
    expect(town('xx-city')?.scope).toBe('city');
  });

  it('quotes its source for every entity and every claim', () => {
    for (const collection of [
      dataset.towns,
      dataset.projects,
      dataset.fundingSources,
      dataset.landQuotas,
      dataset.observations,
      dataset.claims,
    ]) {
      for (const item of collection) {
        expect(item.source?.quote, JSON.stringify(item)).toMatch(/\S/);
      }
    }
  });

  it.skipIf(!existsSync(seedsDir))('quotes the seed reports verbatim (line breaks aside)', () => {
    const files = new Map(dataset.sources.map((s) => [s.id, s.file ?? '']));
    const texts = new Map<string, string>();
    const quotes = quotesOf(sampleDatasetInput());
    expect(quotes.length).toBe(153);
    for (const { path, document, quote } of quotes) {
      const file = files.get(document) ?? '';
      if (!texts.has(file)) {
        texts.set(file, readFileSync(new URL(file, seedsDir), 'utf8').replace(/\s/g, ''));
      }
      expect(texts.get(file)?.includes(quote.replace(/\s/g, '')), `${path}: ${quote}`).toBe(true);
    }
  });

  it("has 建设镇's four zones with total, annual plan and completed investment (seeds 002 第三篇)", () => {
    const zones = dataset.projects.filter((p) => p.parentId === 'jianshe-battle');
    expect(zones.map((z) => z.name)).toEqual([
      '基础设施战区',
      '产业发展战区',
      '城镇建设战区',
      '水利项目建设战区',
    ]);
    const plan = zones.map((z) => z.plans.find((p) => p.period === '2011'));
    // DOMAIN.md: the zones add up to 22.362亿 against the stated 22.32亿
    expect(
      total(
        zones.map((z) => z.totalInvestment),
        '亿元',
      ),
    ).toBe('22.362');
    expect(String(project('jianshe-battle')?.totalInvestment)).toBe('22.32亿元');
    expect(
      total(
        plan.map((p) => p?.planned),
        '亿元',
      ),
    ).toBe('12.81'); // 1.5 + 4.38 + 6.43 + 0.5
    expect(
      total(
        plan.map((p) => p?.completed),
        '亿元',
      ),
    ).toBe('9.614'); // stated 9.6亿元
  });

  it("has 青山泉's budgeted works (seeds 002 第四篇)", () => {
    const works = dataset.projects.filter((p) => p.townId === 'qingshanquan');
    expect(works.map((p) => String(p.totalInvestment))).toEqual([
      '1023.5万元', // 振北路
      '2500.58万元', // 青山泉路
      '1597.92万元', // 商贸路
      '5000万元', // 市民公园
      '4500万元', // 三个安置点
      '1亿元', // 渝东大道
      '4000万元', // 逸夫花园
      '1000万元', // 绿化
      '5000万元', // 山下老集镇
      '2436.5万元', // 土地整理二期
    ]);
    expect(project('qsq-yudong-road')?.startDate).toBe('2011-06-28');
  });

  it("has the first report's funding: 2亿, 0.6亿, 11.2亿 and 40.3亿 of the 60.3亿 completed (seed-claims A01, A02)", () => {
    const city = dataset.fundingSources.filter((f) => f.townId === 'xx-city');
    expect(city.slice(0, 4).map((f) => String(f.amount))).toEqual([
      '2亿元',
      '0.6亿元',
      '11.2亿元',
      '40.3亿元',
    ]);
    const renovation = city.filter((f) => f.projectId === 'xx-city-renovation');
    // seed-claims A02: 0.6 + 11.2 + 40.3 = 52.1亿 of the 60.3亿 have a stated source
    expect(
      total(
        renovation.map((f) => f.amount),
        '亿元',
      ),
    ).toBe('52.1');
    expect(String(project('xx-city-renovation')?.plans[0]?.completed)).toBe('60.3亿元');
  });

  it('has the land quotas (DOMAIN.md; seed-claims A04, B26, B27)', () => {
    // 白塔: 116.7 公顷 available against 283.4 公顷 needed
    expect(String(quota('baita-available')?.area)).toBe('116.7公顷');
    expect(quota('baita-demand')?.side).toBe('demand');
    expect(String(quota('baita-demand')?.area)).toBe('283.4公顷');
    // 泗门: 1200亩 折抵 → 7200万元 is 6万元/亩 (B26); 1800亩 农保调整 → 216万元 is 1200元/亩 (B27)
    const offset = quota('simen-offset');
    const adjustment = quota('simen-farmland-adjustment');
    if (offset?.value === undefined || adjustment?.value === undefined) throw new Error('values');
    expect(quotaUnitPrice(offset.value, offset.area).toString()).toBe('60000');
    expect(quotaUnitPrice(adjustment.value, adjustment.area).toString()).toBe('1200');
    // 成都: 28.20万亩 turnover, 21.28万亩 surplus (A04: 75.46% of the turnover)
    expect(quota('xx-city-linking-turnover')?.area.to('亩').toString()).toBe('282000');
    expect(quota('xx-city-linking-surplus')?.area.to('亩').toString()).toBe('212800');
    // 青山泉: four parcels of 71.60亩 against the stated 71.42亩
    const parcels = dataset.landQuotas.filter((q) => q.partOf === 'qsq-reclamation');
    expect(
      total(
        parcels.map((q) => q.area),
        '亩',
      ),
    ).toBe('71.6');
    expect(String(quota('qsq-reclamation')?.area)).toBe('71.42亩');
  });

  it('maps every anonymised 2024 to 2011, and documents the mapping', () => {
    const json = JSON.stringify(sampleDataset());
    const years = [...json.matchAll(/"(?:period|asOf|startDate|base)":"(\d{4})/g)].map((m) => m[1]);
    expect(new Set(years)).toEqual(new Set(['2011', '1996']));
    expect(dataset.description).toContain('mapped to 2011');
    for (const source of dataset.sources) expect(source.notes).toMatch(/20\d\d/);
    // documents dated 2011 (seed-claims documents: B1 is 十二五开局之年 → 2011)
    expect(dataset.sources.filter((s) => s.date !== undefined).map((s) => s.date)).toEqual([
      '2011-12-22',
      '2011-12-06',
    ]);
  });

  it('keeps the claims of seed-claims.json that state a figure, with their texts as printed', () => {
    const stated = Object.fromEntries(dataset.claims.map((c) => [c.id, c.stated]));
    expect(stated).toEqual({
      'chengdu-social-capital-share': '66.8%', // A01
      'chengdu-mortgage-count': '2024笔', // A08
      'chengdu-mortgage-amount': '69亿元', // A09
      'b1-gross-output-sum': '164.8亿元', // B02
      'b1-gross-output-growth': '9%', // B03
      'jianshe-zones-investment': '22.32亿元',
      'jianshe-zones-projects': '23个',
      'jianshe-zones-completed': '9.6亿元',
      'jianshe-water-investment': '1.102亿元',
      'jianshe-gross-output-sum': '19.33亿元',
      'jianshe-gross-output-growth': '27.5%',
      'qsq-reclamation-area': '71.42亩',
    });
  });
});
