import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../dataset/sample/index.js';
import { parseDataset } from '../models/dataset.js';
import { type ReportFormat, renderReport } from './render.js';
import { alignColumns, displayWidth, padDisplay } from './textTable.js';
import { townReport } from './townReport.js';
import type { TownReport } from './types.js';

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
}

/** Splits one CSV record into its fields (RFC 4180 quoting). */
function csvFields(record: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < record.length; i += 1) {
    const char = record[i];
    if (quoted) {
      if (char === '"' && record[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      fields.push(field);
      field = '';
    } else field += char;
  }
  fields.push(field);
  return fields;
}

// A town whose name needs escaping in HTML, and a quota whose name needs quoting in CSV.
const tricky = parseDataset({
  schemaVersion: 1,
  towns: [{ id: 't', name: '<甲> & "乙"镇' }],
  landQuotas: [
    {
      id: 'q',
      townId: 't',
      kind: 'consolidation',
      name: '整理, "一期"',
      area: '8.87万亩',
      period: '2011',
    },
  ],
});

describe('displayWidth and column alignment', () => {
  it('counts CJK characters and fullwidth punctuation as two columns (UAX #11)', () => {
    expect(displayWidth('建设镇')).toBe(6);
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('（，）：')).toBe(8);
    expect(displayWidth('66.8%（9.6亿元）')).toBe(5 + 2 + 3 + 4 + 2);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('𠀋')).toBe(2);
    expect(padDisplay('镇', 4)).toBe('镇  ');
  });

  it('aligns columns by display width', () => {
    const lines = alignColumns([
      ['建设镇', 'a', 'x'],
      ['b1', '增长', 'y'],
    ]);
    expect(lines).toEqual(['建设镇  a     x', 'b1      增长  y']);
    expect(lines.map((line) => displayWidth(line.slice(0, line.lastIndexOf(' ') + 1)))).toEqual([
      14, 14,
    ]);
  });
});

describe('renderReport', () => {
  const jianshe = townReport(sampleDataset(), { townId: 'jianshe', asOf: '2011-06-30' });

  it('writes CSV with every row field, CRLF line ends and RFC 4180 quoting', () => {
    const csv = renderReport(townReport(tricky, { townId: 't' }), 'csv');
    expect(csv.endsWith('\r\n')).toBe(true);
    const records = csv.split('\r\n').slice(0, -1);
    expect(records[0]).toBe(
      'section,indicator,subject,labelZh,labelEn,value,unit,percent,text,formula,inputs,warnings',
    );
    expect(records[1]).toBe(
      'land,land-quota,q,"整理, ""一期""","Land consolidation: 整理, ""一期""",8.87,万亩,,8.87万亩,,{},',
    );
    expect(csvFields(records[1] ?? '')).toEqual([
      'land',
      'land-quota',
      'q',
      '整理, "一期"',
      'Land consolidation: 整理, "一期"',
      '8.87',
      '万亩',
      '',
      '8.87万亩',
      '',
      '{}',
      '',
    ]);
  });

  it('writes one CSV record per row, inputs as JSON', () => {
    const records = renderReport(jianshe, 'csv').split('\r\n').slice(1, -1);
    expect(records).toHaveLength(jianshe.rows.length);
    const rate = records.map(csvFields).find((fields) => fields[1] === 'plan-completion-rate');
    expect(JSON.parse(rate?.[10] ?? '')).toEqual({ planned: '12.81亿元', completed: '9.6亿元' });
  });

  it('writes every rate as a fraction in value, with its percent beside it', () => {
    const records = renderReport(jianshe, 'csv').split('\r\n').slice(1, -1).map(csvFields);
    // 9.6 / 12.81 = 0.74941…: a fraction in value, 74.941…% in percent.
    const rate = records.find((fields) => fields[1] === 'plan-completion-rate');
    expect(rate?.slice(5, 8).map((f) => f.slice(0, 7))).toEqual(['0.74941', 'fractio', '74.9414']);
    // An audit row is on the stated figure's scale (27.447 %): in CSV a fraction and a percent.
    const audit = records.find((fields) => fields[0] === 'audit' && fields[6] === 'fraction');
    expect(audit?.[5]?.startsWith('0.')).toBe(true);
    expect(Number(audit?.[7])).toBeCloseTo(Number(audit?.[5]) * 100, 10);
    // Amounts keep their unit and an empty percent.
    const amount = records.find((fields) => fields[6] === '亿元');
    expect(amount?.[7]).toBe('');
  });

  it('starts CSV with a UTF-8 byte order mark when asked (Excel on zh-CN Windows)', () => {
    expect(renderReport(jianshe, 'csv', { bom: true }).startsWith('\uFEFFsection,')).toBe(true);
    expect(renderReport(jianshe, 'csv').startsWith('section,')).toBe(true);
  });

  it('wraps the text table to a width, CJK characters counted as two columns', () => {
    const wide = renderReport(jianshe, 'text').split('\n');
    expect(Math.max(...wide.map(displayWidth))).toBeGreaterThan(120);
    const lines = renderReport(jianshe, 'text', { width: 80 }).split('\n');
    expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(80);
    expect(lines.length).toBeGreaterThan(wide.length);
    // The wrapped text is all there, in order.
    expect(lines.join('').replace(/\s+/g, '')).toContain('报告值22.32亿元，分项合计为22.362亿元');
  });

  it('puts a header row on every section', () => {
    const lines = renderReport(jianshe, 'text').split('\n');
    const heads = lines.flatMap((line, i) => (line.startsWith('【') ? [lines[i + 1]] : []));
    expect(heads.length).toBeGreaterThan(3);
    for (const head of heads) expect(head?.trim()).toMatch(/^指标\s+结果\s+公式$/);
  });

  it('rejects options of the wrong type', () => {
    expect(() => renderReport(jianshe, 'text', { width: 5 })).toThrow(/options\.width/);
    expect(() =>
      renderReport(jianshe, 'csv', { bom: 'yes' } as unknown as { bom: boolean }),
    ).toThrow(/options\.bom/);
  });

  it('escapes HTML', () => {
    const html = renderReport(townReport(tricky, { townId: 't' }), 'html');
    expect(html).toContain('<caption>&lt;甲&gt; &amp; &quot;乙&quot;镇（t） · 2011</caption>');
    expect(html).toContain('<td>整理, &quot;一期&quot;</td>');
    expect(html).not.toContain('<甲>');
  });

  it('writes an HTML table with a row per report row and a header per section', () => {
    const html = renderReport(jianshe, 'html');
    expect(html.match(/<tr><td>/g)).toHaveLength(jianshe.rows.length);
    expect(html).toContain('<tr><th colspan="3" style="text-align:left">项目</th></tr>');
    expect(html).toContain('<code>completionRate</code>');
  });

  it('writes a text table whose columns line up in a terminal', () => {
    const text = renderReport(jianshe, 'text');
    const lines = text.split('\n');
    const start = lines.indexOf('【项目】') + 1;
    const section = lines
      .slice(start, lines.indexOf('', start))
      .filter((l) => !l.startsWith('    !'));
    const formulaColumn = section
      .filter((l) => l.endsWith('completionRate'))
      .map((l) => displayWidth(l.slice(0, l.length - 'completionRate'.length)));
    expect(formulaColumn.length).toBeGreaterThan(1);
    expect(new Set(formulaColumn).size).toBe(1);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('writes the report warnings and says when there is nothing to report', () => {
    const empty = parseDataset({
      schemaVersion: 1,
      towns: [{ id: 'e', name: '丁镇', asOf: '2011' }],
    });
    expect(renderReport(townReport(empty, { townId: 'e' }), 'text')).toBe(
      '丁镇（e） · 2011\n\n（本期无可报告的数据）\n',
    );
    expect(renderReport(townReport(empty, { townId: 'e', locale: 'en' }), 'text')).toBe(
      '丁镇（e） · 2011\n\n(no figures for this period)\n',
    );
    const dated = townReport(sampleDataset(), { townId: 'jianshe', locale: 'en' });
    expect(renderReport(dated, 'text')).toContain(
      '\nnote: the report date 2011-12-22 is the date of the source “建设镇小城镇改革发展战役工作总结”\n',
    );
  });

  it('writes JSON that parses back to the report’s data', () => {
    const json = renderReport(jianshe, 'json');
    expect(json).toBe(JSON.stringify(jianshe, null, 2));
    expect(JSON.parse(json).rows).toHaveLength(jianshe.rows.length);
  });

  it('rejects an unknown format and a value that is not a report', () => {
    expect(codeOf(() => renderReport(jianshe, 'xml' as ReportFormat))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => renderReport({} as TownReport, 'text'))).toBe('INVALID_ARGUMENT');
  });
});
