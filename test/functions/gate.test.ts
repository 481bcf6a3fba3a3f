/*
 * INCENTIVE.GATE as Excel calls it (ranges as 2-D arrays, omitted arguments as null): one
 * partner, one result per partner row, directions per KPI in English and Chinese, blanks, and
 * bad cells as per-cell error values (SPEC §3.1).
 */
import { gate } from "../../src/functions/functions";
import { setFunctionsLocale } from "../../src/functions/language";

const NA = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);
/** An omitted optional argument, as Excel passes it (null; the JSDoc types it as optional). */
const OMITTED = null as unknown as undefined;
/** SolarWave: on-time (no gate), CSAT at least 4.2. */
const GATES = [["", 4.2]];

afterEach(() => setFunctionsLocale("en-US"));

function errorOf(v: unknown): { code: string; message?: string } {
  expect(v).toBeInstanceOf(CustomFunctions.Error);
  const e = v as CustomFunctions.Error;
  return { code: e.code, message: e.message };
}

describe("GATE", () => {
  test("one partner: TRUE when every gated KPI meets its gate, at the gate included", () => {
    expect(gate([[0.5, 4.9]], GATES)).toEqual([[true]]);
    expect(gate([[0.84, 4.2]], GATES)).toEqual([[true]]);
    expect(gate([[1.0, 3.7]], GATES)).toEqual([[false]]);
  });

  test("a block of partners gives one result per row, spilled as a column; gates as a row or a column", () => {
    const actuals = [
      [1.0, 4.9],
      [0.95, 3.7],
      [0.9, null],
      [null, 4.5],
      [null, null],
    ];
    const expected = [[true], [false], [false], [true], [false]];
    expect(gate(actuals, GATES)).toEqual(expected);
    expect(gate(actuals, [[""], [4.2]])).toEqual(expected);
  });

  test("a lower-is-better KPI passes at or below its gate; directions as written on English and Chinese sheets", () => {
    const actuals = [
      [1300, 0.04],
      [1000, 0.1],
      [1500, 0.2],
    ];
    const gates = [[null, 0.1]];
    expect(gate(actuals, gates, [["higher", "lower"]])).toEqual([[true], [true], [false]]);
    expect(gate(actuals, gates, [["越高越好", "越低越好"]])).toEqual([[true], [true], [false]]);
    // One direction for every KPI; left out or blank, higher is better.
    expect(gate(actuals, gates, [["lower"]])).toEqual([[true], [true], [false]]);
    expect(gate(actuals, gates, OMITTED)).toEqual([[false], [true], [true]]);
    expect(gate(actuals, gates, [["", ""]])).toEqual([[false], [true], [true]]);
  });

  test('gates looked up as text (XLOOKUP(…,KPIs[Gate]&""), as the data table does) read as their numbers', () => {
    const partners = [
      [0.5, 4.2],
      [0.5, 4.1],
    ];
    // "4,2" where Excel's decimal separator is a comma.
    for (const text of ["4.2", "4,2"]) expect(gate(partners, [["", text]])).toEqual([[true], [false]]);
  });

  test("a blank gate is no gate, also as empty text; no gates at all is always met", () => {
    expect(gate([["n/a", null]], [["", null]])).toEqual([[true]]);
    expect(gate([[NA, 1]], [["", 0]])).toEqual([[true]]);
  });

  test("bad cells give that row's error value; the other rows compute", () => {
    const out = gate(
      [
        [0.9, 4.5],
        [0.9, NA],
        [0.9, "4.5"],
      ],
      GATES,
    );
    expect(out[0]).toEqual([true]);
    expect(out[1][0]).toBe(NA);
    expect(out[2]).toEqual([false]); // text is not a result: the gate is missed
    // A gate that is not a number, an unknown direction: #VALUE! naming it.
    expect(errorOf(gate([[1, 4.5]], [["", "high"]])[0][0])).toEqual({
      code: "#VALUE!",
      message: 'Gates must be a number, but it is the text "high".',
    });
    expect(errorOf(gate([[1, 4.5]], GATES, [["higher", "up"]])[0][0]).code).toBe("#VALUE!");
  });

  test("shapes that do not fit are #VALUE! for the call, saying what fits", () => {
    expect(() => gate([[1, 2, 3]], GATES)).toThrow(
      expect.objectContaining({
        code: "#VALUE!",
        message:
          "Gates are 1 row × 2 columns but actuals are 1 row × 3 columns. Give one gate per actual, or a row of gates with one actual row per partner.",
      }),
    );
    expect(() => gate([[1, 2]], GATES, [["higher", "lower", "lower"]])).toThrow(
      expect.objectContaining({ code: "#VALUE!", message: expect.stringContaining("there are 2 gates") }),
    );
  });

  test("messages follow Excel's language", () => {
    setFunctionsLocale("zh-CN");
    expect(() => gate([[1, 2, 3]], GATES)).toThrow(
      expect.objectContaining({ message: expect.stringMatching(/^门槛是 1 行 × 2 列，但实际值是 1 行 × 3 列。/) }),
    );
  });
});
