import { readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';

const METHODS = new Set([
  'optional',
  'readonly',
  'default',
  'prefault',
  'min',
  'max',
  'superRefine',
  'refine',
  'transform',
  'trim',
  'regex',
  'int',
]);
const FACTORIES = /Schema$|^wholeNumber$|^codeSchema$|^quantitySchema$/;

function rootOf(e: ts.Expression): ts.Expression {
  let cur = e;
  for (;;) {
    if (ts.isCallExpression(cur) && ts.isPropertyAccessExpression(cur.expression)) {
      const obj = cur.expression.expression;
      if (ts.isIdentifier(obj) && obj.text === 'z') return cur;
      cur = obj;
      continue;
    }
    return cur;
  }
}
function isZod(e: ts.Expression): boolean {
  const r = rootOf(e);
  if (ts.isCallExpression(r)) {
    const c = r.expression;
    if (ts.isPropertyAccessExpression(c)) {
      let o: ts.Expression = c;
      while (ts.isPropertyAccessExpression(o)) o = o.expression;
      if (ts.isIdentifier(o) && o.text === 'z') return true;
    }
    if (ts.isIdentifier(c) && FACTORIES.test(c.text)) return true;
  }
  if (ts.isIdentifier(r) && FACTORIES.test(r.text)) return true;
  return false;
}
function rootName(e: ts.Expression): string {
  const r = rootOf(e);
  if (ts.isCallExpression(r) && ts.isPropertyAccessExpression(r.expression))
    return r.expression.name.text;
  return '';
}

for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const print = (node: ts.Node): string => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      METHODS.has(node.expression.name.text) &&
      isZod(node.expression.expression)
    ) {
      const recv = node.expression.expression;
      const R = print(recv);
      const args = node.arguments.map((a) => print(a));
      const m = node.expression.name.text;
      const kind = rootName(recv);
      switch (m) {
        case 'optional':
          return `z.optional(${R})`;
        case 'readonly':
          return `z.readonly(${R})`;
        case 'default':
          return `z._default(${R}, ${args.join(', ')})`;
        case 'prefault':
          return `z.prefault(${R}, ${args.join(', ')})`;
        case 'min':
          return `${R}.check(${kind === 'number' || kind === 'int' ? 'z.gte' : 'z.minLength'}(${args.join(', ')}))`;
        case 'max':
          return `${R}.check(${kind === 'number' || kind === 'int' ? 'z.lte' : 'z.maxLength'}(${args.join(', ')}))`;
        case 'superRefine':
          return `${R}.check(z.superRefine(${args.join(', ')}))`;
        case 'refine':
          return `${R}.check(z.refine(${args.join(', ')}))`;
        case 'transform':
          return `z.pipe(${R}, z.transform(${args.join(', ')}))`;
        case 'trim':
          return `${R}.check(z.trim())`;
        case 'regex':
          return `${R}.check(z.regex(${args.join(', ')}))`;
        case 'int':
          return R.replace(/z\s*\.number\(\)$/, 'z.int()');
      }
    }
    const start = node.getStart(sf);
    let out = '';
    let at = start;
    const full = text.slice(start, node.end);
    node.forEachChild((child) => {
      const cs = child.getStart(sf);
      const printed = print(child);
      const original = text.slice(cs, child.end);
      if (printed !== original) {
        out += text.slice(at, cs) + printed;
        at = child.end;
      }
    });
    if (at === start) return full;
    return out + text.slice(at, node.end);
  };
  let result = '';
  let at = 0;
  for (const st of sf.statements) {
    const s = st.getStart(sf);
    const p = print(st);
    const orig = text.slice(s, st.end);
    if (p !== orig) {
      result += text.slice(at, s) + p;
      at = st.end;
    }
  }
  result += text.slice(at);
  result = result.replace("import * as z from 'zod';", "import * as z from 'zod/mini';");
  result = result
    .replaceAll('z.ZodType<', 'z.ZodMiniType<')
    .replaceAll('z.ZodNumber', 'z.ZodMiniNumber');
  writeFileSync(file, result);
}
