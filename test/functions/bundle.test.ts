/*
 * The built functions bundle, loaded on its own as Excel loads it: it must register all ten
 * functions with the ids in the generated functions.json, and they must compute the SPEC
 * examples exactly. `npm test` builds dist/ first (the pretest script).
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { zhMetadata } from "../../src/functions/table";
import { EXPLAIN_EXAMPLE, SPEC_EXAMPLES } from "../support/specExamples";

const DIST = path.resolve(__dirname, "../../dist");
const NAMES = ["PAYOUT", "TIER", "RATE", "GAP", "ATTAINMENT", "BONUS", "SCORE", "ONTIME", "PRICE", "EXPLAIN", "GATE"];

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: { name: string; description?: string; optional?: boolean; type?: string }[];
}

interface Metadata {
  allowErrorForDataTypeAny?: boolean;
  functions: FunctionMetadata[];
}

function loadBundle(): Map<string, (...args: unknown[]) => unknown> {
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  const CustomFunctions = {
    ...(globalThis as unknown as { CustomFunctions: object }).CustomFunctions,
    associate: (id: string, fn: (...args: unknown[]) => unknown) => {
      if (registered.has(id)) throw new Error(`${id} registered twice`);
      registered.set(id, fn);
    },
  };
  // A bare context: no window, no document, no Office — only what Excel's runtime guarantees.
  const context = vm.createContext({ CustomFunctions, console });
  vm.runInContext(fs.readFileSync(path.join(DIST, "functions.js"), "utf8"), context, { filename: "functions.js" });
  return registered;
}

const metadata: Metadata = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8"));
const registered = loadBundle();

describe("dist/functions.json", () => {
  test("declares exactly the eleven INCENTIVE functions (SPEC §3.2's ten and GATE)", () => {
    expect(metadata.functions.map((f) => f.name).sort()).toEqual([...NAMES].sort());
  });

  test.each(NAMES)("%s and every parameter have a description", (name) => {
    const f = metadata.functions.find((m) => m.name === name)!;
    expect(f.description?.length).toBeGreaterThan(20);
    for (const p of f.parameters) expect(p.description?.length).toBeGreaterThan(5);
  });

  test("no function is volatile: ONTIME's omitted as_of is read when the call runs (docs/functions.md)", () => {
    // A volatile function reruns at every recalculation of anything; pass TODAY() to keep as_of current.
    const raw = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as {
      functions: { name: string; options?: { volatile?: boolean } }[];
    };
    expect(raw.functions.filter((f) => f.options?.volatile).map((f) => f.name)).toEqual([]);
  });

  test("optional parameters are marked optional, in SPEC §3.2's order", () => {
    const signature = (name: string) =>
      metadata.functions
        .find((m) => m.name === name)!
        .parameters.map((p) => (p.optional ? `[${p.name}]` : p.name))
        .join(", ");
    expect(signature("PAYOUT")).toBe("amount, tiers, [method], [target], [prior], [cap]");
    expect(signature("TIER")).toBe("value, tiers, [target]");
    expect(signature("RATE")).toBe("value, tiers, [method], [target]");
    expect(signature("GAP")).toBe("value, tiers, [target]");
    expect(signature("ATTAINMENT")).toBe("actual, target, [direction]");
    expect(signature("BONUS")).toBe("attainment, target_incentive, curve, [cap]");
    expect(signature("SCORE")).toBe("attainments, weights, [cap]");
    expect(signature("ONTIME")).toBe("due_dates, done_dates, [as_of], [grace_days]");
    expect(signature("PRICE")).toBe("list_price, value, discount_tiers, [target]");
    expect(signature("EXPLAIN")).toBe("amount, tiers, [method], [target], [prior]");
    expect(signature("GATE")).toBe("actuals, gates, [directions]");
  });
});

/*
 * Excel hands an error value in an input cell (#N/A in one row of a column) to a custom function
 * only when the metadata's top-level allowErrorForDataTypeAny is true, and only to parameters
 * typed `any` (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#allowerrorfordatatypeany);
 * otherwise Excel answers the whole call with the error itself and the other rows never compute.
 * The metadata plugin cannot express it, so the build adds it (scripts/localizedMetadata.js).
 */
describe.each([
  ["functions.json", "functions.json"],
  ["functions.zh-cn.json", "functions.zh-cn.json"],
])("dist/%s lets error values reach every function", (_name, file) => {
  const built: Metadata = JSON.parse(fs.readFileSync(path.join(DIST, file), "utf8"));

  test("allowErrorForDataTypeAny is true (top level, where Excel reads it)", () => {
    expect(built.allowErrorForDataTypeAny).toBe(true);
  });

  test.each(NAMES)("every parameter of %s is typed any, so errors reach it", (name) => {
    const f = built.functions.find((m) => m.name === name)!;
    expect(f.parameters.length).toBeGreaterThan(0);
    // A missing type defaults to any; the build writes it out.
    for (const p of f.parameters) expect([p.name, p.type]).toEqual([p.name, "any"]);
  });

  test("the build refuses a parameter typed other than any", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { allowErrorInputs } = require("../../scripts/localizedMetadata") as {
      allowErrorInputs: (json: string) => string;
    };
    const typed = JSON.parse(JSON.stringify(built)) as Metadata;
    delete typed.allowErrorForDataTypeAny;
    typed.functions[0].parameters[0].type = "number";
    expect(() => allowErrorInputs(JSON.stringify(typed))).toThrow(/PAYOUT\(amount: number\)/);
    typed.functions[0].parameters[0].type = "any";
    expect(JSON.parse(allowErrorInputs(JSON.stringify(typed))).allowErrorForDataTypeAny).toBe(true);
  });
});

describe("dist/functions.zh-cn.json (Excel in Chinese)", () => {
  const zh: { functions: FunctionMetadata[] } = JSON.parse(
    fs.readFileSync(path.join(DIST, "functions.zh-cn.json"), "utf8"),
  );
  const chinese = /[\u4e00-\u9fff]/;

  test("same ids, names and parameters as functions.json, so formulas travel between offices", () => {
    const shape = (m: { functions: FunctionMetadata[] }) =>
      m.functions.map((f) => [f.id, f.name, f.parameters.map((p) => [p.name, p.optional ?? false])]);
    expect(shape(zh)).toEqual(shape(metadata));
  });

  test("every function and parameter is described in Chinese", () => {
    for (const f of zh.functions) {
      expect(f.description).toMatch(chinese);
      for (const p of f.parameters) expect(p.description).toMatch(chinese);
    }
  });

  test("a function or parameter without a translation fails the build", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { localizeMetadata } = require("../../scripts/localizedMetadata") as {
      localizeMetadata: (json: string, translations: object, locale: string) => string;
    };
    const translations = zhMetadata();
    delete translations.GAP.parameters.target;
    expect(() => localizeMetadata(JSON.stringify(metadata), translations, "zh-CN")).toThrow(/GAP\(target\)/);
  });
});

describe("dist/functions.js loaded alone", () => {
  test("registers every function of functions.json, and nothing else", () => {
    expect([...registered.keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  });

  test.each(SPEC_EXAMPLES.map((e) => [e.formula, e]))("%s holds exactly", (_formula, example) => {
    expect(registered.get(example.fn)!(...example.args)).toEqual([[example.expected]]);
  });

  test("EXPLAIN(120000, T1)", () => {
    expect(registered.get("EXPLAIN")!(...EXPLAIN_EXAMPLE.args)).toEqual(EXPLAIN_EXAMPLE.expected);
  });

  test("a bad tier table is thrown as the runtime's own CustomFunctions.Error", () => {
    let thrown: unknown;
    try {
      registered.get("PAYOUT")!(
        [[1]],
        [
          [0, 0.1],
          [0, 0.2],
        ],
        null,
        null,
        null,
        null,
      );
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toMatchObject({ code: "#VALUE!", message: expect.stringContaining("row 2") });
  });
});
