/* The SolarWave sample: parsed from the shipped CSVs, written as tables, KPIs as formulas over the installations. */
import { readFileSync } from "fs";
import { join } from "path";
import { evaluatePartner, programTemplate, programTierTable } from "../../src/engine";
import { describeProgram } from "../../src/workbook/program/describe/describeProgram";
import { isoToSerial } from "../../src/engine/excelDates";
import { TablePlan, WorkbookPlan, isText } from "../../src/workbook/sheetPlan";
import {
  SolarWaveSampleCsv,
  installationsTable,
  parseSolarWaveSample,
  sampleActualFormula,
  sampleActuals,
  sampleMeasureOf,
} from "../../src/workbook/solarwaveSample";

const dir = join(__dirname, "../../assets/sample/solarwave");
const csv: SolarWaveSampleCsv = {
  partnersCsv: readFileSync(join(dir, "partners.csv"), "utf8"),
  installationsCsv: readFileSync(join(dir, "installations.csv"), "utf8"),
};
const sample = parseSolarWaveSample(csv);
const table = (plan: WorkbookPlan, suffix: string): TablePlan =>
  plan.sheets.flatMap((s) => s.tables).find((t) => t.name.endsWith(`_${suffix}`))!;

describe("parsing the shipped files", () => {
  test("60 partners and every installation, awkward names exactly as in the file", () => {
    expect(sample.partners).toHaveLength(60);
    expect(sample.installations).toHaveLength(4053);
    const names = new Map(sample.partners.map((p) => [p.id, p.name]));
    expect(names.get("P1001")).toBe("Sunrise Shanghai Solar Co., Ltd.");
    expect(names.get("P1008")).toBe("阳光屋顶 (Sunny Roof) 能源有限公司");
    expect(names.get("P1014")).toBe('=HYPERLINK("http://example.invalid","click")');
    expect(names.get("P1022")).toBe("+86 Solar & Sons");
    expect(names.get("P1035")).toBe("-Minus Energy");
    expect(names.get("P1043")).toBe('@Home Solar; "Quoted", Ltd.');
    expect(names.get("P1056")).toHaveLength(120);
  });

  test("dates become Excel serial dates, blanks stay blank", () => {
    const first = sample.installations[0];
    expect(first).toEqual({
      siteId: "S50001",
      partnerId: "P1001",
      contractDate: isoToSerial("2025-01-06"),
      dueDate: isoToSerial("2025-01-27"),
      completedDate: isoToSerial("2025-02-28"),
      systemKw: 12.1,
      contractValue: 50714.65,
      csat: 3.5,
    });
    expect(isoToSerial("2025-01-06")).toBe(45663);
    expect(sample.installations[3].csat).toBeNull();
    expect(sample.installations.filter((x) => x.completedDate === null)).toHaveLength(273);
  });

  test("a malformed file is an error that names the file and record", () => {
    expect(() =>
      parseSolarWaveSample({
        ...csv,
        installationsCsv:
          "site_id,partner_id,contract_date,due_date,completed_date,system_kw,contract_value_cny,csat\nS1,P1,2025-02-30,,,,,\n",
      }),
    ).toThrow('installations.csv record 1: contract_date "2025-02-30" is not a date (yyyy-mm-dd).');
    expect(() => parseSolarWaveSample({ ...csv, partnersCsv: "id,name\n" })).toThrow(
      "partners.csv: missing column partner_id, partner_name, city, region.",
    );
  });
});

describe("the Installations table", () => {
  const t = installationsTable(sample, "PI_X_Installations", { row: 3, column: 0 });
  test("headers, formats and rows", () => {
    expect(t.columns.map((c) => [c.header, c.numberFormat])).toEqual([
      ["Site ID", "@"],
      ["Partner ID", "@"],
      ["Contract date", "yyyy-mm-dd"],
      ["Due date", "yyyy-mm-dd"],
      ["Completed date", "yyyy-mm-dd"],
      ["System (kW)", "0.0"],
      ["Contract value (CNY)", "¥#,##0.00"],
      ["CSAT", "0.0"],
    ]);
    expect(t.rows).toHaveLength(4053);
    expect(t.rows[0]).toEqual([{ text: "S50001" }, { text: "P1001" }, 45663, 45684, 45716, 12.1, 50714.65, 3.5]);
  });

  test("with the program's settings: calculated columns for the period, read left to right", () => {
    const withPeriod = installationsTable(
      sample,
      "PI_K_Installations",
      { row: 3, column: 0 },
      undefined,
      "PI_K_Settings",
    );
    const [start, end] = ["PI_K_PeriodStart", "PI_K_PeriodEnd"];
    expect(withPeriod.columns.slice(0, 8)).toEqual(t.columns);
    expect(withPeriod.columns.slice(8).map((c) => [c.header, c.numberFormat, c.formula?.formula])).toEqual([
      ["Due in period", "General", `=AND([@[Due date]]>=${start},[@[Due date]]<=${end})`],
      [
        "On time",
        "General",
        `=IF([@[Due in period]],IFNA(INCENTIVE.ONTIME([@[Due date]],IF([@[Completed date]]="","",[@[Completed date]]),MIN(${end},DATE(2026,10,31))),""),"")`,
      ],
      [
        "CSAT in period",
        "0.0",
        `=IF(AND([@[Completed date]]>=${start},[@[Completed date]]<=${end},[@[CSAT]]<>""),[@[CSAT]],"")`,
      ],
    ]);
    // The calculated cells are left to the column's formula.
    expect(withPeriod.rows[0]).toEqual([...t.rows[0], null, null, null]);
  });
});

describe("KPI actuals as formulas over the installations", () => {
  const tables = { installations: "PI_K_Installations", partnerId: "Partner ID" };
  const I = "PI_K_Installations";

  test("which KPI is which sample measure", () => {
    expect(
      ["On-time installs", "on time rate", "Ontime", "CSAT", "Customer satisfaction", "Revenue"].map(sampleMeasureOf),
    ).toEqual(["onTime", "onTime", "onTime", "csat", "csat", null]);
  });

  test("on-time: the average of the partner's On time column (ONTIME per installation due in the period)", () => {
    expect(sampleActualFormula("onTime", tables)).toBe(`=AVERAGEIF(${I}[Partner ID],[@[Partner ID]],${I}[On time])`);
  });

  test("CSAT: the average of the partner's answered scores completed in the period", () => {
    expect(sampleActualFormula("csat", tables)).toBe(
      `=AVERAGEIF(${I}[Partner ID],[@[Partner ID]],${I}[CSAT in period])`,
    );
  });
});

describe("the SolarWave program with the sample", () => {
  const plan = describeProgram(programTemplate("solarwave"), { sample });
  const data = table(plan, "Data");

  test("three sheets: plan, data and installations", () => {
    expect(plan.sheets.map((s) => [s.name, s.role])).toEqual([
      ["SolarWave Installer Plan", "plan"],
      ["SolarWave Installer Data", "data"],
      ["SolarWave Installations", "installations"],
    ]);
    expect(table(plan, "Installations").name).toBe("PI_SolarWave_Installer_Installations");
  });

  test("the 60 partners are seeded as text; their KPI actuals are formulas, not values", () => {
    expect(data.rows).toHaveLength(60);
    expect(data.rows.every((r) => isText(r[0]) && isText(r[1]))).toBe(true);
    expect(data.rows.find((r) => (r[0] as { text: string }).text === "P1014")![1]).toEqual({
      text: '=HYPERLINK("http://example.invalid","click")',
    });
    expect(data.rows.every((r) => r.slice(2).every((c) => c === null))).toBe(true);
    const tables = {
      installations: "PI_SolarWave_Installer_Installations",
      partnerId: "Partner ID",
    };
    expect(data.columns[2].formula?.formula).toBe(sampleActualFormula("onTime", tables));
    expect(data.columns[3].formula?.formula).toBe(sampleActualFormula("csat", tables));
  });

  test("the data sheet explains where the actuals come from", () => {
    const note = plan.sheets[1].cells.find((c) => c.row === 2)!.value as { text: string };
    expect(note.text).toMatch(
      /formulas over the table PI_SolarWave_Installer_Installations on the sheet “SolarWave Installations”/,
    );
  });

  test("a clash with an installations table the user already has moves the whole program to a fresh key", () => {
    const other = describeProgram(programTemplate("solarwave"), {
      sample,
      existing: { sheets: [], tables: ["PI_SolarWave_Installer_Installations"] },
    });
    expect(other.key).toBe("SolarWave_Installer_2");
  });
});

describe("what the sample formulas compute (reference implementation), through the engine", () => {
  const p = programTemplate("solarwave");
  const actuals = sampleActuals(sample, p.periodStart, p.periodEnd);
  const tiers = programTierTable(p);

  test("every partner has an on-time share and a CSAT in the program period", () => {
    expect(actuals.size).toBe(60);
    for (const a of actuals.values()) {
      expect(a.onTime).toBeGreaterThanOrEqual(0);
      expect(a.onTime).toBeLessThanOrEqual(1);
      expect(a.csat).toBeGreaterThanOrEqual(1);
      expect(a.csat).toBeLessThanOrEqual(5);
    }
  });

  test("a partner by hand: P1003, installations due January–September 2026", () => {
    const start = isoToSerial("2026-01-01")!;
    const end = isoToSerial("2026-09-30")!;
    const due = sample.installations.filter((x) => x.partnerId === "P1003" && x.dueDate! >= start && x.dueDate! <= end);
    const counted = due.filter((x) => x.completedDate !== null || x.dueDate! < end);
    const onTime = counted.filter((x) => x.completedDate !== null && x.completedDate <= x.dueDate!);
    expect(actuals.get("P1003")!.onTime).toBeCloseTo(onTime.length / counted.length, 12);
  });

  test("the program pays: most partners in a tier, the CSAT gate holds some back, on-time up on 2025", () => {
    const outcomes = [...actuals.values()].map((a) => evaluatePartner(p, tiers, { actuals: [a.onTime, a.csat] }));
    const paid = outcomes.filter((o) => o.payout > 0).length;
    expect(paid).toBeGreaterThan(30);
    expect(outcomes.filter((o) => !o.gateMet).length).toBeGreaterThan(0);
    expect(outcomes.every((o) => o.payout <= 20000 * 1.5)).toBe(true);
    const before = sampleActuals(sample, "2025-01-01", "2025-09-30");
    const mean = (m: Map<string, { onTime: number | null }>) =>
      [...m.values()].reduce((s, a) => s + (a.onTime ?? 0), 0) / m.size;
    expect(mean(actuals) / mean(before)).toBeGreaterThan(1.15);
  });
});
