import { describe, expect, it } from 'vitest';
import { quantity } from '../units/quantity.js';
import {
  type AuditResult,
  auditAggregateGrowth,
  auditGrowth,
  auditMultiple,
  auditPointChange,
  auditShare,
  auditSum,
} from './index.js';

type Locale = 'en' | 'zh' | undefined;

// Seed figures with their sentences (docs/audit.md): seed report 000 成都 66.8 %, seed report 002
// 建设镇 zones and 工农业总产值, 梁弄镇 area, 泗门镇 area, seed report 000 自来水普及率.
const AUDITS: readonly (readonly [string, (locale: Locale) => AuditResult, string, string])[] = [
  [
    'auditShare',
    (locale) =>
      auditShare({ part: '40.3亿元', whole: '60.3亿元', stated: '66.8%' }, locale && { locale }),
    'Stated 66.8%; part / whole gives 66.833%, which rounds to 66.8%: consistent.',
    '报告值66.8%，按分子分母计算为66.833%，四舍五入为66.8%，一致。',
  ],
  [
    'auditSum',
    (locale) =>
      auditSum(
        { parts: ['1.5亿元', '2.98亿元', '4.72亿元', '0.414亿元'], stated: '9.6亿元' },
        locale && { locale },
      ),
    'Stated 9.6亿元; the parts add up to 9.614亿元, which rounds to 9.6亿元: consistent.',
    '报告值9.6亿元，分项合计为9.614亿元，四舍五入为9.6亿元，一致。',
  ],
  [
    'auditGrowth',
    (locale) =>
      auditGrowth(
        { previous: '3平方公里', current: '5平方公里', stated: '66.7%' },
        locale && { locale },
      ),
    'Stated 66.7%; current / previous − 1 gives 66.667%, which rounds to 66.7%: consistent.',
    '报告值66.7%，按前后两期计算为66.667%，四舍五入为66.7%，一致。',
  ],
  [
    'auditMultiple',
    (locale) =>
      auditMultiple(
        { base: '1.5平方公里', current: '10.3平方公里', stated: '6.9倍' },
        locale && { locale },
      ),
    'Stated 6.9 times; current / base gives 6.867 times, which rounds to 6.9 times: consistent.',
    '报告值6.9倍，按基期和本期计算为6.867倍，四舍五入为6.9倍，一致。',
  ],
  [
    'auditPointChange',
    (locale) =>
      auditPointChange({ from: '58.4%', to: '65%', stated: '6.6个百分点' }, locale && { locale }),
    'Stated 6.6 percentage points; to − from gives 6.6 percentage points, which rounds to 6.6 percentage points: consistent.',
    '报告值6.6个百分点，按起止值计算为6.6个百分点，四舍五入为6.6个百分点，一致。',
  ],
  [
    'auditAggregateGrowth',
    (locale) =>
      auditAggregateGrowth(
        {
          components: [
            { current: '160亿元', growth: '9.5%' },
            { current: '4.8亿元', growth: '5%' },
          ],
          total: '164.8亿元',
          stated: '9%',
        },
        locale && { locale },
      ),
    'Stated 9%; the components give 9.36%, which rounds to 9%: consistent.',
    '报告值9%，按分项计算为9.36%，四舍五入为9%，一致。',
  ],
];

describe('audits: options.locale chooses the language of explanation', () => {
  it.each(AUDITS)(
    '%s: English by default, Chinese with locale zh, both always there',
    (_, run, en, zh) => {
      const byDefault = run(undefined);
      expect([byDefault.explanation, byDefault.explanationEn, byDefault.explanationZh]).toEqual([
        en,
        en,
        zh,
      ]);
      const english = run('en');
      expect([english.explanation, english.explanationEn, english.explanationZh]).toEqual([
        en,
        en,
        zh,
      ]);
      const chinese = run('zh');
      expect([chinese.explanation, chinese.explanationEn, chinese.explanationZh]).toEqual([
        zh,
        en,
        zh,
      ]);
      // The locale changes nothing but the sentence.
      expect({ ...chinese, explanation: '' }).toEqual({ ...byDefault, explanation: '' });
    },
  );

  it('throws INVALID_ARGUMENT for another locale, naming options.locale', () => {
    const run = () =>
      auditShare(
        { part: '40.3亿元', whole: '60.3亿元', stated: '66.8%' },
        { locale: 'fr' as unknown as 'en' },
      );
    expect(run).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(run).toThrow(`auditShare: options.locale must be 'en' or 'zh', got "fr"`);
  });

  it('gives the inconsistent and out-of-range sentences in Chinese too (seed report 002 青山泉)', () => {
    const r = auditSum(
      { parts: ['11.53亩', '6.65亩', '31.3亩', '22.12亩'], stated: '71.42亩' },
      { locale: 'zh' },
    );
    expect(r.explanation).toBe(
      '报告值71.42亩，分项合计为71.60亩，四舍五入为71.60亩，不一致，输入值在舍入误差范围内只能得到71.535至71.665亩，仍得不到71.42亩。',
    );
    expect(r.explanationEn).toMatch(/^Stated 71.42亩 but the parts add up to 71.60亩/);
  });
});

describe('audits: a Quantity carries the precision of its decimal value', () => {
  it("reads quantity('40.30', '亿元') as 40.3 ± 0.05, and the text '40.30亿元' as ± 0.005", () => {
    // 40.30 / 60.30 = 66.833 %: stated 66.9 % is out of reach with two printed decimals only.
    const fromQuantity = auditShare({
      part: quantity('40.30', '亿元'),
      whole: quantity('60.30', '亿元'),
      stated: '66.9%',
    });
    const fromText = auditShare({ part: '40.30亿元', whole: '60.30亿元', stated: '66.9%' });
    expect([fromQuantity.withinInputRounding, fromText.withinInputRounding]).toEqual([true, false]);
    expect(fromText.range.map((x) => x.toFixed(3))).toEqual(['66.819', '66.846']);
  });
});
