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
import * as xlsxEntry from '../src/entries/xlsx.js';
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

/** The code without its import declarations (one line or several): every export is in scope. */
function withoutImports(code: string): string {
  return code.replace(/^\s*import\s[^;]*?(?:from\s+)?['"][^'"]+['"];?[ \t]*$/gm, '');
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
          code: withoutImports(
            body
              .slice(0, arrow)
              .filter((l) => !l.startsWith('// => '))
              .join('\n'),
          ),
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

// The root's exports and those of the optional `town-indicators/xlsx` entry point.
const scope: Record<string, unknown> = { ...library, ...xlsxEntry };
const names = Object.keys(scope);
const values = Object.values(scope);
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

/**
 * Type-checks every example against the library's declared types (strict, as in tsconfig.json), so
 * that an example which only restates a type (`const section: TownReportSection = 'funding'`) can
 * fail: when the type changes, it no longer compiles. One program for all examples.
 */
function typeErrors(): string[] {
  const configPath = join(rootDir, 'tsconfig.json');
  const config = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => undefined,
    },
  );
  if (config === undefined) throw new Error('tsconfig.json could not be read');
  const options: ts.CompilerOptions = {
    ...config.options,
    noEmit: true,
    noUnusedLocals: false,
    noUnusedParameters: false,
    verbatimModuleSyntax: false,
    isolatedModules: false,
    // Examples index arrays as most users' code does (strict, without this stricter flag).
    noUncheckedIndexedAccess: false,
    paths: {
      'town-indicators': [join(srcDir, 'index.ts')],
      'npm:town-indicators': [join(srcDir, 'index.ts')],
      'town-indicators/xlsx': [join(srcDir, 'entries', 'xlsx.ts')],
    },
  };
  const indexProgram = ts.createProgram([join(srcDir, 'index.ts')], options);
  const checker = indexProgram.getTypeChecker();
  const indexFile = indexProgram.getSourceFile(join(srcDir, 'index.ts'));
  const moduleSymbol = indexFile && checker.getSymbolAtLocation(indexFile);
  const exported = moduleSymbol ? checker.getExportsOfModule(moduleSymbol).map((s) => s.name) : [];
  const virtual = new Map<string, string>();
  examples.forEach((example, index) => {
    // Every export the example uses and does not declare itself (`const rate = …`).
    const used = exported.filter(
      (name) =>
        new RegExp(`\\b${name}\\b`).test(example.code) &&
        !new RegExp(`\\b(const|let|var|function)\\s+${name}\\b`).test(example.code),
    );
    const fromXlsx = Object.keys(xlsxEntry).filter((name) =>
      new RegExp(`\\b${name}\\b`).test(example.code),
    );
    const prelude = `import { ${used.join(', ')} } from 'town-indicators';\n${
      fromXlsx.length > 0 ? `import { ${fromXlsx.join(', ')} } from 'town-indicators/xlsx';\n` : ''
    }`;
    const code = `${prelude}export {};\n${example.code}\n`;
    virtual.set(join(rootDir, '.examples', `example-${index}.ts`), code);
  });
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (file) => virtual.has(file) || ts.sys.fileExists(file);
  host.readFile = (file) => virtual.get(file) ?? readFile(file);
  host.getSourceFile = (file, language, onError, create) => {
    const text = virtual.get(file);
    return text === undefined
      ? getSourceFile(file, language, onError, create)
      : ts.createSourceFile(file, text, language, true);
  };
  const program = ts.createProgram([...virtual.keys()], options, host);
  const errors: string[] = [];
  examples.forEach((example, index) => {
    const file = program.getSourceFile(join(rootDir, '.examples', `example-${index}.ts`));
    for (const d of ts.getPreEmitDiagnostics(program, file)) {
      const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
      const at =
        d.file && d.start !== undefined
          ? d.file.getLineAndCharacterOfPosition(d.start).line - 2
          : 0;
      errors.push(`${example.file}:${example.line + at}: ${text}`);
    }
  });
  return errors;
}

describe('TSDoc examples type-check', () => {
  it('every example compiles against the declared types', { timeout: 120_000 }, () => {
    expect(typeErrors()).toEqual([]);
  });
});
