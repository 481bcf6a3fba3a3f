/*
 * Excel.createWorkbook(base64?) (ExcelApi 1.8): "Creates and opens a new workbook. Optionally, the
 * workbook can be pre-populated with a Base64-encoded .xlsx file"
 * (https://learn.microsoft.com/javascript/api/excel#excel-excel-createworkbook-function(1)).
 * The model records each workbook created (model.createdWorkbooks) and refuses what is not Base64
 * of an .xlsx (test/excel-model/createWorkbook.ts; docs/excel-rules.md).
 */
import ExcelJS from "exceljs";
import { excel } from "./helpers";
import { xlsxBytes } from "../verify/xlsxBytes";

/** Saved synchronously (xlsxBytes): exceljs's writeBuffer yields to the event loop mid-save. */
async function xlsxBase64(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Statement").getCell("A1").value = "Partner P1";
  return xlsxBytes(wb).toString("base64");
}

test("a blank workbook and one from an .xlsx are recorded, in order, with the run they were created in", async () => {
  const x = excel();
  const file = await xlsxBase64();
  await x.Excel.run(async (context: any) => {
    await x.Excel.createWorkbook();
    await x.Excel.createWorkbook(file);
    await context.sync();
  });
  expect(x.createdWorkbooks.map((w) => w.base64)).toEqual([null, file]);
  expect(x.createdWorkbooks[1].parts).toEqual(expect.arrayContaining(["[Content_Types].xml", "xl/workbook.xml"]));
  expect(x.createdWorkbooks[1].parts.some((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))).toBe(true);
  expect(x.createdWorkbooks.every((w) => w.run === 1)).toBe(true);
});

test.each([
  ["not Base64 at all", () => "this is not base64!"],
  [
    "a data: URL (the prefix must be removed first, as Microsoft's sample does)",
    (b: string) => `data:application/octet-stream;base64,${b}`,
  ],
  ["Base64 of something that is not a zip", () => Buffer.from("hello, world").toString("base64")],
  ["a zip that is not an .xlsx", () => Buffer.from(zipWith("readme.txt")).toString("base64")],
])("%s is refused with InvalidArgument and nothing is created", async (_what, make) => {
  const x = excel();
  const bad = make(await xlsxBase64());
  await expect(x.Excel.createWorkbook(bad)).rejects.toMatchObject({ code: "InvalidArgument" });
  expect(x.createdWorkbooks).toEqual([]);
});

test("needs ExcelApi 1.8: ApiNotFound on 1.7, fine on 1.8", async () => {
  await expect(excel({}, { excelApi: "1.7" }).Excel.createWorkbook()).rejects.toMatchObject({ code: "ApiNotFound" });
  const x = excel({}, { excelApi: "1.8", host: "mac" });
  await x.Excel.createWorkbook(await xlsxBase64());
  expect(x.createdWorkbooks).toHaveLength(1);
});

test("over 5 MB of Base64 fails on the web (RequestPayloadSizeLimitExceeded), as every request does", async () => {
  const big = "A".repeat(5_000_000);
  await expect(excel({}, { host: "web" }).Excel.createWorkbook(big)).rejects.toMatchObject({
    code: "RequestPayloadSizeLimitExceeded",
  });
});

test("a test can make the next call fail", async () => {
  const x = excel();
  x.failNextCreateWorkbook("AccessDenied");
  await expect(x.Excel.createWorkbook()).rejects.toMatchObject({ code: "AccessDenied" });
  await x.Excel.createWorkbook();
  expect(x.createdWorkbooks).toHaveLength(1);
});

/** A stored (uncompressed) zip holding one empty file: local header, central directory, end record. */
function zipWith(name: string): Uint8Array {
  const n = Buffer.from(name, "latin1");
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(n.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(n.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + n.length, 12);
  end.writeUInt32LE(30 + n.length, 16);
  return Buffer.concat([local, n, central, n, end]);
}
