/**
 * What a user's bundler keeps (esbuild, minified, gzip level 9): importing one calculator must not
 * pull in zod, a bundle of `growthRate` alone stays within 16.25 KB gzip (decimal.js alone is about
 * 13 KB), the whole `town-indicators/calculators` entry within 52 KB, `parseDataset` alone within
 * 58 KB, and everything the root exports but the sample dataset within 140 KB. (The limits rose
 * with report text, #8: the quantity reader holds the table of traditional characters and the
 * Chinese numerals, and the audits the figure reader; and with panels, #9: computePanel, the
 * table readers, its worker's code and Papa Parse, about 20 KB.) `computePanel` alone carries no CSV parser, and
 * the root no XLSX reader: that is the `town-indicators/xlsx` entry's.
 */

import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('../../dist/index.js', import.meta.url));
const calculatorsEntry = fileURLToPath(
  new URL('../../dist/entries/calculators.js', import.meta.url),
);
// decimal.js alone is about 13 KB; the rest is the number and quantity readers (with the range
// check, traditional characters and Chinese numerals), the growth formula and its errors.
const SIZE_LIMIT_BYTES = 16_250;
const CALCULATORS_LIMIT_BYTES = 52_000;
const ROOT_LIMIT_BYTES = 140_000;
const PARSE_DATASET_LIMIT_BYTES = 58_000;

async function bundle(names: readonly string[] | '*', from: string = entry): Promise<string> {
  const contents =
    names === '*'
      ? `export * from ${JSON.stringify(from)};`
      : `import { ${names.join(', ')} } from ${JSON.stringify(from)};\nexport { ${names.join(', ')} };`;
  const result = await build({
    stdin: {
      contents,
      resolveDir: fileURLToPath(new URL('../..', import.meta.url)),
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    // As a browser user's bundler resolves packages (Papa Parse's browser build has no Node
    // stream); any Node built-in import fails the build, as on 'neutral'.
    platform: 'browser',
    mainFields: ['browser', 'module', 'main'],
    write: false,
    logLevel: 'silent',
    charset: 'utf8',
  });
  return result.outputFiles[0]?.text ?? '';
}

function mentionsZod(code: string): boolean {
  return /ZodError|\$ZodType|zod/i.test(code);
}

describe('tree-shaking of the built package', () => {
  it('a bundle importing only convert contains no zod', async () => {
    const code = await bundle(['convert']);
    expect(code).toContain('平方公里');
    expect(mentionsZod(code)).toBe(false);
  });

  it('a bundle importing only growthRate contains no zod and stays within 16.25 KB gzip', async () => {
    const code = await bundle(['growthRate']);
    const size = gzipSync(code, { level: 9 }).length;
    console.log(`growthRate bundle: ${code.length} bytes minified, ${size} bytes gzip`);
    expect(mentionsZod(code)).toBe(false);
    expect(size).toBeLessThanOrEqual(SIZE_LIMIT_BYTES);
  });

  it('the whole calculators entry contains no zod and stays within 52 KB gzip', async () => {
    const code = await bundle('*', calculatorsEntry);
    const size = gzipSync(code, { level: 9 }).length;
    console.log(`town-indicators/calculators bundle: ${size} bytes gzip`);
    expect(mentionsZod(code)).toBe(false);
    expect(code).toContain('growthRate');
    expect(size).toBeLessThanOrEqual(CALCULATORS_LIMIT_BYTES);
  });

  it('everything the root exports but the sample stays within 140 KB gzip', async () => {
    const library = (await import(entry)) as Record<string, unknown>;
    const names = Object.keys(library).filter((name) => !name.startsWith('sample'));
    expect(names.length).toBeGreaterThan(100);
    const code = await bundle(names);
    const size = gzipSync(code, { level: 9 }).length;
    console.log(`root without the sample: ${size} bytes gzip`);
    expect(code).not.toContain('青山泉镇拆旧复耕');
    expect(code).not.toContain('sharedStrings');
    expect(size).toBeLessThanOrEqual(ROOT_LIMIT_BYTES);
  });

  it('a bundle of computePanel alone holds no CSV parser; the xlsx entry holds the XLSX reader', async () => {
    const panel = await bundle(['computePanel']);
    console.log(`computePanel bundle: ${gzipSync(panel, { level: 9 }).length} bytes gzip`);
    expect(panel).not.toMatch(/papaparse|PapaParse|Papa\./i);
    const xlsx = await bundle(['readPanelXlsx'], 'town-indicators/xlsx');
    expect(xlsx).toContain('sharedStrings');
  });

  it('the whole library bundles for a browser: no node: built-in is imported', async () => {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
      metafile: true,
    });
    const imports = Object.values(result.metafile.inputs).flatMap((input) =>
      input.imports.map((imported) => imported.path),
    );
    expect(imports.length).toBeGreaterThan(10);
    expect(imports.filter((path) => path.startsWith('node:'))).toEqual([]);
  });

  it('a bundle importing parseDataset does contain zod (the check can fail), within 58 KB gzip', async () => {
    const code = await bundle(['parseDataset']);
    const size = gzipSync(code, { level: 9 }).length;
    console.log(`parseDataset bundle: ${size} bytes gzip`);
    expect(mentionsZod(code)).toBe(true);
    // zod/mini with the English locale only: the classic API with every locale is 61 KB.
    expect(size).toBeLessThanOrEqual(PARSE_DATASET_LIMIT_BYTES);
  });
});
