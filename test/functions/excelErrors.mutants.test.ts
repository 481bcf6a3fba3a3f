/*
 * The functions' error values (src/functions/excelErrors.ts), pinned down against SPEC §3.1 and
 * the engine's message table: written against the mutants StrykerJS left alive in the file
 * (docs/testing.md "Mutation testing"). Expected words come from the rules (the argument's name,
 * the cell's text), never from a run.
 */
import { Problem, readNumber } from "../../src/engine";
import { cellError, notNumberError, toExcelError } from "../../src/functions/excelErrors";
import type { FunctionSpec } from "../../src/functions/table";
import { setFunctionsLanguage } from "../../src/functions/language";
import { clearTierCache } from "../../src/functions/tierCache";
import { FUNCTIONS } from "../support/functionTable";
import { T1 } from "../support/specExamples";

const { PAYOUT } = FUNCTIONS;
const _ = null;

beforeEach(() => {
  clearTierCache();
  setFunctionsLanguage("en");
});
afterAll(() => setFunctionsLanguage("en"));

describe("error values of the functions", () => {
  test("an input #VALUE! in a column of amounts is passed through as the very value (SPEC §3.1)", () => {
    const Err = (globalThis as unknown as { CustomFunctions: { Error: new (c: string, m?: string) => object } })
      .CustomFunctions.Error;
    const input = new Err("#VALUE!", "from the sheet");
    const out = PAYOUT([[1000], [input], [2000]], T1, "retro", _, [[0]], _);
    expect(out[1][0]).toBe(input);
  });

  test("a text amount in a column is #VALUE! whose message quotes the text, not 'not a number, text or blank'", () => {
    const out = PAYOUT([[1000], ["abc"]], T1, "retro", _, [[0]], _) as unknown[][];
    const e = out[1][0] as { code: string; message: string };
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("abc");
    expect(notNumberError("abc", "Amount").message).toContain("abc");
  });

  test("a runtime whose CustomFunctions.Error is replaced gets error values of the new class", () => {
    const g = globalThis as unknown as { CustomFunctions: { Error: new (c: string, m?: string) => object } };
    const original = g.CustomFunctions.Error;
    // One value made under the first class, so its error classes are cached.
    expect(notNumberError("abc", "Amount")).toBeInstanceOf(original);
    class Replaced extends Error {
      constructor(
        readonly code: string,
        message?: string,
      ) {
        super(message ?? "");
      }
    }
    g.CustomFunctions.Error = Replaced;
    try {
      const e = notNumberError("abc", "Amount");
      expect(e).toBeInstanceOf(Replaced);
      expect((e as unknown as { code: string }).code).toBe("#VALUE!");
    } finally {
      g.CustomFunctions.Error = original;
    }
    expect(notNumberError("abc", "Amount")).toBeInstanceOf(original);
  });
});

describe("a column's error values (cellError)", () => {
  const protoOf = (v: unknown): unknown => Object.getPrototypeOf(v);

  test("values of one code and language share one template, each holding only its cell and context", () => {
    // The point of cellError (its comment): not a CustomFunctions.Error, with its stack, per bad cell.
    const first = notNumberError("abc", "Amount");
    const again = notNumberError("xyz", "Amount");
    expect(protoOf(again)).toBe(protoOf(first));
    expect(protoOf(notNumberError("1,000", "Target"))).toBe(protoOf(first));
    expect(Object.keys(again)).toEqual([]);
    // Another code or another language is another template: the code and the words differ.
    expect(protoOf(notNumberError(NaN, "Amount"))).not.toBe(protoOf(first));
    setFunctionsLanguage("zh");
    const zh = notNumberError("abc", "Amount");
    expect(protoOf(zh)).not.toBe(protoOf(first));
    expect(protoOf(notNumberError("xyz", "Amount"))).toBe(protoOf(zh));
    expect(zh.message).toBe("金额必须是数字，但它是文本“abc”。");
  });

  test("the message is described when first read, then kept: never before, once however often read", () => {
    let described = 0;
    const describe = (value: unknown, context: unknown): Problem => {
      described++;
      return { id: "textNotNumber", params: { what: context as string, text: value as string } };
    };
    const e = cellError("value", describe, "abc", "Amount");
    expect(described).toBe(0);
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe('Amount must be a number, but it is the text "abc".');
    expect(e.message).toBe('Amount must be a number, but it is the text "abc".');
    expect(described).toBe(1);
  });
});

describe("notNumberError: the error readNumber fails with, as a value", () => {
  test("for every value that is not a finite number (a blank too), the same code and message", () => {
    for (const v of [null, undefined, "", "abc", "1,000", "5%", true, false, NaN, Infinity, -Infinity, {}]) {
      let thrown: unknown;
      try {
        readNumber(v, "Amount");
      } catch (e) {
        thrown = e;
      }
      const expected = toExcelError(thrown);
      const got = notNumberError(v, "Amount");
      expect([v, got.code, got.message]).toEqual([v, expected.code, expected.message]);
    }
    expect(notNumberError(null, "Amount").message).toBe("Amount is blank; a number is needed.");
  });
});

describe("argument names in Chinese come from the functions' table", () => {
  test("an argument the engine has no Chinese name for is named as the table names it", () => {
    // A function added to the table with a new argument: its messages must not wait for the
    // engine's own list of names (the table test checks the two agree where both know a name).
    jest.isolateModules(() => {
      /* eslint-disable @typescript-eslint/no-require-imports */
      const { FUNCTION_TABLE } = require("../../src/functions/table");
      const rebate: FunctionSpec = {
        description: { en: "A rebate.", zh: "返利。" },
        args: [
          {
            name: "base",
            kind: "values",
            optional: false,
            label: { en: "Rebate base", zh: "返利基数" },
            en: "",
            zh: "",
          },
        ],
      };
      (FUNCTION_TABLE as Record<string, FunctionSpec>).REBATE = rebate;
      const errors = require("../../src/functions/excelErrors");
      const engine = require("../../src/engine");
      /* eslint-enable @typescript-eslint/no-require-imports */
      expect(engine.fillMessage("{what}", { what: "Rebate base" }, "zh")).toBe("Rebate base");
      expect(errors.functionsMessage("blankNotAllowed", { what: "Rebate base" }, "zh")).toBe(
        "返利基数为空；这里需要一个数字。",
      );
      expect(errors.functionsMessage("blankNotAllowed", { what: "Rebate base" }, "en")).toBe(
        "Rebate base is blank; a number is needed.",
      );
      const shapes = { shape: "1 row × 2 columns", otherShape: "2 rows × 1 column" };
      expect(errors.ownMessage("shapeMismatch", { what: "Amount", other: "Rebate base", ...shapes }, "zh")).toBe(
        "金额是 1 行 × 2 列，但返利基数是 2 行 × 1 列；区域的形状必须相同，或为单个单元格。",
      );
      expect(errors.ownMessage("shapeMismatch", { what: "Rebate base", other: "Amount", ...shapes }, "zh")).toBe(
        "返利基数是 1 行 × 2 列，但金额是 2 行 × 1 列；区域的形状必须相同，或为单个单元格。",
      );
    });
  });
});
