/*
 * The tables of a saved .xlsx file, read without Excel: each table's name, sheet, range, headers
 * and body values. Values are the ones stored in the file: for a formula cell, the result Excel
 * last calculated (the cached value, <v>); the formula text (<f>) is never read.
 *
 * A small reader of its own (Node's zlib for the zip entries, a scanner for the cell XML) rather
 * than exceljs's: exceljs 4.4 drops a formula's cached result when it is 0 or FALSE (its
 * cell-xform tests `if (model.value)`), which is exactly what a missed gate caches, and it
 * builds an object per cell, too slow for 50,000 partners. docs/verify.md.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";

/** An error value cached in a cell: "#N/A", "#VALUE!"… */
export interface CellError {
  readonly error: string;
}

/** A cell's stored value: number, text, boolean, an error, or "" for a blank cell. */
export type CellValue = number | string | boolean | CellError;

export interface FileTable {
  readonly name: string;
  readonly sheet: string;
  /** The table's top-left cell (its header row), zero-based. */
  readonly row: number;
  readonly column: number;
  readonly headers: readonly string[];
  /** The body rows (header and totals rows excluded). */
  readonly rows: readonly (readonly CellValue[])[];
}

/** The tables, and the value of each defined name that refers to one cell (by lowercase name). */
export interface FileWorkbook {
  readonly tables: readonly FileTable[];
  readonly names: ReadonlyMap<string, CellValue>;
  /**
   * Every stored cell of a sheet as rows from A1 (blank where nothing is stored), null when the
   * file has no such sheet: for a closed period's snapshot sheet, which is not a table.
   */
  readonly sheetValues?: (sheet: string) => CellValue[][] | null;
}

export class NotAWorkbookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NotAWorkbookError";
  }
}

// ------------------------------------------------------------------ zip

/** The archive's entries by name, inflated when asked for. */
export function zipEntries(data: Buffer): Map<string, () => Buffer> {
  // End of central directory: the last "PK\x05\x06" within the final 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 65557); i--) {
    if (data.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new NotAWorkbookError("not a zip archive (no central directory)");
  const count = data.readUInt16LE(eocd + 10);
  let at = data.readUInt32LE(eocd + 16);
  const out = new Map<string, () => Buffer>();
  for (let n = 0; n < count; n++) {
    if (data.readUInt32LE(at) !== 0x02014b50) throw new NotAWorkbookError("a damaged zip archive");
    const method = data.readUInt16LE(at + 10);
    const size = data.readUInt32LE(at + 20);
    const nameLength = data.readUInt16LE(at + 28);
    const extra = data.readUInt16LE(at + 30);
    const comment = data.readUInt16LE(at + 32);
    const local = data.readUInt32LE(at + 42);
    const name = data.toString("utf8", at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extra + comment;
    out.set(name.replace(/^\//, ""), () => {
      const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
      const raw = data.subarray(start, start + size);
      if (method === 0) return raw;
      if (method === 8) return zlib.inflateRawSync(raw);
      throw new NotAWorkbookError(`zip entry ${name} uses compression method ${method}`);
    });
  }
  return out;
}

// ------------------------------------------------------------------ XML

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function unescapeXml(s: string): string {
  if (s.indexOf("&") < 0 && s.indexOf("_x") < 0) return s;
  return s
    .replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) =>
      e[0] === "#"
        ? String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
        : (ENTITIES[e] ?? m),
    )
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : null;
}

/** The text of every <t> in a fragment (a shared string or an inline string, rich text joined). */
function texts(xml: string): string {
  let s = "";
  const re = /<t(?:\s[^>]*)?>([^<]*)<\/t>|<rPh\b[\s\S]*?<\/rPh>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) if (m[1] !== undefined) s += m[1];
  return unescapeXml(s);
}

function relationships(entries: Map<string, () => Buffer>, part: string): Map<string, string> {
  const dir = path.posix.dirname(part);
  const relsPath = `${dir}/_rels/${path.posix.basename(part)}.rels`;
  const out = new Map<string, string>();
  const get = entries.get(relsPath);
  if (!get) return out;
  for (const m of get()
    .toString("utf8")
    .matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], "Id");
    const target = attr(m[0], "Target");
    if (id && target) out.set(id, target.startsWith("/") ? target.slice(1) : path.posix.normalize(`${dir}/${target}`));
  }
  return out;
}

// ------------------------------------------------------------------ cells

function parseRef(ref: string): { r0: number; c0: number; r1: number; c1: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref.trim());
  if (!m) throw new NotAWorkbookError(`a table's range ${ref} cannot be read`);
  const r0 = Number(m[2]) - 1;
  const c0 = columnIndex(m[1]);
  return { r0, c0, r1: m[4] ? Number(m[4]) - 1 : r0, c1: m[3] ? columnIndex(m[3]) : c0 };
}

function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) & 0xdf) - 64;
  return n - 1;
}

/** Only the cells inside the wanted boxes are kept: row → column → value. */
type Box = { r0: number; c0: number; r1: number; c1: number };

function readCells(xml: string, shared: readonly string[], boxes: readonly Box[]): Map<number, Map<number, CellValue>> {
  const out = new Map<number, Map<number, CellValue>>();
  const rMin = Math.min(...boxes.map((b) => b.r0));
  const rMax = Math.max(...boxes.map((b) => b.r1));
  const wanted = (r: number, c: number) => boxes.some((b) => r >= b.r0 && r <= b.r1 && c >= b.c0 && c <= b.c1);
  // <c r="B7" s="3" t="s"><f>…</f><v>12</v></c>, or <c r="B7" s="3"/> (blank)
  const re = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
  let lastRow = -1;
  let lastCol = -1;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const head = m[1];
    const ref = /\sr="([A-Z]+)(\d+)"/.exec(head);
    let r: number;
    let c: number;
    if (ref) {
      r = Number(ref[2]) - 1;
      c = columnIndex(ref[1]);
    } else {
      // A cell without r follows the one before it (rows start a new count; rare outside Excel).
      r = lastRow < 0 ? 0 : lastRow;
      c = lastCol + 1;
    }
    lastRow = r;
    lastCol = c;
    if (r < rMin || r > rMax || !wanted(r, c) || m[2] === undefined) continue;
    const body = m[2];
    const type = /\st="([^"]*)"/.exec(head)?.[1] ?? "n";
    let value: CellValue = "";
    if (type === "inlineStr") {
      value = texts(body);
    } else {
      const v = /<v>([^<]*)<\/v>/.exec(body);
      if (v) {
        const raw = v[1];
        switch (type) {
          case "s":
            value = shared[Number(raw)] ?? "";
            break;
          case "str":
            value = unescapeXml(raw);
            break;
          case "b":
            value = raw === "1" || raw === "true";
            break;
          case "e":
            value = { error: unescapeXml(raw) };
            break;
          default:
            value = raw === "" ? "" : Number(raw);
        }
      }
    }
    let row = out.get(r);
    if (!row) out.set(r, (row = new Map()));
    row.set(c, value);
  }
  return out;
}

// ------------------------------------------------------------------ the workbook

/** Each sheet's part in the archive, by sheet name ("Data" → "xl/worksheets/sheet2.xml"). */
export function sheetParts(entries: Map<string, () => Buffer>): Map<string, string> {
  const out = new Map<string, string>();
  const workbook = entries.get("xl/workbook.xml");
  if (!workbook) return out;
  const rels = relationships(entries, "xl/workbook.xml");
  for (const m of workbook()
    .toString("utf8")
    .matchAll(/<sheet\b[^>]*>/g)) {
    const rid = attr(m[0], "r:id") ?? /\s[\w]+:id="([^"]*)"/.exec(m[0])?.[1] ?? "";
    const part = rels.get(rid);
    if (part) out.set(attr(m[0], "name") ?? "", part);
  }
  return out;
}

/**
 * Every table in the file, in sheet order, and the single-cell defined names' values (the
 * program's setting names, PI_<key>_Cap…). Throws NotAWorkbookError for a file that is not an .xlsx.
 */
export function readFileTables(file: string): FileWorkbook {
  let data: Buffer;
  try {
    data = fs.readFileSync(file);
  } catch (e) {
    throw new NotAWorkbookError(`cannot read ${file}: ${(e as Error).message}`);
  }
  if (data.length < 4 || data.readUInt32LE(0) !== 0x04034b50)
    throw new NotAWorkbookError(`${file} is not an .xlsx workbook (not a zip archive)`);
  return readTables(data, file);
}

export function readTables(data: Buffer, file = "the file"): FileWorkbook {
  let entries: Map<string, () => Buffer>;
  try {
    entries = zipEntries(data);
  } catch (e) {
    throw new NotAWorkbookError(`${file} is not an .xlsx workbook (${(e as Error).message})`);
  }
  const workbookPart = "xl/workbook.xml";
  const workbook = entries.get(workbookPart);
  if (!workbook) throw new NotAWorkbookError(`${file} is not an .xlsx workbook (no xl/workbook.xml)`);
  const wbXml = workbook().toString("utf8");
  const wbRels = relationships(entries, workbookPart);
  const sharedPart = [...wbRels.values()].find((t) => /sharedStrings\d*\.xml$/i.test(t));
  const shared: string[] = [];
  if (sharedPart && entries.has(sharedPart)) {
    const xml = entries.get(sharedPart)!().toString("utf8");
    for (const m of xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)) shared.push(m[1] === undefined ? "" : texts(m[1]));
  }
  // Defined names that refer to one cell: 'Plan sheet'!$B$9.
  const namedCells = new Map<string, { name: string; r: number; c: number }[]>();
  for (const m of wbXml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)) {
    const name = attr(m[0], "name");
    const ref = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]+)\$?(\d+)$/.exec(unescapeXml(m[2]).trim());
    if (!name || !ref) continue;
    const sheet = ref[1] !== undefined ? ref[1].replace(/''/g, "'") : ref[2];
    const list = namedCells.get(sheet) ?? [];
    list.push({ name: name.toLowerCase(), r: Number(ref[4]) - 1, c: columnIndex(ref[3]) });
    namedCells.set(sheet, list);
  }
  const names = new Map<string, CellValue>();
  const out: FileTable[] = [];
  for (const m of wbXml.matchAll(/<sheet\b[^>]*>/g)) {
    const sheet = attr(m[0], "name") ?? "";
    const rid = attr(m[0], "r:id") ?? /\s[\w]+:id="([^"]*)"/.exec(m[0])?.[1] ?? "";
    const part = wbRels.get(rid);
    if (!part || !entries.has(part)) continue;
    const sheetRels = relationships(entries, part);
    const tables: { name: string; box: Box; headerRows: number; totalsRows: number; columns: string[] }[] = [];
    for (const target of sheetRels.values()) {
      if (!/\/tables\/[^/]+\.xml$/i.test(target) || !entries.has(target)) continue;
      const xml = entries.get(target)!().toString("utf8");
      const tag = /<table\b[^>]*>/.exec(xml)?.[0] ?? "";
      const columns = [...xml.matchAll(/<tableColumn\b[^>]*>/g)].map((c) => attr(c[0], "name") ?? "");
      tables.push({
        name: attr(tag, "name") ?? attr(tag, "displayName") ?? "",
        box: parseRef(attr(tag, "ref") ?? ""),
        headerRows: attr(tag, "headerRowCount") === "0" ? 0 : 1,
        totalsRows: Number(attr(tag, "totalsRowCount") ?? (attr(tag, "totalsRowShown") === "1" ? 0 : 0)),
        columns,
      });
    }
    const named = namedCells.get(sheet) ?? [];
    if (tables.length === 0 && named.length === 0) continue;
    const cells = readCells(entries.get(part)!().toString("utf8"), shared, [
      ...tables.map((t) => t.box),
      ...named.map(({ r, c }) => ({ r0: r, c0: c, r1: r, c1: c })),
    ]);
    for (const n of named) names.set(n.name, cells.get(n.r)?.get(n.c) ?? "");
    for (const t of tables) {
      const { r0, c0, r1, c1 } = t.box;
      const width = c1 - c0 + 1;
      const rows: CellValue[][] = [];
      for (let r = r0 + t.headerRows; r <= r1 - t.totalsRows; r++) {
        const row = cells.get(r);
        const values: CellValue[] = new Array(width);
        for (let c = 0; c < width; c++) values[c] = row?.get(c0 + c) ?? "";
        rows.push(values);
      }
      // The table part's column names are the headers (Excel keeps them equal to the header cells).
      out.push({ name: t.name, sheet, row: r0, column: c0, headers: t.columns, rows });
    }
  }
  const sheetValues = (sheet: string): CellValue[][] | null => {
    const part = sheetParts(entries).get(sheet);
    if (!part || !entries.has(part)) return null;
    const all = { r0: 0, c0: 0, r1: Number.MAX_SAFE_INTEGER, c1: Number.MAX_SAFE_INTEGER };
    const cells = readCells(entries.get(part)!().toString("utf8"), shared, [all]);
    const rows: CellValue[][] = [];
    for (const [r, row] of cells) {
      const values: CellValue[] = (rows[r] = rows[r] ?? []);
      for (const [c, v] of row) values[c] = v;
    }
    return Array.from(rows, (row) => Array.from(row ?? [], (v) => v ?? ""));
  };
  return { tables: out, names, sheetValues };
}
