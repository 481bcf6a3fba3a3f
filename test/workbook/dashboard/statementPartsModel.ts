/*
 * What statementParts.test.ts and statementParts.heavy.test.ts share: the SolarWave program on the
 * strict Excel model with n partners, resizing its data table as a user would, and reading the
 * statement number a live block's formula gives.
 */
import { programTemplate } from "../../../src/engine";
import type { PartnerSeed } from "../../../src/workbook/contract";
import { createProgram } from "../../../src/workbook/programs";
import { blockHeight, blockRows, STATEMENT_TOP } from "../../../src/workbook/dashboard/statementLayout";
import { OWNER_PROPERTY, parseOwnerMark } from "../../../src/workbook/ownership";
import { ModelExcel, ModelSheet } from "../../excel-model/fakeExcelFacade";

export const KEY = "SolarWave_Installer";
export const P = programTemplate("solarwave");
export const H = blockHeight(P);
const AT = blockRows(P);
/** Excel row (1-based) of block k's (0-based) first row, and of its statement number. */
export const blockTop = (k: number) => STATEMENT_TOP + 1 + k * H;
export const numberRow = (k: number) => blockTop(k) + AT.identity;

function seeds(n: number): PartnerSeed[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `P${100000 + i}`,
    name: `Partner ${i}`,
    actuals: [0.5 + (i % 10) / 10, 3.5 + (i % 3) / 2],
  }));
}

export async function modelWith(n: number): Promise<ModelExcel> {
  // Excel on the web: its 5 MB request limit, and TableRowCollection.deleteRowsAt for the tests' edits.
  const excel = new ModelExcel({ excelApi: "1.20", host: "web" });
  await createProgram(excel.context, P, { partners: seeds(n) });
  return excel;
}

/** Removes partners from, or adds partners to, the data table's end, as a user would (then regenerates). */
export async function resizeData(excel: ModelExcel, n: number): Promise<void> {
  const table = excel.context.workbook.tables.getItem(`PI_${KEY}_Data`);
  const body = table.getDataBodyRange().load("rowCount");
  const header = table.getHeaderRowRange().load("values");
  await excel.context.sync();
  if (n < body.rowCount) {
    table.rows.deleteRowsAt(n, body.rowCount - n);
  } else if (n > body.rowCount) {
    // The partner's own cells; null leaves the calculated columns' formulas as they are.
    const h = header.values[0] as string[];
    const rows = seeds(n)
      .slice(body.rowCount)
      .map((s) => h.map((col) => (col === "Partner ID" ? s.id : col === "Partner" ? s.name : null)));
    table.rows.add(undefined, rows);
  }
  await excel.context.sync();
}

/** The statement number a live block's formula gives, evaluated for its own row. */
export function liveNumber(sheet: ModelSheet, k: number): number {
  const f = String(sheet.at(`F${numberRow(k)}`)?.value);
  const m = /^=\(ROW\(\)-ROW\(\$F\$(\d+)\)\)\/(\d+)\+(\d+)$/.exec(f);
  if (!m) throw new Error(`not a statement number formula: ${f}`);
  return (numberRow(k) - Number(m[1])) / Number(m[2]) + Number(m[3]);
}

/** The ownership mark on a sheet: key, role and part. */
export const mark = (sheet: ModelSheet) =>
  parseOwnerMark(sheet.customProperties.find((p) => p.key === OWNER_PROPERTY)?.value);
