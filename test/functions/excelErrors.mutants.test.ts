/*
 * The functions' error values (src/functions/excelErrors.ts), pinned down against SPEC §3.1 and
 * the engine's message table: written against the mutants StrykerJS left alive in the file
 * (docs/testing.md "Mutation testing"). Expected words come from the rules (the argument's name,
 * the cell's text), never from a run.
 */
import { notNumberError } from "../../src/functions/excelErrors";
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
