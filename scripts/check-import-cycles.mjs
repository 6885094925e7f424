// `node scripts/check-import-cycles.mjs`: fails when modules under src/ import each other in a circle,
// type-only imports included (a circle of types still ties two modules' contracts together and makes
// the order in which they load matter). Dynamic `import()`s are left out: they load a chunk later and
// are the way a file names a part it fetches on demand. Run in `pretest`.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The files `file` imports statically (import and export … from), relative ones only, resolved to .ts. */
export function staticImports(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const found = [];
  for (const statement of source.statements) {
    const specifier =
      (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier
        ? statement.moduleSpecifier.text
        : null;
    if (!specifier?.startsWith('.')) continue;
    const target = resolve(dirname(file), specifier).replace(/\.js$/, '.ts');
    if (existsSync(target)) found.push(target);
  }
  return found;
}

/** Every circle (a strongly connected component of more than one module, or a module importing itself). */
export function importCycles(root = join(ROOT, 'src')) {
  const graph = new Map(sourceFiles(root).map((file) => [file, staticImports(file)]));
  // Tarjan's algorithm.
  let index = 0;
  const indices = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const cycles = [];
  const visit = (node) => {
    indices.set(node, index);
    low.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), indices.get(next)));
    }
    if (low.get(node) !== indices.get(node)) return;
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || graph.get(node)?.includes(node)) cycles.push(component.map((f) => relative(ROOT, f)).sort());
  };
  for (const node of graph.keys()) if (!indices.has(node)) visit(node);
  return cycles;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const cycles = importCycles();
  if (cycles.length) {
    console.error(`import cycles in src/ (type-only imports count too):\n${cycles.map((c) => `  ${c.join(' ↔ ')}`).join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log('import cycles: none in src/');
  }
}
