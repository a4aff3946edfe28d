import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { datasetJsonSchema } from './jsonSchema.js';

function seedFile(): Record<string, unknown> {
  const url = new URL('../../examples/data/sample-dataset.json', import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
}

/** A validator built from the JSON text of the schema alone (zod reads JSON Schema back). */
function validator(): z.ZodType {
  return z.fromJSONSchema(JSON.parse(JSON.stringify(datasetJsonSchema())));
}

describe('datasetJsonSchema', () => {
  it('is a draft 2020-12 object schema with the dataset properties', () => {
    const schema = datasetJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties as object)).toEqual([
      '$schema',
      'schemaVersion',
      'title',
      'description',
      'sources',
      'indicators',
      'towns',
      'projects',
      'fundingSources',
      'landQuotas',
      'observations',
      'claims',
    ]);
    expect(schema.required).toEqual(['schemaVersion']);
    expect(schema.additionalProperties).toBe(false);
  });

  it('is JSON-serializable, fresh on each call, and free of in-memory-only branches', () => {
    const text = JSON.stringify(datasetJsonSchema());
    expect(JSON.parse(text)).toEqual(datasetJsonSchema());
    expect(datasetJsonSchema()).not.toBe(datasetJsonSchema());
    expect(text).not.toContain('readOnly');
    expect(text).not.toContain('__town_indicators_nothing__');
    expect(text).not.toContain('{}');
  });

  it('describes amounts as text or { value, unit } and periods as strings', () => {
    const schema = datasetJsonSchema() as {
      properties: { towns: { items: { properties: Record<string, unknown>; required: string[] } } };
    };
    const town = schema.properties.towns.items;
    expect(town.required).toEqual(['id', 'name']);
    expect(town.properties.area).toEqual({
      anyOf: [
        { type: 'string' },
        {
          type: 'object',
          properties: {
            value: { type: ['string', 'number'] },
            unit: { type: 'string' },
            qualifier: {
              type: 'string',
              enum: ['about', 'nearly', 'more-than', 'at-least', 'less-than'],
            },
          },
          required: ['value', 'unit'],
          additionalProperties: false,
        },
      ],
    });
    expect(town.properties.asOf).toEqual({ type: 'string' });
  });

  it('accepts the seed dataset file and rejects structurally wrong files', () => {
    const validate = validator();
    expect(validate.safeParse(seedFile()).success).toBe(true);
    const wrong = seedFile() as {
      towns: { levels?: unknown }[];
      observations: { value: unknown }[];
    };
    const town = wrong.towns[0];
    const observation = wrong.observations[0];
    if (town === undefined || observation === undefined) throw new Error('fixture changed');
    town.levels = ['capital'];
    observation.value = true;
    const result = validate.safeParse({ ...wrong, surplus: 1 });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'towns.0.levels.0',
      'observations.0.value',
      '',
    ]);
    expect(validate.safeParse({ towns: [] }).success).toBe(false);
  });
});
