/* global Excel, globalThis */
/*
 * Dashboard figures for `npm run bench`: generateDashboard (read, build, write) against a
 * recording request context that answers the reads like a workbook holding the SolarWave program
 * with N partners, counts context.sync() calls, and measures each request as the fake Excel of the
 * tests does (150 bytes per queued call plus the UTF-8 JSON of its arguments).
 * Outside Office no requirement set is reported, so for the run the host is declared to have
 * ExcelApi 1.20 (as Microsoft 365 does) and the previous Office global is put back afterwards.
 */
import { programTemplate } from "../../engine";
import { describeProgram } from "../program/describe/describeProgram";
import { utf8Bytes } from "../requestBudget";
import { Cell, TablePlan, isFormula, isText } from "../sheetPlan";
import { generateDashboard, generateStatements } from "./generate";

export interface DashboardBench {
  readonly partners: number;
  readonly syncs: number;
  readonly max_request_bytes: number;
  readonly build_ms: number;
}

const CALL_BYTES = 150;

/** Generates the dashboard for `partners` partners and reports syncs, the largest request and the time. */
export function benchDashboard(partners: number): Promise<DashboardBench> {
  return bench(partners, (context) => generateDashboard(context, KEY, { now: new Date(2026, 9, 31, 12, 0, 0) }));
}

/** The same figures for the live statements (one block per partner, a page break before each, in parts of 1,026 partners). */
export function benchStatements(partners: number): Promise<DashboardBench> {
  return bench(partners, (context) => generateStatements(context, KEY));
}

const KEY = "SolarWave_Installer";

async function bench(
  partners: number,
  run: (context: Excel.RequestContext) => Promise<unknown>,
): Promise<DashboardBench> {
  const g = globalThis as { Office?: unknown };
  const previous = g.Office;
  g.Office = { context: { requirements: { isSetSupported: (set: string) => set === "ExcelApi" } } };
  try {
    const recorder = new RecordingContext(partners);
    const t0 = Date.now();
    await run(recorder.context);
    const build_ms = Date.now() - t0;
    return {
      partners,
      syncs: recorder.requests.length,
      max_request_bytes: Math.max(0, ...recorder.requests),
      build_ms,
    };
  } finally {
    g.Office = previous;
  }
}

function cellValue(cell: Cell): unknown {
  if (cell === null || isFormula(cell)) return "";
  if (isText(cell)) return cell.text;
  return cell;
}

/** A request context that serves the program's tables to the reads and records every write. */
class RecordingContext {
  readonly requests: number[] = [];
  private pending = 0;
  readonly context: Excel.RequestContext;

  constructor(partners: number) {
    const seeds = Array.from({ length: partners }, (_, i) => ({
      id: `P${100000 + i}`,
      name: `Partner ${i}`,
      actuals: [0.5 + (i % 10) / 10, 3.5 + (i % 3) / 2],
    }));
    const plan = describeProgram(programTemplate("solarwave"), { partners: seeds });
    const tables = plan.sheets.flatMap((s) => s.tables);
    const self = this;
    const record = (args: unknown) => {
      self.pending += CALL_BYTES + utf8Bytes(JSON.stringify(args) ?? "");
    };
    const anything = (): unknown =>
      new Proxy(function () {}, {
        get: (_t, prop) => (prop === "then" ? undefined : anything()),
        set: (_t, _prop, value) => {
          record([value]);
          return true;
        },
        apply: (_t, _this, args) => {
          record(args);
          return anything();
        },
      });
    const loadable = <T extends object>(o: T) => ({
      ...o,
      load() {
        record([]);
        return this;
      },
    });
    const tableObject = (t: TablePlan) => {
      const header = t.columns.map((c) => c.header);
      const body = t.rows.map((r) => r.map(cellValue));
      return {
        name: t.name,
        worksheet: { name: plan.sheets.find((s) => s.tables.includes(t))!.name },
        getRange: () => loadable({ values: [header, ...body] }),
        getHeaderRowRange: () => loadable({ values: [header] }),
        getDataBodyRange: () => loadable({ values: body, rowCount: body.length }),
      };
    };
    const sheetObject = (name: string) => ({
      name,
      protection: { protected: false },
      customProperties: { getItemOrNullObject: () => loadable({ isNullObject: true, value: undefined }) },
      charts: { getCount: () => ({ value: 0 }) },
    });
    const workbook = {
      worksheets: {
        load: () => record([]),
        items: plan.sheets.map((s) => sheetObject(s.name)),
        add: (name: string) => {
          record([name]);
          return anything();
        },
        getItem: (name: string) => {
          record([name]);
          return anything();
        },
        getItemOrNullObject: (name: string) => {
          record([name]);
          return loadable({ isNullObject: true, delete: () => record([]) });
        },
      },
      tables: { load: () => record([]), items: tables.map(tableObject) },
      names: { load: () => record([]), items: [] as { name: string }[] },
    };
    this.context = {
      workbook,
      application: anything(),
      sync: async () => {
        self.requests.push(self.pending);
        self.pending = 0;
      },
    } as unknown as Excel.RequestContext;
  }
}
