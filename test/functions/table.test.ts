/*
 * The functions' table (src/functions/table/) and the JSDoc of functions.ts describe the same
 * functions: the same ids in the same order, the same parameters (names, order, which are
 * optional), the same English help word for word. The JSDoc makes functions.json; the table
 * makes functions.zh-cn.json and names the arguments in messages. Both built files must say what
 * the table says. `npm test` builds dist/ first (the pretest script).
 */
import * as fs from "fs";
import * as path from "path";
import { fillMessage } from "../../src/engine";
import { functionsMessage } from "../../src/functions/excelErrors";
import { FUNCTION_TABLE, type FunctionSpec, zhMetadata } from "../../src/functions/table";

const ROOT = path.join(__dirname, "../..");

interface Described {
  id: string;
  description: string;
  parameters: { name: string; optional: boolean; description: string }[];
}

/** What functions.ts's JSDoc says: one block per @customfunction. */
function fromJsDoc(source: string): Described[] {
  const out: Described[] = [];
  for (const block of source.split("/**").slice(1)) {
    const id = /@customfunction (\w+)/.exec(block)?.[1];
    if (!id) continue;
    const description = block.split("\n")[1].replace(/^\s*\*\s?/, "");
    const parameters = [...block.matchAll(/@param (\[?)(\w+)\]? (.*)/g)].map((m) => ({
      name: m[2],
      optional: m[1] === "[",
      description: m[3],
    }));
    out.push({ id, description, parameters });
  }
  return out;
}

function fromTable(language: "en" | "zh"): Described[] {
  return (Object.entries(FUNCTION_TABLE) as [string, FunctionSpec][]).map(([id, spec]) => ({
    id,
    description: spec.description[language],
    parameters: spec.args.map((a) => ({ name: a.name, optional: a.optional, description: a[language] })),
  }));
}

interface Metadata {
  functions: {
    id: string;
    description: string;
    parameters: { name: string; description: string; optional?: boolean }[];
  }[];
}

function fromMetadata(file: string): Described[] {
  const metadata = JSON.parse(fs.readFileSync(path.join(ROOT, "dist", file), "utf8")) as Metadata;
  return metadata.functions.map((f) => ({
    id: f.id,
    description: f.description,
    parameters: f.parameters.map((p) => ({ name: p.name, optional: p.optional === true, description: p.description })),
  }));
}

describe("the functions' table", () => {
  test("says what the JSDoc of functions.ts says: ids, parameters, optional ones, English help", () => {
    const jsDoc = fromJsDoc(fs.readFileSync(path.join(ROOT, "src/functions/functions.ts"), "utf8"));
    expect(jsDoc).toHaveLength(11);
    expect(fromTable("en")).toEqual(jsDoc);
  });

  test("says what the built functions.json and functions.zh-cn.json say", () => {
    expect(fromMetadata("functions.json")).toEqual(fromTable("en"));
    expect(fromMetadata("functions.zh-cn.json")).toEqual(fromTable("zh"));
  });

  test("the build's localizer gets every function's and parameter's Chinese from the table (zhMetadata)", () => {
    const zh = fromTable("zh");
    expect(Object.keys(zhMetadata())).toEqual(zh.map((f) => f.id));
    for (const f of zh) {
      expect(zhMetadata()[f.id]).toEqual({
        description: f.description,
        parameters: Object.fromEntries(f.parameters.map((p) => [p.name, p.description])),
      });
    }
  });

  test("optional arguments come last", () => {
    for (const spec of Object.values(FUNCTION_TABLE) as FunctionSpec[]) {
      const firstOptional = spec.args.findIndex((a) => a.optional);
      if (firstOptional >= 0) expect(spec.args.slice(firstOptional).every((a) => a.optional)).toBe(true);
    }
  });

  test("TIER, RATE and GAP name their shared arguments alike (tierLookups.ts reads them by RATE's entry)", () => {
    const labels = (id: "TIER" | "RATE" | "GAP") =>
      FUNCTION_TABLE[id].args.filter((a) => a.name !== "method").map((a) => [a.name, a.kind, a.label.en]);
    expect(labels("TIER")).toEqual(labels("RATE"));
    expect(labels("GAP")).toEqual(labels("RATE"));
  });

  test("messages name each argument in Chinese as the table does", () => {
    for (const spec of Object.values(FUNCTION_TABLE) as FunctionSpec[]) {
      for (const a of spec.args) {
        expect([a.label.en, functionsMessage("blankNotAllowed", { what: a.label.en }, "zh")]).toEqual([
          a.label.en,
          `${a.label.zh}为空；这里需要一个数字。`,
        ]);
      }
    }
  });

  test("where the engine also names an argument in Chinese (other floors quote it), it agrees", () => {
    for (const spec of Object.values(FUNCTION_TABLE) as FunctionSpec[]) {
      for (const a of spec.args) {
        const engine = fillMessage("{what}", { what: a.label.en }, "zh");
        if (engine !== a.label.en) expect([a.label.en, engine]).toEqual([a.label.en, a.label.zh]);
      }
    }
  });
});
