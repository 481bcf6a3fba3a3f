/*
 * Every write path at N partners against the strict Excel model (test/excel-model), for
 * `npm run bench` (writes_50k): wall time, CPU time and the peak JavaScript heap of each. The heap
 * is sampled at every sync, where a write holds its largest plans and requests, and at the end; it
 * counts the model's workbook too (every sheet written so far: the data table, both kinds of
 * statements …), which a real Excel keeps outside the add-in's process, so it is an upper bound of
 * what the add-in itself holds. CPU time (user + system of the process, the collector's threads
 * included) is the figure to compare on a shared machine, where the wall clock also counts other
 * processes' turns.
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

/** Runs every write path once on a workbook holding the SolarWave program with `partners` partners. */
export async function benchWrites(partners: number): Promise<Record<WritePath, WriteFigure>> {
  const excel = new ModelExcel({ excelApi: "1.20", host: "web" });
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  };
  const sync = excel.context.sync.bind(excel.context);
  let syncs = 0;
  excel.context.sync = async () => {
    sample();
    syncs++;
    await sync();
    sample();
  };
  const gc = (globalThis as { gc?: () => void }).gc;
  const measure = async (write: () => Promise<unknown>): Promise<WriteFigure> => {
    gc?.();
    peak = 0;
    syncs = 0;
    sample();
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    await write();
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    sample();
    return {
      ms: Math.round(ms),
      cpu_ms: Math.round((c.user + c.system) / 1000),
      peak_heap_mb: Math.round(peak / 1048576),
      syncs,
    };
  };
  const program = programTemplate("solarwave");
  const c = excel.context;
  const create = await measure(() => createProgram(c, program, { partners: seeds(partners) }));
  const dashboard = await measure(() => generateDashboard(c, KEY, { now: NOW }));
  const statements = await measure(() => generateStatements(c, KEY, { now: NOW }));
  const valuesOnly = await measure(() => generateValuesOnlyStatements(c, KEY, "all", { now: NOW }));
  const scenario = await measure(() => saveScenario(c, KEY, { ...program, decimals: 0 }, { now: NOW }));
  const update = await measure(() => updateProgram(c, KEY, { ...program, name: `${program.name} (edited)` }));
  return { create, dashboard, statements, statements_values_only: valuesOnly, scenario, update };
}
