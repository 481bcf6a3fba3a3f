/*
 * The functions floor's words are data (src/functions/words/messages.*.ts, impl/explainWords*.ts):
 * written against the string mutants StrykerJS makes there (docs/testing.md "Mutation testing").
 * Not a copy of the strings: each message must be there in both languages, fill every
 * placeholder its callers give (the params listed below are what src/functions passes for that
 * id), be written in its language, and reach Excel as the error kind functionError.ts gives it.
 */
import { FunctionError } from "../../src/functions/functionError";
import { FUNCTION_MESSAGES, formatFunctionMessage, type FunctionMessageId } from "../../src/functions/words";
import { explainWords } from "../../src/functions/impl/explainWords";

/** The params each message is formatted with in src/functions (grid.ts, impl/*, excelErrors.ts, results.ts). */
const PARAMS: Record<FunctionMessageId, readonly string[]> = {
  notSingleCell: ["what", "rows", "cols"],
  emptyRange: ["what"],
  shapeMismatch: ["what", "shape", "other", "otherShape"],
  explainOneAmount: ["what"],
  scoreShape: ["weightsShape", "shape"],
  gateShape: ["otherShape", "shape"],
  directionsShape: ["otherShape", "count"],
  resultNotFinite: [],
  inputErrorNotReturnable: ["what", "code"],
  unexpected: ["reason"],
};

const CJK = /[\u4e00-\u9fff]/;

describe("the functions' messages", () => {
  test("both languages have exactly the messages the functions use", () => {
    const ids = Object.keys(PARAMS).sort();
    expect(Object.keys(FUNCTION_MESSAGES.en).sort()).toEqual(ids);
    expect(Object.keys(FUNCTION_MESSAGES.zh).sort()).toEqual(ids);
  });

  test.each(Object.keys(PARAMS) as FunctionMessageId[])("%s fills each of its params, in its language", (id) => {
    // A marker per param: each must come out in the text, and no placeholder may stay unfilled.
    const params = Object.fromEntries(PARAMS[id].map((k) => [k, `<${k}>`]));
    for (const language of ["en", "zh"] as const) {
      const text = formatFunctionMessage(id, params, language);
      for (const k of PARAMS[id]) expect(text).toContain(`<${k}>`);
      expect(text).not.toMatch(/\{\w+\}/);
      // Words beyond the markers: a message is more than its placeholders.
      const words = PARAMS[id].reduce((t, k) => t.split(`<${k}>`).join(""), text);
      expect(words.replace(/[\s\p{P}×]/gu, "").length).toBeGreaterThan(3);
      expect(CJK.test(words)).toBe(language === "zh");
    }
  });

  test("a FunctionError's own message is the English text, its kind the Excel error the id is", () => {
    const e = new FunctionError("emptyRange", { what: "Amount" });
    expect(e.message).toBe(formatFunctionMessage("emptyRange", { what: "Amount" }, "en"));
    expect(e.message).toContain("Amount");
    expect(e.name).toBe("FunctionError");
    // A result no cell can hold is #NUM! (Excel's error for a number too large); every shape
    // or argument problem is #VALUE!.
    expect(new FunctionError("resultNotFinite").kind).toBe("num");
    for (const id of Object.keys(PARAMS) as FunctionMessageId[]) {
      if (id !== "resultNotFinite") expect({ id, kind: new FunctionError(id).kind }).toEqual({ id, kind: "value" });
    }
  });
});

describe("EXPLAIN's words", () => {
  test.each(["en", "zh"] as const)("%s: six distinct headers and three row words, all in the language", (language) => {
    const w = explainWords(language);
    const all = [...w.header, w.belowFirstTier, w.alreadyCredited, w.total];
    expect(w.header).toHaveLength(6);
    expect(new Set(all).size).toBe(all.length);
    for (const text of all) {
      expect(text.trim().length).toBeGreaterThan(0);
      expect(CJK.test(text)).toBe(language === "zh");
    }
  });
});
