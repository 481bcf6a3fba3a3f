/* Why a data-table cell shows an error, found by the engine from the row's inputs (pure). */
import { programTemplate, type ProgramDefinition } from "../../../src/engine";
import { dataHeaders } from "../../../src/workbook/dataHeaders";
import { issueReason, reasonMessage, type IssueRow } from "../../../src/workbook/issues/issueReason";

/** A row of the program's data table: `cells` by header; an entry { error } is an error value. */
function rowOf(p: ProgramDefinition, cells: Record<string, unknown>): IssueRow {
  const h = dataHeaders(p);
  const headers = [
    h.partnerId,
    h.partner,
    ...h.actual,
    ...h.target.filter((t): t is string => t !== null),
    ...h.attainment,
    h.score,
    h.gateMet,
    h.tier,
    h.payout,
  ];
  const raw = headers.map((x) => cells[x] ?? "");
  return {
    headers,
    values: raw.map((v) => (typeof v === "object" && v !== null ? (v as { error: string }).error : v)),
    types: raw.map((v) =>
      typeof v === "object" && v !== null ? "Error" : typeof v === "number" ? "Double" : v === "" ? "Empty" : "String",
    ),
    addresses: headers.map((_, i) => `'Data'!${String.fromCharCode(65 + i)}5`),
  };
}

const say = (
  p: ProgramDefinition,
  cells: Record<string, unknown>,
  column: string,
  shown: string,
  lang: "en" | "zh" = "en",
) => {
  const reason = issueReason(p, rowOf(p, cells), column, shown);
  return reason && (reason.kind === "engine" ? reasonMessage(reason, lang) : reason);
};

const commission = programTemplate("salesCommission"); // Bookings, per-partner target, bounds relative
const bonus = programTemplate("solarwave"); // two KPIs with fixed targets, bonus curve from 80%
const rebate = programTemplate("resellerRebate");

describe("issueReason", () => {
  test("#DIV/0!: a per-partner target blank or zero, named by its column", () => {
    expect(say(commission, { Bookings: 120000 }, "Bookings attainment", "#DIV/0!")).toBe(
      "Bookings target is blank, and the result divides by it.",
    );
    expect(say(commission, { Bookings: 120000, "Bookings target": 0 }, "Payout (EUR)", "#DIV/0!")).toBe(
      "Bookings target is zero, and the result divides by it.",
    );
    expect(say(commission, { Bookings: 120000 }, "Bookings attainment", "#DIV/0!", "zh")).toBe(
      "Bookings target为空，而结果需要除以它。",
    );
  });

  test("#DIV/0!: a fixed target in the KPI table, named from the KPI in the pane's language", () => {
    const p = { ...bonus, kpis: [{ ...bonus.kpis[0], target: null }, bonus.kpis[1]] };
    const cells = { "On-time installs": 0.9, CSAT: 4.5 };
    expect(say(p, cells, "On-time installs attainment", "#DIV/0!")).toBe(
      "Target for On-time installs is blank, and the result divides by it.",
    );
    expect(say(p, cells, "Score", "#DIV/0!", "zh")).toBe("On-time installs的目标为空，而结果需要除以它。");
    const zero = { ...bonus, kpis: [bonus.kpis[0], { ...bonus.kpis[1], target: 0 }] };
    expect(say(zero, cells, "CSAT attainment", "#DIV/0!")).toBe(
      "Target for CSAT is zero, and the result divides by it.",
    );
  });

  test("#NUM!: a negative target or cap, a value that is not finite", () => {
    expect(say(commission, { Bookings: 1000, "Bookings target": -5 }, "Bookings attainment", "#NUM!")).toBe(
      "Bookings target cannot be negative (it is -5).",
    );
    expect(say({ ...rebate, cap: -1 }, { "Purchase volume": 300000 }, "Payout (USD)", "#NUM!")).toBe(
      "Cap cannot be negative (it is -1).",
    );
    expect(say(rebate, { "Purchase volume": Infinity }, "Payout (USD)", "#NUM!")).toBe(
      "Purchase volume must be a finite number, but it is Infinity.",
    );
  });

  test("#VALUE!: text where a number is needed, named by its column", () => {
    expect(say(commission, { Bookings: "lots", "Bookings target": 100 }, "Bookings attainment", "#VALUE!")).toBe(
      'Bookings must be a number, but it is the text "lots".',
    );
    expect(say(commission, { Bookings: "120", "Bookings target": 100 }, "Payout (EUR)", "#VALUE!", "zh")).toBe(
      "Bookings是文本“120”，不是数字。请用 VALUE() 把以文本存储的数字转换为数字。",
    );
  });

  test("#N/A: below the first tier (TIER)", () => {
    const p = { ...rebate, tiers: rebate.tiers.map((t, i) => ({ ...t, bound: i === 0 ? 1000 : t.bound })) };
    expect(say(p, { "Purchase volume": 500 }, "Tier", "#N/A")).toBe(
      "500 is below the first tier, which starts at 1,000.",
    );
    expect(say(p, { "Purchase volume": 500 }, "Tier", "#N/A", "zh")).toBe(
      "500 低于第一个档位，第一个档位从 1,000 开始。",
    );
  });

  test("an input cell holding an error: the cell and its column, through every column that reads it", () => {
    const cells = { Bookings: { error: "#N/A" }, "Bookings target": 100 };
    for (const column of ["Bookings attainment", "Tier", "Payout (EUR)"])
      expect(say(commission, cells, column, "#N/A")).toEqual({
        kind: "inputError",
        code: "#N/A",
        column: "Bookings",
        address: "'Data'!C5",
      });
    // #REF! in an input is #VALUE! in the result (a custom function cannot return it).
    expect(
      say(commission, { Bookings: 5, "Bookings target": { error: "#REF!" } }, "Payout (EUR)", "#VALUE!"),
    ).toMatchObject({ kind: "inputError", code: "#REF!", column: "Bookings target" });
  });

  describe("Gate met (GATE): the function's own reason", () => {
    const gateMet = dataHeaders(bonus).gateMet;
    const cells = { "On-time installs": 0.9, CSAT: 4.5 };
    /** The KPI table's Gate cells as read (On-time installs has none; CSAT's in D3). */
    const gates = (csat: unknown, error = false) => ({
      gates: [
        { value: "", error: false, header: "On-time installs Gate", address: "'Plan'!D2" },
        { value: csat, error, header: "CSAT Gate", address: "'Plan'!D3" },
      ],
    });
    const why = (row: Record<string, unknown>, plan: object, shown = "#VALUE!") =>
      issueReason(bonus, rowOf(bonus, row), gateMet, shown, plan);

    test("a gate that is not a number is named as GATE names it, in the pane's language", () => {
      const reason = why(cells, gates("high"));
      expect(reason && reasonMessage(reason, "en")).toBe('Gates must be a number, but it is the text "high".');
      expect(reason && reasonMessage(reason, "zh")).toBe("门槛必须是数字，但它是文本“high”。");
      // GATE reads the gate as text (XLOOKUP(…)&""): TRUE is the text "TRUE".
      const bool = why(cells, gates(true));
      expect(bool && reasonMessage(bool, "en")).toBe('Gates must be a number, but it is the text "TRUE".');
    });

    test("a direction GATE does not know is its error; a KPI without a gate reads none", () => {
      const directions = (csat: unknown) => ({
        directions: [
          { value: "sideways", error: false, header: "On-time installs Direction", address: "'Plan'!B2" },
          { value: csat, error: false, header: "CSAT Direction", address: "'Plan'!B3" },
        ],
      });
      const reason = why(cells, { ...gates(3.8), ...directions("up") });
      expect(reason && reasonMessage(reason, "en")).toBe(
        'Unknown direction "up". Use "higher" (higher is better) or "lower" (lower is better).',
      );
      expect(why(cells, { ...gates(3.8), ...directions("越高越好") })).toBeNull();
    });

    test("an error value in a gated actual, or in the Gate cell, is that cell's error", () => {
      expect(why({ ...cells, CSAT: { error: "#N/A" } }, gates(3.8), "#N/A")).toMatchObject({
        kind: "inputError",
        code: "#N/A",
        column: "CSAT",
      });
      expect(why(cells, gates("#DIV/0!", true), "#DIV/0!")).toEqual({
        kind: "inputError",
        code: "#DIV/0!",
        column: "CSAT Gate",
        address: "'Plan'!D3",
      });
    });

    test("no reason for a good row, nor for an error in an actual that has no gate", () => {
      expect(why(cells, gates(3.8))).toBeNull();
      expect(why(cells, {})).toBeNull();
      expect(why({ ...cells, "On-time installs": { error: "#N/A" } }, gates(3.8), "#N/A")).toBeNull();
    });
  });

  test("no reason when none gives the code shown, or the column is not one the engine reads", () => {
    // A blank target is #DIV/0!: a cell showing #NUM! has another cause.
    expect(say(commission, { Bookings: 120000 }, "Bookings attainment", "#NUM!")).toBeNull();
    // Nothing wrong with the row: no reason.
    expect(say(commission, { Bookings: 120000, "Bookings target": 100000 }, "Payout (EUR)", "#VALUE!")).toBeNull();
    expect(say(commission, { Bookings: 1 }, "Partner", "#VALUE!")).toBeNull();
    // An input error that is not the one shown.
    expect(say(commission, { Bookings: { error: "#N/A" }, "Bookings target": 1 }, "Tier", "#DIV/0!")).toBeNull();
  });
});
