/*
 * Every write path at N partners against the strict Excel model (test/excel-model), for
 * `npm run bench` (writes_50k): wall time, CPU time and the peak JavaScript heap of each. The heap
 * is sampled at every sync, where a write holds its largest plans and requests, and at the end; it
 * counts the model's workbook too (every sheet written so far: the data table, both kinds of
 * statements …), which a real Excel keeps outside the add-in's process, so it is an upper bound of
 * what the add-in itself holds. CPU time (user + system of the process, the collector's threads
 * included) is the figure to compare on a shared machine, where the wall clock also counts other
 * processes' turns.
 *
 * What the add-in itself holds (addin_heap_mb), apart from the model's workbook: with --expose-gc,
 * the heap is also collected and sampled just before each sync is sent (where the add-in holds its
 * plans and the queued request) and after it returns; the figure is the largest of those live
 * heaps less the live heap after the path (the model's workbook with this path's sheets in it, and
 * nothing of the add-in's). At the path's last sync the model holds all but the last request's
 * cells, so the figure is what the add-in held there (to within one request's cells); earlier
 * syncs count the model's workbook as it was then, so a large figure at any sync is the add-in's.
 * retained_heap_mb is what the path left in the heap (the model's new cells). The collections' own
 * time is taken out of ms and cpu_ms.
 * Plain TypeScript with no jest: scripts/bench.js loads it through scripts/tsRequire.js.
 */
import { programTemplate } from "../../src/engine";
import {
  createProgram,
  generateDashboard,
  generateStatements,
  generateValuesOnlyStatements,
  saveScenario,
  updateProgram,
} from "../../src/workbook/programs";
import { ModelExcel } from "../excel-model/fakeExcelFacade";

export type WritePath = "create" | "dashboard" | "statements" | "statements_values_only" | "scenario" | "update";

export interface WriteFigure {
  readonly ms: number;
  readonly cpu_ms: number;
  readonly peak_heap_mb: number;
  /** Live heap at the path's largest sync less the live heap after it (null without --expose-gc). */
  readonly addin_heap_mb: number | null;
  /** Live heap after the path less before it: what the model's workbook grew by. */
  readonly retained_heap_mb: number | null;
  readonly syncs: number;
}

const KEY = "SolarWave_Installer";
const NOW = new Date(Date.UTC(2026, 5, 30));

function seeds(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    id: `P${100000 + i}`,
    name: `Partner ${i}`,
    actuals: [0.5 + (i % 10) / 10, 3.5 + (i % 3) / 2],
  }));
}

/** The paths in the order they run: each needs the program the earlier ones wrote. */
export const WRITE_PATHS: readonly WritePath[] = ["create", "dashboard", "statements", "statements_values_only", "scenario", "update"];

/**
 * Runs every write path once (or only `only`, create always first) on a workbook holding the
 * SolarWave program with `partners` partners.
 */
export async function benchWrites(partners: number, only: readonly WritePath[] = WRITE_PATHS): Promise<Partial<Record<WritePath, WriteFigure>>> {
  const excel = new ModelExcel({ excelApi: "1.20", host: "web" });
  const gc = (globalThis as { gc?: () => void }).gc;
  let peak = 0;
  let livePeak = 0;
  let gcMs = 0;
  let gcCpuMs = 0;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  };
  /** The heap after a full collection (its time kept apart); null without --expose-gc. */
  const live = (): number | null => {
    if (!gc) return null;
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    gc();
    const c = process.cpuUsage(c0);
    gcMs += performance.now() - t0;
    gcCpuMs += (c.user + c.system) / 1000;
    return process.memoryUsage().heapUsed;
  };
  const sampleLive = () => {
    const h = live();
    if (h !== null) livePeak = Math.max(livePeak, h);
  };
  const sync = excel.context.sync.bind(excel.context);
  let syncs = 0;
  excel.context.sync = async () => {
    sample();
    sampleLive();
    syncs++;
    await sync();
    sample();
    sampleLive();
  };
  const mb = (bytes: number) => Math.round(bytes / 1048576);
  const measure = async (write: () => Promise<unknown>): Promise<WriteFigure> => {
    const before = live();
    peak = 0;
    livePeak = 0;
    gcMs = 0;
    gcCpuMs = 0;
    syncs = 0;
    sample();
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    await write();
    const ms = performance.now() - t0 - gcMs;
    const c = process.cpuUsage(c0);
    sample();
    const after = live();
    return {
      ms: Math.round(ms),
      cpu_ms: Math.round((c.user + c.system) / 1000 - gcCpuMs),
      peak_heap_mb: mb(peak),
      addin_heap_mb: after === null ? null : mb(Math.max(0, livePeak - after)),
      retained_heap_mb: after === null || before === null ? null : mb(after - before),
      syncs,
    };
  };
  const program = programTemplate("solarwave");
  const c = excel.context;
  const writes: Record<WritePath, () => Promise<unknown>> = {
    create: () => createProgram(c, program, { partners: seeds(partners) }),
    dashboard: () => generateDashboard(c, KEY, { now: NOW }),
    statements: () => generateStatements(c, KEY, { now: NOW }),
    statements_values_only: () => generateValuesOnlyStatements(c, KEY, "all", { now: NOW }),
    scenario: () => saveScenario(c, KEY, { ...program, decimals: 0 }, { now: NOW }),
    update: () => updateProgram(c, KEY, { ...program, name: `${program.name} (edited)` }),
  };
  const figures: Partial<Record<WritePath, WriteFigure>> = {};
  for (const path of WRITE_PATHS) {
    if (path === "create" || only.includes(path)) figures[path] = await measure(writes[path]);
  }
  return figures;
}
