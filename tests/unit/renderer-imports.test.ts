import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { expect, test } from 'vitest';

const root = path.resolve(__dirname, '../..');
const ENTRIES = ['renderer/src/boot.ts', 'renderer/src/main.tsx'];

/** The modules `file` imports as values (statically or not): type-only imports are erased by the build. */
function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const specifiers: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const named = clause?.namedBindings;
      const onlyTypes = clause && (clause.isTypeOnly || (!clause.name && named && ts.isNamedImports(named) && named.elements.every((e) => e.isTypeOnly)));
      if (!onlyTypes) specifiers.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) {
      specifiers.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && ts.isStringLiteral(node.arguments[0]!)) {
      specifiers.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers;
}

const resolve = (from: string, specifier: string): string | undefined =>
  ['.ts', '.tsx', '/index.ts', '/index.tsx', ''].map((ext) => path.resolve(path.dirname(from), specifier) + ext).find((f) => fs.existsSync(f) && fs.statSync(f).isFile());

/** Every package the renderer's code reaches from its entries, each with the chain of modules that leads to it. */
function packagesReached(): Map<string, string[]> {
  const packages = new Map<string, string[]>();
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]) => {
    if (seen.has(file) || !/\.tsx?$/.test(file)) return;
    seen.add(file);
    for (const specifier of valueImports(file)) {
      if (!specifier.startsWith('.')) {
        const name = specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
        if (!packages.has(name)) packages.set(name, [...chain, path.relative(root, file)]);
        continue;
      }
      const target = resolve(file, specifier);
      if (target) walk(target, [...chain, path.relative(root, file)]);
    }
  };
  for (const entry of ENTRIES) walk(path.join(root, entry), []);
  return packages;
}

test('the renderer bundles no validation library: the backend validates, the forms only read constants and pure helpers', () => {
  const reached = packagesReached();
  expect(reached.has('react-dom')).toBe(true); // the walk does follow the renderer's imports
  expect(reached.get('zod'), `zod reached through ${reached.get('zod')?.join(' → ')}`).toBeUndefined();
});
