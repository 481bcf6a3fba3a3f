/*
 * npm run verify (scripts/verify/, docs/verify.md): a program workbook saved as .xlsx is read by
 * table name and cached values, and every computed cell is checked against the engine.
 *
 * The small programs here are written by the add-in's own createProgram on the Excel model and
 * saved as .xlsx the way `npm run sample:xlsx` saves the sample; their payouts are worked by hand
 * (commission, marginal: 2% up to 1,000, 5% above), so a changed payout, tier rate or target must
 * give exactly the differences listed here.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { ProgramDefinition } from "../../src/engine";
import type { PartnerSeed } from "../../src/workbook/contract";
import { createProgram } from "../../src/workbook/programs";
import { ModelExcel } from "../excel-model/fakeExcelFacade";
import { runVerify } from "../../scripts/verify/cli";
import { Snap, SnapTable, VALUES_DASHBOARD, engineResults, snapshotToWorkbook } from "../../scripts/verify/sampleXlsx";
import { xlsxBytes } from "./xlsxBytes";
import { VerifyReport, verifyTables } from "../../scripts/verify/verifyWorkbook";
import { readTables, sheetParts, zipEntries } from "../../scripts/verify/xlsxTables";
import { columnName } from "../../scripts/verify/verifyWorkbook";
import { editZip } from "./zipEdit";

const SAMPLE = path.join(__dirname, "../../assets/solarwave-sample.xlsx");

function commission(name: string, sheetLanguage: "en" | "zh" = "en"): ProgramDefinition {
  return {
    name,
    currency: "CNY",
    decimals: 2,
    periodStart: "2026-01-01",
    periodEnd: "2026-03-31",
    frequency: "quarterly",
    payKind: "commission",
    basisKpi: 0,
    boundsRelativeToTarget: false,
    method: "marginal",
    tiers: [
      { bound: 0, rate: 0.02, label: "Base" },
      { bound: 1000, rate: 0.05, label: "Accelerated" },
    ],
    cap: null,
    targetIncentive: null,
    listPrice: null,
    kpis: [
      {
        name: "Sales",
        unit: "CNY",
        direction: "higher",
        targetMode: "fixed",
        target: 1000,
        weight: 1,
        gate: null,
      },
    ],
    source: { kind: "new" },
    sheetLanguage,
  };
}

// A: 500 × 2% = 10.00; B: 1,000 × 2% + 500 × 5% = 45.00; C: 20 + 1,000 × 5% = 70.00.
const SEEDS: PartnerSeed[] = [
  { id: "A", name: "Alpha", actuals: [500] },
  { id: "B", name: "Beta", actuals: [1500] },
  { id: "C", name: "Gamma", actuals: [2000] },
];

async function modelWith(...programs: ProgramDefinition[]): Promise<ModelExcel> {
  const excel = new ModelExcel({ excelApi: "1.20" });
  for (const p of programs) await createProgram(excel.context, p, { partners: SEEDS });
  return excel;
}

function tableOf(snap: Snap, suffix: string): SnapTable {
  const t = snap.tables.find((x) => x.name.endsWith(suffix));
  if (!t) throw new Error(`no table *${suffix}`);
  return t;
}

/** "Sheet!A1" of a table's body cell (row 0 is the first partner), by header. */
function cellOf(t: SnapTable, row: number, header: string): string {
  const m = /!\$?([A-Z]+)\$?(\d+)/.exec(t.address)!;
  const c0 = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const c = c0 + t.headers.indexOf(header);
  if (t.headers.indexOf(header) < 0) throw new Error(`no column ${header} in ${t.name}`);
  return `${t.sheet}!${String.fromCharCode(65 + c)}${Number(m[2]) + 1 + row}`;
}

/** Changes a plain value on a sheet (a plan table's cell): the cached results stay the old ones. */
function setValue(snap: Snap, at: string, v: unknown): void {
  const [sheet, a] = [at.slice(0, at.lastIndexOf("!")), at.slice(at.lastIndexOf("!") + 1)];
  const s = snap.sheets.find((x) => x.name === sheet)!;
  expect(s.cells[a]?.f).toBeUndefined();
  s.cells[a] = { ...s.cells[a], v };
}

/** The model's workbook saved as .xlsx (engine results cached), after `change`, then verified. */
async function verified(
  excel: ModelExcel,
  change: (snap: Snap, results: Map<string, unknown>) => void = () => undefined,
): Promise<VerifyReport> {
  const snap = excel.model.snapshot() as unknown as Snap;
  const results = engineResults(snap);
  change(snap, results);
  const buffer = xlsxBytes(snapshotToWorkbook(snap, results));
  return verifyTables(readTables(buffer));
}

const short = (r: VerifyReport) => r.differences.map((d) => [d.cell, d.partner, d.column, d.expected, d.found]);

describe("npm run verify", () => {
  test("the shipped SolarWave sample (assets/): exit 0, every partner checked, no difference", async () => {
    const { code, stdout } = await runVerify([SAMPLE]);
    expect(stdout).toMatch(/1 program\(s\), 60 partners, 360 cells checked, 0 difference\(s\): OK/);
    expect(code).toBe(0);
    const json = JSON.parse((await runVerify([SAMPLE, "--json"])).stdout);
    expect(json).toMatchObject({ status: "ok", ok: true, differences: [] });
    expect(json.programs[0]).toMatchObject({ key: "SolarWave_Installer", partners: 60 });
  });

  test("the sample's values-only dashboard: its total is verify's total, and no cell holds a formula or an error", async () => {
    // Read synchronously with verify's own reader: the test awaits no timer or file event, so
    // jest's timeout cannot fire on a busy machine however long the read takes.
    const data = fs.readFileSync(SAMPLE);
    const entries = zipEntries(data);
    const part = sheetParts(entries).get(VALUES_DASHBOARD)!;
    expect(entries.get(part)!().toString("utf8")).not.toMatch(/<f[\s>]/);
    const cells = readTables(data).sheetValues!(VALUES_DASHBOARD)!;
    const errors = cells.flatMap((row, r) =>
      row
        .map((v, c) => ({ v, at: `${columnName(c)}${r + 1}` }))
        .filter(({ v }) => typeof v === "object" || /^#[A-Z/0!?]+/.test(String(v)))
        .map(({ v, at }) => `${at} ${JSON.stringify(v)}`),
    );
    expect(errors).toEqual([]);
    const json = JSON.parse((await runVerify([SAMPLE, "--json"])).stdout);
    expect(cells[5][0]).toBe(json.programs[0].totalPayout);
    // The leaderboard HyperFormula cannot compute, filled by rank: 10 rows, scores descending.
    const scores = Array.from({ length: 10 }, (_, i) => cells[8 + i][14] as number);
    expect(scores.every((v) => typeof v === "number")).toBe(true);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(cells[8][12]).toBe(1);
  });

  test("one cached payout changed in the shipped file itself: exit 1 naming that partner and cell", async () => {
    const original = fs.readFileSync(SAMPLE);
    const data = readTables(original).tables.find((t) => t.name.endsWith("_Data"))!;
    const payout = data.headers.indexOf("Payout (CNY)");
    const row = 4; // the fifth partner
    const cell = `${columnName(data.column + payout)}${data.row + 2 + row}`;
    const was = data.rows[row][payout] as number;
    const part = sheetParts(zipEntries(original)).get(data.sheet)!;
    const edited = editZip(original, part, (xml) => {
      const re = new RegExp(`(<c r="${cell}"[^>]*>(?:(?!</c>).)*<v>)([^<]*)(</v>)`);
      expect(re.test(xml)).toBe(true);
      return xml.replace(re, (_, a: string, _v: string, b: string) => `${a}${was + 100}${b}`);
    });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "verify-")), "changed.xlsx");
    fs.writeFileSync(file, edited);
    const { code, stdout } = await runVerify([file]);
    expect(code).toBe(1);
    const partner = `${String(data.rows[row][0])} ${String(data.rows[row][1])}`;
    expect(stdout.split("\n")[0]).toBe(
      `${data.sheet}!${cell}  ${partner}  Payout (CNY): expected ${was}, found ${was + 100}`,
    );
    expect(stdout).toMatch(/60 partners, 360 cells checked, 1 difference\(s\)\n$/);
  });

  test("a program written by the add-in agrees: the hand-worked payouts are what the file holds", async () => {
    const excel = await modelWith(commission("Verify Test"));
    const report = await verified(excel);
    expect(report.differences).toEqual([]);
    expect(report.programs).toMatchObject([{ key: "Verify_Test", partners: 3, totalPayout: 125 }]);
  });

  test("one cached payout changed: exactly that partner's payout cell, expected and found", async () => {
    const excel = await modelWith(commission("Verify Test"));
    let cell = "";
    const report = await verified(excel, (snap, results) => {
      cell = cellOf(tableOf(snap, "_Data"), 1, "Payout (CNY)");
      expect(results.get(cell)).toBe(45);
      results.set(cell, 46);
    });
    expect(short(report)).toEqual([[cell.split("!")[1], "B Beta", "Payout (CNY)", 45, 46]]);
    expect(report.differences[0].sheet).toBe(cell.split("!")[0]);
  });

  test("one tier rate changed (5% → 6%): the payouts of the two partners above 1,000, nothing else", async () => {
    const excel = await modelWith(commission("Verify Test"));
    let data!: SnapTable;
    const report = await verified(excel, (snap) => {
      data = tableOf(snap, "_Data");
      setValue(snap, cellOf(tableOf(snap, "_Tiers"), 1, "Rate"), 0.06);
    });
    const at = (row: number) => cellOf(data, row, "Payout (CNY)").split("!")[1];
    // B: 20 + 500 × 6% = 50; C: 20 + 1,000 × 6% = 80.
    expect(short(report)).toEqual([
      [at(1), "B Beta", "Payout (CNY)", 50, 45],
      [at(2), "C Gamma", "Payout (CNY)", 80, 70],
    ]);
  });

  test("one target changed (1,000 → 2,000): every partner's attainment and score, not the payouts", async () => {
    const excel = await modelWith(commission("Verify Test"));
    let data!: SnapTable;
    const report = await verified(excel, (snap) => {
      data = tableOf(snap, "_Data");
      setValue(snap, cellOf(tableOf(snap, "_KPIs"), 0, "Target"), 2000);
    });
    const at = (row: number, h: string) => cellOf(data, row, h).split("!")[1];
    expect(short(report)).toEqual([
      [at(0, "Sales attainment"), "A Alpha", "Sales attainment", 0.25, 0.5],
      [at(0, "Score"), "A Alpha", "Score", 0.25, 0.5],
      [at(1, "Sales attainment"), "B Beta", "Sales attainment", 0.75, 1.5],
      [at(1, "Score"), "B Beta", "Score", 0.75, 1.5],
      [at(2, "Sales attainment"), "C Gamma", "Sales attainment", 1, 2],
      [at(2, "Score"), "C Gamma", "Score", 1, 2],
    ]);
  });

  test("a capped program whose Cap row the user relabelled: the cap is read through its defined name", async () => {
    // Cap 50: C's 70.00 is capped to 50.00; A 10.00 and B 45.00 stay.
    const excel = await modelWith({ ...commission("Verify Test"), cap: 50 });
    const report = await verified(excel, (snap) => {
      const settings = tableOf(snap, "_Settings");
      const row = settings.values.findIndex((r) => r[0] === "Cap");
      setValue(snap, cellOf(settings, row, "Setting"), "Ceiling");
      // The name the add-in gives the Cap setting (added here when this model's add-in did not).
      const value = cellOf(settings, row, "Value");
      const [sheet, a] = value.split("!");
      if (!snap.names.some((n) => n.name === "PI_Verify_Test_Cap"))
        snap.names.push({
          name: "PI_Verify_Test_Cap",
          formula: `='${sheet}'!$${a.replace(/\d+/, "")}$${a.replace(/[A-Z]+/, "")}`,
        });
    });
    expect(report.differences).toEqual([]);
    expect(report.programs).toMatchObject([{ partners: 3, totalPayout: 105 }]);
  });

  test("several programs in one workbook, one of them in Chinese: each read and checked", async () => {
    const excel = await modelWith(commission("Verify Test"), commission("验证方案", "zh"));
    const report = await verified(excel);
    expect(report.differences).toEqual([]);
    expect(report.programs.map((p) => [p.language, p.partners, p.totalPayout])).toEqual([
      ["en", 3, 125],
      ["zh", 3, 125],
    ]);
  });

  test("a Chinese-language program: a changed payout is named by its Chinese header", async () => {
    const excel = await modelWith(commission("验证方案", "zh"));
    let header = "";
    const report = await verified(excel, (snap, results) => {
      const data = tableOf(snap, "_Data");
      header = data.headers.find((h) => h.includes("CNY"))!;
      expect(header).toMatch(/[\u4e00-\u9fff]/);
      results.set(cellOf(data, 2, header), 69.99);
    });
    expect(short(report)).toEqual([[expect.any(String), "C Gamma", header, 70, 69.99]]);
  });

  /** The user's sales on their own sheet, as a table of theirs (`table`) or a plain range, a program over it verified. */
  async function overUserData(rows: (string | number)[][], source: string, table?: string): Promise<VerifyReport> {
    const values = [["Partner ID", "Amount"], ...rows];
    const tables = table ? [{ name: table, address: `A1:B${values.length}` }] : [];
    const excel = new ModelExcel({ excelApi: "1.20", workbook: { sheets: [{ name: "Sales data", values, tables }] } });
    const p = commission(`Over ${table ?? "a range"}`);
    p.source = { kind: "existing", source, partnerColumn: "Partner ID", kpiColumns: ["Amount"] };
    await createProgram(excel.context, p);
    return verified(excel);
  }

  test("a program over the user's own table: its results table reads the user's rows, and agrees", async () => {
    const report = await overUserData(
      [
        ["P1", 1500],
        ["P2", 800],
      ],
      "Sales",
      "Sales",
    );
    expect(report.differences).toEqual([]);
    expect(report.programs).toMatchObject([{ partners: 2, totalPayout: 45 + 16 }]);
  });

  test("a program over a plain range of the user's (no table): its results table reads the range, and agrees", async () => {
    const report = await overUserData(
      [
        ["P1", 1500],
        ["P2", 800],
        ["P3", 2000],
      ],
      "'Sales data'!A1:B4",
    );
    expect(report.differences).toEqual([]);
    // Marginal: 2% up to 1,000, 5% above (the hand-worked rates of commission()).
    expect(report.programs).toMatchObject([{ partners: 3, totalPayout: 45 + 16 + 70 }]);
  });

  test("a missing table: exit 2 naming the table", async () => {
    const excel = await modelWith(commission("Verify Test"));
    const snap = excel.model.snapshot() as unknown as Snap;
    const results = engineResults(snap);
    snap.tables = snap.tables.filter((t) => !t.name.endsWith("_Tiers"));
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "verify-")), "no-tiers.xlsx");
    fs.writeFileSync(file, xlsxBytes(snapshotToWorkbook(snap, results)));
    const { code, stdout } = await runVerify([file]);
    expect(code).toBe(2);
    expect(stdout).toContain("table PI_Verify_Test_Tiers is missing");
    const json = JSON.parse((await runVerify([file, "--json"])).stdout);
    expect(json).toEqual({
      file,
      status: "not a program workbook",
      reason: expect.stringContaining("PI_Verify_Test_Tiers"),
    });
  });

  test("a missing column of the data table: the reason names the column and the table", async () => {
    const excel = await modelWith(commission("Verify Test"));
    const snap = excel.model.snapshot() as unknown as Snap;
    const data = tableOf(snap, "_Data");
    data.headers = data.headers.map((h) => (h === "Score" ? "Points" : h));
    await expect(readAndVerify(snap)).rejects.toThrow('column "Score" is missing from table PI_Verify_Test_Data');
  });

  test("a file that is not a workbook, a missing file, no file: exit 2 with the reason", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "verify-"));
    const text = path.join(dir, "notes.xlsx");
    fs.writeFileSync(text, "Partner,Payout\nA,10\n");
    expect(await runVerify([text])).toEqual({
      code: 2,
      stdout: `${text}: not a program workbook: ${text} is not an .xlsx workbook (not a zip archive)\n`,
    });
    expect((await runVerify([path.join(dir, "absent.xlsx")])).code).toBe(2);
    expect((await runVerify([])).code).toBe(2);
  });
});

async function readAndVerify(snap: Snap): Promise<VerifyReport> {
  return verifyTables(readTables(xlsxBytes(snapshotToWorkbook(snap, new Map()))));
}
