/**
 * Every ```ts block of README.md and docs/*.md, run as pasted — imports included — against the
 * packed package in a fresh consumer project (module ESM, Node). A block that does not import
 * what it uses, or uses an API the package does not export, fails here. (`tests/doc-examples`
 * checks the values after `// => ` against the sources; this checks that the blocks run.)
 * Blocks of docs/notebook.md import `npm:town-indicators`, as a Deno notebook does.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { installPacked, root } from './support.js';

const work = join(root, '.tmp', 'docs-consumer');

interface Block {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

function blocksOf(file: string): Block[] {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const blocks: Block[] = [];
  let body: string[] | undefined;
  let start = 0;
  lines.forEach((line, index) => {
    if (body === undefined) {
      if (/^```(ts|typescript)\s*$/.test(line)) {
        body = [];
        start = index + 2;
      }
      return;
    }
    if (/^```\s*$/.test(line)) {
      blocks.push({ file, line: start, code: body.join('\n') });
      body = undefined;
      return;
    }
    body.push(line);
  });
  return blocks;
}

const files = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
];
const blocks = files.flatMap(blocksOf);

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  installPacked(work, { name: 'docs', type: 'module' });
  // The notebook's "your own data" cell reads towns.json: the sample dataset file stands in.
  writeFileSync(
    join(work, 'towns.json'),
    readFileSync(join(root, 'examples/data/sample-dataset.json')),
  );
}, 120_000);

describe('the code blocks of README.md and docs/*.md, run as pasted against the package', () => {
  it('finds the blocks', () => {
    expect(blocks.length).toBeGreaterThan(50);
  });

  it.each(blocks.map((block) => [`${block.file}:${block.line}`, block] as const))(
    '%s',
    (name, block) => {
      const code = block.code
        .replaceAll("'npm:town-indicators'", "'town-indicators'")
        .replaceAll("'npm:zod@^4'", "'zod'");
      expect(code, `${name} imports what it uses`).toMatch(/^import\s/m);
      // Deno's file API, for the notebook's cells, on node:fs.
      const deno = block.file.endsWith('notebook.md')
        ? "import { readFile as __read, writeFile as __write } from 'node:fs/promises';\nglobalThis.Deno = { readTextFile: (p) => __read(p, 'utf8'), writeTextFile: (p, t) => __write(p, t) };\n"
        : '';
      const js =
        deno +
        ts.transpileModule(code, {
          compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
        }).outputText;
      const path = join(work, `${name.replace(/[^\w]+/g, '-')}.mjs`);
      writeFileSync(path, js);
      const run = spawnSync(process.execPath, [path], { cwd: work, encoding: 'utf8' });
      expect(run.stderr, name).toBe('');
      expect(run.status, name).toBe(0);
    },
  );
});
