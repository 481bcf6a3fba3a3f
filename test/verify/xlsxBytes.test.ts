/*
 * The verify suites save workbooks with xlsxBytes (synchronous) instead of exceljs's writeBuffer
 * (which yields to the event loop): the two must give the same parts, byte for byte once inflated,
 * so the suites still test the files `npm run sample:xlsx` writes.
 */
import ExcelJS from "exceljs";
import { zipEntries } from "../../scripts/verify/xlsxTables";
import { xlsxBytes } from "./xlsxBytes";

function workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date("2026-11-01T00:00:00Z");
  wb.modified = wb.created;
  const ws = wb.addWorksheet("Plan 计划");
  ws.getCell("A1").value = "Partner";
  ws.getCell("B1").value = 12.5;
  ws.getCell("C1").value = { formula: "B1*2", result: 25 };
  ws.addTable({
    name: "T",
    ref: "A3",
    columns: [{ name: "Id" }, { name: "Pay" }],
    rows: [
      ["P1", 1],
      ["0012", 0],
    ],
  });
  wb.addWorksheet("Empty");
  return wb;
}

// JSZip also lists each folder as an empty entry of its own; a reader of parts never opens those.
const texts = (data: Buffer) =>
  new Map(
    [...zipEntries(data)]
      .filter(([name]) => !name.endsWith("/"))
      .map(([name, read]) => [name, read().toString("utf8")]),
  );

test("the same parts as exceljs's writeBuffer, in the same order", async () => {
  const ours = texts(xlsxBytes(workbook()));
  const theirs = texts(Buffer.from(await workbook().xlsx.writeBuffer()));
  expect([...ours.keys()]).toEqual([...theirs.keys()]);
  for (const [name, text] of theirs) expect([name, ours.get(name)]).toEqual([name, text]);
  expect(ours.get("xl/worksheets/sheet1.xml")).toContain("<f>B1*2</f><v>25</v>");
});

test("an image is refused rather than left out", () => {
  const wb = workbook();
  wb.addImage({ buffer: Buffer.from([0x89, 0x50]) as unknown as ExcelJS.Buffer, extension: "png" });
  expect(() => xlsxBytes(wb)).toThrow("images");
});
