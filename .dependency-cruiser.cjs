// The layer order of DESIGN.md §1 (part two): each layer imports only from the layers before it.
//   numbers, errors, messages → units → periods → calculators → audit → text → models → dataset
//   → panel, assessment → report → cli; the entries (src/index.ts, src/entries/*) may import any.
// `npm run lint:deps` (and CI) fails on an import cycle or an import against this order.
const layers = [
  ['numbers', 'errors.ts', 'messages.ts'],
  ['units'],
  ['periods'],
  ['calculators'],
  ['audit'],
  ['text'],
  ['models'],
  ['dataset'],
  ['panel', 'assessment'],
  ['report'],
  ['cli'],
];

const pattern = (names) => `^src/(${names.map((n) => n.replace('.', '\\.')).join('|')})`;

const layerRules = layers.slice(0, -1).map((layer, index) => ({
  name: `layer-${layer[0]}`,
  comment: `${layer.join(', ')} may not import from a later layer: ${layers
    .slice(index + 1)
    .flat()
    .join(', ')}`,
  severity: 'error',
  from: { path: pattern(layer) },
  to: { path: pattern(layers.slice(index + 1).flat()) },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import cycle anywhere in src/ (type-only imports included).',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-entry-imports',
      comment: 'Library modules never import the public entries.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(index\\.ts|entries/)' },
      to: { path: '^src/(index\\.ts|entries/)' },
    },
    {
      name: 'no-zod-below-models',
      comment: 'Calculators and everything below the models never load zod.',
      severity: 'error',
      from: { path: pattern(layers.slice(0, 6).flat()) },
      to: { path: 'node_modules/zod/' },
    },
    ...layerRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.ts$|\\.test-d\\.ts$|\\.testing\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
    moduleSystems: ['es6', 'cjs'],
  },
};
