/* global Excel */
/*
 * The Insights source over the open workbook: each read is one Excel.run batch (the program's plan
 * tables, its data table and, for the SolarWave sample, its Installations table); each write goes
 * through runWrite (one undo step where Excel can group it, and what Ctrl+Z does now). The workbook layer is loaded on
 * first use, in the same chunk the Programs screen uses.
 */
import type { ProgramDefinition } from "../../engine/program/types";
import { isoToSerial } from "../../engine/excelDates";
import { tableName } from "../../workbook/names";
import { ExcelUnavailableError } from "./WorkbookService";
import type { ActivityItem, InsightsSource, ProgramActivity } from "./InsightsSource";
import { loadWorkbookModule, type InsightsWorkbookModule } from "./programsModule";

export type { InsightsWorkbookModule } from "./programsModule";

/** What this source uses of the SolarWave sample's description (headers, cut-off, KPI names). */
export interface InsightsSampleModule {
  INSTALLATION_HEADER_SETS: typeof import("../../workbook/solarwaveSample").INSTALLATION_HEADER_SETS;
  SAMPLE_DATA_CUTOFF: string;
  sampleMeasureOf: typeof import("../../workbook/solarwaveSample").sampleMeasureOf;
}

export interface ExcelInsightsSourceDeps {
  load?: () => Promise<InsightsWorkbookModule>;
  loadSample?: () => Promise<InsightsSampleModule>;
}

const loadWorkbook: () => Promise<InsightsWorkbookModule> = loadWorkbookModule;
const loadSampleModule = (): Promise<InsightsSampleModule> =>
  import(/* webpackChunkName: "workbook" */ "../../workbook/solarwaveSample");

const loadLastClosedModule = () =>
  import(/* webpackChunkName: "workbook" */ "../../workbook/dashboard/lastClosedPeriod");

function excelAvailable(): boolean {
  return typeof Excel !== "undefined" && typeof Excel?.run === "function";
}

/** Rows of an Installations table (header first) → dated items; rows without a due date are skipped. */
export function activityItems(
  values: readonly (readonly unknown[])[],
  headerSets: readonly { partnerId: string; dueDate: string; completedDate: string }[],
): ActivityItem[] | null {
  const [header, ...rows] = values;
  if (!header) return null;
  const at = (h: string) => header.findIndex((x) => String(x).trim().toLowerCase() === h.toLowerCase());
  // The sample's table was written in the program's sheet language: the first set that fits.
  const columns = headerSets
    .map((headers) => [at(headers.partnerId), at(headers.dueDate), at(headers.completedDate)])
    .find((found) => found.every((i) => i >= 0));
  if (!columns) return null;
  const [p, due, done] = columns;
  const items: ActivityItem[] = [];
  for (const r of rows) {
    const d = r[due];
    if (typeof d !== "number" || !Number.isFinite(d)) continue;
    const c = r[done];
    items.push({
      partner: String(r[p] ?? "").trim(),
      due: d,
      completed: typeof c === "number" && Number.isFinite(c) ? c : null,
    });
  }
  return items;
}

export function createExcelInsightsSource(deps: ExcelInsightsSourceDeps = {}): InsightsSource {
  const load = deps.load ?? loadWorkbook;
  const loadSample = deps.loadSample ?? loadSampleModule;

  async function prepare(): Promise<InsightsWorkbookModule> {
    if (!excelAvailable()) throw new ExcelUnavailableError();
    return load();
  }

  return {
    async listPrograms() {
      const m = await prepare();
      return Excel.run((context) => m.listPrograms(context));
    },
    async loadProgram(key) {
      const m = await prepare();
      return Excel.run(async (context) => {
        const program = await m.readProgram(context, key);
        const records = await m.readPartnerInputs(context, key);
        return {
          program,
          partners: records.map((r) => ({
            id: r.id,
            name: r.name,
            input: { actuals: r.actuals, targets: r.targets },
          })),
        };
      });
    },
    async loadActivity(key: string, program: ProgramDefinition): Promise<ProgramActivity | null> {
      if (!excelAvailable()) throw new ExcelUnavailableError();
      const sample = await loadSample();
      const name = tableName(key, "Installations");
      return Excel.run(async (context) => {
        const table = context.workbook.tables.getItemOrNullObject(name);
        await context.sync();
        if (table.isNullObject) return null;
        const range = table.getRange().load("values");
        await context.sync();
        const items = activityItems(range.values, sample.INSTALLATION_HEADER_SETS);
        if (items === null) return null;
        const kpi = program.kpis.findIndex((k) => sample.sampleMeasureOf(k.name) === "onTime");
        return {
          source: name,
          kpi: kpi < 0 ? null : kpi,
          asOf: isoToSerial(sample.SAMPLE_DATA_CUTOFF) ?? Infinity,
          items,
        };
      });
    },
    async loadLastClosed(key) {
      if (!excelAvailable()) throw new ExcelUnavailableError();
      const { readLastClosedStandings } = await loadLastClosedModule();
      return Excel.run((context) => readLastClosedStandings(context, key));
    },
    async saveScenario(key, scenario, basedOn, language) {
      const m = await prepare();
      const saved = await m.runWrite((context) => m.saveScenario(context, key, scenario, { basedOn, language }));
      return { ...saved.value, undo: saved.undo };
    },
    async applyScenario(key, scenario, basedOn) {
      const m = await prepare();
      const updated = await m.runWrite((context) => m.applyScenario(context, key, scenario, basedOn));
      return { notes: updated.value.notes, undo: updated.undo };
    },
    async writeTargets(key, kpi, targets, options) {
      const m = await prepare();
      const written = await m.runWrite((context) => m.writeTargets(context, key, kpi, targets, options));
      return { ...written.value, undo: written.undo };
    },
  };
}
