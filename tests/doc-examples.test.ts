/**
 * Re-runs every `@example` of the library's TSDoc, and every ```ts block of README.md and docs/*.md
 * that states a result with `// => `, so that the documentation cannot rot.
 *
 * An example is a ```ts block inside a doc comment. Import lines are dropped (every public export is
 * in scope by its name); the last statement is an expression whose value must equal (`toEqual`)
 * the literal written after `// => ` on the line that follows it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as library from '../src/index.js';

const rootDir = fileURLToPath(new URL('..', import.meta.url));
const srcDir = join(rootDir, 'src');
const docsDir = join(rootDir, 'docs');

interface DocExample {
  readonly file: string;
  readonly line: number;
  readonly code: string;
  readonly expected: string;
}

function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'cli' ? [] : listSources(path);
    return /\.ts$/.test(entry.name) && !/\.test(-d)?\.ts$/.test(entry.name) ? [path] : [];
  });
}

function extractExamples(file: string): DocExample[] {
  const markdown = file.endsWith('.md');
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .map((raw) => (markdown ? ` * ${raw}` : raw));
  const examples: DocExample[] = [];
  let block: string[] | undefined;
  let start = 0;
  lines.forEach((raw, index) => {
    const line = raw.replace(/^\s*\*( |$)/, '');
    if (block === undefined) {
      if (/^\s*\*\s*```(ts|typescript)\s*$/.test(raw)) {
        block = [];
        start = index + 1;
      }
      return;
    }
    if (/^\s*\*\s*```\s*$/.test(raw)) {
      const body = block;
      // Each `// => ` line asserts the value of the statement just above it, after all the
      // code before it has run.
      body.forEach((text, arrow) => {
        if (!text.startsWith('// => ')) return;
        examples.push({
          file: relative(rootDir, file),
          line: start + arrow,
          code: body
            .slice(0, arrow)
            .filter((l) => !/^\s*import\s/.test(l) && !l.startsWith('// => '))
            .join('\n'),
          expected: text.slice('// => '.length),
        });
      });
      block = undefined;
      return;
    }
    block.push(line);
  });
  return examples;
}

function compile(code: string): string {
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true);
  const last = source.statements.at(-1);
  if (last === undefined || !ts.isExpressionStatement(last)) {
    throw new Error('the last statement of an example must be an expression');
  }
  const body = `${code.slice(0, last.getStart())}return (${last.expression.getText()});`;
  return ts.transpileModule(`(() => {\n${body}\n})`, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None },
  }).outputText;
}

const names = Object.keys(library);
const values = Object.values(library);
const markdownFiles = [
  join(rootDir, 'README.md'),
  ...readdirSync(docsDir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(docsDir, name)),
];
const examples = [...listSources(srcDir), ...markdownFiles].flatMap(extractExamples);

describe('TSDoc examples', () => {
  it('finds examples across the library', () => {
    expect(examples.length).toBeGreaterThan(20);
  });

  it.each(examples.map((e) => [`${e.file}:${e.line}`, e] as const))('%s', (_, example) => {
    const run = new Function(...names, `return ${compile(example.code)}`)(
      ...values,
    ) as () => unknown;
    const expected: unknown = new Function(`return (${example.expected});`)();
    expect(run()).toEqual(expected);
  });
});
