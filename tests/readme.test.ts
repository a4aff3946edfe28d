/**
 * The README's first example must run as written and print what its comments say: a new user
 * pastes it first.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { expect, it } from 'vitest';
import * as library from '../src/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const block = /## Ten lines\s+```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';

it('the README example prints what its comments say', () => {
  const lines = block.split('\n').filter((line) => line.trim() !== '');
  expect(lines.length).toBeLessThanOrEqual(10);
  const imports = lines.filter((line) => line.startsWith('import '));
  expect(imports.every((line) => line.endsWith("from 'town-indicators';"))).toBe(true);
  const expected = lines
    .filter((line) => line.startsWith('console.log('))
    .map((line) => /\/\/ (\S+)/.exec(line)?.[1]);
  const code = ts.transpileModule(lines.filter((line) => !line.startsWith('import ')).join('\n'), {
    compilerOptions: { target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const printed: string[] = [];
  const fakeConsole = { log: (...values: unknown[]) => printed.push(values.map(String).join(' ')) };
  new Function('console', ...Object.keys(library), code)(fakeConsole, ...Object.values(library));
  expect(printed).toEqual(expected);
});
