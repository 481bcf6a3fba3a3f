/*
 * Test helper: an exceljs workbook's .xlsx bytes, made synchronously. exceljs's own writeBuffer()
 * and writeFile() zip the parts with JSZip, which yields on setImmediate between chunks: on a busy
 * machine jest's 5 s timer (a timer too) could then fire in the middle of a save (issue 12). Here
 * exceljs renders the same parts, in the order its `XLSX.write` adds them, into a recorder instead
 * of its zip writer, and storedZip packs them; nothing in between waits for the event loop.
 */
import type ExcelJS from "exceljs";
import { storedZip } from "./storedZip";

interface PartRecorder {
  append(data: string | Buffer, options: { name: string; base64?: boolean }): void;
}

/** The parts of exceljs's XLSX writer used here (lib/xlsx/xlsx.js, exceljs 4.4). */
type XlsxWriter = {
  prepareModel(model: unknown, options: object): void;
} & Record<(typeof RENDERS)[number], (zip: PartRecorder, model: unknown) => unknown>;

// XLSX.write's order (shared strings after the worksheets that fill them); addMedia is left out:
// these workbooks have no images, which is checked.
const RENDERS = [
  "addContentTypes",
  "addOfficeRels",
  "addWorkbookRels",
  "addWorksheets",
  "addSharedStrings",
  "addDrawings",
  "addTables",
  "addThemes",
  "addStyles",
  "addApp",
  "addCore",
  "addWorkbook",
] as const;

const ALWAYS = ["[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/workbook.xml", "xl/styles.xml"];

/** The workbook as .xlsx bytes (stored, uncompressed entries), without yielding. */
export function xlsxBytes(workbook: ExcelJS.Workbook): Buffer {
  const writer = workbook.xlsx as unknown as XlsxWriter;
  const model = workbook.model as unknown as { media: unknown[]; worksheets: { id: number }[] };
  if (model.media.length > 0) throw new Error("xlsxBytes: a workbook with images needs exceljs's own writer");
  const parts = new Map<string, Buffer>();
  const recorder: PartRecorder = {
    append: (data, { name, base64 }) =>
      void parts.set(name, typeof data === "string" ? Buffer.from(data, base64 ? "base64" : "utf8") : data),
  };
  writer.prepareModel(model, {});
  // Most of these methods are declared async but never await: their work is done when they return.
  // One that throws returns a rejected promise (jest reports it) and leaves its part out (checked).
  for (const render of RENDERS) void writer[render](recorder, model);
  const expected = [...ALWAYS, ...model.worksheets.map((s) => `xl/worksheets/sheet${s.id}.xml`)];
  const missing = expected.filter((name) => !parts.has(name));
  if (missing.length > 0) throw new Error(`xlsxBytes: exceljs did not render ${missing.join(", ")}`);
  return storedZip(parts);
}
