/* global Excel */
/*
 * The real workbook service: each call is one Excel.run batch handed to the workbook layer
 * (src/workbook/programs.ts), which does the reading and writing; writes go through the
 * layer's runAsOneUndoStep, so one Ctrl+Z takes a created program back where Excel supports
 * it. The layer is loaded on first use, so the first screen's bundle does not carry the writer.
 */
import type { ProgramsApi, SolarWaveSampleCsv } from "../../workbook/contract";
import { ExcelUnavailableError, type WorkbookService, type WriteOptions } from "./WorkbookService";
import { loadProgramsModule } from "./programsModule";
import { loadSolarWaveSample } from "./solarWaveSample";

/** What this service uses of src/workbook/programs.ts. */
export type ProgramsModule = Pick<ProgramsApi, "previewProgramWrite" | "createProgram" | "listPrograms"> & {
  runAsOneUndoStep<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
};

export interface ExcelWorkbookServiceDeps {
  load?: () => Promise<ProgramsModule>;
  loadSample?: () => Promise<SolarWaveSampleCsv>;
}

/** True where office.js has loaded Excel's API (inside Excel, or with a test's injected Excel). */
export function excelAvailable(): boolean {
  return typeof Excel !== "undefined" && typeof Excel?.run === "function";
}

export function createExcelWorkbookService(deps: ExcelWorkbookServiceDeps = {}): WorkbookService {
  const load = deps.load ?? loadProgramsModule;
  const loadSample = deps.loadSample ?? loadSolarWaveSample;

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
      return m.runAsOneUndoStep((context) => m.createProgram(context, program, full));
    },
  };
}
