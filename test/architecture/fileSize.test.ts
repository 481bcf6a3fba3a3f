/*
 * Issue 13: no src file over 400 lines except the word catalogues (docs/architecture.md, "Rooms").
 * A file that long mixes concepts; a catalogue is one long list of one thing. Files still over the
 * limit are listed by name with a TODO; the list can only shrink: a listed file that is back
 * under the limit fails too, so its entry is removed in the commit that splits it.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const MAX_LINES = 400;

/**
 * Files still over the limit, each to be split (issue 13). Remove an entry when its file shrinks
 * under the limit; never add one.
 */
const STILL_OVER: readonly string[] = [];

/**
 * Word catalogues, which may be long: a floor's words (`words/`, `labels/`, `i18n/`), the engine's
 * messages (`messages.ts`, `messages.en.ts` …), a sheet's or a function's words
 * (`scenarioWords.zh.ts`, `explainWords.en.ts`) and the functions' Chinese help
 * (`descriptions.zh-CN.json`).
 */
function isCatalogue(file: string): boolean {
  const parts = file.split("/");
  const name = parts[parts.length - 1];
  return (
    parts.slice(0, -1).some((dir) => dir === "words" || dir === "labels" || dir === "i18n") ||
    /^messages(\.[\w-]+)?\.ts$/.test(name) ||
    /Words(\.[\w-]+)?\.ts$/.test(name) ||
    /^descriptions(\.[\w-]+)?\.json$/.test(name)
  );
}

/** Lines as `wc -l` counts them (a last line without its newline still counts). */
function lineCount(text: string): number {
  if (text === "") return 0;
  const newlines = text.split("\n").length - 1;
  return text.endsWith("\n") ? newlines : newlines + 1;
}

/** What breaks the rule: a file over the limit and not listed, a listed file back under it or gone. */
function sizeProblems(lines: ReadonlyMap<string, number>, stillOver: readonly string[]): string[] {
  const listed = new Set(stillOver);
  const problems: string[] = [];
  for (const [file, n] of lines) {
    if (isCatalogue(file)) continue;
    if (n > MAX_LINES && !listed.has(file)) problems.push(`${file}: ${n} lines (at most ${MAX_LINES}; split it)`);
  }
  for (const file of stillOver) {
    const n = lines.get(file);
    if (n === undefined) problems.push(`${file}: listed as over the limit but gone (remove it from the list)`);
    else if (n <= MAX_LINES) problems.push(`${file}: ${n} lines, under the limit now (remove it from the list)`);
  }
  return problems;
}

function srcLines(): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (rel: string): void => {
    for (const entry of fs.readdirSync(path.join(ROOT, rel), { withFileTypes: true })) {
      const child = `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else out.set(child, lineCount(fs.readFileSync(path.join(ROOT, child), "utf8")));
    }
  };
  walk("src");
  return out;
}

describe("the size check fails where it must", () => {
  test("lines are counted as wc -l counts them", () => {
    expect(lineCount("")).toBe(0);
    expect(lineCount("a")).toBe(1);
    expect(lineCount("a\n")).toBe(1);
    expect(lineCount("a\nb")).toBe(2);
    expect(lineCount("a\n\n")).toBe(2);
  });

  test("catalogues are told from code", () => {
    for (const f of [
      "src/workbook/words/messages.en.ts",
      "src/workbook/labels/zh.ts",
      "src/taskpane/i18n/en/wizard.ts",
      "src/engine/messages.ts",
      "src/workbook/scenario/scenarioWords.zh.ts",
      "src/functions/impl/explainWords.en.ts",
      "src/functions/descriptions.zh-CN.json",
    ])
      expect([f, isCatalogue(f)]).toEqual([f, true]);
    for (const f of ["src/workbook/wordsmith.ts", "src/workbook/messagesOfWrite.ts", "src/functions/functions.ts"])
      expect([f, isCatalogue(f)]).toEqual([f, false]);
  });

  test("a new long file, a listed file back under the limit and a listed file gone are named", () => {
    const lines = new Map([
      ["src/a/long.ts", 401],
      ["src/a/fine.ts", 400],
      ["src/a/words/en.ts", 2000],
      ["src/a/shrunk.ts", 399],
      ["src/a/stillLong.ts", 900],
    ]);
    expect(sizeProblems(lines, ["src/a/shrunk.ts", "src/a/stillLong.ts", "src/a/gone.ts"])).toEqual([
      "src/a/long.ts: 401 lines (at most 400; split it)",
      "src/a/shrunk.ts: 399 lines, under the limit now (remove it from the list)",
      "src/a/gone.ts: listed as over the limit but gone (remove it from the list)",
    ]);
  });
});

describe("src/", () => {
  const lines = srcLines();

  test("the walk found the sources", () => {
    expect(lines.size).toBeGreaterThan(100);
  });

  test(`no file over ${MAX_LINES} lines but the catalogues and the listed ones, and each listed one still over`, () => {
    expect(sizeProblems(lines, STILL_OVER)).toEqual([]);
  });
});
