/*
 * npm run sample:xlsx: the SolarWave sample program as an .xlsx file, written without Excel.
 * The add-in's own workbook code (createProgram) writes the program onto the test Excel model
 * (test/excel-model), and its snapshot is saved with exceljs: every sheet's values, formulas,
 * number formats and tables. A formula cell's cached result (what a spreadsheet shows before it
 * recalculates) is the value the engine computes for it: the sample's KPI actuals from the
 * Installations table (sampleActuals) and every partner's attainments, score, gate, tier and
 * payout (evaluatePartner). The dashboard the add-in generates is added too, its formulas' cached
 * results and a values-only copy of it computed by HyperFormula (test/formulas), so the file reads
 * the same in a spreadsheet without the add-in. docs/verify.md says what was and was not tried.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { evaluatePartner, programTemplate, programTierTable } from "../../src/engine";
import { roundMoney } from "../../src/engine/analytics/planCost";
import { dataHeaders } from "../../src/workbook/dataHeaders";
import { labelsOf } from "../../src/workbook/planTables";
import { programFromTables } from "../../src/workbook/readPlan";
import { createProgram, generateDashboard } from "../../src/workbook/programs";
import { parseSolarWaveSample, sampleActuals, sampleMeasureOf } from "../../src/workbook/solarwaveSample";
import { ModelExcel } from "../../test/excel-model/fakeExcelFacade";
import { evaluateWorkbook } from "../../test/formulas/hyperformulaWorkbook";
import type { ProgramDefinition } from "../../src/engine";

const ROOT = path.resolve(__dirname, "../..");
export const SAMPLE_XLSX = path.join(ROOT, "assets", "solarwave-sample.xlsx");

export interface SnapCell {
  v?: unknown;
  f?: string;
  nf?: string;
}
export interface SnapTable {
  name: string;
  sheet: string;
  address: string;
  headers: string[];
  values: unknown[][];
  showTotals?: boolean;
}
export interface Snap {
  sheets: { name: string; cells: Record<string, SnapCell>; tables: string[]; freeze?: unknown }[];
  tables: SnapTable[];
  names: { name: string; formula: string }[];
}

function sampleCsv(): { partnersCsv: string; installationsCsv: string } {
  const dir = path.join(ROOT, "assets", "sample", "solarwave");
  return {
    partnersCsv: fs.readFileSync(path.join(dir, "partners.csv"), "utf8"),
    installationsCsv: fs.readFileSync(path.join(dir, "installations.csv"), "utf8"),
  };
}

function parseRef(address: string): { r0: number; c0: number; r1: number; c1: number } {
  const a = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const [from, to = from] = a.split(":");
  const cell = (s: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(s)!;
    return { r: Number(m[2]) - 1, c: [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 };
  };
  const x = cell(from);
  const y = cell(to);
  return { r0: x.r, c0: x.c, r1: y.r, c1: y.c };
}

function colName(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A table's values with its header row first, as programFromTables reads them. */
function gridOf(t: SnapTable): unknown[][] {
  return [t.headers, ...t.values];
}

/** For a program over the user's table: each followed column's value, from the user's table row. */
/** The user's data a program reads: their table by name, or a plain range ('Sheet'!A1:D61) as one. */
function userTable(snap: Snap, source: string): { headers: string[]; values: unknown[][] } | undefined {
  const table = snap.tables.find((t) => t.name.toLowerCase() === source.trim().toLowerCase());
  if (table || !source.includes("!")) return table;
  const sheetName = source.slice(0, source.lastIndexOf("!")).replace(/^'|'$/g, "").replace(/''/g, "'");
  const sheet = snap.sheets.find((x) => x.name === sheetName);
  if (!sheet) return undefined;
  const { r0, c0, r1, c1 } = parseRef(source);
  const rows = Array.from({ length: r1 - r0 + 1 }, (_, i) =>
    Array.from({ length: c1 - c0 + 1 }, (_, j) => sheet.cells[`${colName(c0 + j)}${r0 + i + 1}`]?.v ?? ""),
  );
  return { headers: rows[0].map((h) => String(h)), values: rows.slice(1) };
}

function followedValues(p: ProgramDefinition, snap: Snap, sourceRow: unknown): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (p.source.kind !== "existing" || typeof sourceRow !== "number") return out;
  const s = p.source;
  const user = userTable(snap, s.source);
  if (!user) return out;
  const row = user.values[sourceRow - 1] ?? [];
  const value = (column: string | undefined) => {
    const c = user.headers.findIndex((x) => x.trim().toLowerCase() === (column ?? "").trim().toLowerCase());
    return c < 0 ? "" : (row[c] ?? "");
  };
  const h = dataHeaders(p);
  out.set(h.partnerId, value(s.partnerColumn));
  out.set(h.partner, value(s.partnerNameColumn || s.partnerColumn));
  p.kpis.forEach((_, k) => {
    out.set(h.actual[k], value(s.kpiColumns[k]));
    const t = h.target[k];
    if (t !== null && s.targetColumns?.[k]) out.set(t, value(s.targetColumns[k]));
  });
  return out;
}

/**
 * The cached results of every program's data-table formula cells, by "Sheet!A1": what the engine
 * computes for each partner row (the same mapping verify checks). `actualsById`: KPI actuals that
 * are formulas on the sheet (the sample's), by partner ID.
 */
export function engineResults(snap: Snap, actualsById = new Map<string, (number | null)[]>()): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const byName = new Map(snap.tables.map((t) => [t.name.toLowerCase(), t]));
  for (const settings of snap.tables) {
    const m = /^PI_(.+)_Settings$/i.exec(settings.name);
    if (!m) continue;
    const part = (suffix: string) => byName.get(`pi_${m[1]}_${suffix}`.toLowerCase())!;
    const [kpis, tiers, t] = [part("KPIs"), part("Tiers"), part("Data")];
    const p = programFromTables(gridOf(settings), gridOf(kpis), gridOf(tiers), {
      settings: settings.name,
      kpis: kpis.name,
      tiers: tiers.name,
    });
    const h = dataHeaders(p);
    const col = (header: string | null) => (header === null ? -1 : t.headers.indexOf(header));
    const { r0, c0 } = parseRef(t.address);
    const below = labelsOf(p).data.belowFirstTier;
    const table = programTierTable(p);
    const sourceRowCol = t.headers.indexOf(labelsOf(p).data.headers.sourceRow);
    t.values.forEach((row, i) => {
      const at = (header: string | null, value: unknown) => {
        const c = col(header);
        if (c >= 0) out.set(`${t.sheet}!${colName(c0 + c)}${r0 + 2 + i}`, value);
      };
      const followed = followedValues(p, snap, sourceRowCol >= 0 ? row[sourceRowCol] : null);
      for (const [header, value] of followed) at(header, value);
      const cell = (header: string | null) => {
        if (header !== null && followed.has(header)) return followed.get(header);
        return row[col(header)];
      };
      const numeric = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : null);
      const id = String(cell(h.partnerId) ?? "");
      const given = actualsById.get(id);
      const a = p.kpis.map((_, k) => (given ? given[k] : numeric(cell(h.actual[k]))));
      const targets = p.kpis.map((_, k) => numeric(cell(h.target[k])));
      const o = evaluatePartner(p, table, { actuals: a, targets });
      // A sample KPI with no result: its formula finds nothing (Excel caches an error there).
      if (given) p.kpis.forEach((_, k) => at(h.actual[k], a[k] ?? { error: "#N/A" }));
      p.kpis.forEach((_, k) => at(h.attainment[k], o.attainments[k] ?? ""));
      at(h.score, o.score ?? "");
      at(h.gateMet, o.gateMet);
      at(h.tier, o.tierInput === null ? "" : (o.tier ?? below));
      const pay = o.tierInput === null ? "" : roundMoney(o.payout, p.decimals);
      at(h.payout, pay);
      if (h.netPrice) at(h.netPrice, pay === "" ? "" : roundMoney(p.listPrice ?? 0, p.decimals) - pay);
    });
  }
  return out;
}

/** An exceljs cell value for a snapshot cell; `result` for a formula cell's cached value. */
function cellValue(cell: SnapCell, result: unknown): ExcelJS.CellValue {
  if (cell.f !== undefined) {
    const formula = cell.f.replace(/^=/, "");
    if (result === undefined) return { formula } as ExcelJS.CellFormulaValue;
    return { formula, result } as ExcelJS.CellFormulaValue;
  }
  const v = cell.v;
  return v === undefined || v === null || v === "" ? null : (v as ExcelJS.CellValue);
}

/** The snapshot as an .xlsx workbook; `results` gives formula cells their cached values. */
export function snapshotToWorkbook(snap: Snap, results: ReadonlyMap<string, unknown>): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Partner Incentives for Excel (npm run sample:xlsx)";
  wb.created = new Date("2026-11-01T00:00:00Z");
  wb.modified = wb.created;
  wb.calcProperties.fullCalcOnLoad = false;
  for (const s of snap.sheets) {
    if (Object.keys(s.cells).length === 0) continue; // the model's empty Sheet1
    const ws = wb.addWorksheet(s.name);
    const inTable = new Set<string>();
    for (const t of snap.tables.filter((x) => x.sheet === s.name)) {
      const { r0, c0, r1, c1 } = parseRef(t.address);
      for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) inTable.add(`${colName(c)}${r + 1}`);
      const rows: ExcelJS.CellValue[][] = [];
      for (let r = r0 + 1; r <= r1 - (t.showTotals ? 1 : 0); r++) {
        const row: ExcelJS.CellValue[] = [];
        for (let c = c0; c <= c1; c++) {
          const a = `${colName(c)}${r + 1}`;
          row.push(cellValue(s.cells[a] ?? {}, results.get(`${s.name}!${a}`)));
        }
        rows.push(row);
      }
      ws.addTable({
        name: t.name,
        ref: `${colName(c0)}${r0 + 1}`,
        headerRow: true,
        totalsRow: false,
        style: { theme: "TableStyleMedium2", showRowStripes: true },
        columns: t.headers.map((name) => ({ name, filterButton: true })),
        rows: rows as unknown[][],
      });
    }
    for (const [a, cell] of Object.entries(s.cells)) {
      const target = ws.getCell(a);
      if (!inTable.has(a)) target.value = cellValue(cell, results.get(`${s.name}!${a}`));
      if (cell.nf) target.numFmt = cell.nf;
    }
  }
  const formulaNames: { name: string; ranges: string[] }[] = [];
  for (const n of snap.names) {
    const ref = n.formula.replace(/^=/, "");
    if (/^('[^']+'|[^!]+)!\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?$/.test(ref)) wb.definedNames.add(ref, n.name);
    else formulaNames.push({ name: n.name, ranges: [ref] });
  }
  withFormulaNames(wb, formulaNames);
  return wb;
}

/**
 * Names that refer to a formula (PI_<key>_CapOrNone), which exceljs's DefinedNames keeps only as
 * cell ranges: appended to the model it writes (<definedName name="…">formula</definedName>), so
 * the file's Payout formulas find them in Excel. exceljs reading the file back leaves them out.
 */
function withFormulaNames(wb: ExcelJS.Workbook, names: { name: string; ranges: string[] }[]): void {
  if (names.length === 0) return;
  const defined = wb.definedNames as unknown as { model: unknown[] };
  const own = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(defined), "model")!;
  Object.defineProperty(defined, "model", {
    get: () => [...(own.get!.call(defined) as unknown[]), ...names],
    set: (v: unknown) => own.set!.call(defined, v),
    configurable: true,
  });
}

/** A HyperFormula result as a cell's cached value: its errors as Excel's error values. */
function cached(v: unknown): unknown {
  if (v !== null && typeof v === "object") {
    const e = v as { value?: unknown; type?: unknown };
    return { error: typeof e.value === "string" ? e.value : `#${String(e.type ?? "VALUE")}!` };
  }
  return v === null || v === undefined ? "" : v;
}

interface Ranked {
  partner: string;
  score: number | null;
  tier: unknown;
  payout: number | null;
}

/** The data table's partners with their cached score, tier and payout, in table order. */
function rankedPartners(t: SnapTable, results: ReadonlyMap<string, unknown>): Ranked[] {
  const { r0, c0 } = parseRef(t.address);
  const at = (i: number, header: string) => {
    const c = t.headers.findIndex((h) => h === header || h.startsWith(header));
    return c < 0 ? undefined : (results.get(`${t.sheet}!${colName(c0 + c)}${r0 + 2 + i}`) ?? t.values[i][c]);
  };
  const num = (v: unknown) => (typeof v === "number" ? v : null);
  return t.values.map((row, i) => ({
    partner: String(row[1] ?? ""),
    score: num(at(i, "Score")),
    tier: at(i, "Tier"),
    payout: num(at(i, "Payout")),
  }));
}

/**
 * The two ranking blocks HyperFormula cannot compute (SORTBY, FILTER over CHOOSE: #NAME? there),
 * filled as their formulas define them: the top 10 by score (rank by RANK.EQ, ties in table order)
 * and the 25 largest payouts, each sorted descending. Their anchors' cached results follow.
 */
function fillRankings(
  sheet: { name: string; cells: Record<string, SnapCell> },
  values: unknown[][],
  partners: Ranked[],
  results: Map<string, unknown>,
): void {
  for (const [a, cell] of Object.entries(sheet.cells)) {
    const f = cell.f ?? "";
    const m = /^([A-Z]+)(\d+)$/.exec(a)!;
    const r = Number(m[2]) - 1;
    const c = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    let block: unknown[][] | null = null;
    // The leaderboard is the SORTBY with RANK.EQ; the largest payouts the one without (topLists.ts).
    if (f.includes("SORTBY(") && f.includes("RANK.EQ(")) {
      const scored = partners.filter((x) => x.score !== null);
      const rank = (x: Ranked) => 1 + scored.filter((y) => (y.score as number) > (x.score as number)).length;
      block = [...scored]
        .sort((x, y) => (y.score as number) - (x.score as number))
        .slice(0, 10)
        .map((x) => [rank(x), x.partner, x.score, x.tier, x.payout ?? ""]);
    } else if (f.includes("SORTBY(")) {
      block = partners
        .filter((x) => x.payout !== null)
        .sort((x, y) => (y.payout as number) - (x.payout as number))
        .slice(0, 25)
        .map((x) => [x.partner, x.payout]);
    }
    if (!block) continue;
    block.forEach((row, i) =>
      row.forEach((v, j) => {
        while (values.length <= r + i) values.push([]);
        values[r + i][c + j] = v;
      }),
    );
    results.set(`${sheet.name}!${a}`, block[0]?.[0] ?? "");
  }
}

/** The name of the values-only copy of the dashboard (within Excel's 31 characters). */
export const VALUES_DASHBOARD = "Dashboard (values only)";

/** Writes the sample program, its dashboard and a values-only copy of it; returns where. */
export async function writeSampleXlsx(file = SAMPLE_XLSX): Promise<{ file: string; partners: number }> {
  const excel = new ModelExcel({ excelApi: "1.20" });
  const p = programTemplate("solarwave");
  const csv = sampleCsv();
  const created = await createProgram(excel.context, p, { sample: csv, withSolarWaveSample: true });
  const dashboard = await generateDashboard(excel.context, created.summary.key, {
    now: new Date("2026-11-01T09:00:00Z"),
  });
  const snap = excel.model.snapshot() as unknown as Snap;
  const sample = parseSolarWaveSample(csv);
  const measured = sampleActuals(sample, p.periodStart, p.periodEnd);
  const actuals = new Map<string, (number | null)[]>();
  for (const partner of sample.partners) {
    const m = measured.get(partner.id);
    actuals.set(
      partner.id,
      p.kpis.map((k) => {
        const which = sampleMeasureOf(k.name);
        return which === null || !m ? null : m[which];
      }),
    );
  }
  const data = snap.tables.find((t) => /_Data$/.test(t.name))!;
  // The engine's results for the data table; every other formula (the dashboard's) as HyperFormula computes it.
  const results = engineResults(snap, actuals);
  const evaluated = evaluateWorkbook(snap as never);
  for (const f of evaluated.formulas) {
    const key = `${f.sheet}!${f.address}`;
    if (!results.has(key)) results.set(key, cached(f.value));
  }
  // The values-only copy: every cell HyperFormula has on the dashboard sheet (spilled ones included).
  const dash = snap.sheets.find((x) => x.name === dashboard.sheet);
  if (dash) {
    const id = evaluated.hf.getSheetId(dash.name)!;
    const values = evaluated.hf.getSheetValues(id) as unknown[][];
    fillRankings(dash, values, rankedPartners(data, results), results);
    const cells: Record<string, SnapCell> = {};
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        const a = `${colName(c)}${r + 1}`;
        const value = cached(v);
        if (value === "" && !dash.cells[a]?.nf) return;
        cells[a] = {
          v: typeof value === "object" ? (value as { error: string }).error : value,
          ...(dash.cells[a]?.nf ? { nf: dash.cells[a].nf } : {}),
        };
      }),
    );
    snap.sheets.push({ name: VALUES_DASHBOARD, cells, tables: [] });
  }
  const wb = snapshotToWorkbook(snap, results);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await wb.xlsx.writeFile(file);
  return { file, partners: data.values.length };
}
