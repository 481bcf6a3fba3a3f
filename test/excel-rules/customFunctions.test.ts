/*
 * Calling a custom function as Excel does (test/excel-model/customFunctions.ts): dimensionality,
 * optional arguments as null, error inputs only where allowErrorForDataTypeAny and type any allow
 * them, and what an error result shows
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json,
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors,
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-parameter-options).
 */
import { excelError, invokeCustomFunction } from "../excel-model/customFunctions";
import type { FunctionsJson } from "../excel-model/customFunctions";

const functions = (allowErrorForDataTypeAny: boolean): FunctionsJson => ({
  allowErrorForDataTypeAny,
  functions: [
    {
      id: "SCALE",
      name: "SCALE",
      parameters: [
        { name: "amount", type: "any", dimensionality: "matrix" },
        { name: "factor", type: "number" },
        { name: "cap", type: "any", optional: true },
      ],
      result: { dimensionality: "matrix" },
    },
    {
      id: "ECHO",
      name: "ECHO",
      parameters: [{ name: "value", type: "any" }],
      result: { dimensionality: "scalar" },
    },
  ],
});

/** Records what the function received. */
function spy(result: (...args: unknown[]) => unknown = () => 1) {
  const calls: unknown[][] = [];
  const fn = (...args: unknown[]) => {
    calls.push(args);
    return result(...args);
  };
  return { fn, calls };
}

test("a matrix parameter receives a 2-D array even for one value; a left-out optional argument arrives as null", () => {
  const s = spy();
  invokeCustomFunction(functions(true), s.fn, "SCALE", [5, 2]);
  invokeCustomFunction(functions(true), s.fn, "scale", [[[1], [2]], 3, 100]);
  expect(s.calls).toEqual([
    [[[5]], 2, null],
    [[[1], [2]], 3, 100],
  ]);
});

test("a range given to a scalar parameter is lifted: one call per cell, the results spill", () => {
  const s = spy((v) => `got ${v}`);
  expect(invokeCustomFunction(functions(true), s.fn, "ECHO", [[[1, 2], [3, 4]]])).toEqual([
    ["got 1", "got 2"],
    ["got 3", "got 4"],
  ]);
  expect(invokeCustomFunction(functions(true), s.fn, "ECHO", [[[7]]])).toBe("got 7");
});

test("without allowErrorForDataTypeAny, an error input is the result and the function is not called", () => {
  const s = spy();
  expect(invokeCustomFunction(functions(false), s.fn, "SCALE", [[[1], [excelError("#N/A")]], 2])).toEqual({ code: "#N/A" });
  expect(invokeCustomFunction(functions(false), s.fn, "ECHO", [excelError("#DIV/0!")])).toEqual({ code: "#DIV/0!" });
  expect(s.calls).toEqual([]);
});

test("with allowErrorForDataTypeAny, errors reach parameters of type any only", () => {
  const s = spy();
  const na = excelError("#N/A");
  invokeCustomFunction(functions(true), s.fn, "SCALE", [[[1], [na]], 2]);
  expect(s.calls).toEqual([[[[1], [na]], 2, null]]);
  // factor is a number: its error is the result, the function is not called again.
  expect(invokeCustomFunction(functions(true), s.fn, "SCALE", [1, excelError("#VALUE!")])).toEqual({ code: "#VALUE!" });
  expect(s.calls).toHaveLength(1);
});

test("error results: messages show with #VALUE! and #N/A only; #REF! and #NAME? can't be returned; other exceptions are #VALUE!", () => {
  const returning = (v: unknown) => () => v;
  expect(invokeCustomFunction(functions(true), returning({ code: "#N/A", message: "no tier" }), "ECHO", [1])).toEqual({
    code: "#N/A",
    message: "no tier",
  });
  expect(invokeCustomFunction(functions(true), returning({ code: "#NUM!", message: "too big" }), "ECHO", [1])).toEqual({
    code: "#NUM!",
  });
  expect(() => invokeCustomFunction(functions(true), returning({ code: "#REF!" }), "ECHO", [1])).toThrow(/input error only/);
  const throwing = () => {
    throw new TypeError("boom");
  };
  expect(invokeCustomFunction(functions(true), throwing, "ECHO", [1])).toEqual({ code: "#VALUE!" });
  const throwingError = () => {
    throw { code: "#N/A", message: "thrown" };
  };
  expect(invokeCustomFunction(functions(true), throwingError, "ECHO", [1])).toEqual({ code: "#N/A", message: "thrown" });
});

test("too many arguments, or a required one left out, is a formula Excel refuses", () => {
  const s = spy();
  expect(() => invokeCustomFunction(functions(true), s.fn, "ECHO", [1, 2])).toThrow(/at most 1/);
  expect(() => invokeCustomFunction(functions(true), s.fn, "SCALE", [1])).toThrow(/factor is required/);
  expect(invokeCustomFunction(functions(true), s.fn, "NOPE", [1])).toEqual({ code: "#NAME?" });
});
