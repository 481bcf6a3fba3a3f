/* The real workbook service, with a stand-in Excel.run and workbook layer. */
import { createExcelWorkbookService, type ProgramsModule } from "../../src/taskpane/services/excelWorkbookService";
import {
  EXCEL_UNAVAILABLE_MESSAGE,
  ExcelUnavailableError,
  errorMessage,
} from "../../src/taskpane/services/WorkbookService";
import { forgetSolarWaveSample, loadSolarWaveSample } from "../../src/taskpane/services/solarWaveSample";
import { programTemplate } from "../../src/engine/program/templates";
import { FAKE_PREVIEW, SUMMARY } from "./support";
import { mockAll, type MockedAll } from "./mockAll";

const context = { tag: "request context" } as unknown as Excel.RequestContext;
const sample = { partnersCsv: "partner_id\n", installationsCsv: "site_id\n" };

/** runWrite is generic, which a jest.Mock's fixed parameter and result types cannot be. */
type FakeModule = MockedAll<Omit<ProgramsModule, "runWrite">> & {
  runWrite: jest.MockedFunction<ProgramsModule["runWrite"]>;
};

/** Calls these tests do not make fail loudly. */
const notCalled = async (): Promise<never> => {
  throw new Error("not called by these tests");
};

function fakeModule(): FakeModule {
  const runWrite = jest.fn(async (write) => ({
    value: await write(context),
    undo: "oneStep" as const,
  })) as jest.MockedFunction<ProgramsModule["runWrite"]>;
  return {
    runWrite,
    ...mockAll<Omit<ProgramsModule, "runWrite">>({
      listPrograms: async () => [SUMMARY],
      previewProgramWrite: async () => FAKE_PREVIEW,
      createProgram: async () => ({ summary: SUMMARY, preview: FAKE_PREVIEW }),
      readProgram: async () => programTemplate("solarwave"),
      generateDashboard: async () => GENERATED,
      generateStatements: async () => GENERATED,
      generateValuesOnlyStatements: async () => GENERATED,
      readPartnerInputs: async () => [PARTNER_1, PARTNER_2],
      deleteProgram: async () => ["SolarWave Plan"],
      readSelectedCell: async () => CELL,
      listProgramSheets: async () => [{ name: "SolarWave Plan", role: "plan" as const }],
      findIncentiveErrors: async () => ({ issues: [], errorCells: 0, truncated: false }),
      readIssueReasons: async (_c, _k, issues) => issues.map(() => null),
      dataTableKeyIn: () => null,
      selectCell: async () => undefined,
      watchSelection: async () => null,
      updateProgram: notCalled,
      listSourceTables: notCalled,
      readRangeSource: notCalled,
      readSelectedRangeSource: notCalled,
    }),
  };
}

const GENERATED = { sheet: "SolarWave Dashboard", inPlace: false, partners: 60, syncs: 4 };
const PARTNER_1 = { id: "P1", name: "One", row: 1, actuals: [0.9, 4.5], targets: [null, null] };
const PARTNER_2 = { id: "P2", name: "Two", row: 2, actuals: [0.8, 4.1], targets: [null, null] };
const CELL = {
  sheet: "SolarWave Data",
  address: "J6",
  formula: "=INCENTIVE.BONUS(1,2,T)",
  value: 1,
  valueType: "Double",
  dataRow: {
    key: "SolarWave",
    table: "PI_SolarWave_Data",
    row: 2,
    column: "Payout (CNY)",
    cells: [],
    tiers: null,
    kpis: null,
    settings: null,
  },
};

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
  forgetSolarWaveSample();
});

function withExcel() {
  const run = jest.fn((batch: (c: Excel.RequestContext) => Promise<unknown>) => batch(context));
  (globalThis as { Excel?: unknown }).Excel = { run };
  return run;
}

test("without Excel every call says Excel is not available, and the layer is not even loaded", async () => {
  const load = jest.fn(async () => fakeModule());
  const service = createExcelWorkbookService({ load });
  await expect(service.list()).rejects.toThrow(ExcelUnavailableError);
  await expect(service.preview(programTemplate("solarwave"))).rejects.toThrow(EXCEL_UNAVAILABLE_MESSAGE);
  await expect(service.create(programTemplate("solarwave"))).rejects.toThrow(/Excel is not available/);
  expect(load).not.toHaveBeenCalled();
});

test("list and preview are one Excel.run each, handing the context to the workbook layer", async () => {
  const run = withExcel();
  const m = fakeModule();
  const service = createExcelWorkbookService({ load: async () => m });
  expect(await service.list()).toEqual([SUMMARY]);
  expect(m.listPrograms).toHaveBeenCalledWith(context);
  const program = programTemplate("resellerRebate");
  expect(await service.preview(program)).toBe(FAKE_PREVIEW);
  expect(m.previewProgramWrite).toHaveBeenCalledWith(context, program, {});
  expect(run).toHaveBeenCalledTimes(2);
});

test("create runs through the write runner and says what Ctrl+Z does", async () => {
  const run = withExcel();
  const m = fakeModule();
  const service = createExcelWorkbookService({ load: async () => m });
  const program = programTemplate("salesCommission");
  expect(await service.create(program)).toEqual({ summary: SUMMARY, preview: FAKE_PREVIEW, undo: "oneStep" });
  expect(m.runWrite).toHaveBeenCalledTimes(1);
  expect(m.createProgram).toHaveBeenCalledWith(context, program, {});
  expect(run).not.toHaveBeenCalled();
});

test("the SolarWave sample's files travel with preview and create when asked for", async () => {
  withExcel();
  const m = fakeModule();
  const loadSample = jest.fn(async () => sample);
  const service = createExcelWorkbookService({ load: async () => m, loadSample });
  const program = programTemplate("solarwave");
  await service.preview(program, { withSolarWaveSample: true });
  await service.create(program, { withSolarWaveSample: true });
  expect(m.previewProgramWrite).toHaveBeenCalledWith(context, program, { withSolarWaveSample: true, sample });
  expect(m.createProgram).toHaveBeenCalledWith(context, program, { withSolarWaveSample: true, sample });
  await service.create(program, {});
  expect(loadSample).toHaveBeenCalledTimes(2);
});

test("a failing write rejects with the layer's message", async () => {
  withExcel();
  const m = fakeModule();
  m.createProgram.mockRejectedValueOnce(new Error("Sheet names clash."));
  const service = createExcelWorkbookService({ load: async () => m });
  await expect(service.create(programTemplate("solarwave"))).rejects.toThrow("Sheet names clash.");
});

test("sample files are read once, and read again after a failure", async () => {
  const read = jest.fn(async () => sample);
  const a = await loadSolarWaveSample(read);
  expect(await loadSolarWaveSample(read)).toBe(a);
  expect(read).toHaveBeenCalledTimes(1);

  forgetSolarWaveSample();
  const failing = jest.fn(async () => {
    throw new Error("Loading chunk sample failed.");
  });
  await expect(loadSolarWaveSample(failing)).rejects.toThrow(
    "The SolarWave sample data could not be loaded: Loading chunk sample failed.",
  );
  expect(await loadSolarWaveSample(read)).toEqual(sample);
});

test("error messages: the error's own, or a plain fallback", () => {
  expect(errorMessage(new Error("Nope."))).toBe("Nope.");
  expect(errorMessage("Text")).toBe("Text");
  expect(errorMessage({})).toBe("Something went wrong while talking to Excel.");
});

test("generating runs through the write runner; deleting in a plain run of its own (it cannot be grouped)", async () => {
  const run = withExcel();
  const m = fakeModule();
  const service = createExcelWorkbookService({ load: async () => m });
  expect(await service.generateDashboard("SolarWave")).toEqual({ ...GENERATED, undo: "oneStep" });
  await service.generateStatements("SolarWave");
  await service.generateValuesOnlyStatements("SolarWave");
  expect(await service.deleteProgram("SolarWave")).toEqual(["SolarWave Plan"]);
  expect(m.generateDashboard).toHaveBeenCalledWith(context, "SolarWave");
  expect(m.generateStatements).toHaveBeenCalledWith(context, "SolarWave");
  expect(m.generateValuesOnlyStatements).toHaveBeenCalledWith(context, "SolarWave", "all");
  expect(m.deleteProgram).toHaveBeenCalledWith(context, "SolarWave");
  expect(m.runWrite).toHaveBeenCalledTimes(3);
  expect(run).toHaveBeenCalledTimes(1);
  expect(run.mock.calls[0]).toHaveLength(1); // no options: not an undo group
});

test("readSelection reads the cell, then its program and row's partner, in one Excel.run", async () => {
  const run = withExcel();
  const m = fakeModule();
  const service = createExcelWorkbookService({ load: async () => m });
  const info = await service.readSelection();
  expect(info.cell).toBe(CELL);
  expect(info.partner).toBe(PARTNER_2);
  expect(info.program?.name).toBe("SolarWave Installer Program 2026");
  expect(m.readProgram).toHaveBeenCalledWith(context, "SolarWave");
  expect(run).toHaveBeenCalledTimes(1);

  m.readSelectedCell.mockResolvedValueOnce({ ...CELL, dataRow: null });
  expect(await service.readSelection()).toEqual({ cell: { ...CELL, dataRow: null }, program: null, partner: null });
  expect(m.readPartnerInputs).toHaveBeenCalledTimes(1);
});

test("findIssues checks the program's own sheets, or its plan and data sheets where Excel cannot tell", async () => {
  withExcel();
  const m = fakeModule();
  const service = createExcelWorkbookService({ load: async () => m });
  await service.findIssues(SUMMARY);
  expect(m.findIncentiveErrors).toHaveBeenLastCalledWith(context, ["SolarWave Plan"]);
  m.listProgramSheets.mockResolvedValueOnce(null);
  await service.findIssues(SUMMARY);
  expect(m.findIncentiveErrors).toHaveBeenLastCalledWith(context, ["SolarWave Plan", "SolarWave Data"]);
  await service.selectCell("SolarWave Data", "J6");
  expect(m.selectCell).toHaveBeenCalledWith(context, "SolarWave Data", "J6");
});

test("readSelection on an error cell, and findIssues, add the reason the workbook finds", async () => {
  withExcel();
  const m = fakeModule();
  const reason = { kind: "engine" as const, id: "blankTarget" as const, params: { what: "Bookings target" } };
  m.readIssueReasons.mockImplementation(async (_c, _k, issues) => issues.map(() => reason));
  const service = createExcelWorkbookService({ load: async () => m });
  expect((await service.readSelection()).reason).toBeUndefined(); // not an error cell: nothing more read
  expect(m.readIssueReasons).not.toHaveBeenCalled();
  m.readSelectedCell.mockResolvedValueOnce({ ...CELL, value: "#DIV/0!", valueType: "Error" });
  const info = await service.readSelection();
  expect(info.reason).toEqual(reason);
  expect(m.readIssueReasons).toHaveBeenLastCalledWith(context, "SolarWave", [
    { sheet: CELL.sheet, address: CELL.address, error: "#DIV/0!", formula: CELL.formula },
  ]);
  // A statement's error cell (outside any data table): the reason from the data table its formula reads.
  const statement = { ...CELL, sheet: "SolarWave Statements", value: "#NUM!", valueType: "Error", dataRow: null };
  m.readSelectedCell.mockResolvedValueOnce(statement);
  m.dataTableKeyIn.mockReturnValueOnce("SolarWave");
  expect(await service.readSelection()).toEqual({ cell: statement, program: null, partner: null, reason });
  expect(m.dataTableKeyIn).toHaveBeenLastCalledWith(CELL.formula);
  expect(m.readIssueReasons).toHaveBeenLastCalledWith(context, "SolarWave", [
    { sheet: "SolarWave Statements", address: CELL.address, error: "#NUM!", formula: CELL.formula },
  ]);
  const issue = { sheet: "SolarWave Data", address: "E5", formula: "=INCENTIVE.ATTAINMENT(C5,D5)", error: "#DIV/0!" };
  m.findIncentiveErrors.mockResolvedValueOnce({ issues: [issue], errorCells: 1, truncated: false });
  expect((await service.findIssues(SUMMARY)).issues).toEqual([{ ...issue, reason }]);
});

test("watchSelection: null without the event; otherwise a stop function that removes the handler in its context", async () => {
  const run = withExcel();
  const m = fakeModule();
  const service = createExcelWorkbookService({ load: async () => m });
  expect(await service.watchSelection(() => undefined)).toBeNull();

  const handler = { context, remove: jest.fn() };
  m.watchSelection.mockResolvedValueOnce(handler as never);
  run.mockImplementation(((first: unknown, second?: (c: Excel.RequestContext) => Promise<unknown>) =>
    (second ?? (first as (c: Excel.RequestContext) => Promise<unknown>))(context)) as never);
  const onChange = jest.fn();
  const stop = await service.watchSelection(onChange);
  expect(m.watchSelection).toHaveBeenLastCalledWith(context, onChange);
  stop!();
  await Promise.resolve();
  expect(handler.remove).toHaveBeenCalledTimes(1);
});
