/*
 * How the functions read Excel's arguments and hand back results (src/functions/grid.ts,
 * results.ts, excelErrors.ts), pinned down rule by rule: written against the mutants StrykerJS
 * left alive (docs/testing.md "Mutation testing"). Expected values come from SPEC §3.1 and from
 * what Excel passes and accepts (a range is rows of cells; #REF! and #NAME? are not returnable,
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors), never from
 * running the code.
 */
import { IncentiveError } from "../../src/engine";
import { FunctionError } from "../../src/functions/functionError";
import { ValueArg, broadcastShape, isOneCell, scalarArg, showShape, toGrid } from "../../src/functions/grid";
import { finish, runFunction } from "../../src/functions/results";
import { inputErrorCode, isExcelError, toExcelError } from "../../src/functions/excelErrors";
import { setFunctionsLanguage } from "../../src/functions/language";
import { clearTierCache } from "../../src/functions/tierCache";
import { FUNCTIONS } from "../support/functionTable";
import { T1 } from "../support/specExamples";

const { PAYOUT, ATTAINMENT, RATE } = FUNCTIONS;
const _ = null;

beforeEach(() => {
  clearTierCache();
  setFunctionsLanguage("en");
});

/** The engine's or the functions' error a read throws (fails the test when it throws nothing). */
function thrown(read: () => unknown): IncentiveError | FunctionError {
  try {
    read();
  } catch (e) {
    if (e instanceof IncentiveError || e instanceof FunctionError) return e;
    throw e;
  }
  throw new Error("nothing was thrown");
}

describe("a range argument (toGrid)", () => {
  test("a plain value is a range of one cell", () => {
    expect(toGrid(5, "Amount")).toEqual([[5]]);
    expect(toGrid(null, "Amount")).toEqual([[null]]);
  });

  test("a 1-D array (not something Excel sends) reads as one row", () => {
    expect(toGrid([1, 2, 3], "Amount")).toEqual([[1, 2, 3]]);
  });

  test("a range with no rows, or rows with no cells, is an empty range (#VALUE!) named in the message", () => {
    for (const empty of [[], [[]], [[], []]]) {
      const e = thrown(() => toGrid(empty, "Amount"));
      expect(e).toBeInstanceOf(FunctionError);
      expect(e.id).toBe("emptyRange");
      expect(e.kind).toBe("value");
      expect(e.message).toBe("Amount is an empty range.");
    }
  });

  test("rows of different lengths, or a row that is not a row of cells, are not a rectangle", () => {
    const ragged = [
      [[1, 2], [3]],
      [[1], [2, 3]],
      [[1, 2], "ab"],
      [[1, 2], 7],
    ];
    for (const input of ragged) {
      const e = thrown(() => toGrid(input, "Tiers"));
      expect(e.id).toBe("raggedRange");
      expect(e.message).toBe("Tiers is not a rectangular range.");
    }
  });

  test("a rectangular range comes back as it is", () => {
    const range = [
      [1, 2],
      [3, 4],
      [5, 6],
    ];
    expect(toGrid(range, "Amount")).toBe(range);
  });
});

describe("value arguments and their shape", () => {
  test("one cell is a scalar; a row or a column of two is not", () => {
    expect(new ValueArg("A", [[7]]).isScalar).toBe(true);
    expect(new ValueArg("A", [[7]]).scalar).toBe(7);
    expect(new ValueArg("A", [[7, 8]]).isScalar).toBe(false);
    expect(new ValueArg("A", [[7], [8]]).isScalar).toBe(false);
    expect(new ValueArg("A", [[7], [8]]).scalar).toBeUndefined();
    expect(new ValueArg("A", [[7, 8]]).shape).toEqual({ rows: 1, cols: 2 });
    expect(new ValueArg("A", [[7], [8]]).at(1, 0)).toBe(8);
  });

  test("a scalar pairs with every cell: at() gives it whatever the position", () => {
    const one = new ValueArg("A", [[7]]);
    expect(one.at(5, 3)).toBe(7);
  });

  test("the result's shape is the shared shape of the ranges; single cells broadcast", () => {
    const one = new ValueArg("A", [[1]]);
    const col = new ValueArg("B", [[1], [2], [3]]);
    expect(broadcastShape([])).toEqual({ rows: 1, cols: 1 });
    expect(broadcastShape([one])).toEqual({ rows: 1, cols: 1 });
    expect(broadcastShape([one, col, one])).toEqual({ rows: 3, cols: 1 });
    expect(broadcastShape([col, new ValueArg("C", [[4], [5], [6]])])).toEqual({ rows: 3, cols: 1 });
  });

  test("a mismatch names the first range and its shape, then the other", () => {
    const e = thrown(() =>
      broadcastShape([new ValueArg("A", [[1]]), new ValueArg("B", [[1, 2]]), new ValueArg("C", [[1], [2]])]),
    );
    expect(e).toBeInstanceOf(FunctionError);
    expect(e.id).toBe("shapeMismatch");
    expect(e.message).toBe(
      "B is 1 row × 2 columns but C is 2 rows × 1 column; ranges must have the same shape, or be a single cell.",
    );
  });

  test("shapes read in English, singular for one", () => {
    expect(showShape({ rows: 1, cols: 1 })).toBe("1 row × 1 column");
    expect(showShape({ rows: 2, cols: 3 })).toBe("2 rows × 3 columns");
  });

  test("a scalar argument: a plain value as it is, one cell as its value, a larger range is #VALUE!", () => {
    expect(scalarArg("retro", "Method")).toBe("retro");
    expect(scalarArg([["retro"]], "Method")).toBe("retro");
    for (const [range, rows, cols] of [
      [[["a", "b"]], 1, 2],
      [[["a"], ["b"]], 2, 1],
    ] as const) {
      const e = thrown(() => scalarArg(range, "Method"));
      expect(e).toBeInstanceOf(FunctionError);
      expect(e.id).toBe("notSingleCell");
      expect(e.message).toBe(`Method must be a single cell, not a range of ${rows}×${cols}.`);
    }
  });

  test("one cell is exactly [[value]]", () => {
    expect(isOneCell([[1]])).toBe(true);
    expect(isOneCell([[1, 2]])).toBe(false);
    expect(isOneCell([[1], [2]])).toBe(false);
    expect(isOneCell([1])).toBe(false);
    expect(isOneCell(1)).toBe(false);
    expect(isOneCell([])).toBe(false);
  });

  test("an optional argument left out of the call (undefined, not only null) is omitted", () => {
    // SPEC T1 marginal: P(120,000) = 50,000×2% + 50,000×3% + 20,000×5% = 3,500, with no target,
    // prior or cap; a target read from undefined would be a blank target (#DIV/0!).
    expect(PAYOUT([[120000]], T1)).toEqual([[3500]]);
    expect(PAYOUT([[120000], [60000]], T1)).toEqual([[3500], [1300]]);
    expect(RATE([[120000]], T1)).toEqual([[0.05]]);
  });

  test("a method passed as a range of two cells is #VALUE!, in every function that takes one", () => {
    for (const call of [
      () => PAYOUT([[1000]], T1, [["retro", "linear"]], _, _, _),
      () => RATE([[1000]], T1, [["retro"], ["linear"]], _),
    ]) {
      expect(() => call()).toThrow(expect.objectContaining({ code: "#VALUE!" }));
    }
  });
});

describe("finished numbers", () => {
  test("-0 is shown as 0, and every other finite number is returned as it is", () => {
    expect(Object.is(finish(-0), 0)).toBe(true);
    expect(finish(-1.5)).toBe(-1.5);
    expect(finish(2.5e300)).toBe(2.5e300);
  });

  test("NaN and ±Infinity never reach a cell: #NUM!", () => {
    for (const v of [NaN, Infinity, -Infinity]) {
      const e = thrown(() => finish(v));
      expect(e).toBeInstanceOf(FunctionError);
      expect(e.id).toBe("resultNotFinite");
      expect(e.kind).toBe("num");
    }
  });

  test("a deal of -0 earns 0, never -0, on every path of PAYOUT (one cell, a column, a block)", () => {
    // -0 × 2% is -0 in floating point; a cell shows 0.
    const cells = [
      PAYOUT([[-0]], T1, _, _, _, _),
      PAYOUT([[-0], [-0]], T1, _, _, [[60000]], _),
      PAYOUT([[-0, -0]], T1, _, _, _, _),
      PAYOUT([[-0, -0]], T1, "retro", _, [[60000]], _),
    ].flat(2);
    expect(cells).toHaveLength(7);
    for (const v of cells) expect(Object.is(v, 0)).toBe(true);
  });

  test("a whole call's failure is thrown as one Excel error, with the engine's kind", () => {
    let caught: unknown;
    try {
      runFunction(() => {
        throw new IncentiveError("zeroTarget", { what: "Target" });
      });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(CustomFunctions.Error);
    expect((caught as CustomFunctions.Error).code).toBe("#DIV/0!");
    expect(() => ATTAINMENT([[1]], [[0]], _)).not.toThrow();
    expect(ATTAINMENT([[1]], [[0]], _)[0][0]).toEqual(expect.objectContaining({ code: "#DIV/0!" }));
  });
});

describe("error values (excelErrors)", () => {
  test("an error value is anything with a text code; other objects and plain values are not", () => {
    expect(isExcelError(new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable))).toBe(true);
    expect(isExcelError({ code: "#N/A" })).toBe(true);
    expect(isExcelError({ code: 7 })).toBe(false);
    expect(isExcelError({})).toBe(false);
    expect(isExcelError(null)).toBe(false);
    expect(isExcelError(undefined)).toBe(false);
    expect(isExcelError("#N/A")).toBe(false);
  });

  test("an input cell's error code: from a CustomFunctions.Error or a data-type error cell value", () => {
    expect(inputErrorCode({ code: "#N/A" })).toBe("#N/A");
    expect(inputErrorCode({ type: "Error", basicValue: "#REF!" })).toBe("#REF!");
    expect(inputErrorCode({ type: "String", basicValue: "#REF!" })).toBeUndefined();
    expect(inputErrorCode({ type: "Error", basicValue: 7 })).toBeUndefined();
    expect(inputErrorCode({ code: 7 })).toBeUndefined();
    expect(inputErrorCode("#N/A")).toBeUndefined();
    expect(inputErrorCode(null)).toBeUndefined();
    expect(inputErrorCode(undefined)).toBeUndefined();
  });

  test("every error code a custom function may return passes through a cell as that code", () => {
    for (const code of ["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!"]) {
      const input = { type: "Error", basicValue: code };
      const [[out]] = ATTAINMENT([[input]], [[100]], _) as [[CustomFunctions.Error]];
      expect(out).toBeInstanceOf(CustomFunctions.Error);
      expect(out.code).toBe(code);
    }
  });

  test("#REF! and #NAME? cannot be returned: #VALUE! naming the argument and the code", () => {
    for (const code of ["#REF!", "#NAME?"]) {
      const [[out]] = ATTAINMENT([[{ type: "Error", basicValue: code }]], [[100]], _) as [[CustomFunctions.Error]];
      expect(out.code).toBe("#VALUE!");
      expect(out.message).toBe(
        `Actual holds the error ${code}, which Excel does not let a custom function return. Correct the cell it comes from.`,
      );
    }
  });

  test("a non-returnable error in a method, a direction or a tier row is named in the message", () => {
    const ref = { type: "Error", basicValue: "#REF!" };
    const message = (call: () => unknown) => {
      try {
        call();
      } catch (e) {
        return (e as CustomFunctions.Error).message;
      }
      return "no error";
    };
    expect(message(() => PAYOUT([[1]], T1, ref, _, _, _))).toMatch(/^Method holds the error #REF!/);
    expect(message(() => ATTAINMENT([[1]], [[1]], ref))).toMatch(/^Direction holds the error #REF!/);
    expect(
      message(() =>
        PAYOUT(
          [[1]],
          [
            [0, 0.1],
            [10, ref],
          ],
          _,
          _,
          _,
          _,
        ),
      ),
    ).toMatch(/^Tier table row 2 holds the error #REF!/);
  });

  test("an error with no argument to name says 'An input cell'", () => {
    const e = new IncentiveError("tierEmpty", {}, { type: "Error", basicValue: "#REF!" });
    expect(toExcelError(e).message).toMatch(/^An input cell holds the error #REF!/);
  });

  test("an error value thrown as such is returned unchanged; anything else is #VALUE! 'Unexpected problem'", () => {
    const na = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);
    expect(toExcelError(na)).toBe(na);
    const bug = toExcelError(new TypeError("x is undefined"));
    expect(bug.code).toBe("#VALUE!");
    expect(bug.message).toBe("Unexpected problem: x is undefined. Please report it with the formula's inputs.");
    expect(toExcelError("plain text").message).toBe(
      "Unexpected problem: plain text. Please report it with the formula's inputs.",
    );
  });
});
