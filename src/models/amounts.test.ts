import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { Decimal } from '../numbers/decimal.js';
import { parsePeriod } from '../periods/period.js';
import { quantity } from '../units/quantity.js';
import {
  AreaSchema,
  DecimalSchema,
  MoneySchema,
  PopulationSchema,
  QuantitySchema,
  RateSchema,
} from './amounts.js';
import { IdSchema, IsoDateSchema, PeriodLabelSchema, SourceRefSchema } from './fields.js';
import { formatJsonPath, getValidationIssues, toValidationIssues } from './issues.js';

/** The codes of the model issues a schema reports for an input (empty when it parses). */
function codesOf(schema: z.ZodMiniType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success
    ? []
    : toValidationIssues(result.error.issues).map((issue) => `${issue.path} ${issue.code}`);
}

describe('QuantitySchema and its dimension variants', () => {
  it('reads report text with qualifiers (DOMAIN.md: 近 / 余)', () => {
    // seeds 002: "有常住人口近5万，另有外来务工人员2.6万余人"
    const nearly = PopulationSchema.parse('近5万人');
    expect(nearly.qualifier).toBe('nearly');
    expect(nearly.to('人').toString()).toBe('50000');
    expect(String(PopulationSchema.parse('2.6万余人'))).toBe('2.6万余人');
  });

  it('reads { value, unit, qualifier } objects and Quantity instances', () => {
    const q = QuantitySchema.parse({ value: '22.32', unit: '亿元', qualifier: 'about' });
    expect(String(q)).toBe('约22.32亿元');
    expect(String(QuantitySchema.parse({ value: 116.7, unit: 'ha' }))).toBe('116.7公顷');
    const given = quantity('7200', '万元');
    expect(MoneySchema.parse(given)).toBe(given);
  });

  it('converts exactly: 116.7公顷 = 1750.5亩 (1 公顷 = 15 亩)', () => {
    expect(AreaSchema.parse('116.7公顷').to('亩').toString()).toBe('1750.5');
  });

  it('reports unreadable text, unknown units and bad values', () => {
    expect(codesOf(QuantitySchema, 'abc')).toEqual(['$ invalid_quantity']);
    expect(codesOf(QuantitySchema, '5 foo')).toEqual(['$ unknown_unit']);
    expect(codesOf(QuantitySchema, { value: '5', unit: 'foo' })).toEqual(['$ unknown_unit']);
    expect(codesOf(QuantitySchema, { value: 'x', unit: '亩' })).toEqual(['$ invalid_number']);
    // NaN and Infinity are not JSON numbers: zod's number schema refuses them
    expect(codesOf(QuantitySchema, { value: Number.NaN, unit: '亩' })).toEqual([
      '$.value invalid_union',
    ]);
  });

  it('points into the object when only its fields are wrong', () => {
    expect(codesOf(QuantitySchema, { value: '5' })).toEqual(['$.unit invalid_type']);
    expect(codesOf(QuantitySchema, { value: '5', unit: '亩', note: 'x' })).toEqual([
      '$.note unrecognized_keys',
    ]);
    expect(codesOf(QuantitySchema, 5)).toEqual(['$ invalid_union']);
  });

  it('rejects other dimensions with wrong_dimension', () => {
    expect(codesOf(MoneySchema, '1200亩')).toEqual(['$ wrong_dimension']);
    expect(codesOf(AreaSchema, '7200万元')).toEqual(['$ wrong_dimension']);
    expect(codesOf(PopulationSchema, '35万人次')).toEqual(['$ wrong_dimension']);
    expect(MoneySchema.safeParse('1665万美元').success).toBe(true);
  });
});

describe('DecimalSchema and RateSchema', () => {
  it('reads decimals exactly (seed-claims B15: 是96年的5.1倍)', () => {
    expect(DecimalSchema.parse('5.1').toString()).toBe('5.1');
    expect(DecimalSchema.parse(0.1).plus('0.2').toString()).toBe('0.3');
    expect(DecimalSchema.parse(new Decimal('3.85')).toString()).toBe('3.85');
  });

  it('refuses percentages, words and non-finite numbers in DecimalSchema', () => {
    expect(codesOf(DecimalSchema, '5.1%')).toEqual(['$ invalid_number']);
    expect(codesOf(DecimalSchema, 'five')).toEqual(['$ invalid_number']);
    expect(codesOf(DecimalSchema, Number.POSITIVE_INFINITY)).toEqual(['$ invalid_union']);
    expect(codesOf(DecimalSchema, new Decimal(Number.NaN))).toEqual(['$ invalid_number']);
    expect(codesOf(DecimalSchema, true)).toEqual(['$ invalid_union']);
  });

  it('reads rates as fractions: 66.8% = 0.668 (seed-claims A01)', () => {
    expect(RateSchema.parse('66.8%').toString()).toBe('0.668');
    expect(RateSchema.parse('0.668').eq(RateSchema.parse('66.8%'))).toBe(true);
    expect(RateSchema.parse(0.095).toString()).toBe('0.095');
    expect(RateSchema.parse('12.8％').toString()).toBe('0.128');
  });

  it('reports rates that are not numbers', () => {
    expect(codesOf(RateSchema, 'nine percent')).toEqual(['$ invalid_number']);
    expect(codesOf(RateSchema, Number.NaN)).toEqual(['$ invalid_union']);
    expect(codesOf(RateSchema, new Decimal(Number.POSITIVE_INFINITY))).toEqual([
      '$ invalid_number',
    ]);
    expect(codesOf(RateSchema, null)).toEqual(['$ invalid_union']);
  });
});

describe('PeriodLabelSchema, IsoDateSchema, IdSchema, SourceRefSchema', () => {
  it('stores the canonical period label', () => {
    expect(PeriodLabelSchema.parse('2011')).toBe('2011');
    expect(PeriodLabelSchema.parse('2011h2')).toBe('2011-H2');
    expect(PeriodLabelSchema.parse(parsePeriod('2011-Q3'))).toBe('2011-Q3');
    // 十二五 (2011–2015), as 白塔's land quota is stated
    expect(PeriodLabelSchema.parse('2011-01-01 / 2015-12-31')).toBe('2011-01-01/2015-12-31');
  });

  it('reports invalid periods with invalid_period', () => {
    expect(codesOf(PeriodLabelSchema, '2011-13')).toEqual(['$ invalid_period']);
    expect(codesOf(PeriodLabelSchema, '2011-06-12')).toEqual(['$ invalid_period']);
    expect(codesOf(PeriodLabelSchema, 2011)).toEqual(['$ invalid_union']);
  });

  it('accepts calendar dates only', () => {
    expect(IsoDateSchema.parse('2012-02-29')).toBe('2012-02-29');
    expect(codesOf(IsoDateSchema, '2011-02-29')).toEqual(['$ invalid_format']);
    expect(codesOf(IsoDateSchema, '2011-6-12')).toEqual(['$ invalid_format']);
  });

  it('accepts ids without surrounding white space', () => {
    expect(IdSchema.parse('建设镇')).toBe('建设镇');
    expect(codesOf(IdSchema, 'a b')).toEqual([]);
    expect(codesOf(IdSchema, 'x ')).toEqual(['$ invalid_format']);
    expect(codesOf(IdSchema, '')).toEqual(['$ invalid_format']);
    expect(codesOf(IdSchema, 'x'.repeat(201))).toEqual(['$ too_big']);
  });

  it('requires a source document', () => {
    expect(codesOf(SourceRefSchema, { quote: 'q' })).toEqual(['$.document invalid_type']);
    expect(codesOf(SourceRefSchema, { document: '' })).toEqual(['$.document too_small']);
  });
});

describe('issue paths', () => {
  it('formats JSONPaths with brackets for indices and odd keys', () => {
    expect(formatJsonPath([])).toBe('$');
    expect(formatJsonPath(['observations', 3, 'value'])).toBe('$.observations[3].value');
    expect(formatJsonPath(['名称', "it's", 'a\\b', Symbol('s')])).toBe(
      "$['名称']['it\\'s']['a\\\\b']['s']",
    );
    expect(formatJsonPath(['$schema'])).toBe('$.$schema');
  });

  it('gives no issues for values that are not validation errors', () => {
    expect(getValidationIssues(new Error('x'))).toEqual([]);
    expect(getValidationIssues('VALIDATION_ERROR')).toEqual([]);
  });
});
