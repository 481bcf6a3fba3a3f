/*
 * The pane's two catalogues: the same keys with the same kinds of value, Chinese that is really
 * Chinese, the same placeholders, and no key that no component uses.
 */
import * as fs from "fs";
import * as path from "path";
import { CATALOGS } from "../../src/taskpane/i18n/catalog";

type Leaf = string | ((...args: never[]) => string);

function leaves(node: unknown, prefix = ""): Map<string, Leaf> {
  const out = new Map<string, Leaf>();
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    const at = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string" || typeof value === "function") out.set(at, value as Leaf);
    else if (value && typeof value === "object") for (const [k, v] of leaves(value, at)) out.set(k, v);
    else throw new Error(`${at} is neither text, a function nor a section`);
  }
  return out;
}

const en = leaves(CATALOGS.en);
const zh = leaves(CATALOGS.zh);
const CJK = /[\u3400-\u9fff]/;

/** Sample arguments for a placeholder function: numbers, so every function can be called. */
function sample(leaf: Leaf): string {
  if (typeof leaf === "string") return leaf;
  const args = Array.from({ length: leaf.length }, (_, i) => 1000 + i);
  return (leaf as (...a: unknown[]) => string)(...args);
}

test("both catalogues have exactly the same keys", () => {
  expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
});

test("every entry is text or a function of the same arity in both languages", () => {
  for (const [key, value] of en) {
    const other = zh.get(key);
    expect({ key, kind: typeof other }).toEqual({ key, kind: typeof value });
    if (typeof value === "function")
      expect({ key, arity: (other as Leaf).length }).toEqual({ key, arity: value.length });
  }
});

test("every Chinese entry is written in Chinese and not left empty", () => {
  // Brand and format names read the same in both languages.
  // Separators and quotes are punctuation, full-width in Chinese (docs/glossary.md), with no Han character.
  const sameInBoth = new Set<string>(["common.listSeparator", "common.clauseSeparator", "common.sheetInText"]);
  // Chinese sentences follow each other without a space after the full stop.
  const emptyInChinese = new Set<string>(["common.sentenceSeparator"]);
  for (const [key, value] of zh) {
    const text = sample(value);
    if (emptyInChinese.has(key)) {
      expect({ key, text }).toEqual({ key, text: "" });
      continue;
    }
    expect({ key, empty: text.trim() === "" }).toEqual({ key, empty: false });
    if (!sameInBoth.has(key)) expect({ key, chinese: CJK.test(text) }).toEqual({ key, chinese: true });
  }
});

test("placeholders are filled in both languages: every argument shows up in the text", () => {
  for (const [key, value] of en) {
    if (typeof value !== "function") continue;
    for (const lang of [value, zh.get(key) as Leaf]) {
      const text = sample(lang);
      for (let i = 0; i < value.length; i++)
        expect({ key, text, has: text.includes(String(1000 + i)) }).toMatchObject({ has: true });
    }
  }
});

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "i18n" ? [] : sourceFiles(p);
    return /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

/** Keys no source reads as t.<section>.<key>, nor as a group indexed by a computed key. */
function unusedKeys(keys: Iterable<string>, source: string): string[] {
  return [...keys].filter((key) => {
    if (new RegExp(`\\.${key.replace(/\./g, "\\.")}\\b`).test(source)) return false;
    // A group read by a computed key, e.g. t.wizard.method[program.method].
    const parts = key.split(".");
    for (let n = parts.length - 1; n >= 2; n--) {
      const group = parts.slice(0, n).join("\\.");
      if (new RegExp(`\\.${group}\\s*\\[`).test(source)) return false;
    }
    return true;
  });
}

test("every key is used by the pane (read as t.<section>.<key>, or a whole group indexed as t.<section>.<group>[…])", () => {
  const source = sourceFiles(path.join(__dirname, "../../src/taskpane"))
    .map((f) => fs.readFileSync(f, "utf8"))
    .join("\n");
  expect(unusedKeys(en.keys(), source)).toEqual([]);
});

test("the unused-key check finds a key no source reads, and accepts direct and indexed reads", () => {
  const source = "t.shell.title; t.wizard.method[m]; t.shell.titleBar";
  expect(unusedKeys(["shell.title", "wizard.method.retro", "shell.tabs", "shell.titleBa"], source)).toEqual([
    "shell.tabs",
    "shell.titleBa",
  ]);
});
