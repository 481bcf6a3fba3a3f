/*
 * docs/glossary.md is the Chinese glossary: one word per concept. This test reads it and checks
 * every Chinese text the product shows or writes — the pane's catalogue, the sheet labels, the
 * scenario sheet's words, the payout cycle's, Adjustments' and Change log's sheet words, EXPLAIN's
 * words, the engine's messages, the functions' help and the templates' Chinese names — for retired
 * words, and that a label whose English is exactly a concept's word is translated with the
 * concept's Chinese word. Input-only aliases (METHOD_ALIASES in engine/methods.ts, the old table
 * names in labels/oldNames.ts, the Change log's old action words) are not checked: they are read,
 * never written.
 */
import * as fs from "fs";
import * as path from "path";
import { MESSAGES, PROGRAM_TEMPLATES, emptyProgram, programTemplate } from "../../src/engine";
import { explainWords } from "../../src/functions/impl/explainWords";
import { zhMetadata } from "../../src/functions/table";
import { CATALOGS } from "../../src/taskpane/i18n/catalog";
import { EN } from "../../src/workbook/labels/en";
import { OLD_ZH_NAMES } from "../../src/workbook/labels/oldNames";
import { ZH } from "../../src/workbook/labels/zh";
import { SCENARIO_WORDS } from "../../src/workbook/scenario/scenarioWords";
import { CYCLE_WORDS } from "../../src/workbook/cycle/cycleWords";
import { ADJUSTMENTS_WORDS } from "../../src/workbook/cycle/adjustmentsWords";
import { CHANGE_LOG_WORDS } from "../../src/workbook/changeLog/changeLogWords";
import { WORKBOOK_MESSAGES } from "../../src/workbook/words";
import { FUNCTION_MESSAGES } from "../../src/functions/words";

const ROOT = path.join(__dirname, "..", "..");
const GLOSSARY = fs.readFileSync(path.join(ROOT, "docs", "glossary.md"), "utf8");

interface Concept {
  readonly concept: string;
  readonly english: string;
  readonly words: readonly string[];
  readonly retired: readonly string[];
}

const ticks = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);

/** The rows of the markdown table that follows `heading`. */
function tableRows(heading: string): string[][] {
  const at = GLOSSARY.indexOf(heading);
  if (at < 0) throw new Error(`docs/glossary.md has no "${heading}"`);
  const rows: string[][] = [];
  for (const line of GLOSSARY.slice(at).split("\n").slice(1)) {
    if (line.startsWith("## ")) break;
    if (!line.startsWith("|")) continue;
    const cells = line
      .split("|")
      .slice(1, -1)
      .map((c) => c.trim());
    if (cells.every((c) => /^-*$/.test(c))) continue;
    rows.push(cells);
  }
  return rows.slice(1); // header row
}

const CONCEPTS: Concept[] = tableRows("## Concepts").map(([concept, english, zh, retired]) => ({
  concept,
  english,
  words: ticks(zh),
  retired: ticks(retired),
}));

/** The old table names still read: label path, old name, name now (glossary's last section). */
const OLD_NAMES = tableRows("## Old names still read").map(([p, old, now]) => ({
  path: ticks(p)[0],
  old: ticks(old)[0],
  now: ticks(now)[0],
}));

const at = (node: unknown, path: string): unknown =>
  path.split(".").reduce<unknown>((n, k) => (n as Record<string, unknown>)?.[k], node);

/** Labels whose English is a concept's word with another meaning. */
const OTHER_MEANING: string[] = tableRows("## Same English, another meaning").flatMap(([p]) => ticks(p));

/** A retired word as a pattern: `n` stands for a number. */
function pattern(word: string): RegExp {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(escaped.replace(/(^|\s)n(\s|$)/g, "$1\\d+$2"));
}

type Texts = Map<string, string>;

/** Every text under `node`, by its path; functions are called with numbers, placeholders filled with numbers. */
function collect(node: unknown, prefix: string, out: Texts, skip: readonly string[] = []): Texts {
  if (skip.some((s) => prefix === s || prefix.startsWith(`${s}.`))) return out;
  if (typeof node === "string") out.set(prefix, node.replace(/\{\w+\}/g, "1000"));
  else if (typeof node === "function") {
    const fn = node as (...a: unknown[]) => unknown;
    const args = Array.from({ length: Math.max(fn.length, 1) }, (_, i) => 1000 + i);
    const value = fn(...args);
    if (typeof value === "string") out.set(prefix, value);
  } else if (Array.isArray(node)) node.forEach((v, i) => collect(v, `${prefix}[${i}]`, out, skip));
  else if (node && typeof node === "object")
    for (const [k, v] of Object.entries(node)) collect(v, prefix ? `${prefix}.${k}` : k, out, skip);
  return out;
}

function chineseTexts(): Texts {
  const out: Texts = new Map();
  collect(CATALOGS.zh, "pane", out);
  collect(ZH, "sheet", out);
  collect(SCENARIO_WORDS.zh, "scenario", out);
  collect(CYCLE_WORDS.zh, "cycle", out);
  collect(ADJUSTMENTS_WORDS.zh, "adjustments", out);
  collect(CHANGE_LOG_WORDS.zh, "changeLog", out);
  collect(explainWords("zh"), "explain", out);
  for (const [id, spec] of Object.entries(MESSAGES)) collect((spec as { zh: string }).zh, `messages.${id}`, out);
  collect(WORKBOOK_MESSAGES.zh, "workbookMessages", out);
  collect(FUNCTION_MESSAGES.zh, "functionMessages", out);
  collect(zhMetadata(), "functions", out);
  for (const t of PROGRAM_TEMPLATES) {
    const p = programTemplate(t.id, "zh");
    collect(
      { name: p.name, kpis: p.kpis.map((k) => [k.name, k.unit]), tiers: p.tiers.map((x) => x.label) },
      `template.${t.id}`,
      out,
    );
  }
  const blank = emptyProgram("zh");
  collect({ kpis: blank.kpis.map((k) => k.name), tiers: blank.tiers.map((x) => x.label) }, "template.blank", out);
  return out;
}

const TEXTS = chineseTexts();

/** The glossary's own words, removed before looking for retired ones (超额累进 is not 累进). */
const CURRENT = CONCEPTS.flatMap((c) => c.words)
  .filter((w) => !/(^|\s)n(\s|$)/.test(w))
  .sort((a, b) => b.length - a.length);

function withoutCurrentWords(text: string): string {
  let out = text;
  for (const w of CURRENT) out = out.split(w).join("＿");
  return out;
}

describe("docs/glossary.md", () => {
  test("has the concepts the issue names, each with one Chinese word", () => {
    const names = CONCEPTS.map((c) => c.concept);
    for (const c of ["program", "tier", "rate", "payout (any kind)", "statement", "target", "attainment", "weight"])
      expect(names).toContain(c);
    for (const c of [
      "gate",
      "cap",
      "period",
      "partner",
      "due date",
      "what-if",
      "marginal method",
      "retroactive method",
    ])
      expect(names).toContain(c);
    for (const c of CONCEPTS)
      expect({ concept: c.concept, words: c.words.length > 0 }).toEqual({ concept: c.concept, words: true });
  });

  test("no Chinese word is used for two concepts, and no glossary word is also retired", () => {
    const owner = new Map<string, string>();
    for (const c of CONCEPTS) {
      const first = c.words[0];
      expect({ word: first, owner: owner.get(first) ?? c.concept }).toEqual({ word: first, owner: c.concept });
      owner.set(first, c.concept);
    }
    const retired = new Set(CONCEPTS.flatMap((c) => c.retired));
    for (const c of CONCEPTS)
      for (const w of c.words) expect({ word: w, retired: retired.has(w) }).toEqual({ word: w, retired: false });
  });

  test("the old names still read are exactly the alias table's, each beside the label it now has", () => {
    expect(OLD_NAMES.length).toBeGreaterThan(0);
    const flat = (node: unknown, prefix: string): { path: string; old: string }[] =>
      typeof node === "string"
        ? [{ path: prefix, old: node }]
        : Object.entries(node as object).flatMap(([k, v]) => flat(v, prefix ? `${prefix}.${k}` : k));
    const code = flat(OLD_ZH_NAMES, "").sort((a, b) => a.path.localeCompare(b.path));
    const doc = OLD_NAMES.map(({ path, old }) => ({ path, old })).sort((a, b) => a.path.localeCompare(b.path));
    expect(doc).toEqual(code);
    for (const { path, old, now } of OLD_NAMES) {
      expect({ path, now: at(ZH, path) }).toEqual({ path, now });
      expect({ path, renamed: old !== now }).toEqual({ path, renamed: true });
    }
  });

  test("the texts checked are many and Chinese", () => {
    expect(TEXTS.size).toBeGreaterThan(500);
    expect([...TEXTS.values()].filter((t) => /[\u4e00-\u9fff]/.test(t)).length).toBeGreaterThan(500);
  });
});

describe("no retired word in any Chinese text the product shows or writes", () => {
  const retired = CONCEPTS.flatMap((c) => c.retired.map((word) => ({ concept: c.concept, word, re: pattern(word) })));

  test.each(retired.map((r) => [r.word, r.concept, r.re] as const))("%s (%s)", (word, _concept, re) => {
    const found = [...TEXTS]
      .filter(([, text]) => re.test(withoutCurrentWords(text)))
      .map(([where, text]) => `${where}: ${text}`);
    expect(found).toEqual([]);
  });
});

describe("a glossary word is translated one way", () => {
  /** Label pairs (English, Chinese) at the same path, in the pane's and the sheets' catalogues. */
  function pairs(): [string, string, string][] {
    const out: [string, string, string][] = [];
    const add = (en: unknown, zh: unknown, prefix: string) => {
      const e = collect(en, prefix, new Map());
      const z = collect(zh, prefix, new Map());
      for (const [at, text] of e) if (z.has(at)) out.push([at, text, z.get(at)!]);
    };
    add(CATALOGS.en, CATALOGS.zh, "pane");
    add(EN, ZH, "sheet");
    add(SCENARIO_WORDS.en, SCENARIO_WORDS.zh, "scenario");
    add(CYCLE_WORDS.en, CYCLE_WORDS.zh, "cycle");
    add(ADJUSTMENTS_WORDS.en, ADJUSTMENTS_WORDS.zh, "adjustments");
    add(CHANGE_LOG_WORDS.en, CHANGE_LOG_WORDS.zh, "changeLog");
    add(explainWords("en"), explainWords("zh"), "explain");
    return out;
  }

  test.each(CONCEPTS.filter((c) => c.english !== "").map((c) => [c.english, c] as const))(
    "a label that is exactly “%s”",
    (english, c) => {
      const wrong = pairs()
        .filter(([at, en]) => en.trim().toLowerCase() === english.toLowerCase() && !OTHER_MEANING.includes(at))
        .filter(([, , zh]) => !c.words.some((w) => zh.includes(w)))
        .map(([at, , zh]) => `${at}: ${zh}`);
      expect(wrong).toEqual([]);
    },
  );
});
