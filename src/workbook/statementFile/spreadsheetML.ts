/*
 * The parts of an .xlsx package (ECMA-376 SpreadsheetML) for one statement sheet: content types,
 * relationships, the workbook, the styles (number formats, fonts, fills), the shared strings and
 * the worksheet. Text as XML, ready to zip (statementFileBytes.ts). Only what a values-only
 * statement uses: no formulas, no themes, no document properties (nothing about who made it).
 */
import { columnLetters } from "../addresses";
import type { FileCellLook, FileSheet } from "./fileSheet";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** True for a UTF-16 unit XML 1.0 cannot hold (C0 controls but tab, LF, CR; U+FFFE, U+FFFF). */
function notXml(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff;
}

/**
 * Characters XML 1.0 cannot hold, written as SpreadsheetML's _xHHHH_ escape (ECMA-376 Part 1,
 * §22.9.2.19 ST_Xstring); an underscore that would read as the start of one is escaped itself.
 */
function escapeUnits(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const looksEscaped = s[i] === "_" && /^x[0-9A-Fa-f]{4}_/.test(s.slice(i + 1, i + 7));
    out += notXml(code) || looksEscaped ? `_x${code.toString(16).toUpperCase().padStart(4, "0")}_` : s[i];
  }
  return out;
}

/** Text as XML character data or an attribute value. */
export function xmlText(s: string): string {
  return escapeUnits(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Fonts by look: 0 the default, then bold, title, tile, note, flag (ids are their positions). */
const FONTS = [
  '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
  '<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font>',
  '<font><b/><sz val="16"/><name val="Calibri"/><family val="2"/></font>',
  '<font><i/><sz val="11"/><color rgb="FF595959"/><name val="Calibri"/><family val="2"/></font>',
  '<font><b/><sz val="11"/><color rgb="FF9C0006"/><name val="Calibri"/><family val="2"/></font>',
];
/** Fills: the two Excel requires first, then the header's grey and the flag's pink. */
const FILLS = [
  '<fill><patternFill patternType="none"/></fill>',
  '<fill><patternFill patternType="gray125"/></fill>',
  '<fill><patternFill patternType="solid"><fgColor rgb="FFF2F2F2"/><bgColor indexed="64"/></patternFill></fill>',
  '<fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/><bgColor indexed="64"/></patternFill></fill>',
];
/** The font and fill of each look (as gridSteps.applyStyle and the statement's conditional format give them). */
const LOOKS: Record<FileCellLook, { font: number; fill: number }> = {
  caption: { font: 1, fill: 0 },
  total: { font: 1, fill: 0 },
  header: { font: 1, fill: 2 },
  title: { font: 2, fill: 0 },
  tile: { font: 3, fill: 0 },
  note: { font: 4, fill: 0 },
  flag: { font: 5, fill: 3 },
};

/** Custom number formats start at 164 (0–163 are Excel's built-in ids). */
const FIRST_CUSTOM_FORMAT = 164;

/** Collects the distinct cell formats (number format × look) as styles.xml's cellXfs. */
class CellFormats {
  private readonly numFmts = new Map<string, number>();
  private readonly xfs = new Map<string, number>([["0|", 0]]);

  idOf(format: string | null, look: FileCellLook | null): number {
    const numFmtId = format === null || format === "General" ? 0 : this.numFmtOf(format);
    const key = `${numFmtId}|${look ?? ""}`;
    let id = this.xfs.get(key);
    if (id === undefined) this.xfs.set(key, (id = this.xfs.size));
    return id;
  }

  private numFmtOf(format: string): number {
    let id = this.numFmts.get(format);
    if (id === undefined) this.numFmts.set(format, (id = FIRST_CUSTOM_FORMAT + this.numFmts.size));
    return id;
  }

  xml(): string {
    const numFmts = [...this.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`);
    const xfs = [...this.xfs.keys()].map((key) => {
      const [numFmtId, look] = key.split("|");
      const { font, fill } = look ? LOOKS[look as FileCellLook] : { font: 0, fill: 0 };
      const applied = [
        numFmtId !== "0" ? ' applyNumberFormat="1"' : "",
        font !== 0 ? ' applyFont="1"' : "",
        fill !== 0 ? ' applyFill="1"' : "",
      ].join("");
      return `<xf numFmtId="${numFmtId}" fontId="${font}" fillId="${fill}" borderId="0" xfId="0"${applied}/>`;
    });
    return (
      `${XML}<styleSheet xmlns="${MAIN}">` +
      (numFmts.length > 0 ? `<numFmts count="${numFmts.length}">${numFmts.join("")}</numFmts>` : "") +
      `<fonts count="${FONTS.length}">${FONTS.join("")}</fonts>` +
      `<fills count="${FILLS.length}">${FILLS.join("")}</fills>` +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      "</styleSheet>"
    );
  }
}

/** The shared strings table: each distinct text once, cells refer to it by index. */
class SharedStrings {
  private readonly ids = new Map<string, number>();
  private uses = 0;

  idOf(s: string): number {
    this.uses++;
    let id = this.ids.get(s);
    if (id === undefined) this.ids.set(s, (id = this.ids.size));
    return id;
  }

  xml(): string {
    const items = [...this.ids.keys()].map((s) => {
      const keep = /^\s|\s$|\n/.test(s) ? ' xml:space="preserve"' : "";
      return `<si><t${keep}>${xmlText(s)}</t></si>`;
    });
    return `${XML}<sst xmlns="${MAIN}" count="${this.uses}" uniqueCount="${items.length}">${items.join("")}</sst>`;
  }
}

/** Points (Range.format.columnWidth) to a column width in characters of Calibri 11's 7-pixel digit. */
export function characterWidth(points: number): number {
  const pixels = (points * 96) / 72;
  return Math.max(0, Math.round(((pixels - 5) / 7) * 100) / 100);
}

function worksheetXml(sheet: FileSheet, formats: CellFormats, strings: SharedStrings): string {
  const rows = new Map<number, string[]>();
  for (const c of sheet.cells) {
    const ref = `${columnLetters(c.column)}${c.row + 1}`;
    const s = formats.idOf(c.format, c.look);
    const style = s === 0 ? "" : ` s="${s}"`;
    let cell: string;
    if (c.value === null) cell = `<c r="${ref}"${style}/>`;
    else if (typeof c.value === "string") cell = `<c r="${ref}"${style} t="s"><v>${strings.idOf(c.value)}</v></c>`;
    else if (typeof c.value === "boolean") cell = `<c r="${ref}"${style} t="b"><v>${c.value ? 1 : 0}</v></c>`;
    else if (Number.isFinite(c.value)) cell = `<c r="${ref}"${style}><v>${c.value}</v></c>`;
    else cell = `<c r="${ref}"${style}/>`;
    const row = rows.get(c.row) ?? [];
    row.push(cell);
    rows.set(c.row, row);
  }
  const cols = [...sheet.columnWidths]
    .sort((a, b) => a.column - b.column)
    .map(
      (w) => `<col min="${w.column + 1}" max="${w.column + 1}" width="${characterWidth(w.width)}" customWidth="1"/>`,
    );
  const data = [...rows].map(([r, cells]) => `<row r="${r + 1}">${cells.join("")}</row>`);
  return (
    `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    '<sheetViews><sheetView workbookViewId="0" tabSelected="1"/></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols.length > 0 ? `<cols>${cols.join("")}</cols>` : "") +
    `<sheetData>${data.join("")}</sheetData>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    `<pageSetup orientation="${sheet.landscape ? "landscape" : "portrait"}"/>` +
    "</worksheet>"
  );
}

/** Every part of the package, by its path in the zip. */
export function spreadsheetParts(sheet: FileSheet): Record<string, string> {
  const formats = new CellFormats();
  const strings = new SharedStrings();
  const worksheet = worksheetXml(sheet, formats, strings);
  const type = (part: string) => `application/vnd.openxmlformats-officedocument.spreadsheetml.${part}+xml`;
  return {
    "[Content_Types].xml":
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${type("sheet.main")}"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${type("worksheet")}"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${type("styles")}"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${type("sharedStrings")}"/>` +
      "</Types>",
    "_rels/.rels":
      `${XML}<Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
      "</Relationships>",
    "xl/workbook.xml":
      `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
      '<bookViews><workbookView activeTab="0"/></bookViews>' +
      `<sheets><sheet name="${xmlText(sheet.name)}" sheetId="1" r:id="rId1"/></sheets>` +
      "</workbook>",
    "xl/_rels/workbook.xml.rels":
      `${XML}<Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
      "</Relationships>",
    "xl/worksheets/sheet1.xml": worksheet,
    "xl/styles.xml": formats.xml(),
    "xl/sharedStrings.xml": strings.xml(),
  };
}
