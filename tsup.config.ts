import { defineConfig } from 'tsup';

const external = ['zod', 'decimal.js', /^@?date-fns/];
const library = [
  'src/**/*.ts',
  '!src/**/*.test.ts',
  '!src/**/*.test-d.ts',
  '!src/**/*.testing.ts',
  '!src/cli/**',
];

export default defineConfig([
  // ESM keeps one file per module, so that with `sideEffects: false` a user's bundler drops every
  // module an import does not reach (importing `growthRate` loads no zod).
  {
    entry: library,
    format: ['esm'],
    bundle: false,
    dts: { entry: { index: 'src/index.ts' } },
    clean: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    external,
  },
  // CommonJS consumers load the whole entry anyway: one bundled file.
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: true,
    clean: false,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    external,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    clean: false,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    external,
  },
]);
