/*
 * A sheet the user protected (Review › Protect Sheet) among those a write writes to: every write
 * path refuses before writing anything, names the sheet and says how to unprotect it, and leaves
 * the workbook exactly as it was (the model's whole state compared). On the Excel model, which
 * refuses writes into a protected sheet with AccessDenied (docs/excel-rules.md, rules 26-27).
 */
import { ProgramDefinition, programTemplate } from "../../src/engine";
import type { PartnerSeed } from "../../src/workbook/contract";
import {
  applyScenario,
  createProgram,
  generateDashboard,
  generateStatements,
  generateValuesOnlyStatements,
  readProgram,
  updateProgram,
  writeTargets,
} from "../../src/workbook/programs";
import { closePeriod, reopenPeriod, updateAdjustments } from "../../src/workbook/cycle";
import { failureReason } from "../../src/workbook/writeError";
import { logHandEdits } from "../../src/workbook/changeLog/logHandEdits";
import { setWorkbookLanguage } from "../../src/workbook/words";
import { runWrite } from "../../src/workbook/undoGroup";
import { errorMessage } from "../../src/taskpane/services/WorkbookService";
import { ModelExcel } from "../excel-model/fakeExcelFacade";
import { editActual } from "./cycle/editActual";
import { overSales, salesWorkbook } from "./salesWorkbook";

const KEY = "SolarWave_Installer";
const PLAN = "SolarWave Installer Plan";
const DATA = "SolarWave Installer Data";
const LOG = "SolarWave Installer Change log";
const Q1_CLOSE = new Date(Date.UTC(2026, 3, 2, 9, 30, 0));
const LATER = new Date(Date.UTC(2026, 4, 10, 8, 0, 0));

const SEEDS: PartnerSeed[] = [
  { id: "P1", name: "Sun & Co", actuals: [0.97, 4.6], targets: [0.8, null] },
  { id: "P2", name: "华东能源", actuals: [0.8, 4.2], targets: [0.85, null] },
];

function perPartner(): ProgramDefinition {
  const p = programTemplate("solarwave");
  return { ...p, kpis: p.kpis.map((k, i) => (i === 0 ? { ...k, targetMode: "perPartner", target: null } : k)) };
}

async function program(): Promise<ModelExcel> {
  const excel = new ModelExcel();
  await createProgram(excel.context, perPartner(), { partners: SEEDS });
  return excel;
}

/** Everything the model holds: sheets with their cells, formats and protection, tables, names. */
const state = (excel: ModelExcel) =>
  JSON.stringify([excel.model.snapshot({ sheets: "all", tables: "all" }), excel.names]);

const tableSheet = (excel: ModelExcel, suffix: string) => excel.table(`PI_${KEY}_${suffix}`).sheet.name;

/** Protects `sheet` as the user would, runs the write, and checks the refusal and the state. */
async function refusedOn(excel: ModelExcel, sheet: string, write: () => Promise<unknown>): Promise<Error> {
  excel.model.userProtect(sheet);
  const before = state(excel);
  const error = await write().then(
    () => {
      throw new Error("the write was not refused");
    },
    (e: Error) => e,
  );
  expect(error.message).toContain(`“${sheet}”`);
  expect(error.message).toMatch(/^Nothing was changed: .*protected.*Review › Unprotect Sheet/);
  expect(error).toMatchObject({ name: "WorkbookWriteError", restored: true });
  expect(state(excel)).toBe(before);
  return error;
}

/**
 * The user protects `sheet` just before the n-th sync from now (between a write's read and its
 * write); returns the model's state at that moment, once it has come.
 */
function protectBeforeSync(excel: ModelExcel, n: number, sheet: string): () => string {
  const sync = excel.context.sync.bind(excel.context);
  let count = 0;
  let at = "";
  jest.spyOn(excel.context, "sync").mockImplementation((v?: unknown) => {
    if (++count === n) {
      excel.model.userProtect(sheet);
      at = state(excel);
    }
    return sync(v);
  });
  return () => at;
}

afterEach(() => setWorkbookLanguage("en"));

describe("a protected sheet the write writes to: refused, named, nothing changed", () => {
  test("Save changes (Edit program) with the Plan sheet protected", async () => {
    const excel = await program();
    const p = await readProgram(excel.context, KEY);
    await refusedOn(excel, PLAN, () => updateProgram(excel.context, KEY, { ...p, name: "SolarWave 2027" }));
  });

  test("Save changes with the Data sheet protected, when the edit writes to the data table", async () => {
    const excel = await program();
    const p = await readProgram(excel.context, KEY);
    const edit = {
      ...p,
      kpis: p.kpis.map((k, i) => (i === 1 ? { ...k, targetMode: "perPartner" as const, target: null } : k)),
    };
    await refusedOn(excel, DATA, () => updateProgram(excel.context, KEY, edit));
  });

  test("Apply scenario with the Plan sheet protected", async () => {
    const excel = await program();
    const p = await readProgram(excel.context, KEY);
    const scenario = { ...p, tiers: p.tiers.map((t, i) => (i === 1 ? { ...t, rate: t.rate * 1.2 } : t)) };
    await refusedOn(excel, PLAN, () => applyScenario(excel.context, KEY, scenario, p));
  });

  test("Write targets with the Data sheet protected", async () => {
    const excel = await program();
    await refusedOn(excel, DATA, () => writeTargets(excel.context, KEY, 0, [{ partnerId: "P1", target: 0.9 }]));
  });

  test("Generate dashboard, a second time, with the dashboard protected", async () => {
    const excel = await program();
    const { sheet } = await generateDashboard(excel.context, KEY);
    await refusedOn(excel, sheet, () => generateDashboard(excel.context, KEY));
  });

  test("Generate statements, a second time, with the statements sheet protected", async () => {
    const excel = await program();
    const { sheet } = await generateStatements(excel.context, KEY);
    await refusedOn(excel, sheet, () => generateStatements(excel.context, KEY));
  });

  test("Values-only statements, a second time, with their sheet protected", async () => {
    const excel = await program();
    const { sheet } = await generateValuesOnlyStatements(excel.context, KEY, "all");
    await refusedOn(excel, sheet, () => generateValuesOnlyStatements(excel.context, KEY, "all"));
  });

  test("Re-open a closed period with the Periods sheet protected", async () => {
    const excel = await program();
    await closePeriod(excel.context, KEY, { now: Q1_CLOSE });
    const periods = tableSheet(excel, "Periods");
    await refusedOn(excel, periods, () => reopenPeriod(excel.context, KEY, "2026-Q1", "Late data", LATER));
  });

  test("Close period with the Change log protected", async () => {
    const excel = await program();
    await refusedOn(excel, LOG, () => closePeriod(excel.context, KEY, { now: Q1_CLOSE }));
  });

  test("Close period a second time with the Periods sheet protected", async () => {
    const excel = await program();
    await closePeriod(excel.context, KEY, { now: Q1_CLOSE });
    const periods = tableSheet(excel, "Periods");
    await refusedOn(excel, periods, () => closePeriod(excel.context, KEY, { now: LATER }));
  });

  test("Update adjustments with the adjustments' sheet protected", async () => {
    const excel = await program();
    await closePeriod(excel.context, KEY, { now: Q1_CLOSE });
    editActual(excel, `PI_${KEY}_Data`, "P2", 0.8, 0.95);
    await updateAdjustments(excel.context, KEY, LATER);
    editActual(excel, `PI_${KEY}_Data`, "P1", 0.97, 0.99);
    const adjustments = excel.tables.find((t) => /Adjust/i.test(t.name))!.sheet.name;
    await refusedOn(excel, adjustments, () => updateAdjustments(excel.context, KEY, LATER));
  });

  test("Log this change with the Change log protected", async () => {
    const excel = await program();
    // A tier's rate changed by hand on the Plan sheet: the edit Log this change records.
    const tiers = excel.table(`PI_${KEY}_Tiers`);
    const rate = tiers.values()[2][1] as number;
    excel.userEdit(PLAN, `${String.fromCharCode(66 + tiers.box.column)}${tiers.box.row + 3}`, [[rate * 2]]);
    await refusedOn(excel, LOG, () => logHandEdits(excel.context, KEY, "Renamed in the sheet"));
  });
});

test("in Chinese: the sheet named, 审阅 › 撤消工作表保护, nothing changed", async () => {
  const excel = await program();
  const p = await readProgram(excel.context, KEY);
  setWorkbookLanguage("zh");
  excel.model.userProtect(PLAN);
  const before = state(excel);
  const e = await updateProgram(excel.context, KEY, { ...p, name: "SolarWave 2027" }).catch((x: Error) => x);
  expect((e as Error).message).toBe(
    `未做任何更改：工作表“${PLAN}”受保护，而此更改需要写入该工作表。请在 Excel 中取消保护（审阅 › 撤消工作表保护）后重试；加载项从不自行取消工作表保护。`,
  );
  expect(state(excel)).toBe(before);
});

test("two protected sheets are both named", async () => {
  const excel = await program();
  const p = await readProgram(excel.context, KEY);
  excel.model.userProtect(DATA);
  const edit = {
    ...p,
    name: "SolarWave 2027",
    kpis: p.kpis.map((k, i) => (i === 1 ? { ...k, targetMode: "perPartner" as const, target: null } : k)),
  };
  const e = await refusedOn(excel, PLAN, () => updateProgram(excel.context, KEY, edit));
  expect(e.message).toMatch(/the sheets “.*” and|the sheets “.*”, “.*” are protected/);
  expect(e.message).toContain(`“${DATA}”`);
});

test("a protected sheet the write does not touch is no reason to refuse", async () => {
  const excel = await program();
  excel.model.userProtect(DATA);
  const { sheet } = await generateDashboard(excel.context, KEY);
  expect(excel.sheetNames()).toContain(sheet);
});

test("AccessDenied at the write itself (the Plan sheet protected after the read): protection named as the cause, the data sheet's writes put back, the workbook as it was", async () => {
  const excel = await program();
  const p = await readProgram(excel.context, KEY);
  // The user protects the Plan sheet between the edit's reads (2 syncs) and its write.
  const before = protectBeforeSync(excel, 3, PLAN);
  // A new tier rate (Plan) and a KPI switched to per-partner targets (a new Data column, written first).
  const edit = {
    ...p,
    tiers: p.tiers.map((t, i) => (i === 1 ? { ...t, rate: t.rate * 1.2 } : t)),
    kpis: p.kpis.map((k, i) => (i === 1 ? { ...k, targetMode: "perPartner" as const, target: null } : k)),
  };
  const e = (await updateProgram(excel.context, KEY, edit).catch((x) => x)) as Error & { restored: boolean };
  expect(e.message).toMatch(
    /^Excel could not finish saving the changes to “.*”: Excel refused the change \(“You cannot perform the requested operation/,
  );
  expect(e.message).toContain("a sheet it writes to is probably protected (Review › Unprotect Sheet)");
  expect(e.message).toContain("The program's tables were put back as they were.");
  expect(e.restored).toBe(true);
  expect(state(excel)).toBe(before());
});

test("AccessDenied in a generated sheet's rewrite (protected after the read): protection named, the rollback's outcome said", async () => {
  const excel = await program();
  const { sheet } = await generateDashboard(excel.context, KEY);
  // Protected after the dashboard's reads (2 syncs), before its first write.
  const before = protectBeforeSync(excel, 3, sheet);
  const e = (await generateDashboard(excel.context, KEY).catch((x) => x)) as Error & { restored: boolean };
  expect(e.message).toContain("a sheet it writes to is probably protected (Review › Unprotect Sheet)");
  expect(e.message).toContain(`“${sheet}” was left as it was: it is protected now, so Excel wrote nothing into it.`);
  expect(e.message).not.toContain("half written");
  expect(e.restored).toBe(true);
  expect(state(excel)).toBe(before());
});

test("Update partners (a program over the user's table) with the Data sheet protected", async () => {
  const excel = salesWorkbook();
  const p = overSales();
  const { summary } = await createProgram(excel.context, p);
  // A partner added to the user's table since: Update partners writes its results row.
  excel.userEdit("Sales data", "A4:C4", [["P3", 1500, 1000]]);
  await excel.userResizeTable("Sales", "A1:C4");
  await refusedOn(excel, summary.dataSheet, () => updateProgram(excel.context, summary.key, p));
});

test("the model refuses deleting a chart on a protected sheet (objects locked), as the claim 'left as it was' relies on", async () => {
  const excel = await program();
  const { sheet } = await generateDashboard(excel.context, KEY);
  excel.model.userProtect(sheet);
  const deleting = excel.model.Excel.run(async (context: Excel.RequestContext) => {
    const charts = context.workbook.worksheets.getItem(sheet).charts.load("items/name");
    await context.sync();
    charts.items[0].delete();
    await context.sync();
  });
  await expect(deleting).rejects.toMatchObject({ code: "AccessDenied" });
});

test("through the pane's write runner (one undo group, ExcelApi 1.20): the refusal as it is, one run, not retried; the pane shows its message", async () => {
  const excel = await program();
  const { sheet } = await generateDashboard(excel.context, KEY);
  excel.model.userProtect(sheet);
  const before = state(excel);
  const runsBefore = excel.model.log.filter((e) => e.kind === "run").length;
  const e = await runWrite((context) => generateDashboard(context, KEY)).catch((x: Error) => x);
  expect(errorMessage(e)).toBe(
    `Nothing was changed: the sheet “${sheet}” is protected, and this change writes to it. Unprotect it in Excel (Review › Unprotect Sheet) and try again; the add-in never removes a sheet's protection itself.`,
  );
  expect(excel.model.log.filter((x) => x.kind === "run").length - runsBefore).toBe(1);
  expect(state(excel)).toBe(before);
});

test("Excel's AccessDenied as a failure's reason names protection, in English and Chinese; other codes keep Excel's words", () => {
  const denied = Object.assign(new Error("You cannot perform the requested operation."), { code: "AccessDenied" });
  expect(failureReason(denied)).toBe(
    "Excel refused the change (“You cannot perform the requested operation”); a sheet it writes to is probably protected (Review › Unprotect Sheet)",
  );
  setWorkbookLanguage("zh");
  expect(failureReason(denied)).toBe(
    "Excel 拒绝了此更改（“You cannot perform the requested operation”）；要写入的工作表可能受保护（审阅 › 撤消工作表保护）",
  );
  const other = Object.assign(new Error("An internal error has occurred."), { code: "GeneralException" });
  expect(failureReason(other)).toBe("An internal error has occurred");
});

test("Write targets after AccessDenied (the Data sheet protected after the read): protection named, the column as it was, restored", async () => {
  const excel = await program();
  // Protected after writeTargets' reads (the program: 2 syncs; the data table: 1), before the column's write.
  const before = protectBeforeSync(excel, 4, DATA);
  const e = (await writeTargets(excel.context, KEY, 0, [{ partnerId: "P1", target: 0.9 }]).catch((x) => x)) as Error & {
    restored: boolean;
  };
  expect(e.message).toContain("a sheet it writes to is probably protected (Review › Unprotect Sheet)");
  expect(e.message).toContain("The program's tables were put back as they were.");
  expect(e.restored).toBe(true);
  expect(state(excel)).toBe(before());
});
