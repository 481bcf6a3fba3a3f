/* A program described as sheets and tables: names, layout, formats, every formula, safe text. */
import { ProgramDefinition, programTemplate } from "../../src/engine";
import { describeProgram } from "../../src/workbook/program/describe/describeProgram";
import { ProgramNotWritableError } from "../../src/workbook/program/notWritable";
import { previewOf } from "../../src/workbook/preview";
import { SheetPlan, TablePlan, WorkbookPlan, isText } from "../../src/workbook/sheetPlan";

const sheet = (plan: WorkbookPlan, role: string): SheetPlan => plan.sheets.find((s) => s.role === role)!;
const table = (plan: WorkbookPlan, suffix: string): TablePlan =>
  plan.sheets.flatMap((s) => s.tables).find((t) => t.name.endsWith(`_${suffix}`))!;
const column = (t: TablePlan, header: string) => {
  const c = t.columns.find((x) => x.header === header);
  if (!c) throw new Error(`no column ${header} in ${t.columns.map((x) => x.header).join(", ")}`);
  return c;
};
const formulaOf = (t: TablePlan, header: string) => column(t, header).formula?.formula;
const lookup = (table: string, key: string, field: string, keyColumn = "KPI") =>
  `XLOOKUP("${key}",${table}[${keyColumn}],${table}[${field}])`;
/** A setting by its defined name (PI_<key>_Decimals), from the Settings table's name and the row's English label. */
const setting = (table: string, name: string) =>
  table.replace(/_Settings$/, `_${name.replace(/(^| )(\w)/g, (_, __, ch: string) => ch.toUpperCase())}`);
/** Gate met over the actual columns first..last: gates and directions looked up by KPI name, as text (a blank stays blank). */
const gateMet = (kpis: string, names: string[], first: string, last: string) => {
  const keys = names.length === 1 ? `"${names[0]}"` : `{${names.map((n) => `"${n}"`).join(",")}}`;
  const field = (f: string) => `XLOOKUP(${keys},${kpis}[KPI],${kpis}[${f}]&"")`;
  const span = first === last ? `[@[${first}]]` : `[@[${first}]:[${last}]]`;
  return `=INCENTIVE.GATE(${span},${field("Gate")},${field("Direction")})`;
};
const tier = (tiers: string, value: string, target = "") =>
  `=IF(${value}="","",IF(${value}<MIN(${tiers}[Lower bound])${target ? `*${target}` : ""},"Below first tier",INCENTIVE.TIER(${value},${tiers}${target ? `,${target}` : ""})))`;
/** The Cap as the Payout passes it: PI_<key>_CapOrNone, a defined name for IF(PI_<key>_Cap="","",PI_<key>_Cap). */
const cap = (settings: string) => setting(settings, "Cap or none");

function discountProgram(): ProgramDefinition {
  return {
    ...programTemplate("resellerRebate"),
    name: "Dealer Price Discount",
    payKind: "discount",
    basisKpi: null,
    method: "retro",
    listPrice: 200,
    tiers: [
      { bound: 0, rate: 0, label: "List" },
      { bound: 1, rate: 0.05, label: "Preferred" },
      { bound: 1.2, rate: 0.1, label: "Strategic" },
    ],
    kpis: [
      { name: "Units", unit: "units", direction: "higher", targetMode: "fixed", target: 1000, weight: 0.5, gate: null },
      { name: "Days late", unit: "days", direction: "lower", targetMode: "fixed", target: 5, weight: 0.5, gate: 10 },
    ],
  };
}

describe("the SolarWave template (bonus on a weighted score, CSAT gate)", () => {
  const plan = describeProgram(programTemplate("solarwave"));
  const K = "PI_SolarWave_Installer_KPIs";
  const S = "PI_SolarWave_Installer_Settings";
  const T = "PI_SolarWave_Installer_Tiers";
  const data = table(plan, "Data");

  test("a plan sheet and a data sheet, named after the program, the data sheet shown at the end", () => {
    expect(plan.key).toBe("SolarWave_Installer");
    expect(plan.sheets.map((s) => [s.name, s.role])).toEqual([
      ["SolarWave Installer Plan", "plan"],
      ["SolarWave Installer Data", "data"],
    ]);
    expect(plan.activeSheet).toBe("SolarWave Installer Data");
    expect(sheet(plan, "plan").tables.map((t) => [t.name, t.topLeft, t.caption])).toEqual([
      [S, { row: 5, column: 0 }, "Settings"],
      [K, { row: 5, column: 3 }, "KPIs"],
      [T, { row: 5, column: 11 }, "Pay curve (score → % of target incentive)"],
    ]);
    expect(data.topLeft).toEqual({ row: 3, column: 0 });
    expect(sheet(plan, "data").frozenRows).toBe(4);
  });

  test("settings: one row per setting, real dates, a percentage cap for a bonus", () => {
    const settings = table(plan, "Settings");
    expect(settings.columns.map((c) => c.header)).toEqual(["Setting", "Value"]);
    expect(settings.rows).toEqual([
      [{ text: "Program" }, { text: "SolarWave Installer Program 2026" }],
      [{ text: "Currency" }, { text: "CNY" }],
      [{ text: "Decimals" }, 2],
      [{ text: "Period start" }, 46023],
      [{ text: "Period end" }, 46295],
      [{ text: "Frequency" }, { text: "quarterly" }],
      [{ text: "Pays" }, { text: "bonus" }],
      [{ text: "Target incentive" }, 20000],
      [{ text: "Cap" }, 1.5],
      [{ text: "Sheet language" }, { text: "en" }],
    ]);
    expect(column(settings, "Value").numberFormat).toEqual([
      "@",
      "@",
      "0",
      "yyyy-mm-dd",
      "yyyy-mm-dd",
      "@",
      "@",
      "¥#,##0.00",
      "0.0%",
      "@",
    ]);
  });

  test("KPIs and pay curve, with formats from each KPI's unit", () => {
    const kpis = table(plan, "KPIs");
    expect(kpis.columns.map((c) => c.header)).toEqual([
      "KPI",
      "Unit",
      "Direction",
      "Target",
      "Target mode",
      "Weight",
      "Gate",
    ]);
    expect(kpis.rows).toEqual([
      [{ text: "On-time installs" }, { text: "%" }, { text: "higher" }, 0.8, { text: "fixed" }, 0.7, null],
      [{ text: "CSAT" }, { text: "score (1-5)" }, { text: "higher" }, 4.2, { text: "fixed" }, 0.3, 3.8],
    ]);
    expect(column(kpis, "Target").numberFormat).toEqual(["0.0%", "0.00"]);
    expect(column(kpis, "Weight").numberFormat).toBe("0.0%");
    const tiers = table(plan, "Tiers");
    expect(tiers.rows).toEqual([
      [0.8, 0.5, { text: "Bronze" }],
      [1, 1, { text: "Silver" }],
      [1.2, 1.5, { text: "Gold" }],
    ]);
    expect(tiers.columns.map((c) => c.numberFormat)).toEqual(["0.0%", "0.0%", "@"]);
  });

  test("data table columns and formats", () => {
    expect(data.columns.map((c) => [c.header, c.numberFormat])).toEqual([
      ["Partner ID", "@"],
      ["Partner", "@"],
      ["On-time installs", "0.0%"],
      ["CSAT", "0.00"],
      ["On-time installs attainment", "0.0%"],
      ["CSAT attainment", "0.0%"],
      ["Score", "0.0%"],
      ["Gate met", "General"],
      ["Tier", "General"],
      ["Payout (CNY)", "¥#,##0.00"],
    ]);
    // Without partners the table has one blank row (Excel tables need one).
    expect(data.rows).toEqual([Array(10).fill(null)]);
  });

  test("every formula, exactly", () => {
    expect(formulaOf(data, "On-time installs attainment")).toBe(
      `=INCENTIVE.ATTAINMENT([@[On-time installs]],${lookup(K, "On-time installs", "Target")},${lookup(K, "On-time installs", "Direction")})`,
    );
    expect(formulaOf(data, "CSAT attainment")).toBe(
      `=INCENTIVE.ATTAINMENT([@[CSAT]],${lookup(K, "CSAT", "Target")},${lookup(K, "CSAT", "Direction")})`,
    );
    expect(formulaOf(data, "Score")).toBe(
      `=IF(OR([@[On-time installs attainment]:[CSAT attainment]]=""),"",INCENTIVE.SCORE([@[On-time installs attainment]:[CSAT attainment]],XLOOKUP({"On-time installs","CSAT"},${K}[KPI],${K}[Weight])))`,
    );
    expect(formulaOf(data, "Gate met")).toBe(gateMet(K, ["On-time installs", "CSAT"], "On-time installs", "CSAT"));
    expect(formulaOf(data, "Tier")).toBe(tier(T, "[@[Score]]"));
    expect(formulaOf(data, "Payout (CNY)")).toBe(
      `=IF([@[Score]]="","",IF([@[Gate met]],ROUND(INCENTIVE.BONUS([@[Score]],${setting(S, "Target incentive")},${T},${cap(S)}),${setting(S, "Decimals")}),0))`,
    );
    expect(column(data, "On-time installs").formula).toBeUndefined();
  });

  test("the preview lists sheets, tables, filled rows and one formula per calculated column", () => {
    const preview = previewOf(plan);
    expect(preview.sheets.map((s) => s.name)).toEqual(["SolarWave Installer Plan", "SolarWave Installer Data"]);
    expect(preview.sheets[0].tables.map((t) => [t.name, t.rows])).toEqual([
      [S, 10],
      [K, 2],
      [T, 3],
    ]);
    expect(preview.sheets[0].formulas).toEqual([]);
    expect(preview.sheets[1].tables[0]).toMatchObject({ name: "PI_SolarWave_Installer_Data", rows: 0 });
    expect(preview.sheets[1].formulas.map((f) => f.column)).toEqual([
      "On-time installs attainment",
      "CSAT attainment",
      "Score",
      "Gate met",
      "Tier",
      "Payout (CNY)",
    ]);
    expect(preview.sheets[1].formulas[2].formula).toBe(formulaOf(data, "Score"));
  });
});

describe("the reseller rebate template (retro tiers on an amount)", () => {
  const plan = describeProgram(programTemplate("resellerRebate"));
  const S = "PI_Reseller_Rebate_2026_Settings";
  const T = "PI_Reseller_Rebate_2026_Tiers";
  const data = table(plan, "Data");

  test("settings name the method, basis KPI and bounds; money formats from the currency", () => {
    expect(table(plan, "Settings").rows.slice(7)).toEqual([
      [{ text: "Method" }, { text: "retro" }],
      [{ text: "Basis KPI" }, { text: "Purchase volume" }],
      [{ text: "Bounds relative to target" }, false],
      [{ text: "Cap" }, null],
      [{ text: "Sheet language" }, { text: "en" }],
    ]);
    expect(table(plan, "Tiers").columns.map((c) => c.numberFormat)).toEqual(['"USD "#,##0.00', "0.0%", "@"]);
    expect(column(data, "Purchase volume").numberFormat).toBe('"USD "#,##0.00');
  });

  test("tier and payout read the basis KPI's actual, without a target", () => {
    expect(formulaOf(data, "Tier")).toBe(tier(T, "[@[Purchase volume]]"));
    expect(formulaOf(data, "Payout (USD)")).toBe(
      `=IF([@[Purchase volume]]="","",IF([@[Gate met]],ROUND(INCENTIVE.PAYOUT([@[Purchase volume]],${T},${setting(S, "Method")},,,${cap(S)}),${setting(S, "Decimals")}),0))`,
    );
  });
});

describe("the sales commission template (marginal tiers against each partner's target)", () => {
  const p = programTemplate("salesCommission");
  const plan = describeProgram(p, {
    partners: [
      { id: "EU-001", name: "Alpenglow GmbH", actuals: [130000], targets: [100000] },
      { id: "EU-002", name: '=HYPERLINK("http://x")', actuals: [null], targets: [null] },
    ],
  });
  const K = "PI_Partner_Sales_Commission_KPIs";
  const S = "PI_Partner_Sales_Commission_Settings";
  const T = "PI_Partner_Sales_Commission_Tiers";
  const data = table(plan, "Data");

  test("a target column for the per-partner target, seeded from the partners", () => {
    expect(data.columns.slice(0, 5).map((c) => c.header)).toEqual([
      "Partner ID",
      "Partner",
      "Bookings",
      "Bookings target",
      "Bookings attainment",
    ]);
    expect(data.rows.map((r) => r.slice(0, 4))).toEqual([
      [{ text: "EU-001" }, { text: "Alpenglow GmbH" }, 130000, 100000],
      [{ text: "EU-002" }, { text: '=HYPERLINK("http://x")' }, null, null],
    ]);
    expect(table(plan, "KPIs").rows[0]).toEqual([
      { text: "Bookings" },
      { text: "EUR" },
      { text: "higher" },
      null,
      { text: "per partner" },
      1,
      null,
    ]);
    expect(table(plan, "Tiers").columns[0].numberFormat).toBe("0.0%");
  });

  test("attainment, tier and payout use the partner's target; bounds are fractions of it", () => {
    expect(formulaOf(data, "Bookings attainment")).toBe(
      `=INCENTIVE.ATTAINMENT([@[Bookings]],[@[Bookings target]],${lookup(K, "Bookings", "Direction")})`,
    );
    expect(formulaOf(data, "Score")).toBe(
      `=INCENTIVE.SCORE([@[Bookings attainment]],${lookup(K, "Bookings", "Weight")})`,
    );
    expect(formulaOf(data, "Tier")).toBe(tier(T, "[@[Bookings]]", "[@[Bookings target]]"));
    expect(formulaOf(data, "Payout (EUR)")).toBe(
      `=IF([@[Bookings]]="","",IF([@[Gate met]],ROUND(INCENTIVE.PAYOUT([@[Bookings]],${T},${setting(S, "Method")},[@[Bookings target]],,${cap(S)}),${setting(S, "Decimals")}),0))`,
    );
  });

  test("a fixed target with relative bounds is looked up from the KPI table", () => {
    const fixed = { ...p, kpis: [{ ...p.kpis[0], targetMode: "fixed" as const, target: 100000 }] };
    const t = table(describeProgram(fixed), "Data");
    expect(formulaOf(t, "Tier")).toBe(tier(T, "[@[Bookings]]", lookup(K, "Bookings", "Target")));
  });
});

describe("a discount program", () => {
  const plan = describeProgram(discountProgram());
  const K = "PI_Dealer_Price_Discount_KPIs";
  const S = "PI_Dealer_Price_Discount_Settings";
  const T = "PI_Dealer_Price_Discount_Tiers";
  const data = table(plan, "Data");

  test("writes Discount and Net price, reading the list price from the settings", () => {
    expect(table(plan, "Settings").rows.map((r) => (r[0] as { text: string }).text)).toEqual([
      "Program",
      "Currency",
      "Decimals",
      "Period start",
      "Period end",
      "Frequency",
      "Pays",
      "List price",
      "Sheet language",
    ]);
    expect(data.columns.slice(-2).map((c) => [c.header, c.numberFormat])).toEqual([
      ["Discount (USD)", '"USD "#,##0.00'],
      ["Net price (USD)", '"USD "#,##0.00'],
    ]);
    const list = setting(S, "List price");
    const decimals = setting(S, "Decimals");
    expect(formulaOf(data, "Discount (USD)")).toBe(
      `=IF([@[Score]]="","",IF([@[Gate met]],ROUND(${list}-INCENTIVE.PRICE(${list},[@[Score]],${T}),${decimals}),0))`,
    );
    expect(formulaOf(data, "Net price (USD)")).toBe(
      `=IF([@[Discount (USD)]]="","",ROUND(${list},${decimals})-[@[Discount (USD)]])`,
    );
    expect(formulaOf(data, "Tier")).toBe(tier(T, "[@[Score]]"));
  });

  test("a lower-is-better KPI's direction and gate come from the KPI table", () => {
    expect(formulaOf(data, "Gate met")).toBe(gateMet(K, ["Units", "Days late"], "Units", "Days late"));
    expect(formulaOf(data, "Days late attainment")).toContain(lookup(K, "Days late", "Direction"));
  });
});

describe("names from users stay names", () => {
  test("a KPI name with a double quote is escaped in the formula; one named like a fixed column gets (2)", () => {
    const p = programTemplate("solarwave");
    p.kpis[0].name = 'The "best" installs';
    p.kpis[1].name = "Score";
    const plan = describeProgram(p);
    const data = table(plan, "Data");
    expect(data.columns.map((c) => c.header).slice(2, 7)).toEqual([
      'The "best" installs',
      "Score",
      'The "best" installs attainment',
      "Score attainment",
      "Score (2)",
    ]);
    expect(formulaOf(data, 'The "best" installs attainment')).toContain(`XLOOKUP("The ""best"" installs",`);
    expect(formulaOf(data, "Tier")).toBe(tier("PI_SolarWave_Installer_Tiers", "[@[Score (2)]]"));
  });

  test("partner names are text cells, whatever they start with", () => {
    const names = [
      '=HYPERLINK("http://example.invalid","click")',
      "+86 Solar & Sons",
      "-Minus Energy",
      "@Home",
      "\t=1",
      "\r=1",
    ];
    const plan = describeProgram(programTemplate("resellerRebate"), {
      partners: names.map((name, i) => ({ id: `P${i}`, name })),
    });
    const cells = table(plan, "Data").rows.map((r) => r[1]);
    expect(cells.every(isText)).toBe(true);
    expect(cells.map((c) => (c as { text: string }).text)).toEqual(names);
  });

  test("a name over Excel's 32,767 characters per cell is refused before anything is written", () => {
    expect(() =>
      describeProgram(programTemplate("resellerRebate"), { partners: [{ id: "P1", name: "x".repeat(40000) }] }),
    ).toThrow(/Partner 1's name has 40,000 characters/);
  });
});

describe("clashes and refusals", () => {
  test("names already in the workbook get fresh ones; nothing existing is reused", () => {
    const plan = describeProgram(programTemplate("resellerRebate"), {
      existing: {
        sheets: ["Reseller Rebate 2026 Plan", "reseller rebate 2026 data"],
        tables: ["PI_Reseller_Rebate_2026_Tiers"],
      },
    });
    expect(plan.key).toBe("Reseller_Rebate_2026_2");
    expect(plan.sheets.map((s) => s.name)).toEqual(["Reseller Rebate 2026 Plan (2)", "Reseller Rebate 2026 Data (2)"]);
    expect(plan.sheets.flatMap((s) => s.tables.map((t) => t.name))).toEqual([
      "PI_Reseller_Rebate_2026_2_Settings",
      "PI_Reseller_Rebate_2026_2_KPIs",
      "PI_Reseller_Rebate_2026_2_Tiers",
      "PI_Reseller_Rebate_2026_2_Data",
    ]);
  });

  test("an invalid program is refused with the validator's message", () => {
    const p = programTemplate("solarwave");
    p.kpis[1].weight = 0.2;
    expect(() => describeProgram(p)).toThrow(ProgramNotWritableError);
    expect(() => describeProgram(p)).toThrow(
      "The program cannot be written yet: Weights add up to 90%; they must add up to 100%.",
    );
  });

  test("an existing partner table must be read first; a missing one is named", () => {
    const p = programTemplate("resellerRebate");
    p.source = { kind: "existing", source: "Sales", partnerColumn: "Partner", kpiColumns: ["Volume"] };
    expect(() => describeProgram(p)).toThrow(/Internal error: the existing table was not read/);
    expect(() => describeProgram(p, { sourceTable: null })).toThrow(
      "The program cannot be written yet: The workbook has no table named “Sales”: choose one of its tables.",
    );
  });

  test("the plan sheet tells the user which settings shape the formulas", () => {
    const plan = describeProgram(programTemplate("resellerRebate"));
    const note = sheet(plan, "plan").cells.find((c) => c.row === 2)!.value as { text: string };
    expect(note.text).toContain(
      "Pays, Basis KPI, Bounds relative to target, Currency and Sheet language shape the formulas themselves",
    );
    expect(note.text).toContain("“Reseller Rebate 2026 Data”");
  });
});
