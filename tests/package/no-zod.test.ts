/**
 * The zod-free entries, as a user without zod installed meets them: a project that has only the
 * packed package and its dependencies (decimal.js, date-fns, papaparse), no zod. `town-indicators/calculators`
 * and `town-indicators/sample` import, type-check and compute in Node as ESM and as CJS; the root
 * entry, which holds the models, fails there (so the check can fail).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installPacked, root } from './support.js';

const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
let work = '';

const esm = `
import { growthRate, parseQuantity, convert, auditShare, Decimal } from 'town-indicators/calculators';
import { sampleDatasetInput } from 'town-indicators/sample';
const rate: Decimal = growthRate('4.29', '4.7');
const audit = auditShare({ part: '40.3亿元', whole: '60.3亿元', stated: '66.8%' });
console.log(JSON.stringify([rate.toFixed(4), String(parseQuantity('2.6万余人')), convert('116.7', '公顷', '亩').toString(), audit.consistent, sampleDatasetInput().towns?.length]));
`;

const cjs = `
const { growthRate, parseQuantity, convert, auditShare } = require('town-indicators/calculators');
const { sampleDatasetInput } = require('town-indicators/sample');
const audit = auditShare({ part: '40.3亿元', whole: '60.3亿元', stated: '66.8%' });
console.log(JSON.stringify([growthRate('4.29', '4.7').toFixed(4), String(parseQuantity('2.6万余人')), convert('116.7', '公顷', '亩').toString(), audit.consistent, sampleDatasetInput().towns.length]));
`;

// 4.7 / 4.29 − 1 = 0.09557…; 116.7 公顷 × 15 = 1750.5 亩 (DOMAIN.md); seed-claims A01: 66.8%.
const expected = ['0.0956', '2.6万余人', '1750.5', true, 13];

function node(file: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [file], { cwd: work, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'town-indicators-no-zod-'));
  installPacked(work, { name: 'no-zod' });
  for (const dependency of ['decimal.js', 'date-fns', '@date-fns', 'papaparse']) {
    symlinkSync(join(root, 'node_modules', dependency), join(work, 'node_modules', dependency));
  }
  writeFileSync(join(work, 'esm.mts'), esm);
  writeFileSync(
    join(work, 'cjs.cts'),
    `import lib = require('town-indicators/calculators');\nconst rate: lib.Decimal = lib.growthRate('1', '2');\nconsole.log(rate.toString());\n`,
  );
  writeFileSync(join(work, 'plain.mjs'), esm.replace(/: Decimal/, ''));
  writeFileSync(join(work, 'plain.cjs'), cjs);
  writeFileSync(
    join(work, 'root.mjs'),
    `import { growthRate } from 'town-indicators';\nconsole.log(growthRate('1', '2').toString());\n`,
  );
  writeFileSync(
    join(work, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        target: 'ES2022',
        strict: true,
        skipLibCheck: true,
        types: [],
        noEmit: true,
      },
      files: ['esm.mts', 'cjs.cts'],
    }),
  );
}, 120_000);

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

describe('a project without zod', () => {
  it.each(['plain.mjs', 'plain.cjs'])('computes through the zod-free entries: %s', (file) => {
    const { status, stdout, stderr } = node(file);
    expect([status, stderr]).toEqual([0, '']);
    expect(JSON.parse(stdout)).toEqual(expected);
  });

  it('type-checks the calculators entry as ESM and CJS with module NodeNext', () => {
    const result = spawnSync(process.execPath, [tsc, '-p', work], { encoding: 'utf8' });
    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
  });

  it('cannot load the root entry, which holds the zod models', () => {
    const { status, stderr } = node('root.mjs');
    expect(status).not.toBe(0);
    expect(stderr).toMatch(/Cannot find package 'zod'/);
  });
});
