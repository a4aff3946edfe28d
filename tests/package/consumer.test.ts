/**
 * Type-checks and runs TypeScript consumers of the packed package with `module: NodeNext`, once
 * importing it as ESM (.mts) and once as CJS (.cts). The default import of decimal.js in our
 * declarations would break exactly this, so it guards the `import { Decimal }` rule.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { installPacked, root } from './support.js';

const work = join(root, '.tmp', 'consumer');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

const esmSource = `
import { Decimal, growthRate, parseQuantity, quantity, convert, TownIndicatorsError } from 'town-indicators';
import type { Quantity, DecimalInput } from 'town-indicators';
import { Decimal as UserDecimal } from 'decimal.js';
import { computePanel, readPanelCsv } from 'town-indicators';
import type { PanelResult } from 'town-indicators';
import { readPanelXlsx } from 'town-indicators/xlsx';

const input: DecimalInput = new UserDecimal('100');
const rate: Decimal = growthRate(input, '110');
const amount: Quantity = parseQuantity('60.3亿元');
const area: Decimal = convert('116.7', '公顷', '亩');
const error: TownIndicatorsError = new TownIndicatorsError('PARSE_ERROR', 'x');
const panel: PanelResult = computePanel(readPanelCsv('镇,年份,x\\na,2023,3\\na,2024,3.0015\\n'), {
  measures: [{ measure: 'growth', indicator: 'x' }],
});
console.log(JSON.stringify([rate.toString(), String(amount), area.toString(), quantity(1, 'mu').to('m2').toFixed(2), error.code, panel.columns['growth:x'], typeof readPanelXlsx]));
`;

const cjsSource = `
import { Decimal, growthRate, parseQuantity, quantity, convert, TownIndicatorsError } from 'town-indicators';
import type { Quantity, DecimalInput } from 'town-indicators';
import lib = require('town-indicators');
import xlsx = require('town-indicators/xlsx');

const input: DecimalInput = '100';
const rate: Decimal = growthRate(input, '110');
const amount: Quantity = parseQuantity('60.3亿元');
const area: Decimal = convert('116.7', '公顷', '亩');
const error: TownIndicatorsError = new lib.TownIndicatorsError('PARSE_ERROR', 'x');
const panel: lib.PanelResult = lib.computePanel(lib.readPanelCsv('镇,年份,x\\na,2023,3\\na,2024,3.0015\\n'), {
  measures: [{ measure: 'growth', indicator: 'x' }],
});
console.log(JSON.stringify([rate.toString(), String(amount), area.toString(), quantity(1, 'mu').to('m2').toFixed(2), error.code, panel.columns['growth:x'], typeof xlsx.readPanelXlsx]));
`;

// The panel's cell lies on a rounding boundary (0.05 % exactly; float64 gives 0.0499…): 0.1.
const expected = ['0.1', '60.3亿元', '1750.5', '666.67', 'PARSE_ERROR', [null, '0.1'], 'function'];

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  installPacked(work, { name: 'consumer' });
  writeFileSync(join(work, 'esm.mts'), esmSource);
  writeFileSync(join(work, 'cjs.cts'), cjsSource);
  writeFileSync(
    join(work, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        target: 'ES2022',
        strict: true,
        skipLibCheck: false,
        types: [],
        outDir: 'out',
      },
      files: ['esm.mts', 'cjs.cts'],
    }),
  );
});

describe('a NodeNext TypeScript consumer of the packed package', () => {
  it('type-checks importing it as ESM and as CJS', () => {
    const output = execFileSync(process.execPath, [tsc, '-p', work], { encoding: 'utf8' });
    expect(output).toBe('');
    expect(readdirSync(join(work, 'out')).sort()).toEqual(['cjs.cjs', 'esm.mjs']);
  });

  it.each(['esm.mjs', 'cjs.cjs'])('runs %s with the same results', (file) => {
    const output = execFileSync(process.execPath, [join(work, 'out', file)], { encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual(expected);
  });
});
