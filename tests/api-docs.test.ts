/**
 * Every export of the package has TSDoc with a one-line summary, and every exported value (a
 * function, a constant, a class) has an `@example` too, which tests/doc-examples.test.ts runs.
 */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));
const program = ts.createProgram([entry], {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  skipLibCheck: true,
  noEmit: true,
});
const checker = program.getTypeChecker();
const source = program.getSourceFile(entry);
if (source === undefined) throw new Error('src/index.ts not found');
const moduleSymbol = checker.getSymbolAtLocation(source);
if (moduleSymbol === undefined) throw new Error('src/index.ts is not a module');

interface ExportDoc {
  readonly name: string;
  readonly isValue: boolean;
  readonly summary: string;
  readonly tags: readonly string[];
}

const exportsDocs: ExportDoc[] = checker.getExportsOfModule(moduleSymbol).map((symbol) => {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const isValue = (target.flags & ts.SymbolFlags.Value) !== 0;
  const summary = ts.displayPartsToString(target.getDocumentationComment(checker)).trim();
  const tags = target.getJsDocTags(checker).map((tag) => tag.name);
  return { name: symbol.getName(), isValue, summary, tags };
});

describe('the API reference', () => {
  it('has many exports', () => {
    expect(exportsDocs.length).toBeGreaterThan(150);
  });

  it('gives every export a summary', () => {
    expect(exportsDocs.filter((doc) => doc.summary === '').map((doc) => doc.name)).toEqual([]);
  });

  it('gives every exported value an @example', () => {
    const missing = exportsDocs
      .filter((doc) => doc.isValue && !doc.tags.includes('example'))
      .map((doc) => doc.name);
    expect(missing).toEqual([]);
  });
});
