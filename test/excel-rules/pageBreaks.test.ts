/*
 * Page breaks: 1,026 per sheet, horizontal and vertical (Excel specifications and limits).
 */
import { excel, outcome } from "./helpers";

test("1,026 page breaks fit on a sheet; the 1,027th is refused", async () => {
  const x = excel();
  const add = (rows: number[], cols: number[] = []) =>
    outcome(x, (c) => {
      const s = c.workbook.worksheets.getItem("Sheet1");
      for (const r of rows) s.horizontalPageBreaks.add(`A${r}`);
      for (const col of cols) s.verticalPageBreaks.add(s.getCell(0, col));
    });
  const rows = Array.from({ length: 1000 }, (_, i) => (i + 1) * 10);
  expect(await add(rows, Array.from({ length: 26 }, (_, i) => i + 1))).toBe("ok");
  expect(x.snapshot().sheets[0].pageBreaks.horizontal).toHaveLength(1000);
  expect(await add([5])).toBe("InvalidOperation");
  expect(await add([10])).toBe("ok"); // already there: nothing added
  expect(
    await outcome(x, (c) => {
      c.workbook.worksheets.getItem("Sheet1").horizontalPageBreaks.removePageBreaks();
    }),
  ).toBe("ok");
  expect(await add([5])).toBe("ok");
});
