/*
 * How Excel stores the add-in's formulas in a saved file has not been tried here (no Excel): newer
 * functions carry an `_xlfn.` prefix in the file (MS-XLSX 2.2.3), JavaScript custom functions have
 * been reported saved with an `_xldudf` prefix (OfficeDev/Excel-Custom-Functions#108,
 * OfficeDev/office-js#2568). verify reads cached values, never formula text, so the data sheet's
 * formulas are rewritten here in those forms (and as shared and array formulas) in the saved XML,
 * their cached values left as they are: verify must find exactly what it finds on the file as
 * written. A cached #NAME? (Excel recalculated without the add-in) is a difference.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { programTemplate } from "../../src/engine";
import type { PartnerSeed } from "../../src/workbook/contract";
import { createProgram } from "../../src/workbook/programs";
import { ModelExcel } from "../excel-model/fakeExcelFacade";
import { runVerify } from "../../scripts/verify/cli";
import { Snap, engineResults, snapshotToWorkbook } from "../../scripts/verify/sampleXlsx";
import { xlsxBytes } from "./xlsxBytes";
import { sheetParts, zipEntries } from "../../scripts/verify/xlsxTables";
import { editZip } from "./zipEdit";

const DATA_SHEET = "SolarWave Installer Data";
const SEEDS: PartnerSeed[] = [
  { id: "P1", name: "Sun & Co", actuals: [0.97, 4.6] },
  { id: "P2", name: "Volt", actuals: [0.85, 4.1] },
  { id: "P3", name: "Ray", actuals: [0.6, 3.2] },
];

let saved: Buffer;
let dataPart: string;

beforeAll(async () => {
  const excel = new ModelExcel({ excelApi: "1.20" });
  await createProgram(excel.context, programTemplate("solarwave"), { partners: SEEDS });
  const snap = excel.model.snapshot() as unknown as Snap;
  saved = xlsxBytes(snapshotToWorkbook(snap, engineResults(snap)));
  dataPart = sheetParts(zipEntries(saved)).get(DATA_SHEET)!;
});

/** `npm run verify --json` on the saved file with its data sheet's XML rewritten by `edit`. */
async function verifyEdited(edit: (xml: string) => string) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "verify-prefix-")), "prefixed.xlsx");
  fs.writeFileSync(file, editZip(saved, dataPart, edit));
  const { code, stdout } = await runVerify([file, "--json"]);
  return { code, json: JSON.parse(stdout) };
}

/** Each formula's text in the sheet XML rewritten by `rename`; the cells' cached values untouched. */
const formulas = (rename: (text: string) => string) => (xml: string) => {
  const out = xml.replace(/<f>([^<]*)<\/f>/g, (_, text: string) => `<f>${rename(text)}</f>`);
  expect(out).not.toBe(xml);
  return out;
};

const FORMS: [string, (text: string) => string][] = [
  ["_xlfn. on the newer functions (XLOOKUP, LET)", (f) => f.replace(/\b(XLOOKUP|LET)\(/g, "_xlfn.$1(")],
  ["_xldudf_ custom functions (dots as underscores)", (f) => f.replace(/INCENTIVE\.(\w+)\(/g, "_xldudf_INCENTIVE_$1(")],
  ["_xludf. custom functions", (f) => f.replace(/INCENTIVE\./g, "_xludf.INCENTIVE.")],
  [
    "a custom function under another add-in's link, [2]!_xldudf_",
    (f) => f.replace(/INCENTIVE\./g, "[2]!_xldudf_INCENTIVE."),
  ],
];

test("the file as written: exit 0, every cell checked", async () => {
  const { code, json } = await verifyEdited((xml) => xml + " ");
  expect(code).toBe(0);
  expect(json.programs[0]).toMatchObject({ partners: 3, cellsChecked: 18 });
});

test.each(FORMS)("formulas stored with %s: read by their cached values, exit 0", async (_, rename) => {
  const { code, json } = await verifyEdited(formulas(rename));
  expect(json).toMatchObject({ status: "ok", differences: [] });
  expect(json.programs[0]).toMatchObject({ partners: 3, cellsChecked: 18 });
  expect(code).toBe(0);
});

test("shared and array formulas (a follower cell with no formula text of its own): exit 0", async () => {
  let n = 0;
  const { code, json } = await verifyEdited((xml) => {
    const out = xml.replace(/<f>([^<]*)<\/f>/g, (_m, text: string) => {
      n++;
      if (n === 1) return `<f t="array" ref="A1">${text}</f>`;
      if (n === 2) return `<f t="shared" ref="A1:A3" si="7">_xlfn.${text}</f>`;
      return `<f t="shared" si="7"/>`;
    });
    return out;
  });
  expect(n).toBeGreaterThan(3);
  expect(json).toMatchObject({ status: "ok", differences: [] });
  expect(code).toBe(0);
});

test("a payout whose cached value is #NAME? (recalculated without the add-in): exit 1, that cell named", async () => {
  // P2's payout, J6: the second partner row under the header in row 4.
  const { code, json } = await verifyEdited((xml) => {
    const out = xml.replace(/<c r="J6"([^>]*)><f>([^<]*)<\/f><v>[^<]*<\/v><\/c>/, (_, head: string, f: string) => {
      return `<c r="J6"${head.replace(/\st="[^"]*"/, "")} t="e"><f>_xldudf_${f}</f><v>#NAME?</v></c>`;
    });
    expect(out).not.toBe(xml);
    return out;
  });
  expect(code).toBe(1);
  expect(json.differences).toEqual([
    {
      program: "SolarWave Installer Program 2026",
      sheet: DATA_SHEET,
      cell: "J6",
      partner: "P2 Volt",
      column: "Payout (CNY)",
      expected: 21830.36,
      found: "#NAME?",
    },
  ]);
});
