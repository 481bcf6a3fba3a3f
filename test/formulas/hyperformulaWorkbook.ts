/*
 * The Excel model's workbook (ModelExcel.model.snapshot()) as a HyperFormula workbook, so every
 * formula the add-in wrote can be computed by a real spreadsheet engine (evaluated.test.ts).
 *
 * What HyperFormula does not read is translated here, and nothing else:
 *  - Structured references, from the snapshot's table geometry (address, headers, totals row):
 *    Table, Table[Column], Table[[Column (kW)]], Table[[First]:[Last]], Table[#Headers],
 *    Table[#Data], Table[#All], Table[#Totals], Table[[#Headers],[Column]], Table[@Column],
 *    Table[@[Column]], [@[Column]], [@[First]:[Last]], Table[[#This Row],[Column]] — header
 *    escapes ('[ '] '# '') undone, headers matched ignoring case as Excel does — become absolute
 *    A1 ranges on the table's sheet ('Sheet name'!$C$5:$C$64; quotes in sheet names doubled).
 *  - The spill operator A1#: HyperFormula spills array results but has no # operator; the anchor's
 *    spilled size is read from a first evaluation and A1# becomes that range.
 *  - XLOOKUP over an array of lookup values, one XLOOKUP per value (expandArrayLookups).
 *  - The constants TRUE and FALSE as HyperFormula's TRUE() and FALSE().
 * Text values starting with "=", or in a Text-formatted cell, are given a leading apostrophe so they stay text.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { HyperFormula } from "hyperformula";
import { registerIncentivePlugin } from "./incentivePlugin";

export interface SnapshotCell {
  v?: unknown;
  f?: string;
  nf?: string;
}
export interface SnapshotSheet {
  name: string;
  cells: Record<string, SnapshotCell>;
}
export interface SnapshotTable {
  name: string;
  sheet: string;
  address: string;
  headers: string[];
  showTotals?: boolean;
  showHeaders?: boolean;
}
export interface Snapshot {
  sheets: SnapshotSheet[];
  tables: SnapshotTable[];
  names: { name: string; formula: string; scope?: string }[];
}

// ------------------------------------------------------------------ A1 addresses

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
export function colName(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
export function parseCell(ref: string): { r: number; c: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(ref);
  if (!m) throw new Error(`not a cell address: ${ref}`);
  return { r: Number(m[2]) - 1, c: colIndex(m[1]) };
}
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
function absRange(sheet: string, r0: number, c0: number, r1: number, c1: number): string {
  const a = `$${colName(c0)}$${r0 + 1}`;
  return `${quoteSheet(sheet)}!${a}${r0 === r1 && c0 === c1 ? "" : `:$${colName(c1)}$${r1 + 1}`}`;
}

// ------------------------------------------------------------------ tokens

type Token = { kind: "str" | "sheet" | "bracket" | "ident" | "num" | "err" | "op" | "space"; text: string };

export function tokenize(formula: string): Token[] {
  const out: Token[] = [];
  const s = formula;
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (ch === '"') {
      let j = i + 1;
      for (; j < s.length; j++)
        if (s[j] === '"') {
          if (s[j + 1] === '"') j++;
          else break;
        }
      out.push({ kind: "str", text: s.slice(i, j + 1) });
      i = j + 1;
    } else if (ch === "'") {
      let j = i + 1;
      for (; j < s.length; j++)
        if (s[j] === "'") {
          if (s[j + 1] === "'") j++;
          else break;
        }
      out.push({ kind: "sheet", text: s.slice(i, j + 1) });
      i = j + 1;
    } else if (ch === "[") {
      let depth = 0;
      let j = i;
      for (; j < s.length; j++) {
        if (s[j] === "'") {
          j++;
          continue;
        }
        if (s[j] === "[") depth++;
        else if (s[j] === "]" && --depth === 0) break;
      }
      if (depth !== 0 && j >= s.length) throw new Error(`unbalanced [ in ${formula}`);
      out.push({ kind: "bracket", text: s.slice(i, j + 1) });
      i = j + 1;
    } else if (/[\p{L}_\\$]/u.test(ch)) {
      const m = /^[\p{L}_\\$][\p{L}\p{N}_.$\\]*/u.exec(s.slice(i))!;
      out.push({ kind: "ident", text: m[0] });
      i += m[0].length;
    } else if (/[0-9.]/.test(ch)) {
      const m = /^(\d+\.?\d*|\.\d+)(E[+-]?\d+)?/i.exec(s.slice(i))!;
      out.push({ kind: "num", text: m[0] });
      i += m[0].length;
    } else if (ch === "#" && !(out.length && out[out.length - 1].kind === "ident")) {
      const m = /^#[A-Z0-9/]+[!?]?/i.exec(s.slice(i));
      if (!m) throw new Error(`unexpected # in ${formula}`);
      out.push({ kind: "err", text: m[0] });
      i += m[0].length;
    } else if (/\s/.test(ch)) {
      out.push({ kind: "space", text: ch });
      i++;
    } else {
      out.push({ kind: "op", text: ch });
      i++;
    }
  }
  return out;
}

const text = (ts: Token[]) => ts.map((t) => t.text).join("");

/** The index of the ")" closing the "(" at `open`. */
function closing(ts: Token[], open: number): number {
  let depth = 0;
  for (let j = open; j < ts.length; j++) {
    if (ts[j].kind !== "op") continue;
    if (ts[j].text === "(" || ts[j].text === "{") depth++;
    else if (ts[j].text === ")" || ts[j].text === "}") if (--depth === 0) return j;
  }
  throw new Error(`unbalanced ( in ${text(ts)}`);
}

/** The top-level arguments between `open` and its closing parenthesis. */
function splitArgs(ts: Token[], open: number, close: number): Token[][] {
  const args: Token[][] = [[]];
  let depth = 0;
  for (let j = open + 1; j < close; j++) {
    const t = ts[j];
    if (t.kind === "op" && (t.text === "(" || t.text === "{")) depth++;
    if (t.kind === "op" && (t.text === ")" || t.text === "}")) depth--;
    if (depth === 0 && t.kind === "op" && t.text === ",") args.push([]);
    else args[args.length - 1].push(t);
  }
  return args;
}

function nextSignificant(ts: Token[], j: number): Token | undefined {
  for (let k = j + 1; k < ts.length; k++) if (ts[k].kind !== "space") return ts[k];
  return undefined;
}

/**
 * XLOOKUP({"a","b"},keys,values) — an array of lookup values, which Excel looks up one by one
 * into an array of results — as HSTACK(XLOOKUP("a",keys,values),XLOOKUP("b",keys,values))
 * (VSTACK for a column {"a";"b"}): HyperFormula's XLOOKUP takes one lookup value only.
 */
export function expandArrayLookups(tokens: Token[]): Token[] {
  let ts = tokens;
  for (let j = 0; j < ts.length; j++) {
    const t = ts[j];
    if (!(t.kind === "ident" && t.text.toUpperCase() === "XLOOKUP" && ts[j + 1]?.text === "(")) continue;
    const close = closing(ts, j + 1);
    const args = splitArgs(ts, j + 1, close);
    const first = args[0].filter((x) => x.kind !== "space");
    if (!(first[0]?.text === "{" && first[first.length - 1]?.text === "}")) continue;
    const inner = first.slice(1, -1);
    const rows = inner.some((x) => x.kind === "op" && x.text === ";");
    if (rows && inner.some((x) => x.kind === "op" && x.text === ","))
      throw new Error(`XLOOKUP over a 2-D array: ${text(ts)}`);
    const values = inner.filter((x) => !(x.kind === "op" && (x.text === "," || x.text === ";")));
    const stack = lookupStack(
      rows ? "VSTACK" : "HSTACK",
      values.map((v) => [v]),
      args.slice(1),
    );
    ts = [...ts.slice(0, j), ...stack, ...ts.slice(close + 1)];
  }
  return ts;
}

/** STACK(XLOOKUP(value1,rest…),XLOOKUP(value2,rest…),…): one lookup per value. */
function lookupStack(stack: "VSTACK" | "HSTACK", values: Token[][], rest: Token[][]): Token[] {
  const tail = rest.flatMap((a) => [{ kind: "op", text: "," } as Token, ...a]);
  const calls = values.flatMap((v, k) => [
    ...(k > 0 ? [{ kind: "op", text: "," } as Token] : []),
    { kind: "ident", text: "XLOOKUP" } as Token,
    { kind: "op", text: "(" } as Token,
    ...v,
    ...tail,
    { kind: "op", text: ")" } as Token,
  ]);
  return [{ kind: "ident", text: stack }, { kind: "op", text: "(" }, ...calls, { kind: "op", text: ")" }];
}

// ------------------------------------------------------------------ structured references

interface TableGeometry {
  name: string;
  sheet: string;
  headerRow: number | null;
  firstData: number;
  lastData: number;
  totalsRow: number | null;
  c0: number;
  headers: string[];
}

function geometryOf(t: SnapshotTable): TableGeometry {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/i.exec(t.address);
  if (!m) throw new Error(`table ${t.name}: address ${t.address}`);
  const r0 = Number(m[4]) - 1;
  const r1 = Number(m[6]) - 1;
  const headers = t.showHeaders !== false;
  const totals = t.showTotals === true;
  return {
    name: t.name,
    sheet: t.sheet,
    headerRow: headers ? r0 : null,
    firstData: headers ? r0 + 1 : r0,
    lastData: totals ? r1 - 1 : r1,
    totalsRow: totals ? r1 : null,
    c0: colIndex(m[3]),
    headers: t.headers,
  };
}

const unescape = (h: string) => h.replace(/'(.)/g, "$1");

/** "[A]" → A; "[A]:[B]" → [A, B]; a bare name → that name. */
function columnSpan(item: string): [string, string] {
  const span = /^\[((?:[^'\]]|'.)*)\]\s*:\s*\[((?:[^'\]]|'.)*)\]$/.exec(item.trim());
  if (span) return [unescape(span[1]), unescape(span[2])];
  const one = /^\[((?:[^'\]]|'.)*)\]$/.exec(item.trim());
  const name = one ? unescape(one[1]) : unescape(item.trim());
  return [name, name];
}

/** Splits "[#This Row],[A]:[B]" at its top-level commas. */
function items(inner: string): string[] {
  const out = [""];
  let depth = 0;
  for (let j = 0; j < inner.length; j++) {
    const ch = inner[j];
    if (ch === "'") {
      out[out.length - 1] += ch + (inner[j + 1] ?? "");
      j++;
      continue;
    }
    if (ch === "[") depth++;
    if (ch === "]") depth--;
    if (ch === "," && depth === 0) out.push("");
    else out[out.length - 1] += ch;
  }
  return out.map((s) => s.trim()).filter((s) => s !== "");
}

type RowsPart = "data" | "headers" | "all" | "totals" | "thisRow";

function parseSpecifier(inner: string): { rows: RowsPart[]; cols: [string, string] | null } {
  const s = inner.trim();
  if (s.startsWith("@")) {
    const rest = s.slice(1).trim();
    return { rows: ["thisRow"], cols: rest === "" ? null : columnSpan(rest) };
  }
  const special = (x: string): RowsPart | null => {
    const k = x
      .replace(/^\[|\]$/g, "")
      .trim()
      .toLowerCase();
    return k === "#data"
      ? "data"
      : k === "#headers"
        ? "headers"
        : k === "#all"
          ? "all"
          : k === "#totals"
            ? "totals"
            : k === "#this row"
              ? "thisRow"
              : null;
  };
  if (!s.startsWith("[")) {
    const only = special(s);
    return only ? { rows: [only], cols: null } : { rows: ["data"], cols: columnSpan(s) };
  }
  const rows: RowsPart[] = [];
  let cols: [string, string] | null = null;
  for (const item of items(s)) {
    const r = special(item);
    if (r) rows.push(r);
    else cols = columnSpan(item);
  }
  return { rows: rows.length ? rows : ["data"], cols };
}

let knownNames: Set<string> | null = null;
/** HyperFormula's functions, with the plugin's. */
function known(): Set<string> {
  registerIncentivePlugin();
  knownNames ??= new Set(HyperFormula.getRegisteredFunctionNames("enGB").map((n) => n.toUpperCase()));
  return knownNames;
}

export class Translator {
  private readonly tables = new Map<string, TableGeometry>();
  /** Spilled sizes of anchors, "Sheet!A1" → rows × columns, from a first evaluation. */
  spills = new Map<string, { rows: number; cols: number }>();
  /** Every spill anchor a formula refers to: "Sheet!A1". */
  readonly spillAnchors = new Set<string>();

  constructor(tables: readonly SnapshotTable[]) {
    for (const t of tables) this.tables.set(t.name.toLowerCase(), geometryOf(t));
  }

  private tableAt(sheet: string, r: number, c: number): TableGeometry {
    for (const t of this.tables.values()) {
      if (t.sheet.toLowerCase() !== sheet.toLowerCase()) continue;
      if (r >= t.firstData && r <= t.lastData && c >= t.c0 && c < t.c0 + t.headers.length) return t;
    }
    throw new Error(`${sheet}!${colName(c)}${r + 1}: [@…] outside a table's data rows`);
  }

  private column(t: TableGeometry, header: string): number {
    const i = t.headers.findIndex((h) => h.toLowerCase() === header.toLowerCase());
    if (i < 0)
      throw new Error(`table ${t.name} has no column ${JSON.stringify(header)} (headers: ${t.headers.join(" | ")})`);
    return t.c0 + i;
  }

  /** One structured reference as an absolute A1 range. */
  private reference(t: TableGeometry, bracket: string | null, at: { sheet: string; r: number }): string {
    const spec = bracket === null ? { rows: ["data" as RowsPart], cols: null } : parseSpecifier(bracket.slice(1, -1));
    const [c0, c1] = spec.cols
      ? [this.column(t, spec.cols[0]), this.column(t, spec.cols[1])]
      : [t.c0, t.c0 + t.headers.length - 1];
    const rowsOf = (part: RowsPart): [number, number] => {
      switch (part) {
        case "data":
          return [t.firstData, t.lastData];
        case "headers":
          if (t.headerRow === null) throw new Error(`${t.name} has no header row`);
          return [t.headerRow, t.headerRow];
        case "totals":
          if (t.totalsRow === null) throw new Error(`${t.name} has no totals row`);
          return [t.totalsRow, t.totalsRow];
        case "all":
          return [t.headerRow ?? t.firstData, t.totalsRow ?? t.lastData];
        case "thisRow":
          if (at.sheet.toLowerCase() !== t.sheet.toLowerCase() || at.r < t.firstData || at.r > t.lastData)
            throw new Error(`${t.name}[@…] used outside its data rows (${at.sheet} row ${at.r + 1})`);
          return [at.r, at.r];
      }
    };
    const spans = spec.rows.map(rowsOf);
    const r0 = Math.min(...spans.map((x) => x[0]));
    const r1 = Math.max(...spans.map((x) => x[1]));
    return absRange(t.sheet, r0, Math.min(c0, c1), r1, Math.max(c0, c1));
  }

  /**
   * XLOOKUP(A9#&"",keys,values,…) — a spill of lookup values on this sheet — as
   * VSTACK(XLOOKUP(A9&"",keys,values,…),XLOOKUP(A10&"",…),…), one per row of the spill's size
   * (known from the first evaluation, like A1# itself): HyperFormula's XLOOKUP takes one value.
   */
  expandSpillLookups(tokens: Token[], sheet: string): Token[] {
    let ts = tokens;
    for (let j = 0; j < ts.length; j++) {
      if (!(ts[j].kind === "ident" && ts[j].text.toUpperCase() === "XLOOKUP" && ts[j + 1]?.text === "(")) continue;
      const close = closing(ts, j + 1);
      const [first, ...rest] = splitArgs(ts, j + 1, close);
      const f = first.filter((x) => x.kind !== "space");
      if (!(f.length === 4 && f[1].text === "#" && f[2].text === "&" && f[3].text === '""')) continue;
      if (!/^\$?[A-Z]+\$?\d+$/i.test(f[0].text)) continue;
      const { r: ar, c: ac } = parseCell(f[0].text);
      const key = `${sheet}!${colName(ac)}${ar + 1}`;
      this.spillAnchors.add(key);
      const rows = this.spills.get(key)?.rows ?? 1;
      const cells = Array.from({ length: rows }, (_, k): Token[] => [
        { kind: "ident", text: `${colName(ac)}${ar + 1 + k}` },
        { kind: "op", text: "&" },
        { kind: "str", text: '""' },
      ]);
      const stack = lookupStack("VSTACK", cells, rest);
      ts = [...ts.slice(0, j), ...stack, ...ts.slice(close + 1)];
    }
    return ts;
  }

  /** A formula as HyperFormula reads it, for the cell at sheet!(r, c). */
  formula(formula: string, sheet: string, r: number, c: number): string {
    const ts = this.expandSpillLookups(expandArrayLookups(tokenize(formula)), sheet);
    const missing = [
      ...new Set(
        ts
          .filter((t, j) => t.kind === "ident" && nextSignificant(ts, j)?.text === "(")
          .map((t) => t.text.toUpperCase())
          .filter((name) => !known().has(name)),
      ),
    ];
    // A function HyperFormula lacks: the cell is left to show #NAME? (listed by the test), not half computed.
    if (missing.length > 0) return `NOT_IN_HYPERFORMULA_${missing.join("_").replace(/\./g, "_")}()`;
    const out: string[] = [];
    for (let j = 0; j < ts.length; j++) {
      const t = ts[j];
      const next = ts[j + 1];
      if (t.kind === "ident" && this.tables.has(t.text.toLowerCase()) && next?.text !== "(" && next?.text !== "!") {
        const table = this.tables.get(t.text.toLowerCase())!;
        if (next?.kind === "bracket") {
          out.push(this.reference(table, next.text, { sheet, r }));
          j++;
        } else out.push(this.reference(table, null, { sheet, r }));
      } else if (t.kind === "bracket") {
        out.push(this.reference(this.tableAt(sheet, r, c), t.text, { sheet, r }));
      } else if (t.kind === "ident" && next?.kind === "op" && next.text === "#" && /^\$?[A-Z]+\$?\d+$/i.test(t.text)) {
        // A1# on this sheet (a sheet-qualified anchor keeps its sheet prefix in `out`).
        const qualified =
          j >= 2 && ts[j - 1].text === "!" ? ts[j - 2].text.replace(/^'|'$/g, "").replace(/''/g, "'") : sheet;
        const { r: ar, c: ac } = parseCell(t.text);
        const key = `${qualified}!${colName(ac)}${ar + 1}`;
        this.spillAnchors.add(key);
        const size = this.spills.get(key) ?? { rows: 1, cols: 1 };
        const range = `$${colName(ac)}$${ar + 1}:$${colName(ac + size.cols - 1)}$${ar + size.rows}`;
        if (qualified === sheet && !(j >= 2 && ts[j - 1].text === "!")) out.push(`${quoteSheet(sheet)}!${range}`);
        else out.push(range);
        j++;
      } else if (t.kind === "ident" && /^(TRUE|FALSE)$/i.test(t.text) && next?.text !== "(") {
        // HyperFormula's TRUE and FALSE are functions: TRUE() is Excel's constant TRUE.
        out.push(`${t.text.toUpperCase()}()`);
      } else out.push(t.text);
    }
    return out.join("");
  }
}

// ------------------------------------------------------------------ the workbook

export interface EvaluatedWorkbook {
  readonly hf: HyperFormula;
  /** The value HyperFormula computed (or the constant) at "Sheet", "B5". */
  value(sheet: string, address: string): unknown;
  /** Every formula written, with its translation and result. */
  readonly formulas: { sheet: string; address: string; formula: string; translated: string; value: unknown }[];
}

function sheetArrays(snapshot: Snapshot, translator: Translator): Record<string, unknown[][]> {
  const out: Record<string, unknown[][]> = {};
  for (const s of snapshot.sheets) {
    const grid: unknown[][] = [];
    for (const [address, cell] of Object.entries(s.cells)) {
      const { r, c } = parseCell(address);
      while (grid.length <= r) grid.push([]);
      let content: unknown;
      if (cell.f !== undefined) {
        try {
          content = "=" + translator.formula(cell.f.replace(/^=/, ""), s.name, r, c);
        } catch (e) {
          throw new Error(`${s.name}!${address} ${cell.f}: ${(e as Error).message}`);
        }
      } else {
        const v = cell.v;
        // Text in a Text-formatted cell ("@") stays text, as in Excel: "0012" is not the number 12.
        const asText =
          typeof v === "string" && (v.startsWith("=") || v.startsWith("'") || (cell.nf === "@" && v !== ""));
        content = asText ? `'${v}` : v === "" ? null : v;
      }
      grid[r][c] = content ?? null;
    }
    out[s.name] = grid.map((row) => Array.from({ length: row.length }, (_, k) => row[k] ?? null));
  }
  return out;
}

const CONFIG = {
  licenseKey: "gpl-v3",
  // Excel's dynamic arrays: an array result spills, operators work element by element.
  useArrayArithmetic: true,
  maxRows: 100_000,
};

function build(snapshot: Snapshot, translator: Translator): HyperFormula {
  const names = snapshot.names.map((n) => ({
    name: n.name,
    expression: "=" + translator.formula(n.formula.replace(/^=/, ""), snapshot.sheets[0].name, 0, 0),
  }));
  return HyperFormula.buildFromSheets(sheetArrays(snapshot, translator) as any, CONFIG, names);
}

/**
 * Builds and computes the workbook; again while a spill's size changes (a formula refers to a
 * spill, to learn its size; a spill whose size depends on another spill's takes one more pass).
 */
export function evaluateWorkbook(snapshot: Snapshot): EvaluatedWorkbook {
  registerIncentivePlugin();
  const translator = new Translator(snapshot.tables);
  let hf = build(snapshot, translator);
  for (let pass = 0; pass < 4 && translator.spillAnchors.size > 0; pass++) {
    let changed = false;
    for (const key of translator.spillAnchors) {
      const [sheet, address] = [key.slice(0, key.lastIndexOf("!")), key.slice(key.lastIndexOf("!") + 1)];
      const id = hf.getSheetId(sheet)!;
      const { r, c } = parseCell(address);
      const inArray = (row: number, col: number) =>
        hf.isCellPartOfArray({ sheet: id, row, col }) && !hf.doesCellHaveFormula({ sheet: id, row, col });
      let rows = 1;
      while (inArray(r + rows, c)) rows++;
      let cols = 1;
      while (inArray(r, c + cols)) cols++;
      const was = translator.spills.get(key);
      if (pass === 0 || !was || was.rows !== rows || was.cols !== cols) changed = true;
      translator.spills.set(key, { rows, cols });
    }
    if (!changed) break;
    hf.destroy();
    hf = build(snapshot, translator);
  }
  const value = (sheet: string, address: string) => {
    const id = hf.getSheetId(sheet);
    if (id === undefined) throw new Error(`no sheet ${sheet}`);
    const { r, c } = parseCell(address);
    return hf.getCellValue({ sheet: id, row: r, col: c });
  };
  const formulas = snapshot.sheets.flatMap((s) =>
    Object.entries(s.cells)
      .filter(([, cell]) => cell.f !== undefined)
      .map(([address, cell]) => {
        const { r, c } = parseCell(address);
        return {
          sheet: s.name,
          address,
          formula: cell.f!,
          translated: translator.formula(cell.f!.replace(/^=/, ""), s.name, r, c),
          value: value(s.name, address),
        };
      }),
  );
  return { hf, value, formulas };
}
