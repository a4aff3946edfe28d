import { dirname, relative, resolve } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

const src = resolve('src');
// The core layers (DESIGN.md §1): numbers, errors, units, periods, calculators, audit. They are
// built into one module, dist/core.js (and .cjs), that everything above imports.
const CORE = /^(numbers|units|periods|calculators|audit)\/|^(errors|messages)\.ts$/;
const tests = ['!src/**/*.test.ts', '!src/**/*.test-d.ts', '!src/**/*.testing.ts'];
// Every module above the core, one output file each.
const upper = [
  'src/**/*.ts',
  ...tests,
  '!src/cli/**',
  '!src/numbers/**',
  '!src/units/**',
  '!src/periods/**',
  '!src/calculators/**',
  '!src/audit/**',
  '!src/errors.ts',
  '!src/messages.ts',
  '!src/entries/core.ts',
];
// The public entries: the root and its zod-free subpaths. Their declarations are rolled up.
const entries = {
  index: 'src/index.ts',
  'entries/calculators': 'src/entries/calculators.ts',
  'entries/sample': 'src/entries/sample.ts',
  'entries/xlsx': 'src/entries/xlsx.ts',
};
// decimal.js stays shared with the user's copy; zod is a peer. date-fns is inlined into the core
// (the few functions the periods use), so that loading it costs no extra files.
const external = ['zod', 'decimal.js', 'papaparse', /^read-excel-file/];

function isCore(path: string): boolean {
  return CORE.test(relative(src, path).replaceAll('\\', '/'));
}

/**
 * One output file per module above the core, in ESM and in CJS alike. A relative import of
 * another such module stays an import of its output (`./x.js`, or `./x.cjs` in CJS); an import of
 * a core module becomes an import of the core bundle (`../core.js`), so that the library has one
 * module graph and one copy of each core module. JSON imports (the sample dataset) are inlined.
 */
function perModule(format: 'esm' | 'cjs'): Plugin {
  const extension = format === 'cjs' ? '.cjs' : '.js';
  return {
    name: 'per-module',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (args.kind === 'entry-point' || args.path.endsWith('.json')) return undefined;
        // Modules of bundled dependencies (string-width) keep their own relative imports inlined.
        if (args.importer.includes('/node_modules/')) return undefined;
        const target = resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
        if (isCore(target)) {
          const core = relative(dirname(relative(src, args.importer)), 'core').replaceAll(
            '\\',
            '/',
          );
          return {
            path: `${core.startsWith('.') ? core : `./${core}`}${extension}`,
            external: true,
          };
        }
        return { path: args.path.replace(/\.js$/, extension), external: true };
      });
    },
  };
}

function shared(format: 'esm' | 'cjs'): Options {
  return {
    format: [format],
    bundle: true,
    splitting: false,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    external,
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
  };
}

/** In the core bundle, the date-fns module of the periods stays a file of its own: dist/dates.js. */
function datesApart(format: 'esm' | 'cjs'): Plugin {
  return {
    name: 'dates-apart',
    setup(build) {
      build.onResolve({ filter: /\/dateFns\.js$/ }, (args) =>
        args.kind === 'entry-point'
          ? undefined
          : { path: `./dates${format === 'cjs' ? '.cjs' : '.js'}`, external: true },
      );
    },
  };
}

function coreBuild(format: 'esm' | 'cjs'): Options {
  return {
    ...shared(format),
    entry: { core: 'src/entries/core.ts', dates: 'src/periods/dateFns.ts' },
    esbuildPlugins: [datesApart(format)],
    // tsup leaves dependencies external by default; dist/dates.js inlines the date-fns it uses.
    noExternal: [/^date-fns/, /^@date-fns\/utc/],
    clean: false,
  };
}

function upperBuild(format: 'esm' | 'cjs'): Options {
  return {
    ...shared(format),
    entry: upper,
    esbuildPlugins: [perModule(format)],
    dts: { entry: entries },
    clean: false,
  };
}

export default defineConfig([
  // With `sideEffects: false`, a user's bundler drops every module an import does not reach
  // (importing `growthRate` loads no zod), and every unused function of the core.
  coreBuild('esm'),
  coreBuild('cjs'),
  upperBuild('esm'),
  upperBuild('cjs'),
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
