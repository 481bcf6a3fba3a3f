/*
 * Reading a cell that must be a number (SPEC §3.1 errors: text is #VALUE!, NaN and ±Infinity are
 * #NUM!), and telling a number stored as text ("1,200.50", "5%") from a word. Written against the
 * mutants StrykerJS left alive (docs/testing.md "Mutation testing"); what counts as a number
 * stored as text is what a person reads as one, the shapes Excel's own VALUE() converts.
 */
import {
  clip,
  isBlank,
  isErrorValue,
  isFiniteNumber,
  looksNumeric,
  notNumberProblem,
  readNonNegative,
  readNumber,
  readTarget,
  readTargetCell,
} from "../../src/engine";
import { failure } from "../support/engineFailure";

describe("numbers stored as text", () => {
  test.each([
    "120",
    "1,200.50",
    "5%",
    " -3 ",
    "+7",
    ".5",
    "5.",
    "1e5",
    "1E-5",
    "2.5e+3",
    "12 %",
    "\t42\n",
    "1,000,000",
    "0",
  ])("%j reads as a number", (text) => {
    expect(looksNumeric(text)).toBe(true);
  });

  test.each([
    "",
    "   ",
    "abc",
    "Bronze",
    "1.2.3",
    "e5",
    "1e",
    "%",
    ".",
    "--1",
    "+-1",
    "5%%",
    "$5",
    ",5",
    "1 2",
    "x1",
    "1x",
    "1e5.5",
    ". 5",
  ])("%j does not", (text) => {
    expect(looksNumeric(text)).toBe(false);
  });
});

describe("reading a number", () => {
  test("a finite number is itself; blank, text, booleans, NaN, ±Infinity and error values are refused", () => {
    expect(readNumber(-2.5, "Amount")).toBe(-2.5);
    expect(readNumber(0, "Amount")).toBe(0);
    const cases: [unknown, string, string, Record<string, unknown>][] = [
      [null, "blankNotAllowed", "value", { what: "Amount" }],
      ["", "blankNotAllowed", "value", { what: "Amount" }],
      ["12,000", "numberStoredAsText", "value", { what: "Amount", text: "12,000" }],
      ["twelve", "textNotNumber", "value", { what: "Amount", text: "twelve" }],
      [true, "booleanNotNumber", "value", { what: "Amount", bool: "TRUE" }],
      [false, "booleanNotNumber", "value", { what: "Amount", bool: "FALSE" }],
      [NaN, "notFinite", "num", { what: "Amount", found: "NaN" }],
      [Infinity, "notFinite", "num", { what: "Amount", found: "Infinity" }],
      [-Infinity, "notFinite", "num", { what: "Amount", found: "-Infinity" }],
    ];
    for (const [v, id, kind, params] of cases) {
      const e = failure(() => readNumber(v, "Amount"));
      expect({ id: e.id, kind: e.kind, params: e.params, passthrough: e.passthrough }).toEqual({
        id,
        kind,
        params,
        passthrough: undefined,
      });
      expect(notNumberProblem(v, "Amount")).toEqual({ id, params });
    }
  });

  test("an error value in the cell is passed through", () => {
    const na = { code: "#N/A" };
    const e = failure(() => readNumber(na, "Amount"));
    expect(e.id).toBe("unreadableCell");
    expect(e.passthrough).toBe(na);
  });

  test("non-negative: zero is allowed, below zero is #NUM! with the value", () => {
    expect(readNonNegative(0, "Cap")).toBe(0);
    const e = failure(() => readNonNegative(-1500, "Cap"));
    expect(e.id).toBe("negativeNotAllowed");
    expect(e.kind).toBe("num");
    expect(e.params).toEqual({ what: "Cap", value: "-1,500" });
  });

  test("a target: zero is #DIV/0!, negative #NUM!, positive itself", () => {
    expect(readTarget(0.5, "Target")).toBe(0.5);
    expect(failure(() => readTarget(0, "Target")).kind).toBe("div0");
    expect(failure(() => readTarget(-0, "Target")).kind).toBe("div0");
    expect(failure(() => readTarget(-1, "Target")).kind).toBe("num");
  });
});

describe("small readers", () => {
  test("blank is null, undefined or empty text; spaces, 0 and FALSE are values", () => {
    expect([null, undefined, ""].every(isBlank)).toBe(true);
    expect([" ", 0, false].some(isBlank)).toBe(false);
  });

  test("a finite number is a number that is neither NaN nor infinite", () => {
    expect(isFiniteNumber(1)).toBe(true);
    expect([NaN, Infinity, "1", null].some(isFiniteNumber)).toBe(false);
  });

  test("an error value is any object; null and plain values are not", () => {
    expect(isErrorValue({})).toBe(true);
    expect(isErrorValue(null)).toBe(false);
    expect(isErrorValue("#N/A")).toBe(false);
  });

  test("text quoted back is cut at 40 characters with an ellipsis", () => {
    expect(clip("x".repeat(40))).toBe("x".repeat(40));
    expect(clip("x".repeat(41))).toBe(`${"x".repeat(39)}…`);
    expect(clip("abcdef", 4)).toBe("abc…");
  });
});

describe("what each refusal names (the argument, and the value where there is one)", () => {
  test("a number written from a decimal point or with a multi-digit exponent is still a number stored as text", () => {
    expect(looksNumeric(".25")).toBe(true);
    expect(looksNumeric("1.5e10")).toBe(true);
  });

  test("an unreadable cell, a zero, negative or blank target: each names the argument", () => {
    expect(notNumberProblem({}, "amount")).toEqual({ id: "unreadableCell", params: { what: "amount" } });
    expect(failure(() => readTarget(0, "Target")).params).toEqual({ what: "Target" });
    expect(failure(() => readTarget(-5, "Target")).params).toEqual({ what: "Target", value: "-5" });
    // A blank target is #DIV/0!, as Excel's own A1/B1 with B1 blank.
    const blank = failure(() => readTargetCell(null, "Target"));
    expect(blank.id).toBe("blankTarget");
    expect(blank.params).toEqual({ what: "Target" });
    expect(failure(() => readTargetCell("", "Target")).id).toBe("blankTarget");
    expect(readTargetCell(100, "Target")).toBe(100);
  });
});
