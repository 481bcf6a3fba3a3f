/*
 * ModelExcel: the Excel model behind the inspection API of test/workbook/fakeExcel.ts, so jest
 * workbook tests can move from the lenient fake (calls take effect when queued) to the strict
 * model (queued until sync, every rule in docs/excel-rules.md) one at a time:
 *
 *   const excel = new ModelExcel({ sheets: ["Sheet1"], excelApi: "1.20" });
 *   await createProgram(excel.context, program, data);       // workbook code takes a RequestContext
 *   excel.syncs; excel.sheet("Plan").at("B5"); excel.table("PI_X_Data").values(); excel.calls
 *
 * It installs globalThis.Office (requirements from the host) and globalThis.Excel (the model's) as
 * FakeExcel installs Office. What differs from FakeExcel, and so what a moved test may need to
 * change, is listed in test/excel-model/README.md ("Moving jest tests to the model").
 * No jest import: spy on `excel.context.sync` with jest.spyOn in the test, as today.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { colIndex, overlaps, parseRef, splitSheet } from "./addresses";
import { createExcelModel } from "./excelModel";
import type { ExcelModelConfig, HostKind } from "./excelModel";

/** A cell as FakeExcel shows it. */
export interface ModelCell {
  kind: "text" | "number" | "boolean" | "formula" | "blank";
  value: string | number | boolean;
  numberFormat?: string;
  result?: string | number | boolean;
}

export interface ModelExcelOptions {
  /** Sheets the user already has. */
  readonly sheets?: readonly string[];
  /** Tables the user already has, on their first sheet (one column, header and one row, as FakeExcel makes them). */
  readonly tables?: readonly string[];
  /** Defined names the user already has. */
  readonly names?: readonly string[];
  readonly excelApi?: string;
  readonly host?: HostKind;
  /** A full workbook instead (the model's config.workbook); overrides sheets/tables/names. */
  readonly workbook?: ExcelModelConfig["workbook"];
}

type SnapshotSheet = {
  name: string;
  id?: string;
  cells: Record<string, any>;
  customProperties: Record<string, unknown>;
  pageBreaks: any;
  freeze: any;
  props?: Record<string, any>;
  charts?: any[];
};

/** A chart as FakeSheet.charts shows it. */
export interface ModelChart {
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  title: string;
  legend: boolean | undefined;
  position: [string, string] | null;
}

/** A conditional format as FakeSheet.conditionalFormats shows it: settings by property path ("textComparison.rule"). */
export interface ModelConditionalFormat {
  address: string;
  type: string;
  settings: Record<string, unknown>;
}

function cellOf(c: any): ModelCell | undefined {
  if (!c) return undefined;
  const nf = c.nf;
  if (c.f !== undefined) return { kind: "formula", value: c.f, numberFormat: nf };
  const v = c.v;
  if (v === "" || v === null || v === undefined) return { kind: "blank", value: "", numberFormat: nf };
  if (typeof v === "number") return { kind: "number", value: v, numberFormat: nf };
  if (typeof v === "boolean") return { kind: "boolean", value: v, numberFormat: nf };
  return { kind: "text", value: String(v), numberFormat: nf };
}

/** A sheet as FakeSheet shows it, read from the model's snapshot at the time of the call. */
export class ModelSheet {
  /** `log`: the model's log, for what the snapshot does not keep (conditional formats, print titles). */
  constructor(
    private readonly s: SnapshotSheet,
    private readonly log: readonly any[] = [],
  ) {}
  get name(): string {
    return this.s.name;
  }
  /** The sheet's id: the same sheet (not deleted and added again) has the same id. */
  get id(): string | undefined {
    return this.s.id;
  }
  /** Charts (FakeSheet.charts): title and legend from the chart's recorded sets. */
  get charts(): ModelChart[] {
    return (this.s.charts ?? []).map((c) => ({
      name: c.name,
      type: c.type,
      source: c.source,
      seriesBy: c.seriesBy,
      title: c.props?.["title.text"] ?? "",
      legend: c.props?.["legend.visible"],
      position: c.props?.position ?? null,
    }));
  }
  /** The log's unmodelled calls and sets that ran on this sheet, in order. */
  private landed(): any[] {
    return this.log.filter((e) => e.sheetId !== undefined && e.sheetId === this.s.id);
  }
  /**
   * Conditional formats (FakeSheet.conditionalFormats), from the log: each conditionalFormats.add
   * with the properties set on it since, less those a conditionalFormats.clearAll over them removed.
   */
  get conditionalFormats(): ModelConditionalFormat[] {
    let out: (ModelConditionalFormat & { path: string })[] = [];
    for (const e of this.landed()) {
      if (e.kind === "call" && /\.conditionalFormats$/.test(e.target) && e.member === "add") {
        out.push({
          address: splitSheet(e.address).ref,
          type: e.args[0],
          settings: {},
          path: `${e.target}.add(${JSON.stringify(e.args[0])})`,
        });
      } else if (e.kind === "call" && /\.conditionalFormats$/.test(e.target) && e.member === "clearAll") {
        const cleared = parseRef(splitSheet(e.address).ref);
        out = out.filter((cf) => !cleared || !overlaps(parseRef(cf.address)!, cleared));
      } else if (e.kind === "set") {
        const cf = [...out].reverse().find((c) => e.target === c.path || e.target.startsWith(`${c.path}.`));
        if (cf) cf.settings[[e.target.slice(cf.path.length + 1), e.member].filter(Boolean).join(".")] = e.value;
      }
    }
    return out.map(({ path: _path, ...cf }) => cf);
  }
  /** Page layout (FakeSheet.pageLayout): properties set ("orientation", "zoom"…) and the print titles and area. */
  get pageLayout(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(this.s.props ?? {})) if (k.startsWith("pageLayout.")) out[k.slice(11)] = v;
    for (const e of this.landed()) {
      if (e.kind !== "call" || !/\.pageLayout$/.test(e.target)) continue;
      if (e.member === "setPrintTitleRows") out.printTitleRows = e.args[0];
      if (e.member === "setPrintArea") out.printArea = e.args[0];
    }
    return out;
  }
  /** Column widths set (FakeSheet.columnWidths): 0-based column → points. */
  get columnWidths(): Map<number, number> {
    const out = new Map<number, number>();
    for (const [k, v] of Object.entries(this.s.props ?? {})) {
      const m = /^columnWidth:([A-Z]+):([A-Z]+)$/.exec(k);
      if (m) for (let c = colIndex(m[1]); c <= colIndex(m[2]); c++) out.set(c, v);
    }
    return out;
  }
  private cellMap: Map<string, ModelCell> | null = null;
  /** Cells keyed "row,column" (0-based), as FakeSheet.cells; built once per ModelSheet (a snapshot does not change). */
  get cells(): Map<string, ModelCell> {
    if (this.cellMap) return this.cellMap;
    const out = new Map<string, ModelCell>();
    for (const [addr, c] of Object.entries(this.s.cells)) {
      const b = parseRef(addr);
      const cell = cellOf(c);
      if (b && cell) out.set(`${b.r0},${b.c0}`, cell);
    }
    this.cellMap = out;
    return out;
  }
  cell(row: number, column: number): ModelCell | undefined {
    return this.cells.get(`${row},${column}`);
  }
  at(address: string): ModelCell | undefined {
    return cellOf(this.s.cells[address.replace(/\$/g, "").toUpperCase()]);
  }
  /** The formats set on one cell, by property path ({ "font.bold": true, "fill.color": "#…" }): FakeExcel's fonts and fills. */
  format(address: string): Record<string, unknown> {
    return this.s.cells[address.replace(/\$/g, "").toUpperCase()]?.fmt ?? {};
  }
  get customProperties(): { key: string; value: unknown }[] {
    return Object.entries(this.s.customProperties).map(([key, value]) => ({ key, value }));
  }
  /** Page breaks as "A<row>" addresses (FakeSheet.pageBreaks). */
  get pageBreaks(): string[] {
    return (this.s.pageBreaks?.horizontal || []).map((r: number) => `A${r + 1}`);
  }
  get frozenRows(): number {
    return this.s.freeze && typeof this.s.freeze.rows === "number" ? this.s.freeze.rows : 0;
  }
  readonly deleted = false;
}

/** A table as FakeTable shows it. */
export class ModelTable {
  constructor(
    private readonly t: any,
    private readonly sheetOf: () => ModelSheet,
  ) {}
  get name(): string {
    return this.t.name;
  }
  get sheet(): ModelSheet {
    return this.sheetOf();
  }
  header(): string[] {
    return this.t.headers;
  }
  /** Values, header row first, formulas read as "" (FakeTable.values). */
  values(): unknown[][] {
    return [this.t.headers, ...this.t.values];
  }
  /** Range.formulas of the table, header row first. */
  formulas(): unknown[][] {
    return [this.t.headers, ...this.t.formulas];
  }
  numberFormats(): unknown[][] {
    return [this.t.headers.map(() => "General"), ...this.t.numberFormats];
  }
  /** The table's place: { row, column, rows, columns }, header row included (FakeTable.box). */
  get box(): { row: number; column: number; rows: number; columns: number } {
    const b = parseRef(String(this.t.address).replace(/^.*!/, ""));
    if (!b) throw new Error(`bad table address ${this.t.address}`);
    return { row: b.r0, column: b.c0, rows: b.r1 - b.r0 + 1, columns: b.c1 - b.c0 + 1 };
  }
  /** The body cells of one column, top to bottom (FakeTable.column). */
  column(name: string): (ModelCell | undefined)[] {
    const i = this.t.headers.findIndex((h: string) => h.toLowerCase() === name.toLowerCase());
    if (i < 0) throw new Error(`table ${this.t.name} has no column ${name}`);
    const sheet = this.sheet;
    const b = this.box;
    return Array.from({ length: b.rows - 1 }, (_, r) => sheet.cell(b.row + 1 + r, b.column + i));
  }
}

export class ModelExcel {
  readonly model: ReturnType<typeof createExcelModel>;
  readonly context: any;
  constructor(options: ModelExcelOptions = {}) {
    const workbook = options.workbook ?? {
      sheets: (options.sheets ?? ["Sheet1"]).map((name, i) =>
        i === 0 && options.tables?.length
          ? {
              name,
              cells: Object.fromEntries(
                options.tables.map((_, k) => [`${String.fromCharCode(65 + 2 * k)}1`, "Column1"]),
              ),
              tables: options.tables.map((t, k) => ({
                name: t,
                address: `${String.fromCharCode(65 + 2 * k)}1:${String.fromCharCode(65 + 2 * k)}2`,
              })),
            }
          : { name },
      ),
      names: (options.names ?? []).map((name) => ({ name, formula: "=0" })),
    };
    // Reads before load() throw PropertyNotLoaded, as in Excel.
    this.model = createExcelModel({ workbook, notLoaded: "throw" }, { excelApi: options.excelApi, host: options.host });
    const g = globalThis as any;
    g.Office = { context: { requirements: this.model.requirements, platform: this.model.host.platform } };
    g.Excel = this.model.Excel;
    this.context = this.model.newContext();
  }
  /** Workbooks Excel.createWorkbook created, in order (the model's createdWorkbooks: { base64, parts, run }). */
  get createdWorkbooks() {
    return this.model.createdWorkbooks;
  }
  /** Syncs so far, explicit and Excel.run's own. */
  get syncs(): number {
    return this.model.syncs + this.model.implicitSyncs;
  }
  /** Every queued call and set: { sync, what: "target.member", bytes }. */
  get calls(): { sync: number; what: string; bytes: number; kind: string }[] {
    return this.model.log
      .filter((e) => e.kind === "call" || e.kind === "set" || e.kind === "load")
      .map((e) => ({
        sync: e.sync ?? this.model.syncs + this.model.implicitSyncs + 1,
        what: `${e.target}.${e.member}`,
        bytes: JSON.stringify(e.args ?? e.value ?? null)?.length ?? 0,
        kind: e.kind,
      }));
  }
  get syncBytes(): number[] {
    return this.model.syncStats.map((s) => s.requestBytes);
  }
  get responseBytes(): number[] {
    return this.model.syncStats.map((s) => s.responseBytes);
  }
  /** FakeExcel's failAtSync: the n-th sync (counted from the first) fails after its calls, with FakeExcel's message. */
  set failAtSync(n: number) {
    if (n) this.model.failSync(n, { afterOps: Number.MAX_SAFE_INTEGER, message: "An internal error has occurred." });
  }
  failNextSync(message: string, code = "GeneralException"): void {
    this.model.failSync(this.model.syncStats.length + 1, { afterOps: Number.MAX_SAFE_INTEGER, message, code });
  }
  /** The sheets' names in tab order, without copying any cell (liveSheets() copies every sheet's). */
  sheetNames(): string[] {
    return this.model.snapshot({ sheets: "all", cells: false }).sheets.map((s: SnapshotSheet) => s.name);
  }
  liveSheets(): ModelSheet[] {
    return this.model.snapshot({ sheets: "all" }).sheets.map((s: SnapshotSheet) => new ModelSheet(s, this.model.log));
  }
  sheet(name: string): ModelSheet {
    // Only that sheet: a snapshot of every sheet of a 50,000-partner workbook per read is minutes.
    const s = this.model
      .snapshot({ sheet: name })
      .sheets.find((x: SnapshotSheet) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new Error(`no sheet ${name}`);
    return new ModelSheet(s, this.model.log);
  }
  get tables(): ModelTable[] {
    return this.model.snapshot({ tables: "all" }).tables.map((t: any) => new ModelTable(t, () => this.sheet(t.sheet)));
  }
  table(name: string): ModelTable {
    const t = this.model
      .snapshot({ table: name })
      .tables.map((x: any) => new ModelTable(x, () => this.sheet(x.sheet)))
      .find((x: ModelTable) => x.name.toLowerCase() === name.toLowerCase());
    if (!t) throw new Error(`no table ${name}`);
    return t;
  }
  get names(): string[] {
    // Names only: no sheet's cells, no table's.
    return this.model.snapshot({}).names.map((n: { name: string }) => n.name);
  }
  /** The selection (FakeExcel.selection): { sheet, address }, set by a test or by Range.select. */
  set selection(sel: { sheet: string; address: string } | null) {
    if (sel) this.model.select(sel.sheet, sel.address);
  }
  get selection(): { sheet: string; address: string } | null {
    return this.model.selection;
  }
  /** The active sheet's name (FakeExcel.activeSheet). */
  get activeSheet(): string {
    return this.model.activeSheet;
  }
  /** What formula cells show (FakeCell.result = …): the model calculates nothing. One value, or a grid for a range. */
  setResult(sheet: string, address: string, value: unknown): void {
    this.model.setComputed(sheet, address, Array.isArray(value) ? (value as unknown[][]) : [[value]]);
  }
  /** Handlers the add-in added with Workbook.onSelectionChanged.add, once its sync ran (FakeExcel.selectionHandlers). */
  get selectionHandlers(): ((args: unknown) => Promise<unknown>)[] {
    return this.model.log
      .filter(
        (e) =>
          e.kind === "call" &&
          e.member === "add" &&
          /\.onSelectionChanged$/.test(e.target) &&
          e.sync !== null &&
          !e.error,
      )
      .flatMap((e) => e.functions ?? []);
  }
  /** A user's edit outside the add-in (FakeSheet.put): values or formulas as typed. */
  userEdit(sheet: string, address: string, grid: unknown[][]): void {
    this.model.userEdit(sheet, address, grid);
  }
  /**
   * A user's change to a table's size (FakeTable.box.rows/columns += …): Excel grows a table when
   * the user types next to it. Played through the API in an Excel.run of its own, top-left kept
   * (address like "A1:E4"), so it is in the log and counts one sync.
   */
  async userResizeTable(name: string, address: string): Promise<void> {
    await this.model.Excel.run(async (context: any) => {
      context.workbook.tables.getItem(name).resize(address);
    });
  }
  /** A user's renaming of a sheet (FakeSheet.name = …), played through the API in an Excel.run of its own (one sync). */
  async userRenameSheet(name: string, to: string): Promise<void> {
    await this.model.Excel.run(async (context: any) => {
      context.workbook.worksheets.getItem(name).name = to;
    });
  }
  /**
   * Range.copyFrom calls that ran (FakeExcel's "copyFrom(<to> ← <from>, <type>)"): the sheet and
   * the destination and source addresses without it, the source found as the range it was made from.
   */
  get copies(): { sheet: string; to: string; from: string; type: string }[] {
    const short = (v: unknown) => {
      const j = JSON.stringify(v) ?? "undefined";
      return j.length > 60 ? `${j.slice(0, 57)}...` : j;
    };
    const made = new Map<string, string>();
    const out: { sheet: string; to: string; from: string; type: string }[] = [];
    for (const e of this.model.log) {
      if (e.kind !== "call" || e.sync === null) continue;
      if (e.address && e.member !== "copyFrom")
        made.set(`${e.target}.${e.member}(${(e.args ?? []).map(short).join(", ")})`, e.address);
      if (e.member !== "copyFrom" || !e.address || e.error) continue;
      const src = e.args[0];
      const from = typeof src === "string" ? src : (made.get(src?.$ref) ?? String(src?.$ref));
      const to = splitSheet(e.address);
      out.push({ sheet: to.sheet ?? "", to: to.ref, from: splitSheet(from).ref, type: e.args[1] ?? "All" });
    }
    return out;
  }
}

export { colIndex };
