/*
 * Reading a stored snapshot back (mutation testing, docs/testing.md): the plan rebuilt from its
 * plan, KPI and tier rows, a row's fields as numbers and text, and each row's layout from its
 * `row` cell. Expectations follow docs/cycle.md ("The rows of a snapshot", "The canonical form").
 */
import { CanonicalField, CanonicalRow, planRows } from "../../../src/engine/cycle/canonical";
import {
  ADJUSTMENT_ROW_LAYOUT,
  PERIOD_ROW_LAYOUT,
  TOTAL_ROW_LAYOUT,
  cellNumber,
  partnerRowLayout,
  rowLayoutFor,
} from "../../../src/engine/cycle/snapshotLayout";
import { asNumber, asText, fieldOf, programFromRows } from "../../../src/engine/cycle/snapshotPlan";
import { KPI_ROW_LAYOUT, PLAN_ROW_LAYOUT, TIER_ROW_LAYOUT } from "../../../src/engine/cycle/canonical";
import { ProgramDefinition, programTemplate } from "../../../src/engine";
import { commissionProgram } from "./fixtures";

const fieldsOf = (rows: readonly CanonicalRow[]) => rows.map((r) => r.fields);
/** A program as the snapshot keeps it: where its data lives and the sheets' language are not in the rows. */
const asKept = (p: ProgramDefinition): ProgramDefinition => {
  const { sheetLanguage: _language, ...rest } = p;
  return { ...rest, source: { kind: "new" } };
};
/** The plan rows with one field of one row replaced. */
const withField = (p: ProgramDefinition, key: string, name: string, value: CanonicalField[1]) =>
  planRows(p).map((r) =>
    r.key === key ? r.fields.map(([n, v]): CanonicalField => [n, n === name ? value : v]) : r.fields,
  );

describe("a row's fields", () => {
  const row: CanonicalField[] = [
    ["row", "partner"],
    ["id", "P1"],
    ["gateMet", false],
    ["payout", { money: 3500, decimals: 2 }],
  ];

  test("fieldOf: the value by name, blank when the row has no such field", () => {
    expect(fieldOf(row, "id")).toBe("P1");
    expect(fieldOf(row, "gateMet")).toBe(false);
    expect(fieldOf(row, "payout")).toEqual({ money: 3500, decimals: 2 });
    expect(fieldOf(row, "score")).toBeNull();
    expect(fieldOf([], "row")).toBeNull();
  });

  test("asNumber: a number, an amount or a date serial; anything else is no number", () => {
    expect(asNumber(-2.5)).toBe(-2.5);
    expect(asNumber(0)).toBe(0);
    expect(asNumber({ money: 600.01, decimals: 2 })).toBe(600.01);
    expect(asNumber({ date: 46023 })).toBe(46023);
    for (const v of [null, "5", "", true, false]) expect(asNumber(v)).toBeNull();
  });

  test("asText: blank is empty text; amounts and dates in their canonical text", () => {
    expect(asText(null)).toBe("");
    expect(asText("华东能源")).toBe("华东能源");
    expect(asText("")).toBe("");
    expect(asText({ money: 3499.999, decimals: 2 })).toBe("3500");
    expect(asText({ date: 46023 })).toBe("2026-01-01");
    expect(asText(0.3)).toBe("0.3");
    expect(asText(true)).toBe("TRUE");
  });
});

describe("the plan as it stood, from a snapshot's rows", () => {
  test("every template comes back as it was, but for where its data lives", () => {
    for (const id of ["solarwave", "resellerRebate", "salesCommission"] as const) {
      const p = programTemplate(id);
      expect(programFromRows(fieldsOf(planRows(p)))).toEqual(asKept(p));
    }
    // Bounds relative to the target, a basis KPI, no cap, a list price: the commission fixture.
    const c = commissionProgram();
    c.boundsRelativeToTarget = true;
    c.listPrice = 200; // kept in the plan row whatever the pay kind
    expect(programFromRows(fieldsOf(planRows(c)))).toEqual(c);
  });

  test("without a plan row there is no plan", () => {
    const rows = fieldsOf(planRows(commissionProgram())).filter((f) => fieldOf(f, "row") !== "plan");
    expect(programFromRows(rows)).toBeNull();
    expect(programFromRows([])).toBeNull();
  });

  test("decimals must be a whole number from 0 to 10", () => {
    const p = commissionProgram();
    for (const ok of [0, 10]) expect(programFromRows(withField(p, "plan", "decimals", ok))?.decimals).toBe(ok);
    for (const bad of [null, -1, 11, 1.5, "2"])
      expect(programFromRows(withField(p, "plan", "decimals", bad as CanonicalField[1]))).toBeNull();
  });

  test("a period date that is not a real date comes back as the text it was", () => {
    const p = commissionProgram();
    p.periodStart = "2026-02-30";
    p.periodEnd = "";
    const back = programFromRows(fieldsOf(planRows(p)));
    expect([back?.periodStart, back?.periodEnd]).toEqual(["2026-02-30", ""]);
  });

  test("bounds relative to target only from TRUE; no basis KPI from a blank", () => {
    const p = commissionProgram();
    expect(programFromRows(withField(p, "plan", "boundsRelativeToTarget", "TRUE"))?.boundsRelativeToTarget).toBe(false);
    expect(programFromRows(withField(p, "plan", "boundsRelativeToTarget", true))?.boundsRelativeToTarget).toBe(true);
    expect(programFromRows(withField(p, "plan", "basisKpi", null))?.basisKpi).toBeNull();
    expect(programFromRows(withField(p, "plan", "basisKpi", 2))?.basisKpi).toBe(1);
  });

  test("a blank weight reads as 0; a blank bound or rate as NaN (a blank tier cell)", () => {
    const p = commissionProgram();
    expect(programFromRows(withField(p, "kpi 1", "weight", null))?.kpis[0].weight).toBe(0);
    const back = programFromRows(withField(p, "tier 2", "bound", null));
    expect(back?.tiers[1].bound).toBeNaN();
    expect(back?.tiers[1].rate).toBe(0.03);
    expect(programFromRows(withField(p, "tier 3", "rate", null))?.tiers[2].rate).toBeNaN();
  });

  test("KPI and tier rows are exactly `kpi N` and `tier N`, ten and more included", () => {
    const p = commissionProgram();
    p.kpis = Array.from({ length: 11 }, (_, i) => ({ ...p.kpis[0], name: `K${i + 1}`, weight: i === 0 ? 1 : 0 }));
    p.tiers = Array.from({ length: 12 }, (_, i) => ({ bound: i * 1000, rate: i / 100, label: `T${i + 1}` }));
    const rows = fieldsOf(planRows(p));
    expect(programFromRows(rows)).toEqual(p);
    const renamed = (f: readonly CanonicalField[], row: string): CanonicalField[] =>
      f.map(([n, v]): CanonicalField => [n, n === "row" ? row : v]);
    const extra = [
      renamed(rows[1], "kpi 1 (old)"),
      renamed(rows[1], "old kpi 1"),
      renamed(rows[1], "kpi x"),
      renamed(rows[20], "tier 2 (old)"),
      renamed(rows[20], "old tier 2"),
      renamed(rows[20], "tier x"),
    ];
    expect(programFromRows([...rows, ...extra])).toEqual(p);
  });
});

describe("row layouts", () => {
  const names = (layout: readonly (readonly [string, string])[] | null) => layout?.map(([n]) => n);

  test("each kind of row's fields, in the order docs/cycle.md lists them", () => {
    expect(PERIOD_ROW_LAYOUT).toEqual([
      ["row", "text"],
      ["label", "text"],
      ["start", "date"],
      ["end", "date"],
    ]);
    expect(names(ADJUSTMENT_ROW_LAYOUT)).toEqual(["row", "id", "forPeriod", "paidBefore", "recomputed", "adjustment"]);
    expect(ADJUSTMENT_ROW_LAYOUT.slice(3).every(([, kind]) => kind === "money")).toBe(true);
    expect(names(TOTAL_ROW_LAYOUT)).toEqual([
      "row",
      "partners",
      "payout",
      "adjustments",
      "carriedIn",
      "toPay",
      "carriedOut",
    ]);
    expect(TOTAL_ROW_LAYOUT.slice(2).every(([, kind]) => kind === "money")).toBe(true);
  });

  test("a partner row: identity, actual/target/attainment per KPI, the outcome and its settlement", () => {
    const layout = partnerRowLayout(2);
    expect(names(layout)).toEqual([
      "row",
      "id",
      "name",
      "kpi1.actual",
      "kpi1.target",
      "kpi1.attainment",
      "kpi2.actual",
      "kpi2.target",
      "kpi2.attainment",
      "score",
      "gateMet",
      "tier",
      "payout",
      "netPrice",
      "adjustments",
      "carriedIn",
      "toPay",
      "carriedOut",
    ]);
    expect(layout.slice(3, 10).every(([, kind]) => kind === "number")).toBe(true);
    expect(layout.slice(12).every(([, kind]) => kind === "money")).toBe(true);
    expect(layout[10][1]).toBe("boolean");
    expect(names(partnerRowLayout(0))).toHaveLength(12);
  });

  test("the layout a stored row was written with, from its row cell", () => {
    expect(rowLayoutFor("period", 1)).toBe(PERIOD_ROW_LAYOUT);
    expect(rowLayoutFor("plan", 1)).toBe(PLAN_ROW_LAYOUT);
    expect(rowLayoutFor("partner", 3)).toEqual(partnerRowLayout(3));
    expect(rowLayoutFor("adjustment", 1)).toBe(ADJUSTMENT_ROW_LAYOUT);
    expect(rowLayoutFor("total", 1)).toBe(TOTAL_ROW_LAYOUT);
    for (const kpi of ["kpi 1", "kpi 10"]) expect(rowLayoutFor(kpi, 1)).toBe(KPI_ROW_LAYOUT);
    for (const tier of ["tier 1", "tier 12"]) expect(rowLayoutFor(tier, 1)).toBe(TIER_ROW_LAYOUT);
    for (const unknown of ["kpi", "kpi 1 (old)", "old kpi 1", "tier x", "old tier 2", "tier 2 (old)", "Period", ""])
      expect(rowLayoutFor(unknown, 1)).toBeNull();
    for (const notText of [null, undefined, 1, true]) expect(rowLayoutFor(notText, 1)).toBeNull();
  });

  test("cellNumber: a finite number as it is; blank for none, NaN or an infinity", () => {
    expect(cellNumber(0)).toBe(0);
    expect(cellNumber(-2.5)).toBe(-2.5);
    for (const v of [null, undefined, NaN, Infinity, -Infinity]) expect(cellNumber(v)).toBeNull();
  });
});
