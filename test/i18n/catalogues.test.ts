/*
 * Every catalogue of words, by floor, held to the same three rules: no key missing in one
 * language, no Chinese entry left in English (or empty), no key that no code uses.
 *
 *   engine     src/engine/messages.ts              the engine's failures (Excel errors), each raised in src/engine
 *   workbook   src/workbook/words/messages.*.ts     refusals, failures, steps of a write
 *              src/workbook/labels/{en,zh}.ts       what the sheets say
 *              src/workbook/scenario/scenarioWords.*  the scenario sheet
 *   functions  src/functions/words/messages.*.ts   the functions' own failures (argument shapes, results)
 *              src/functions/impl/explainWords.*    what EXPLAIN spills
 *              src/functions/table/                 the functions' Chinese help
 *   pane       src/taskpane/i18n/{en,zh}/           test/taskpane/i18nCatalog.test.ts (same rules)
 *
 * The checker itself is run first on a catalogue with one fault of each kind, which it must find.
 */
import * as fs from "fs";
import * as path from "path";
import { MESSAGES } from "../../src/engine";
import { explainWords } from "../../src/functions/impl/explainWords";
import { FUNCTION_MESSAGES } from "../../src/functions/words";
import { zhMetadata } from "../../src/functions/table";
import { SHEET_LABELS } from "../../src/workbook/labels";
import { SCENARIO_WORDS } from "../../src/workbook/scenario/scenarioWords";
import { WORKBOOK_MESSAGES } from "../../src/workbook/words";

const ROOT = path.join(__dirname, "../..");
const CJK = /[\u3400-\u9fff]/;

/** Every leaf as text, by its path; a function is called with numbers so its text can be read. */
function leaves(node: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    const at = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(at, value);
    else if (typeof value === "function") {
      const args = Array.from({ length: value.length }, (_, i) => 1000 + i);
      out.set(at, String((value as (...a: unknown[]) => unknown)(...args)));
    } else if (value && typeof value === "object") for (const [k, v] of leaves(value, at)) out.set(k, v);
  }
  return out;
}

interface Catalogue {
  readonly en: Map<string, string>;
  readonly zh: Map<string, string>;
  /** Keys whose Chinese is rightly the same as the English or has no Chinese character (names, formats). */
  readonly sameInBoth?: readonly string[];
  /** Whether the code uses a key. */
  readonly used: (key: string) => boolean;
}

interface Faults {
  missing: string[];
  untranslated: string[];
  unused: string[];
}

function faults(c: Catalogue): Faults {
  const same = new Set(c.sameInBoth ?? []);
  const missing = [
    ...[...c.en.keys()].filter((k) => !c.zh.has(k)).map((k) => `zh lacks ${k}`),
    ...[...c.zh.keys()].filter((k) => !c.en.has(k)).map((k) => `en lacks ${k}`),
  ];
  const untranslated = [...c.zh]
    .filter(([k, text]) => !same.has(k) && (text.trim() === "" || !CJK.test(text) || text === c.en.get(k)))
    .map(([k]) => k);
  const unused = [...c.en.keys()].filter((k) => !c.used(k));
  return { missing, untranslated, unused };
}

const NONE: Faults = { missing: [], untranslated: [], unused: [] };

function sourcesUnder(dir: string, skip: (file: string) => boolean = () => false): string {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name) && !skip(p)) out.push(fs.readFileSync(p, "utf8"));
    }
  };
  walk(path.join(ROOT, dir));
  return out.join("\n");
}

/** A message id is used where the code names it as a string: fail("id"), formatMessage("id"). */
const quotedIn = (source: string) => (key: string) => source.includes(`"${key}"`);

/**
 * Loosely: a key is used where the code names its last step (`.title`, `title:`), as the sheet
 * builders read whole groups of labels at a time (`const d = l.dashboard; … d.title`).
 */
const namedIn = (source: string) => (key: string) => {
  const last = key
    .split(".")
    .filter((p) => !/^\d+$/.test(p))
    .pop()!;
  return new RegExp(`\\b${last}\\b`).test(source);
};

/**
 * A nested key is used where the code reads it by its last two steps (`.data.belowFirstTier`, as
 * `l.data.belowFirstTier` or `r.show.data.belowFirstTier`), a top-level key where the code reads
 * `.key`, or where its group is indexed by a computed key (`.setting[k]`), or iterated.
 */
const readIn = (source: string) => (key: string) => {
  const parts = key.split(".").filter((p) => !/^\d+$/.test(p));
  const tail = parts.slice(-2).join("\\.");
  if (new RegExp(`\\.${tail}\\b`).test(source)) return true;
  if (parts.length === 1 && new RegExp(`\\b${parts[0]}\\b`).test(source)) return true;
  for (let n = parts.length - 1; n >= 1; n--) {
    const group = parts[n - 1];
    if (new RegExp(`\\.${group}\\s*\\[|Object\\.(values|entries|keys)\\([\\w.]*\\.${group}\\)`).test(source))
      return true;
  }
  return false;
};

test("the checker finds a key missing in one language, Chinese left in English, and a key nothing uses", () => {
  const bad: Catalogue = {
    en: new Map([
      ["a", "Amount"],
      ["b", "Total"],
      ["c", "Tier {n}"],
      ["d", "Unused"],
    ]),
    zh: new Map([
      ["a", "金额"],
      ["b", "Total"],
      ["c", "Tier {n}"],
      ["e", "多余"],
    ]),
    used: (k) => k !== "d",
  };
  expect(faults(bad)).toEqual({ missing: ["zh lacks d", "en lacks e"], untranslated: ["b", "c"], unused: ["d"] });
  expect(readIn("x = r.show.data.belowFirstTier;")("data.belowFirstTier")).toBe(true);
  expect(readIn("x = r.show.data.belowFirst;")("data.belowFirstTier")).toBe(false);
  expect(quotedIn('fail("tierGap")')("tierGap")).toBe(true);
  expect(quotedIn("tierGapped")("tierGap")).toBe(false);
});

describe("engine: the engine's failures", () => {
  const source = sourcesUnder("src", (f) => f.endsWith(path.join("engine", "messages.ts")));
  const pick = (language: "en" | "zh") =>
    new Map(Object.entries(MESSAGES).map(([id, m]) => [id, (m as { en: string; zh: string })[language]]));
  test("no key missing, untranslated or unused", () => {
    expect(faults({ en: pick("en"), zh: pick("zh"), used: quotedIn(source) })).toEqual(NONE);
  });
  test("only the engine, and the functions with its fail(), raise or word them: no other floor does", () => {
    // The pane may recognise an issue by its id (TierEditor places tierNotAscending at the bounds).
    const elsewhere = sourcesUnder("src/workbook") + sourcesUnder("src/taskpane");
    const worded = (id: string) => new RegExp(`(formatMessage|fail|IncentiveError)\\(\\s*"${id}"`).test(elsewhere);
    expect(Object.keys(MESSAGES).filter(worded)).toEqual([]);
  });
  test("each is raised by an engine file: a message only another floor raises belongs to that floor's words", () => {
    const engine = sourcesUnder("src/engine", (f) => f.endsWith(path.join("engine", "messages.ts")));
    expect(Object.keys(MESSAGES).filter((id) => !quotedIn(engine)(id))).toEqual([]);
  });
});

describe("workbook", () => {
  const source = sourcesUnder("src", (f) => f.includes(path.join("workbook", "words") + path.sep));
  test("messages: no key missing, untranslated or unused", () => {
    expect(
      faults({ en: leaves(WORKBOOK_MESSAGES.en), zh: leaves(WORKBOOK_MESSAGES.zh), used: quotedIn(source) }),
    ).toEqual(NONE);
  });
  test("messages: the same placeholders in both languages", () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [id, en] of Object.entries(WORKBOOK_MESSAGES.en))
      expect({ id, zh: placeholders(WORKBOOK_MESSAGES.zh[id as keyof typeof WORKBOOK_MESSAGES.zh]) }).toEqual({
        id,
        zh: placeholders(en),
      });
  });

  const code = sourcesUnder("src/workbook", (f) => f.includes(path.join("workbook", "labels") + path.sep));
  test("sheet labels: no key missing, untranslated or unused", () => {
    expect(
      faults({
        en: leaves(SHEET_LABELS.en),
        zh: leaves(SHEET_LABELS.zh),
        // The language code, formats, list punctuation and a money amount are not words.
        sameInBoth: [
          "language",
          "formats.date",
          "formats.dateTime",
          "list.separator",
          "list.last",
          "gap.money",
          "gap.moneyCny",
        ],
        used: (k) => namedIn(code)(k) || readIn(code)(k),
      }),
    ).toEqual(NONE);
  });
  test("the scenario sheet: no key missing, untranslated or unused", () => {
    const scenarioCode = sourcesUnder("src/workbook/scenario", (f) => path.basename(f).startsWith("scenarioWords"));
    expect(
      faults({ en: leaves(SCENARIO_WORDS.en), zh: leaves(SCENARIO_WORDS.zh), used: readIn(scenarioCode) }),
    ).toEqual(NONE);
  });
});

describe("functions", () => {
  test("messages: no key missing, untranslated or unused, the same placeholders in both languages", () => {
    const source = sourcesUnder("src/functions", (f) => f.includes(path.join("functions", "words") + path.sep));
    const [en, zh] = [leaves(FUNCTION_MESSAGES.en), leaves(FUNCTION_MESSAGES.zh)];
    expect(faults({ en, zh, used: quotedIn(source) })).toEqual(NONE);
    const placeholders = (s = "") => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [id, text] of en) expect({ id, zh: placeholders(zh.get(id)) }).toEqual({ id, zh: placeholders(text) });
  });

  test("EXPLAIN's words: no key missing, untranslated or unused", () => {
    const source = sourcesUnder("src/functions", (f) => path.basename(f).startsWith("explainWords"));
    expect(faults({ en: leaves(explainWords("en")), zh: leaves(explainWords("zh")), used: readIn(source) })).toEqual(
      NONE,
    );
  });

  test("the Chinese help: every function and argument of functions.ts, in Chinese, and nothing else", () => {
    const zhHelp = zhMetadata();
    const functionsTs = fs.readFileSync(path.join(ROOT, "src/functions/functions.ts"), "utf8");
    // The English help is the JSDoc: one block per @customfunction, with its @param names.
    const en = new Map<string, string>();
    for (const block of functionsTs.split("/**").slice(1)) {
      const name = /@customfunction (\w+)/.exec(block)?.[1];
      if (!name) continue;
      en.set(`${name}.description`, block.split("\n")[1].replace(/^\s*\*\s?/, ""));
      for (const m of block.matchAll(/@param \[?(\w+)\]? (.*)/g)) en.set(`${name}.parameters.${m[1]}`, m[2]);
    }
    expect(en.size).toBeGreaterThan(20);
    // Every Chinese entry belongs to a function and argument that exists (nothing unused).
    expect(faults({ en, zh: leaves(zhHelp), used: () => true })).toEqual(NONE);
  });
});
