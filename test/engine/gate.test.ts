/*
 * The gate rule (src/engine/gate.ts), once for evaluatePartner and INCENTIVE.GATE: worked
 * examples written from the rule (SPEC §3.2 GATE; docs/functions.md), blanks, and bad cells.
 */
import {
  IncentiveError,
  allGatesMet,
  evaluatePartner,
  gateCellMet,
  meetsGate,
  programTemplate,
  programTierTable,
  readGate,
} from "../../src/engine";

const NAMES = { actual: "Actuals", gate: "Gates" };

describe("meetsGate", () => {
  test.each([
    // actual, gate, direction, met
    [4.5, 4.2, "higher", true],
    [4.2, 4.2, "higher", true], // at the gate is met
    [4.1, 4.2, "higher", false],
    [0.04, 0.1, "lower", true],
    [0.1, 0.1, "lower", true],
    [0.2, 0.1, "lower", false],
    [-5, 0, "higher", false],
    [null, 4.2, "higher", false], // no result yet misses a gate
    [null, 0.1, "lower", false],
    [null, null, "higher", true], // no gate is always met
    [-1e9, null, "higher", true],
  ] as const)("actual %p, gate %p, %s → %p", (actual, gate, direction, met) => {
    expect(meetsGate(actual, gate, direction)).toBe(met);
  });
});

describe('readGate: a number, or a number as &"" writes it in General format', () => {
  test.each([
    [4.2, 4.2],
    ["4.2", 4.2],
    ["4,2", 4.2], // where the decimal separator is a comma
    [" 0.1 ", 0.1],
    ["-0.5", -0.5],
    ["12", 12],
    ["1E-3", 0.001],
    ["1.5E+20", 1.5e20],
    ["0.333333333333333", 0.333333333333333],
  ] as const)("%p → %p", (cell, n) => expect(readGate(cell, "Gates")).toBe(n));

  test.each(["high", "1,234.5", "4.2%", "4.", ".5", "1 000", "--1"])("text %p is not a number: #VALUE!", (cell) => {
    expect(() => readGate(cell, "Gates")).toThrow(
      expect.objectContaining({ kind: "value", params: expect.objectContaining({ what: "Gates" }) }),
    );
  });
});

describe("gateCellMet: one KPI from sheet cells", () => {
  const NA = { code: "#N/A" };
  test("a blank gate is no gate: the actual and direction are not read", () => {
    for (const blank of [null, undefined, ""]) {
      expect(gateCellMet(NA, blank, "sideways", NAMES)).toBe(true);
      expect(gateCellMet("text", blank, null, NAMES)).toBe(true);
    }
  });
  test("an actual that is not a number misses a gate", () => {
    for (const actual of [null, "", "n/a", "4.5", true]) expect(gateCellMet(actual, 4.2, "higher", NAMES)).toBe(false);
  });
  test("directions as the KPI table writes them, in English and Chinese", () => {
    expect(gateCellMet(0.05, 0.1, "lower", NAMES)).toBe(true);
    expect(gateCellMet(0.05, 0.1, "越低越好", NAMES)).toBe(true);
    expect(gateCellMet(0.05, 0.1, "越高越好", NAMES)).toBe(false);
    expect(gateCellMet(0.05, 0.1, " Lower ", NAMES)).toBe(true);
    expect(gateCellMet(0.05, 0.1, "", NAMES)).toBe(false); // blank is higher
  });
  test("bad cells: a gate that is not a number, an unknown direction, an error value passed through", () => {
    expect(() => gateCellMet(5, "high", "higher", NAMES)).toThrow(
      expect.objectContaining({ id: "textNotNumber", kind: "value" }),
    );
    expect(() => gateCellMet(5, 4, "sideways", NAMES)).toThrow(expect.objectContaining({ id: "unknownDirection" }));
    let thrown: unknown;
    try {
      gateCellMet(NA, 4, "higher", NAMES);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(IncentiveError);
    expect((thrown as IncentiveError).passthrough).toBe(NA);
    expect(() => gateCellMet(5, NA, "higher", NAMES)).toThrow(expect.objectContaining({ passthrough: NA }));
  });
});

describe("allGatesMet: AND over a partner's KPIs", () => {
  const higher = () => "higher";
  test("every gate met, one missed, no gates", () => {
    expect(allGatesMet([0.9, 4.5], ["", 4.2], higher, NAMES)).toBe(true);
    expect(allGatesMet([0.9, 3.7], ["", 4.2], higher, NAMES)).toBe(false);
    expect(allGatesMet([null, null], [null, null], higher, NAMES)).toBe(true);
  });
  test("an error in any KPI wins over a missed gate, as Excel's AND gives", () => {
    expect(() => allGatesMet([0, { code: "#DIV/0!" }], [1, 4.2], higher, NAMES)).toThrow(IncentiveError);
  });
  test("each KPI with its own direction", () => {
    const dirs = ["higher", "lower"];
    expect(allGatesMet([1300, 0.04], [null, 0.1], (i) => dirs[i], NAMES)).toBe(true);
    expect(allGatesMet([1500, 0.2], [null, 0.1], (i) => dirs[i], NAMES)).toBe(false);
  });
});

describe("evaluatePartner decides gates by the same rule", () => {
  const p = programTemplate("solarwave"); // CSAT gated at 4.2
  const table = programTierTable(p);
  test.each([
    [[1.0, 4.9], true],
    [[0.95, 3.7], false],
    [[0.9, 4.2], true],
    [[0.9, null], false],
    [[null, 4.5], true],
  ] as const)("actuals %p → gate met %p", (actuals, met) => {
    expect(evaluatePartner(p, table, { actuals: [...actuals] }).gateMet).toBe(met);
  });
});
