/* global Excel */
/*
 * The real workbook service: each call is one Excel.run batch handed to the workbook layer
 * (src/workbook/programs.ts), which does the reading and writing; writes go through the
 * layer's runWrite, so one Ctrl+Z takes a created program back where Excel supports it, and
 * each result says what Ctrl+Z will do (`undo`). The layer is loaded on first use, so the first screen's bundle does not carry the writer.
 */
import type { SolarWaveSampleCsv } from "../../workbook/contract";
import type { UndoOutcome, WriteResult } from "../../workbook/undoGroup";
import {
  ExcelUnavailableError,
  type SheetLanguage,
  type SheetLanguageOption,
  type WorkbookService,
  type WriteOptions,
} from "./WorkbookService";
import { loadProgramsModule, type ProgramsModule } from "./programsModule";
import { formatMessage } from "../../workbook/words";
import { loadSolarWaveSample } from "./solarWaveSample";
import { canOpenStatementFiles } from "../../workbook/statementFile/canOpen";

export type { ProgramsModule } from "./programsModule";

export interface ExcelWorkbookServiceDeps {
  load?: () => Promise<ProgramsModule>;
  loadSample?: () => Promise<SolarWaveSampleCsv>;
  loadStatementFiles?: () => Promise<StatementFileModule>;
}

type StatementFileModule = typeof import("./statementFileModule");

/** The statement file's writer (fflate and the .xlsx parts): a chunk fetched with the first file. */
function loadStatementFileModule(): Promise<StatementFileModule> {
  return import(/* webpackChunkName: "statement-file" */ "./statementFileModule");
}

/** True where office.js has loaded Excel's API (inside Excel, or with a test's injected Excel). */
export function excelAvailable(): boolean {
  return typeof Excel !== "undefined" && typeof Excel?.run === "function";
}

export function createExcelWorkbookService(deps: ExcelWorkbookServiceDeps = {}): WorkbookService {
  const load = deps.load ?? loadProgramsModule;
  const loadSample = deps.loadSample ?? loadSolarWaveSample;
  const loadFiles = deps.loadStatementFiles ?? loadStatementFileModule;

  async function prepare(): Promise<ProgramsModule> {
    if (!excelAvailable()) throw new ExcelUnavailableError();
    return load();
  }
  /** The sample's CSV files travel with the request when the sample is asked for. */
  async function withSample(options: WriteOptions): Promise<WriteOptions> {
    return options.withSolarWaveSample && !options.sample ? { ...options, sample: await loadSample() } : options;
  }

  return {
    async list() {
      const m = await prepare();
      return Excel.run((context) => m.listPrograms(context));
    },
    async preview(program, options = {}) {
      const m = await prepare();
      const full = await withSample(options);
      return Excel.run((context) => m.previewProgramWrite(context, program, full));
    },
    async create(program, options = {}) {
      const m = await prepare();
      const full = await withSample(options);
      return withUndo(await m.runWrite((context) => m.createProgram(context, program, full)));
    },
    // The sheet language is passed on only when asked for: the workbook layer defaults to the program's.
    async generateDashboard(key, options) {
      const m = await prepare();
      const extra = generateOptions(options);
      return withUndo(await m.runWrite((context) => m.generateDashboard(context, key, ...extra)));
    },
    async generateStatements(key, options) {
      const m = await prepare();
      const extra = generateOptions(options);
      return withUndo(await m.runWrite((context) => m.generateStatements(context, key, ...extra)));
    },
    async generateValuesOnlyStatements(key, which = "all", options) {
      const m = await prepare();
      const extra = generateOptions(options);
      return withUndo(await m.runWrite((context) => m.generateValuesOnlyStatements(context, key, which, ...extra)));
    },
    canOpenStatementFiles,
    async statementFiles(key, options) {
      if (!excelAvailable()) throw new ExcelUnavailableError();
      const files = await loadFiles();
      const source = await Excel.run((context) => files.readStatementFileSource(context, key));
      return {
        partners: source.partners,
        async openFile(which) {
          const file = files.statementFile(source, which, files.zip, options?.language);
          await files.openStatementFile(Excel, file);
          return { sheet: file.sheet };
        },
      };
    },
    async programSheets(key) {
      const m = await prepare();
      return Excel.run((context) => m.listProgramSheets(context, key));
    },
    async deleteProgram(key) {
      const m = await prepare();
      // Deleting sheets cannot be undone (nor grouped): its own run, after the pane said so.
      return Excel.run((context) => m.deleteProgram(context, key));
    },
    async readProgram(key) {
      const m = await prepare();
      return Excel.run((context) => m.readProgram(context, key));
    },
    async update(key, program) {
      const m = await prepare();
      return withUndo(await m.runWrite((context) => m.updateProgram(context, key, program)));
    },
    async readPartnerInputs(key) {
      const m = await prepare();
      return Excel.run((context) => m.readPartnerInputs(context, key));
    },
    async readSelection() {
      const m = await prepare();
      return Excel.run(async (context) => {
        const cell = await m.readSelectedCell(context);
        // An error cell: why, as the function says it (Excel shows it only on #VALUE!/#N/A).
        const why = async (key: string) =>
          cell.valueType === "Error"
            ? {
                reason: (
                  await m.readIssueReasons(context, key, [
                    { sheet: cell.sheet, address: cell.address, error: String(cell.value), formula: cell.formula },
                  ])
                )[0],
              }
            : {};
        if (!cell.dataRow) {
          // A statement's cell reads a data table's row: its reason is found there.
          const key = m.dataTableKeyIn(cell.formula);
          return { cell, program: null, partner: null, ...(key ? await why(key) : {}) };
        }
        const { key, row } = cell.dataRow;
        const program = await m.readProgram(context, key);
        const partners = await m.readPartnerInputs(context, key);
        const partner = partners.find((p) => p.row === row) ?? null;
        return { cell, program, partner, ...(await why(key)) };
      });
    },
    async watchSelection(onChange) {
      const m = await prepare();
      const handler = await Excel.run((context) => m.watchSelection(context, onChange));
      if (!handler) return null;
      return () => {
        // The handler lives in the context it was added in; it is removed there.
        Excel.run(handler.context, async (context) => {
          handler.remove();
          await context.sync();
        }).catch(() => undefined);
      };
    },
    async findIssues(program) {
      const m = await prepare();
      return Excel.run(async (context) => {
        const own = await m.listProgramSheets(context, program.key);
        // Without ownership marks (ExcelApi < 1.12) the plan and data sheets the list names.
        const sheets = own ? own.map((s) => s.name) : [program.planSheet, program.dataSheet].filter((s) => s !== "");
        const scan = await m.findIncentiveErrors(context, sheets);
        // Why each data-table cell fails, as the function says it (Excel shows it only on #VALUE!/#N/A).
        const reasons = await m.readIssueReasons(context, program.key, scan.issues);
        return { ...scan, issues: scan.issues.map((issue, i) => ({ ...issue, reason: reasons[i] })) };
      });
    },
    async selectCell(sheet, address) {
      const m = await prepare();
      return Excel.run((context) => m.selectCell(context, sheet, address));
    },
    async listTables() {
      const m = await prepare();
      return Excel.run((context) => m.listSourceTables(context));
    },
    async readSourceRange(address) {
      const m = await prepare();
      return Excel.run(async (context) => {
        if (address === null) return m.readSelectedRangeSource(context);
        const table = await m.readRangeSource(context, address);
        if (!table) throw new Error(formatMessage("sourceRangeUnreadable", { source: address }));
        return table;
      });
    },
  };
}

/** The workbook layer's options for a generation: none, or the sheet language asked for. */
function generateOptions(options?: SheetLanguageOption): [] | [{ language: SheetLanguage }] {
  return options?.language ? [{ language: options.language }] : [];
}

/** A write's result with what Ctrl+Z does now. */
function withUndo<T extends object>(result: WriteResult<T>): T & { undo: UndoOutcome } {
  return { ...result.value, undo: result.undo };
}
