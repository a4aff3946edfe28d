import { describe, expect, it } from 'vitest';
import { codeOf } from '../../tests/support/expectError.js';
import { auditStructure } from './auditStructure.js';

describe('auditStructure', () => {
  // real-text DC013 (a county bulletin): 2.8% + 58.9% + 38.4% = 100.1, printed as the whole
  it('finds shares that do not make 100', () => {
    const r = auditStructure({ parts: ['2.8%', '58.9%', '38.4%'] });
    expect([r.kind, r.consistent, r.computed.toString(), r.stated.toString(), r.decimals]).toEqual([
      'structure',
      false,
      '100.1',
      '100',
      1,
    ]);
    // each share ± 0.05: 99.95–100.25 reaches 100
    expect(r.withinInputRounding).toBe(true);
    expect(r.explanationZh).toContain('报告值100.0%，各部分合计为100.1%');
  });

  // real-text DC022, DC043: ratio parts, a negative one included
  it('adds ratio parts printed without a % sign', () => {
    expect(auditStructure({ parts: ['5.5', '50.6', '43.9'] }).consistent).toBe(true);
    expect(auditStructure({ parts: ['10.4', '92.8', '-3.2'] }).consistent).toBe(true);
    // DC081: 16 + 55 + 30 = 101
    const r = auditStructure({ parts: ['16', '55', '30'] });
    expect([r.consistent, r.computed.toString()]).toEqual([false, '101']);
  });

  // real-text DC003: 三次产业结构比25.72:26.84:47.44 from 62857, 65585, 115952 万元
  it('checks a printed ratio against the levels of its parts', () => {
    const r = auditStructure({
      parts: ['62857万元', '65585万元', '115952万元'],
      stated: '25.72:26.84:47.44',
    });
    expect(r.consistent).toBe(true);
    expect(r.parts?.map((p) => p.computed.toDecimalPlaces(6).toString())).toEqual([
      '25.719535',
      '26.835765',
      '47.4447',
    ]);
    expect(r.parts?.every((p) => p.consistent)).toBe(true);
  });

  it('names the part that does not follow from the levels', () => {
    const r = auditStructure({
      parts: ['62857万元', '65585万元', '115952万元'],
      stated: '25.8:26.8:47.4',
    });
    expect(r.consistent).toBe(false);
    expect(r.parts?.map((p) => p.consistent)).toEqual([false, true, true]);
    expect([r.stated.toString(), r.rounded.toString()]).toEqual(['25.8', '25.7']);
    expect(r.explanation).toContain('part 1: 25.7 against 25.8');
    expect(r.explanationZh).toContain('第1项应为25.7');
  });

  it('reads traditional and full-width ratio signs (DC026: 37.70億元 …, 2.7∶56.0∶41.3)', () => {
    const r = auditStructure({
      parts: ['37.70億元', '786.42億元', '579.11億元'],
      stated: '2.7∶56.0∶41.3',
    });
    expect(r.consistent).toBe(true);
  });

  it('throws the documented codes', () => {
    expect(codeOf(() => auditStructure({ parts: [] }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => auditStructure({ parts: ['62857万元', '1万元'] }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => auditStructure({ parts: ['1万元', '2万元'], stated: '1:2:3' }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => auditStructure({ parts: ['1万元', '2万元'], stated: '33%' }))).toBe(
      'PARSE_ERROR',
    );
    expect(codeOf(() => auditStructure({ parts: ['1万元', '2人'], stated: '1:2' }))).toBe(
      'UNIT_MISMATCH',
    );
    expect(codeOf(() => auditStructure({ parts: ['0万元', '0万元'], stated: '1:2' }))).toBe(
      'INVALID_ARGUMENT',
    );
  });
});
