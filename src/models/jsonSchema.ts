import * as z from 'zod/mini';
import { DATASET_SCHEMA_VERSION, DatasetSchema } from './dataset.js';
import { ScorecardSchema } from './scorecard.js';

type JsonObject = Record<string, unknown>;

const NOTHING = '__town_indicators_nothing__';

const COLLECTIONS: Readonly<Record<string, string>> = {
  sources: 'Source documents; `source.document` of an entity names one of them.',
  indicators: 'Custom indicators that observations may use besides the standard codes.',
  towns: 'Towns, and cities, counties or groups of towns whose figures the reports give.',
  projects: 'Projects (or programmes grouping projects) with investment plans.',
  fundingSources: 'Funding of projects or towns, committed (协议) or received (实到).',
  landQuotas: 'Land quotas and areas: construction land, linking, offset, reclamation.',
  observations: 'Indicator values by town, indicator, period and status.',
  claims: 'Stated figures (shares, totals, growth rates …) with their inputs as printed, to audit.',
};

function inputJsonSchema(model: z.ZodMiniType): JsonObject {
  const generated = z.toJSONSchema(model, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.zodSchema._zod.def.type !== 'custom') return;
      const node = ctx.jsonSchema as JsonObject;
      for (const key of Object.keys(node)) delete node[key];
      node[NOTHING] = true;
    },
  });
  return clean(generated) as JsonObject;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Drops the branches that only in-memory values take (Quantity, Decimal, Period objects: zod
// `custom` schemas), and the `readOnly` marks of immutable outputs, which mean something else in
// a JSON Schema.
function clean(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(clean);
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'readOnly') continue;
    out[key] = clean(value);
  }
  const anyOf = out.anyOf;
  if (Array.isArray(anyOf)) {
    const kept = anyOf.filter((branch) => !(isObject(branch) && branch[NOTHING] === true));
    delete out.anyOf;
    if (kept.length === 1 && isObject(kept[0])) return { ...out, ...kept[0] };
    out.anyOf = kept;
  }
  return out;
}

/**
 * The JSON Schema (draft 2020-12) of a dataset file — the input side of {@link DatasetSchema}:
 * amounts as text (`"22.32亿元"`) or `{ "value", "unit", "qualifier"? }`, rates as `"66.8%"` or
 * fractions, periods as labels, dates as `'YYYY-MM-DD'`, code enums with their Chinese labels.
 * Cross-checks (references, duplicates, dimensions) and the reading of text (units, periods) are
 * beyond JSON Schema: {@link parseDataset} does them. Point a file's `"$schema"` at a saved copy to
 * get completion in editors.
 *
 * @returns a fresh JSON-serializable schema object
 * @example
 * ```ts
 * const schema = datasetJsonSchema();
 * [schema.$schema, schema.type, Object.keys(schema.properties as object).includes('observations')];
 * // => ['https://json-schema.org/draft/2020-12/schema', 'object', true]
 * ```
 *
 * @category Models
 */
export function datasetJsonSchema(): Record<string, unknown> {
  const schema = inputJsonSchema(DatasetSchema);
  const properties = isObject(schema.properties) ? schema.properties : {};
  for (const [name, description] of Object.entries(COLLECTIONS)) {
    const property = properties[name];
    if (isObject(property)) property.description = description;
  }
  return {
    $schema: schema.$schema,
    $id: `urn:town-indicators:dataset:${DATASET_SCHEMA_VERSION}`,
    title: 'town-indicators dataset',
    description:
      'Town development indicators from Chinese small-town work reports: towns, projects, funding sources, land quotas and observations.',
    ...schema,
  };
}

/**
 * The JSON Schema (draft 2020-12) of a scorecard file, the sibling of {@link datasetJsonSchema}:
 * categories of items with points (numbers or decimal strings) and rules of the six types, bounds
 * as report text (`'95%'`, `'15平方米'`) or numbers. The checks beyond shapes (tiers in order,
 * unique ids, reachable caps, units) are {@link parseScorecard}'s.
 *
 * @returns a fresh JSON-serializable schema object
 * @example
 * ```ts
 * const schema = scorecardJsonSchema();
 * [schema.title, (schema.required as string[]).includes('categories')];
 * // => ['town-indicators scorecard', true]
 * ```
 *
 * @category Assessment
 */
export function scorecardJsonSchema(): Record<string, unknown> {
  const schema = inputJsonSchema(ScorecardSchema);
  return {
    $schema: schema.$schema,
    $id: 'urn:town-indicators:scorecard:1',
    title: 'town-indicators scorecard',
    description:
      'A 考核 table: categories of items, each with points and a scoring rule (threshold, tiers, proportional, any, manual, penalty).',
    ...schema,
  };
}
