import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

const external = ['zod', 'decimal.js', /^@?date-fns/];
const library = [
  'src/**/*.ts',
  '!src/**/*.test.ts',
  '!src/**/*.test-d.ts',
  '!src/**/*.testing.ts',
  '!src/cli/**',
];
// The public entries: the root and its zod-free subpaths. Their declarations are rolled up.
const entries = {
  index: 'src/index.ts',
  'entries/calculators': 'src/entries/calculators.ts',
  'entries/sample': 'src/entries/sample.ts',
};

/**
 * One output file per source module, in ESM and in CJS alike: every relative import stays an
 * import of the sibling output (`./x.js`, or `./x.cjs` in CJS), so that `require('…/calculators')`
 * loads only the modules it reaches, and the two formats share one module graph each. JSON
 * imports (the sample dataset) are inlined into the module that imports them.
 */
function perModule(format: 'esm' | 'cjs'): Plugin {
  return {
    name: 'per-module',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        // Modules of bundled dependencies (string-width) keep their own relative imports inlined.
        if (args.kind === 'entry-point' || args.path.endsWith('.json')) return undefined;
        if (args.importer.includes('/node_modules/')) return undefined;
        return {
          path: format === 'cjs' ? args.path.replace(/\.js$/, '.cjs') : args.path,
          external: true,
        };
      });
    },
  };
}

function libraryBuild(format: 'esm' | 'cjs'): Options {
  return {
    entry: library,
    format: [format],
    bundle: true,
    splitting: false,
    esbuildPlugins: [perModule(format)],
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
    dts: { entry: entries },
    clean: format === 'esm',
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    external,
  };
}

export default defineConfig([
  // With `sideEffects: false`, a user's bundler drops every module an import does not reach
  // (importing `growthRate` loads no zod).
  libraryBuild('esm'),
  libraryBuild('cjs'),
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    clean: false,
    target: 'node20',
    platform: 'node',
    // commander is CommonJS: its require('events') needs a require in the ESM bundle.
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
    },
    external,
  },
]);
