/*
 * The import graph of src/: every static import, `export … from`, `import x = require(…)`,
 * dynamic `import()`, `require()` and type-position `import("…")` of each .ts/.tsx file, found
 * with the TypeScript compiler's parser (not a regular expression), relative specifiers resolved
 * the way the bundler does (extension, then `index`). `import type` edges count: they do not run,
 * but a type that walks up a floor is a design circle all the same (issue 13: "no import circle").
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

export interface ImportEdge {
  /** The importing file, relative to the root, with "/" separators. */
  from: string;
  /** The specifier as written. */
  specifier: string;
  /** The resolved file relative to the root, or null for a package (`react`, `fs`, …). */
  to: string | null;
  /** True for `import type`, `export type … from` and type-position `import("…")`. */
  typeOnly: boolean;
}

export type SourceFiles = ReadonlyMap<string, string>;

const EXTENSIONS = [".ts", ".tsx", ".d.ts", ".js", ".json"];

/** Every .ts/.tsx file under `dir`, keyed by its path relative to `root`. */
export function readSources(root: string, dir = "src"): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (rel: string): void => {
    for (const entry of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (/\.tsx?$/.test(entry.name)) out.set(child, fs.readFileSync(path.join(root, child), "utf8"));
    }
  };
  walk(dir);
  return out;
}

/** The module specifiers of one file, in source order. */
export function moduleSpecifiers(fileName: string, text: string): { specifier: string; typeOnly: boolean }[] {
  const kind = fileName.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
  const found: { specifier: string; typeOnly: boolean }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const allTypes =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: allTypes });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    ) {
      found.push({ specifier: node.moduleReference.expression.text, typeOnly: node.isTypeOnly });
    } else if (ts.isCallExpression(node) && node.arguments.length >= 1 && ts.isStringLiteralLike(node.arguments[0])) {
      const callee = node.expression;
      const isImport = callee.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(callee) && callee.text === "require";
      if (isImport || isRequire) found.push({ specifier: node.arguments[0].text, typeOnly: false });
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      found.push({ specifier: node.argument.literal.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Resolves a relative specifier against the known files (and, failing that, the disk). */
function resolve(from: string, specifier: string, files: SourceFiles, root: string | undefined): string | null {
  if (!specifier.startsWith(".")) return null;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  const candidates = [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => `${base}/index${e}`)];
  for (const c of candidates) {
    if (files.has(c)) return c;
  }
  if (root) {
    for (const c of candidates) {
      const full = path.join(root, c);
      if (fs.existsSync(full) && fs.statSync(full).isFile()) return c;
    }
  }
  throw new Error(`${from}: cannot resolve "${specifier}"`);
}

/** Every edge of the graph. `root` lets a specifier resolve to a non-TypeScript file on disk (JSON, CSS). */
export function importEdges(files: SourceFiles, root?: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const [from, text] of files) {
    for (const { specifier, typeOnly } of moduleSpecifiers(from, text)) {
      edges.push({ from, specifier, to: resolve(from, specifier, files, root), typeOnly });
    }
  }
  return edges;
}

/**
 * The circles of the graph: each strongly connected component of more than one file (Tarjan),
 * and each file that imports itself. Files sorted within a circle, circles sorted by their first file.
 */
export function importCycles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, Set<string>>();
  const selfLoops = new Set<string>();
  for (const e of edges) {
    if (e.to === null) continue;
    if (!next.has(e.from)) next.set(e.from, new Set());
    if (!next.has(e.to)) next.set(e.to, new Set());
    next.get(e.from)!.add(e.to);
    if (e.to === e.from) selfLoops.add(e.from);
  }
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  // Iterative Tarjan, so a long import chain cannot overflow the call stack.
  for (const start of next.keys()) {
    if (index.has(start)) continue;
    const work: { node: string; children: string[]; i: number }[] = [];
    const enter = (node: string): void => {
      index.set(node, counter);
      low.set(node, counter);
      counter++;
      stack.push(node);
      onStack.add(node);
      work.push({ node, children: [...next.get(node)!], i: 0 });
    };
    enter(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      if (frame.i < frame.children.length) {
        const child = frame.children[frame.i++];
        if (!index.has(child)) enter(child);
        else if (onStack.has(child)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(child)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        if (component.length > 1 || selfLoops.has(frame.node)) components.push(component.sort());
      }
    }
  }
  return components.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** One path around a circle, for the failure message: a → b → … → a. */
export function cyclePath(component: readonly string[], edges: readonly ImportEdge[]): string[] {
  const members = new Set(component);
  const next = new Map<string, string[]>();
  for (const e of edges) {
    if (e.to !== null && members.has(e.from) && members.has(e.to)) {
      next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
    }
  }
  const start = component[0];
  // Breadth-first from start back to start: the shortest way round through the first file.
  const prev = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const n of next.get(node) ?? []) {
      if (n === start) {
        const pathBack = [node];
        let cur = node;
        while (cur !== start) {
          cur = prev.get(cur)!;
          pathBack.push(cur);
        }
        return [...pathBack.reverse(), start];
      }
      if (!prev.has(n)) {
        prev.set(n, node);
        queue.push(n);
      }
    }
  }
  return [...component];
}

/**
 * Lines where a file uses one of the `globals` as a value (`Excel.run`, `typeof Office`), not as
 * a type (`Excel.RequestContext` in a signature) or in a comment or string.
 */
export function globalValueUses(fileName: string, text: string, globals: readonly string[]): string[] {
  const kind = fileName.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
  const uses: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTypeNode(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) return;
    if (ts.isIdentifier(node) && globals.includes(node.text)) {
      const parent = node.parent;
      // A property or member named Excel (`x.Excel`, `{ Excel: … }`) is not the global.
      const isName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isPropertyAssignment(parent) && parent.name === node);
      if (!isName) {
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
        uses.push(`${fileName}:${line + 1}: ${text.split("\n")[line].trim()}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...new Set(uses)];
}
