import { describe, expect, it } from 'vitest';
import { Decimal } from '../numbers/decimal.js';
import { quantity } from '../units/quantity.js';
import { toValidationIssues } from './issues.js';
import {
  formatObservationValue,
  type ObservationValue,
  ObservationValueSchema,
  observationValueDimension,
} from './value.js';

function parse(input: unknown): ObservationValue {
  return ObservationValueSchema.parse(input);
}

function codesOf(input: unknown): string[] {
  const result = ObservationValueSchema.safeParse(input);
  return result.success
    ? []
    : toValidationIssues(result.error.issues).map((issue) => `${issue.path} ${issue.code}`);
}

describe('ObservationValueSchema', () => {
  it('reads quantity text (seed 002: 工农业总产值19.33亿元)', () => {
    const value = parse('19.33亿元');
    expect(value.kind).toBe('quantity');
    expect(value.kind === 'quantity' && value.quantity.to('万元').toString()).toBe('193300');
  });

  it('reads percentages as rates held as fractions (seed-claims A01: 66.8%)', () => {
    const value = parse('66.8%');
    expect(value).toEqual({ kind: 'rate', rate: new Decimal('0.668') });
    expect(value.kind === 'rate' && value.rate.toString()).toBe('0.668');
  });

  it('reads qualified rates and numbers (seed 002: 参保率达85以上, 近300万元)', () => {
    const atLeast = parse('85%以上');
    expect(atLeast.kind === 'rate' && [atLeast.rate.toString(), atLeast.qualifier]).toEqual([
      '0.85',
      'at-least',
    ]);
    const about = parse('约 30%');
    expect(about.kind === 'rate' && about.qualifier).toBe('about');
    const nearly = parse('近300');
    expect(nearly.kind === 'number' && [nearly.number.toString(), nearly.qualifier]).toEqual([
      '300',
      'nearly',
    ]);
    // a qualified quantity keeps its own qualifier
    const workers = parse('2.6万余人');
    expect(workers.kind === 'quantity' && workers.quantity.qualifier).toBe('more-than');
  });

  it('reads bare numbers as plain numbers, never as rates (seed: 城镇化率达到49)', () => {
    expect(parse('49')).toEqual({ kind: 'number', number: new Decimal(49) });
    expect(parse(18)).toEqual({ kind: 'number', number: new Decimal(18) });
    expect(parse(new Decimal('2.5')).kind).toBe('number');
  });

  it('reads { value, unit } objects, with "%" making a rate', () => {
    expect(formatObservationValue(parse({ value: '22.32', unit: '亿元' }))).toBe('22.32亿元');
    const rate = parse({ value: '64.6', unit: '%', qualifier: 'nearly' });
    expect(rate.kind === 'rate' && [rate.rate.toString(), rate.qualifier]).toEqual([
      '0.646',
      'nearly',
    ]);
  });

  it('reads the discriminated object forms and in-memory values', () => {
    expect(parse({ kind: 'rate', rate: '0.128' })).toEqual({
      kind: 'rate',
      rate: new Decimal('0.128'),
    });
    expect(parse({ kind: 'number', number: 3, qualifier: 'about' })).toEqual({
      kind: 'number',
      number: new Decimal(3),
      qualifier: 'about',
    });
    const q = quantity('209.73', '万人次');
    expect(parse({ kind: 'quantity', quantity: q })).toEqual({ kind: 'quantity', quantity: q });
    expect(parse(q)).toEqual({ kind: 'quantity', quantity: q });
    expect(String(parse({ kind: 'quantity', quantity: { value: '1', unit: '亩' } }).kind)).toBe(
      'quantity',
    );
  });

  it('reports each wrong form with a code and path', () => {
    expect(codesOf('abc')).toEqual(['$ invalid_quantity']);
    expect(codesOf('5 foo')).toEqual(['$ unknown_unit']);
    expect(codesOf({ value: 'x', unit: '%' })).toEqual(['$ invalid_number']);
    expect(codesOf({ kind: 'rate', rate: 'x' })).toEqual(['$ invalid_number']);
    expect(codesOf({ kind: 'number', number: '1%%' })).toEqual(['$ invalid_number']);
    expect(codesOf({ kind: 'quantity', quantity: 'abc' })).toEqual(['$ invalid_quantity']);
    expect(codesOf({ kind: 'rate' })).toEqual(['$.rate invalid_union']);
    expect(codesOf({ kind: 'ratio', rate: '1' })).toEqual(['$.kind invalid_union']);
    expect(codesOf(true)).toEqual(['$ invalid_union']);
  });
});

describe('formatObservationValue and JSON', () => {
  it('writes each kind as report text that reads back to an equal value', () => {
    const cases = [
      '22.32亿元',
      '近5万人',
      '66.8%',
      '85%以上',
      '约30%',
      '近50%',
      '超过10%',
      '不足5%',
      '13730',
      '-2.5',
      '近300',
    ];
    for (const text of cases) {
      const value = parse(text);
      const written = JSON.parse(JSON.stringify(value)) as string;
      expect(written).toBe(formatObservationValue(value));
      expect(parse(written)).toEqual(value);
    }
  });

  it('writes rates as exact percentages', () => {
    expect(formatObservationValue({ kind: 'rate', rate: new Decimal('0.66832504') })).toBe(
      '66.832504%',
    );
    expect(
      formatObservationValue({ kind: 'number', number: new Decimal('3'), qualifier: 'at-least' }),
    ).toBe('3以上');
  });

  it('names the dimension of each kind', () => {
    expect(
      ['60.3亿元', '116.7公顷', '66.8%', '18'].map((t) => observationValueDimension(parse(t))),
    ).toEqual(['money', 'area', 'rate', 'number']);
  });

  it('freezes parsed values', () => {
    expect(Object.isFrozen(parse('1亩'))).toBe(true);
  });
});
