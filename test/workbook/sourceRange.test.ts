/* A plain range as the partner data: strict reading of addresses, canonical and injection-proof writing. */
import { parseSourceRange, rangeCells, rangeColumnRef, rangeText } from "../../src/workbook/sourceRange";

const ok = (text: string) => {
  const r = parseSourceRange(text);
  if (!r.ok) throw new Error(`${text}: ${r.problem}`);
  return r.range;
};

test("sheet-qualified addresses in the forms Excel gives and people type", () => {
  expect(ok("'Sales data'!$A$1:$D$61")).toEqual({ sheet: "Sales data", top: 0, left: 0, bottom: 60, right: 3 });
  expect(ok("Sheet1!A1:D61")).toEqual({ sheet: "Sheet1", top: 0, left: 0, bottom: 60, right: 3 });
  expect(ok(" 'Bob''s Q3'!b2:aa10 ")).toEqual({ sheet: "Bob's Q3", top: 1, left: 1, bottom: 9, right: 26 });
  // Corners in either order.
  expect(ok("数据!D61:A1")).toEqual({ sheet: "数据", top: 0, left: 0, bottom: 60, right: 3 });
});

test("what cannot be a source says why: no sheet, whole columns, one row, not an address", () => {
  expect(parseSourceRange("A1:D61")).toEqual({ ok: false, problem: "noSheet" });
  expect(parseSourceRange("Sheet1!A:D")).toEqual({ ok: false, problem: "wholeColumns" });
  expect(parseSourceRange("Sheet1!A1:D1")).toEqual({ ok: false, problem: "tooSmall" });
  expect(parseSourceRange("Sheet1!A1")).toEqual({ ok: false, problem: "tooSmall" });
  // A selection run to the sheet's end is not partner data.
  expect(parseSourceRange("Sheet1!A1:D1048576")).toEqual({ ok: false, problem: "tooLarge" });
  expect(parseSourceRange("Sheet1!A1:D100001")).toMatchObject({ ok: true });
  for (const bad of [
    "Sales",
    "Sheet 1!A1:B2",
    "'Sheet1!A1:B2",
    "Sheet1!A1:B2:C3",
    "Sheet1!A0:B2",
    "Sheet1!XFE1:XFE9",
    "=Sheet1!A1:B2",
    "",
  ])
    expect(parseSourceRange(bad)).toMatchObject({ ok: false });
});

test("written back canonically: the sheet always quoted with quotes doubled, cells absolute", () => {
  const r = ok("'Bob''s Q3'!b2:aa10");
  expect(rangeText(r)).toBe("'Bob''s Q3'!$B$2:$AA$10");
  expect(rangeCells(r)).toBe("B2:AA10");
  // The partner rows of its third column, below the header row.
  expect(rangeColumnRef(r, 2)).toBe("'Bob''s Q3'!$D$3:$D$10");
  // Reading the canonical text gives the same range back.
  expect(ok(rangeText(r))).toEqual(r);
});

test("a sheet name crafted to break out of the reference cannot: it stays inside the quotes", () => {
  const r = ok("'x''!A1)+HYPERLINK(\"http://evil\")+(''y'!A1:B3");
  expect(r.sheet).toBe("x'!A1)+HYPERLINK(\"http://evil\")+('y");
  const ref = rangeColumnRef(r, 0);
  // Everything between the outer quotes is the sheet name with its quotes doubled.
  expect(ref).toBe("'x''!A1)+HYPERLINK(\"http://evil\")+(''y'!$A$2:$A$3");
  expect(ok(rangeText(r))).toEqual(r);
});
