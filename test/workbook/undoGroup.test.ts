/*
 * One Ctrl+Z for one write where Excel can give it, and never an API without undo support inside
 * an undo group (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities).
 *
 * Excel.run is played over the fake workbook: each run gets a context of its own; in a grouped
 * run (mergeUndoGroup) deleting a sheet fails that sync with UndoNotSupported, as Excel does, and
 * a test can make Excel refuse a grouped write at any of its syncs (OfficeDev/office-js #6491).
 */
import { programTemplate } from "../../src/engine";
import type { PartnerSeed } from "../../src/workbook/contract";
import {
  createProgram,
  deleteProgram,
  generateDashboard,
  generateStatements,
  generateValuesOnlyStatements,
  saveScenario,
  readProgram,
  updateProgram,
  writeTargets,
} from "../../src/workbook/programs";
import { runAsOneUndoStep, runWrite, writeRunOptions } from "../../src/workbook/undoGroup";
import { WorkbookWriteError } from "../../src/workbook/writeError";
import { FakeExcel } from "./fakeExcel";

const KEY = "SolarWave_Installer";
const NOW = new Date(Date.UTC(2026, 5, 30));

function partners(n: number): PartnerSeed[] {
  return Array.from({ length: n }, (_, i) => ({ id: `P${i + 1}`, name: `Partner ${i + 1}`, actuals: [0.9, 4.5] }));
}

interface Host {
  readonly excel: FakeExcel;
  /** Options of each Excel.run, in order ({} for a plain run). */
  readonly runs: Excel.RunOptions[];
  /** Sheets deleted inside a grouped run (Excel refuses these). */
  readonly deletesInGroup: string[];
  /** The grouped run's sync (1-based, counted per run) that Excel refuses with UndoNotSupported; 0 for none. */
  refuseGroupedSync: number;
}

/** Excel.run over `excel`, as a host at `excelApi`. */
function host(excel: FakeExcel, excelApi = "1.20"): Host {
  const h: Host = { excel, runs: [], deletesInGroup: [], refuseGroupedSync: 0 };
  const minor = Number(excelApi.split(".")[1]);
  (globalThis as Record<string, unknown>).Office = {
    context: {
      requirements: {
        isSetSupported: (set: string, v: string) => set === "ExcelApi" && Number(v.split(".")[1]) <= minor,
      },
    },
  };
  const deleteSheet = excel.deleteSheet.bind(excel);
  let grouped = false;
  excel.deleteSheet = (sheet) => {
    if (grouped) {
      h.deletesInGroup.push(sheet.name);
      excel.failNextSync("UndoNotSupported: The operation is not supported in an undo group.");
      return;
    }
    deleteSheet(sheet);
  };
  const run = async (...args: unknown[]) => {
    const batch = args[args.length - 1] as (context: Excel.RequestContext) => Promise<unknown>;
    const options = (args.length > 1 ? args[0] : {}) as Excel.RunOptions;
    h.runs.push(options);
    // A context of its own for each run, as Excel gives.
    const context = Object.create(excel.context) as Excel.RequestContext;
    let syncs = 0;
    context.sync = async () => {
      syncs++;
      if (grouped && syncs === h.refuseGroupedSync) {
        excel.failNextSync("UndoNotSupported: Excel could not group this request.");
      }
      return excel.context.sync();
    };
    grouped = options.mergeUndoGroup === true;
    try {
      return await batch(context);
    } finally {
      grouped = false;
    }
  };
  (globalThis as Record<string, unknown>).Excel = { run };
  return h;
}

const sheetNames = (excel: FakeExcel) => excel.liveSheets().map((s) => s.name);

describe("runWrite", () => {
  test("ExcelApi 1.20: one grouped run, one Ctrl+Z", async () => {
    const h = host(new FakeExcel());
    const result = await runWrite((context) =>
      createProgram(context, programTemplate("solarwave"), { partners: partners(3) }),
    );
    expect(result.undo).toBe("oneStep");
    expect(h.runs).toEqual([{ mergeUndoGroup: true }]);
    expect(writeRunOptions()).toEqual({ mergeUndoGroup: true });
    expect(result.value.summary.key).toBe(KEY);
  });

  test("before ExcelApi 1.20: a plain run, and Ctrl+Z cannot take it back", async () => {
    const h = host(new FakeExcel(), "1.12");
    const result = await runWrite((context) =>
      createProgram(context, programTemplate("solarwave"), { partners: partners(3) }),
    );
    expect(result.undo).toBe("notUndoable");
    expect(h.runs).toEqual([{}]);
    expect(writeRunOptions()).toEqual({});
  });

  test("a failed create inside a group deletes its sheets in a run of its own, never inside the group", async () => {
    const excel = new FakeExcel();
    const h = host(excel);
    const before = sheetNames(excel);
    excel.failAtSync = 2; // the first write sync of the create (after reading the names)
    const failure = await runWrite((context) =>
      createProgram(context, programTemplate("solarwave"), { partners: partners(3) }),
    ).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(WorkbookWriteError);
    expect((failure as Error).message).toMatch(/The workbook is as it was/);
    expect(h.deletesInGroup).toEqual([]);
    expect(h.runs).toEqual([{ mergeUndoGroup: true }, {}]);
    expect(sheetNames(excel)).toEqual(before);
  });

  /** Syncs a write makes in a grouped run that succeeds. */
  async function syncsOf(prepare: (h: Host) => Promise<void>, write: WriteUnderTest): Promise<number> {
    const h = host(new FakeExcel());
    await prepare(h);
    const counting = jest.spyOn(h.excel.context, "sync");
    await runWrite(write);
    return counting.mock.calls.length;
  }

  type WriteUnderTest = (context: Excel.RequestContext) => Promise<unknown>;
  const create: WriteUnderTest = (context) =>
    createProgram(context, programTemplate("solarwave"), { partners: partners(3) });
  const created = async (h: Host) => void (await runWrite(create));
  // As the pane does: the edited program comes from the wizard, not read inside the write.
  const edit: WriteUnderTest = (context) =>
    updateProgram(context, KEY, { ...programTemplate("solarwave"), decimals: 0 });
  const dashboard: WriteUnderTest = (context) => generateDashboard(context, KEY, { now: NOW });
  const switchTargets: WriteUnderTest = (context) =>
    writeTargets(context, KEY, 0, [{ partnerId: "P2", target: 0.95 }], { switchToPerPartner: true });
  const switched = async (h: Host) => {
    await created(h);
    await runWrite(switchTargets);
  };
  const dashboardTwice = async (h: Host) => {
    await created(h);
    await runWrite(dashboard);
  };

  test.each([
    ["a create", async () => undefined, create],
    ["an edit", created, edit],
    ["a first dashboard", created, dashboard],
    ["a dashboard rewritten in place", dashboardTwice, dashboard],
    ["live statements", created, (context) => generateStatements(context, KEY, { now: NOW })],
    ["values-only statements", created, (context) => generateValuesOnlyStatements(context, KEY, "all", { now: NOW })],
    ["targets with a switch to per-partner", created, switchTargets],
    ["per-partner targets", switched, switchTargets],
    [
      "a scenario sheet",
      created,
      (context) => saveScenario(context, KEY, { ...programTemplate("solarwave"), decimals: 0 }),
    ],
  ] as const)(
    "Excel refusing to group %s at any sync: taken back, then written step by step",
    async (_, prepare, write) => {
      const total = await syncsOf(prepare, write);
      expect(total).toBeGreaterThan(2);
      let expected: string[] | null = null;
      for (let k = 0; k <= total; k++) {
        const excel = new FakeExcel();
        const h = host(excel);
        await prepare(h);
        h.refuseGroupedSync = k;
        const result = await runWrite(write);
        expect({ k, undo: result.undo }).toEqual({ k, undo: k === 0 ? "oneStep" : "stepByStep" });
        expect(h.deletesInGroup).toEqual([]);
        // The same workbook whichever sync was refused: nothing left twice, nothing half-written.
        const names = sheetNames(excel);
        expected ??= names;
        expect({ k, names }).toEqual({ k, names: expected });
        expect((await readProgram(excel.context, KEY)).kpis).toHaveLength(2);
      }
      expect(expected).toContain("SolarWave Installer Data");
    },
  );

  test("a refusal the write could not take back is not repeated, and the message is in words", async () => {
    const h = host(new FakeExcel());
    const failure = await runWrite(async () => {
      throw Object.assign(new Error("UndoNotSupported"), { code: "UndoNotSupported" });
    }).catch((e: unknown) => e as Error);
    expect(failure).toBeInstanceOf(WorkbookWriteError);
    expect(failure.message).toMatch(/could not record this change as one undo step/);
    expect(failure.message).not.toMatch(/^UndoNotSupported/);
    expect(h.runs).toHaveLength(1);
  });

  test("other failures are passed on as they are, not retried", async () => {
    const h = host(new FakeExcel());
    await expect(
      runAsOneUndoStep(async () => {
        throw new Error("ItemNotFound");
      }),
    ).rejects.toThrow("ItemNotFound");
    expect(h.runs).toHaveLength(1);
  });
});

describe("deleteProgram", () => {
  test("refuses to run inside an undo group (Worksheet.delete cannot be grouped)", async () => {
    const excel = new FakeExcel();
    const h = host(excel);
    await runWrite((context) => createProgram(context, programTemplate("solarwave"), { partners: partners(3) }));
    await expect(runWrite((context) => deleteProgram(context, KEY))).rejects.toThrow(/outside an undo group/);
    expect(h.deletesInGroup).toEqual([]);
    // In a plain run of its own it deletes the program's sheets.
    await expect(
      (globalThis as unknown as { Excel: typeof Excel }).Excel.run((context) => deleteProgram(context, KEY)),
    ).resolves.toEqual(["SolarWave Installer Plan", "SolarWave Installer Data"]);
  });
});
