/*
 * Every write path of the add-in, as one table, run through the services the task pane uses
 * (src/taskpane/services/excelWorkbookService.ts and excelInsightsSource.ts) on the strict Excel
 * model (test/excel-model/). Used by writePaths.test.ts (each host; a failure at the first, a middle
 * and the last sync) and writePaths.heavy.test.ts (a failure at every sync).
 *
 * The list of paths is test/bench/writes.ts's (create, dashboard, statements, values-only
 * statements, scenario, update) plus every other write the pane makes: create over the user's table
 * and over a range, a dashboard rewritten in place, one partner's statement, Update partners from
 * ‹table›, Apply, targets with a switch to per-partner and into per-partner targets, Delete program;
 * and the payout cycle's writes (close a period; re-open, Update adjustments and Delete program
 * with the snapshot protected, as the pane leaves it: the model refuses any write into it).
 * (selectCell only moves the selection; preview and the reads write nothing.)
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { readFileSync } from "fs";
import { join } from "path";
import { programTemplate, type ProgramDefinition } from "../../src/engine";
import { createExcelWorkbookService } from "../../src/taskpane/services/excelWorkbookService";
import { createExcelInsightsSource } from "../../src/taskpane/services/excelInsightsSource";
import type { WorkbookService } from "../../src/taskpane/services/WorkbookService";
import type { InsightsSource } from "../../src/taskpane/services/InsightsSource";
import type { PartnerSeed } from "../../src/workbook/contract";
import * as programs from "../../src/workbook/programs";
import * as selection from "../../src/workbook/selection";
import { closePeriod, protectSnapshot, reopenPeriod, updateAdjustments } from "../../src/workbook/cycle";
import { ModelExcel } from "../excel-model/fakeExcelFacade";
import type { ExcelModelConfig, HostKind } from "../excel-model/excelModel";

export const SOLARWAVE = "SolarWave_Installer";

export function partners(n: number): PartnerSeed[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `P${i + 1}`,
    name: `Partner ${i + 1}`,
    actuals: [0.7 + i / 10, 4 + i / 4],
  }));
}

/** The user's own sheet with the table Sales (A1:C4), and a range of cells on "Q3 data" (A1:C4). */
const userWorkbook: ExcelModelConfig["workbook"] = {
  sheets: [
    { name: "Sheet1" },
    {
      name: "Sales data",
      values: [
        ["Partner", "Region", "Volume"],
        ["Acme", "North", 1200],
        ["Bolt", "South", 800],
        ["Cobalt", "East", 1500],
      ],
      tables: [{ name: "Sales", address: "A1:C4" }],
    },
    {
      name: "Q3 data",
      values: [
        ["Reseller", "Region", "Volume"],
        ["Dune", "West", 700],
        ["Echo", "North", 2100],
        ["Flint", "South", 90],
      ],
    },
  ],
};

/** The SolarWave sample's two CSV files cut to their first 3 partners and those partners' installations. */
function smallSample(): { partnersCsv: string; installationsCsv: string } {
  const dir = join(__dirname, "../../assets/sample/solarwave");
  const partnerLines = readFileSync(join(dir, "partners.csv"), "utf8").trimEnd().split(/\r?\n/);
  const installLines = readFileSync(join(dir, "installations.csv"), "utf8").trimEnd().split(/\r?\n/);
  const kept = partnerLines.slice(1, 4);
  const ids = new Set(kept.map((l) => l.split(",")[0]));
  const column = installLines[0].split(",").indexOf("partner_id");
  return {
    partnersCsv: [partnerLines[0], ...kept].join("\n") + "\n",
    installationsCsv:
      [installLines[0], ...installLines.slice(1).filter((l) => ids.has(l.split(",")[column]))].join("\n") + "\n",
  };
}

function rebateOver(source: string, partnerColumn: string): ProgramDefinition {
  return {
    ...programTemplate("resellerRebate"),
    source: { kind: "existing", source, partnerColumn, kpiColumns: ["Volume"] },
  };
}

export interface Pane {
  readonly excel: ModelExcel;
  readonly service: WorkbookService;
  readonly insights: InsightsSource;
  /** Set by a row's prepare: the program key and the program as the pane read it. */
  key: string;
  program: ProgramDefinition | null;
}

export interface WritePath {
  readonly name: string;
  /** The user's workbook before anything (default: one empty sheet). */
  readonly workbook?: ExcelModelConfig["workbook"];
  /** What the pane did before this write (its own writes through the services too). */
  readonly prepare: (pane: Pane) => Promise<void>;
  /** The write, exactly as the pane calls it. */
  readonly write: (pane: Pane) => Promise<any>;
  /** Runs in runWrite (one undo group on ExcelApi 1.20); false: a plain Excel.run (Delete program). */
  readonly grouped: boolean;
  /** Spot checks after a clean write. */
  readonly check: (pane: Pane, result: any) => void;
  /**
   * Sheets that, per docs/dashboard.md "When a write fails", are emptied with a note in A1 when an
   * in-place rewrite fails (the documented leftover): compared as "as before, or emptied with a note".
   */
  readonly rewrittenInPlace?: readonly string[];
  /** Warnings the model gives for this write by design (Delete program: deleting a sheet clears the undo history). */
  readonly expectedWarnings?: readonly string[];
  /**
   * Delete program: not restorable; a failure leaves the workbook as before or as a clean delete
   * (deleteProgram finishes a deletion a failed sync left half done, and then resolves).
   */
  readonly allOrNothing?: boolean;
  /** Known product bugs: the failure sweeps of this row whose name (writePathsSuite.ts) matches a key (a regular expression) are skipped, naming the bug. */
  readonly knownBugs?: Readonly<Record<string, string>>;
}

const created =
  (program: ProgramDefinition, options: object = {}) =>
  async (pane: Pane) => {
    const result = await pane.service.create(program, options);
    pane.key = result.summary.key;
    pane.program = await pane.service.readProgram(pane.key);
  };
const solarwave = created(programTemplate("solarwave"), { partners: partners(3) });
const then =
  (...steps: ((pane: Pane) => Promise<unknown>)[]) =>
  async (pane: Pane) => {
    for (const step of steps) await step(pane);
  };
const reread = async (pane: Pane) => {
  pane.program = await pane.service.readProgram(pane.key);
};
const dataTable = (pane: Pane) => pane.excel.table(`PI_${pane.key}_Data`);
const Q1_CLOSE = new Date(Date.UTC(2026, 3, 2, 9, 30));
/** Q1 closed and its snapshot protected, as the pane leaves it (the close, then protection in a plain Excel.run). */
const closedAndProtected = async (pane: Pane) => {
  const { value } = await programs.runWrite((c) => closePeriod(c, pane.key, { now: Q1_CLOSE }));
  await pane.excel.model.Excel.run((c: Excel.RequestContext) => protectSnapshot(c, value.sheet));
};
const SNAPSHOT = "SolarWave Installer 2026-Q1";

export const WRITE_PATHS: readonly WritePath[] = [
  {
    name: "create, a new data table",
    prepare: async () => undefined,
    write: (p) => p.service.create(programTemplate("solarwave"), { partners: partners(3) }),
    grouped: true,
    check: (p, r) => {
      expect(r.summary.key).toBe(SOLARWAVE);
      expect(p.excel.table(`PI_${SOLARWAVE}_Data`).values()).toHaveLength(4);
      expect(p.excel.table(`PI_${SOLARWAVE}_Data`).values()[1].slice(0, 2)).toEqual(["P1", "Partner 1"]);
    },
  },
  {
    name: "create with the SolarWave sample (Insert sample program)",
    prepare: async () => undefined,
    write: (p) => p.service.create(programTemplate("solarwave"), { withSolarWaveSample: true }),
    grouped: true,
    check: (p, r) => {
      expect(p.excel.table(`PI_${r.summary.key}_Data`).values()).toHaveLength(4);
      expect(p.excel.tables.map((t) => t.name)).toContain(`PI_${r.summary.key}_Installations`);
    },
  },
  {
    name: "create over the user's table",
    workbook: userWorkbook,
    prepare: async () => undefined,
    write: (p) => p.service.create(rebateOver("Sales", "Partner")),
    grouped: true,
    check: (p, r) => {
      const data = p.excel.table(`PI_${r.summary.key}_Data`);
      expect(data.values()).toHaveLength(4);
      expect(String(data.formulas()[1][1])).toMatch(/INDEX\(Sales\[/);
      expect(p.excel.table("Sales").values()[1]).toEqual(["Acme", "North", 1200]);
    },
  },
  {
    name: "create over a range of the user's cells",
    workbook: userWorkbook,
    prepare: async () => undefined,
    write: (p) => p.service.create(rebateOver("'Q3 data'!A1:C4", "Reseller")),
    grouped: true,
    check: (p, r) => {
      const data = p.excel.table(`PI_${r.summary.key}_Data`);
      expect(data.values()).toHaveLength(4);
      expect(String(data.formulas()[1][1])).toMatch(/INDEX\('Q3 data'!\$A\$2:\$A\$4/);
    },
  },
  {
    name: "edit program (Save changes)",
    prepare: solarwave,
    write: (p) => p.service.update(p.key, { ...p.program!, decimals: 0, name: "SolarWave Installer" }),
    grouped: true,
    check: (p, r) => {
      expect(r.changes.length).toBeGreaterThan(0);
      expect(p.excel.table(`PI_${p.key}_Data`).values()).toHaveLength(4);
    },
  },
  {
    name: "Update partners from the user's table (a row added since)",
    workbook: userWorkbook,
    prepare: then(created(rebateOver("Sales", "Partner")), async (p) => {
      // The user adds a row to their table (TableRowCollection.add: ExcelApi 1.1, on every host).
      await p.excel.model.Excel.run(async (context: any) => {
        context.workbook.tables.getItem("Sales").rows.add(null, [["Delta", "West", 300]]);
        await context.sync();
      });
      await reread(p);
    }),
    write: (p) => p.service.update(p.key, p.program!),
    grouped: true,
    check: (p) => expect(dataTable(p).values()).toHaveLength(5),
  },
  {
    name: "first dashboard",
    prepare: solarwave,
    write: (p) => p.service.generateDashboard(p.key),
    grouped: true,
    check: (p, r) => {
      expect(r.inPlace).toBe(false);
      expect(p.excel.sheet(r.sheet).cells.size).toBeGreaterThan(10);
    },
  },
  {
    name: "dashboard rewritten in place",
    prepare: then(solarwave, (p) => p.service.generateDashboard(p.key)),
    write: (p) => p.service.generateDashboard(p.key),
    grouped: true,
    rewrittenInPlace: ["SolarWave Installer Dashboard"],
    check: (p, r) => {
      expect(r.inPlace).toBe(true);
      expect(r.sheet).toBe("SolarWave Installer Dashboard");
    },
  },
  {
    name: "live statements",
    prepare: solarwave,
    write: (p) => p.service.generateStatements(p.key),
    grouped: true,
    check: (p, r) => expect(p.excel.sheet(r.sheet).cells.size).toBeGreaterThan(10),
  },
  {
    name: "values-only statements, every partner",
    prepare: solarwave,
    write: (p) => p.service.generateValuesOnlyStatements(p.key, "all"),
    grouped: true,
    check: (p, r) => {
      const cells = [...p.excel.sheet(r.sheet).cells.values()];
      expect(cells.filter((c) => c.kind === "formula")).toEqual([]);
      expect(cells.some((c) => c.value === "Partner 3")).toBe(true);
    },
  },
  {
    name: "one partner's values-only statement",
    prepare: solarwave,
    write: (p) => p.service.generateValuesOnlyStatements(p.key, 1),
    grouped: true,
    check: (p, r) => {
      const cells = [...p.excel.sheet(r.sheet).cells.values()];
      expect(cells.some((c) => c.value === "Partner 2")).toBe(true);
      expect(cells.some((c) => c.value === "Partner 1" || c.value === "Partner 3")).toBe(false);
    },
  },
  {
    name: "save scenario",
    prepare: solarwave,
    write: (p) => p.insights.saveScenario!(p.key, { ...p.program!, decimals: 0 }, p.program!, "en"),
    grouped: true,
    check: (p, r) => expect(p.excel.sheet(r.sheet).cells.size).toBeGreaterThan(10),
  },
  {
    name: "apply a what-if (Apply)",
    prepare: solarwave,
    write: (p) =>
      p.insights.applyScenario!(
        p.key,
        { ...p.program!, tiers: p.program!.tiers.map((t, i) => (i === 1 ? { ...t, rate: 0.05 } : t)) } as any,
        p.program!,
      ),
    grouped: true,
    check: () => undefined,
  },
  {
    name: "targets, switching a fixed KPI to per-partner",
    prepare: solarwave,
    write: (p) =>
      p.insights.writeTargets!(p.key, 0, [{ partnerId: "P2", target: 0.95 }], {
        basedOn: p.program!,
        switchToPerPartner: true,
      }),
    grouped: true,
    check: (p, r) => {
      expect(r.written).toBe(1);
      expect(dataTable(p).header()).toContain(r.column);
    },
  },
  {
    name: "targets into per-partner targets",
    prepare: then(
      solarwave,
      (p) =>
        p.insights.writeTargets!(p.key, 0, [{ partnerId: "P1", target: 0.9 }], {
          basedOn: p.program!,
          switchToPerPartner: true,
        }),
      reread,
    ),
    write: (p) =>
      p.insights.writeTargets!(p.key, 0, [{ partnerId: "P2", target: 0.95 }], {
        basedOn: p.program!,
        switchToPerPartner: true,
      }),
    grouped: true,
    check: (_, r) => expect(r.written).toBe(1),
  },
  {
    name: "close a period (the snapshot and the Periods row; protected after, in a run of its own)",
    prepare: solarwave,
    write: (p) => programs.runWrite((c) => closePeriod(c, p.key, { now: Q1_CLOSE })),
    grouped: true,
    check: (p, r) => {
      expect(r.value.sheet).toBe(SNAPSHOT);
      expect(p.excel.table(`PI_${p.key}_Periods`).values()).toHaveLength(2);
    },
  },
  {
    name: "re-open a period whose snapshot is protected",
    prepare: then(solarwave, closedAndProtected),
    write: (p) => programs.runWrite((c) => reopenPeriod(c, p.key, "2026-Q1", "late data", Q1_CLOSE)),
    grouped: true,
    check: (p) => {
      expect(p.excel.table(`PI_${p.key}_Periods`).values()).toHaveLength(3);
      expect(p.excel.model.isProtected(SNAPSHOT)).toBe(true);
    },
  },
  {
    name: "Update adjustments (late data) with the closed period's snapshot protected",
    prepare: then(solarwave, closedAndProtected, async (p) => {
      const t = dataTable(p);
      const r = t.values().findIndex((v) => v.includes("P2"));
      const c = t.header().findIndex((h) => /On-time|Quality|NPS|Revenue|attainment/i.test(String(h)));
      const at = `${String.fromCharCode(65 + t.box.column + Math.max(c, 2))}${t.box.row + r + 1}`;
      p.excel.userEdit(t.sheet.name, at, [[0.5]]);
    }),
    write: (p) => programs.runWrite((c) => updateAdjustments(c, p.key, Q1_CLOSE)),
    grouped: true,
    check: (p, r) => {
      expect(r.value.added.length).toBeGreaterThan(0);
      expect(p.excel.model.isProtected(SNAPSHOT)).toBe(true);
    },
  },
  {
    name: "delete a program with a protected snapshot",
    prepare: then(solarwave, closedAndProtected),
    write: (p) => p.service.deleteProgram(p.key),
    grouped: false,
    allOrNothing: true,
    expectedWarnings: ["sheetDeleted", "sheetDeleted", "sheetDeleted", "sheetDeleted", "sheetDeleted"],
    check: (p, r) => {
      expect(r).toEqual(expect.arrayContaining([SNAPSHOT, "SolarWave Installer Plan"]));
      expect(p.excel.sheetNames()).toEqual(["Sheet1"]);
    },
  },
  {
    name: "delete program",
    prepare: solarwave,
    write: (p) => p.service.deleteProgram(p.key),
    grouped: false,
    allOrNothing: true,
    expectedWarnings: ["sheetDeleted", "sheetDeleted", "sheetDeleted"],
    check: (p, r) => {
      expect(r).toEqual(["SolarWave Installer Plan", "SolarWave Installer Data", "SolarWave Installer Change log"]);
      expect(p.excel.sheetNames()).toEqual(["Sheet1"]);
    },
  },
];

export interface Host {
  readonly host: HostKind;
  readonly excelApi: string;
}
export const WEB_1_20: Host = { host: "web", excelApi: "1.20" };
export const OLDER: readonly Host[] = [
  { host: "windows", excelApi: "1.12" },
  { host: "mac", excelApi: "1.19" },
];

export function openPane(path: WritePath, host: Host): Pane {
  const excel = new ModelExcel({ ...host, ...(path.workbook ? { workbook: path.workbook } : {}) });
  return {
    excel,
    // The pane's lazily loaded chunk, loaded here (jest runs no dynamic import()).
    service: createExcelWorkbookService({
      load: async () => ({ ...programs, ...selection }),
      loadSample: async () => smallSample(),
    }),
    insights: createExcelInsightsSource({ load: async () => ({ ...programs, ...selection }) }),
    key: SOLARWAVE,
    program: null,
  };
}

/** The workbook as the user sees it: sheets (cells, tables, properties, charts…), tables, names. Sheet ids left out. */
export function workbookState(excel: ModelExcel): any {
  const s = excel.model.snapshot();
  return {
    // formatCalls is the model's log of format calls it keeps no state for (autofit, borders …):
    // a write repeated after its clean-up logs the same calls again, so it is compared as a set.
    sheets: s.sheets.map(({ id: _id, formatCalls, ...sheet }: any) => ({
      ...sheet,
      formatCalls: [...new Set((formatCalls ?? []).map((c: unknown) => JSON.stringify(c)))].sort(),
    })),
    tables: s.tables,
    names: s.names,
    customProperties: s.customProperties,
    settings: s.settings,
  };
}

/** A sheet emptied by a failed in-place rewrite: nothing but a note in A1 (docs/dashboard.md). */
export function emptiedWithNote(sheet: any): boolean {
  const filled = Object.entries(sheet.cells).filter(([, c]: [string, any]) => (c.v !== undefined && c.v !== "") || c.f);
  return filled.length === 1 && filled[0][0] === "A1" && typeof (filled[0][1] as any).v === "string";
}

/** Differences between two workbook states, as readable lines (empty when equal). */
export function differences(before: any, after: any, inPlace: readonly string[] = []): string[] {
  const out: string[] = [];
  const names = (x: any) => x.sheets.map((s: any) => s.name);
  if (JSON.stringify(names(before)) !== JSON.stringify(names(after)))
    out.push(`sheets ${JSON.stringify(names(before))} → ${JSON.stringify(names(after))}`);
  for (const a of after.sheets) {
    const b = before.sheets.find((s: any) => s.name === a.name);
    if (!b) continue;
    if (inPlace.includes(a.name) && emptiedWithNote(a)) continue;
    for (const k of Object.keys({ ...a, ...b })) {
      if (JSON.stringify(a[k]) === JSON.stringify(b[k])) continue;
      if (k === "cells") {
        const cells = Object.keys({ ...a.cells, ...b.cells }).filter(
          (c) => JSON.stringify(a.cells[c]) !== JSON.stringify(b.cells[c]),
        );
        out.push(
          `${a.name}: ${cells.length} cells differ, e.g. ${cells
            .slice(0, 3)
            .map((c) => `${c} ${JSON.stringify(b.cells[c])} → ${JSON.stringify(a.cells[c])}`)
            .join("; ")}`,
        );
      } else out.push(`${a.name}: ${k} differs`);
    }
  }
  const tableKey = (t: any) => `${t.name}@${t.sheet}`;
  const bt = new Map(before.tables.map((t: any) => [tableKey(t), t]));
  const at = new Map(after.tables.map((t: any) => [tableKey(t), t]));
  for (const k of new Set([...bt.keys(), ...at.keys()])) {
    const b: any = bt.get(k);
    const a: any = at.get(k);
    if (!a || !b) out.push(`table ${k} ${a ? "added" : "removed"}`);
    else if (inPlace.includes(a.sheet) && emptiedWithNote(after.sheets.find((s: any) => s.name === a.sheet))) continue;
    else if (JSON.stringify(a) !== JSON.stringify(b)) {
      const fields = Object.keys({ ...a, ...b }).filter((f) => JSON.stringify(a[f]) !== JSON.stringify(b[f]));
      out.push(
        `table ${k}: ${fields.join(", ")} differ${fields.includes("headers") ? ` (${JSON.stringify(b.headers)} → ${JSON.stringify(a.headers)})` : ""}`,
      );
    }
  }
  if (JSON.stringify(before.names) !== JSON.stringify(after.names))
    out.push(
      `names ${JSON.stringify(before.names.map((n: any) => n.name))} → ${JSON.stringify(after.names.map((n: any) => n.name))}`,
    );
  if (JSON.stringify(before.customProperties) !== JSON.stringify(after.customProperties))
    out.push("workbook custom properties differ");
  if (JSON.stringify(before.settings) !== JSON.stringify(after.settings)) out.push("settings differ");
  return out;
}

/** One turn of the event loop: a rejection nobody awaited is then reported (jest fails the test it happened in). */
export const settle = () => new Promise((resolve) => setImmediate(resolve));

export interface SyncRun {
  readonly syncs: number;
  readonly state: any;
}

/** A clean run of the path on the host: its result, the syncs it took and the workbook after. */
export async function cleanRun(
  path: WritePath,
  host: Host,
): Promise<{ pane: Pane; result: any; syncs: number; ops: number[]; from: number }> {
  const pane = openPane(path, host);
  await path.prepare(pane);
  const from = pane.excel.model.syncStats.length;
  const result = await path.write(pane);
  const syncs = pane.excel.model.syncStats.length - from;
  // Operations queued in each sync of the write (1-based: ops[n - 1] for sync n).
  const ops = Array.from({ length: syncs }, (_, i) => {
    const e: any = pane.excel.model.log.find((x: any) => x.kind === "sync" && x.n === from + i + 1);
    return e ? e.ops : 0;
  });
  return { pane, result, syncs, ops, from };
}

export type Outcome =
  | { kind: "resolved"; result: any; before: any; after: any; pane: Pane }
  | { kind: "rejected"; error: any; before: any; after: any; pane: Pane };

/** The path on the host with sync n of the write (1-based) failing with `code` after its calls ran. */
export async function failedRun(
  path: WritePath,
  host: Host,
  n: number,
  code: string,
  afterOps = Number.MAX_SAFE_INTEGER,
  nextFailsToo = false,
): Promise<Outcome> {
  const pane = openPane(path, host);
  await path.prepare(pane);
  const before = workbookState(pane.excel);
  const at = pane.excel.model.syncStats.length + n;
  pane.excel.model.failSync(at, {
    afterOps,
    code,
    message: code === "UndoNotSupported" ? "Excel could not group this request." : "An internal error has occurred.",
  });
  if (nextFailsToo)
    pane.excel.model.failSync(at + 1, { code: "GeneralException", message: "The clean-up failed too." });
  try {
    const result = await path.write(pane);
    return { kind: "resolved", result, before, after: workbookState(pane.excel), pane };
  } catch (error) {
    return { kind: "rejected", error, before, after: workbookState(pane.excel), pane };
  }
}

/** The syncs to fail in the main suite: first, middle, last. */
export function sampled(total: number): number[] {
  return [...new Set([1, Math.ceil(total / 2), total])];
}
