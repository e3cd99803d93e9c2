// The layers of src/ point one way: each folder imports only from the folders below it, and no
// files or folders form a circle. Every import is read, type-only ones included, since a type
// that reaches up still ties the lower layer to the upper one.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const SRC = path.join(__dirname, "..", "src");

/** Bottom first. A folder may import from its own layer's files and from any layer before it. */
export const LAYERS = ["model", "catalogue", "template", "reading", "prose", "checks", "narrative", "export", "hosts", "apps"] as const;

interface Import {
  readonly from: string;
  readonly to: string;
  readonly line: number;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith(".ts") ? [full] : [];
  });
}

function resolve(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  return [base + ".ts", path.join(base, "index.ts")].find((candidate) => existsSync(candidate));
}

/** Every relative import of every file in `src/`, resolved to the file it names. */
export function importsOf(files: readonly string[]): Import[] {
  return files.flatMap((file) => {
    const text = readFileSync(file, "utf8");
    const lineOf = (position: number) => text.slice(0, position).split("\n").length;
    return ts.preProcessFile(text, true, true).importedFiles.flatMap((imported) => {
      if (!imported.fileName.startsWith(".")) return [];
      const to = resolve(file, imported.fileName);
      assert.ok(to, `${rel(file)}:${lineOf(imported.pos)} imports ${imported.fileName}, which is not a file of src/`);
      return [{ from: file, to, line: lineOf(imported.pos) }];
    });
  });
}

const rel = (file: string) => path.relative(SRC, file).split(path.sep).join("/");
/** The layer folder (src/<layer>) a file belongs to. */
const layerOf = (file: string) => rel(file).split("/")[0];
/** The folder a file lies in, relative to src/. */
const folderOf = (file: string) => path.posix.dirname(rel(file));

/** One circle in a directed graph, as its nodes in order, or undefined. */
export function findCircle(edges: ReadonlyMap<string, ReadonlySet<string>>): string[] | undefined {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    state.set(node, "open");
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === "open") return [...stack.slice(stack.indexOf(next)), next];
      if (!state.has(next)) {
        const circle = visit(next);
        if (circle) return circle;
      }
    }
    stack.pop();
    state.set(node, "done");
    return undefined;
  };
  for (const node of edges.keys()) {
    if (state.has(node)) continue;
    const circle = visit(node);
    if (circle) return circle;
  }
  return undefined;
}

function graph(imports: readonly Import[], node: (file: string) => string): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const { from, to } of imports) {
    const [a, b] = [node(from), node(to)];
    if (a === b) continue;
    if (!edges.has(a)) edges.set(a, new Set());
    edges.get(a)!.add(b);
  }
  return edges;
}

describe("the layers of src/", () => {
  const files = sourceFiles(SRC);
  const imports = importsOf(files);

  it("has exactly the layer folders, in the order the architecture names them", () => {
    const folders = readdirSync(SRC).filter((name) => statSync(path.join(SRC, name)).isDirectory());
    assert.deepEqual([...folders].sort(), [...LAYERS].sort());
  });

  it("imports only from its own layer or the layers below it", () => {
    const upward = imports
      .filter(({ from, to }) => LAYERS.indexOf(layerOf(to) as never) > LAYERS.indexOf(layerOf(from) as never))
      .map(({ from, to, line }) => `${rel(from)}:${line} imports ${rel(to)} (${layerOf(to)} is above ${layerOf(from)})`);
    assert.deepEqual(upward, []);
  });

  it("has no circle of imports between files", () => {
    const circle = findCircle(graph(imports, rel));
    assert.equal(circle?.join(" → "), undefined);
  });

  it("has no circle of imports between folders", () => {
    const circle = findCircle(graph(imports, folderOf));
    assert.equal(circle?.join(" → "), undefined);
  });

  it("keeps no barrel files, so that every import names the file it needs", () => {
    assert.deepEqual(files.filter((file) => path.basename(file) === "index.ts").map(rel), []);
  });
});

describe("the architecture test itself", () => {
  it("finds a circle and names it in order", () => {
    const edges = new Map([
      ["a", new Set(["b"])],
      ["b", new Set(["c"])],
      ["c", new Set(["a"])],
    ]);
    assert.deepEqual(findCircle(edges), ["a", "b", "c", "a"]);
    assert.equal(findCircle(new Map([["a", new Set(["b"])]])), undefined);
  });
});
