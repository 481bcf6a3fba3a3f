/*
 * Worksheet protection (docs/excel-rules.md, rule 26; test/excel-model/protectionRules.ts):
 * WorksheetProtection.protect/unprotect/protected/options
 * (https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection), what a protected
 * sheet refuses (AccessDenied), what its options allow, and that it does not stop a sheet being
 * renamed or deleted.
 */
import { excel, outcome, sheetNames } from "./helpers";
import type { Model } from "./helpers";

const book = (protectedOptions?: Record<string, unknown> | true) => ({
  workbook: {
    sheets: [
      {
        name: "Closed",
        cells: { A1: "Partner", B1: "Payout", A2: "P1", B2: 100 },
        tables: [{ name: "T", address: "D1:E2" }],
        ...(protectedOptions ? { protected: protectedOptions } : {}),
      },
      { name: "Other" },
    ],
  },
});
const sheet = (c: any) => c.workbook.worksheets.getItem("Closed");

async function protection(x: Model, name = "Closed"): Promise<{ protected: boolean; options: any }> {
  return x.Excel.run(async (c: any) => {
    const p = c.workbook.worksheets.getItem(name).protection;
    p.load("protected,options");
    await c.sync();
    return { protected: p.protected, options: p.options };
  });
}

describe("protect, unprotect, protected, options", () => {
  test("protect() then reads back protected with Excel's default options; unprotect() takes it off", async () => {
    const x = excel(book());
    expect((await protection(x)).protected).toBe(false);
    expect(await outcome(x, (c) => sheet(c).protection.protect())).toBe("ok");
    const p = await protection(x);
    expect(p.protected).toBe(true);
    expect(p.options).toMatchObject({ allowFormatCells: false, allowInsertRows: false, selectionMode: "Normal" });
    expect(await outcome(x, (c) => sheet(c).protection.unprotect())).toBe("ok");
    expect((await protection(x)).protected).toBe(false);
  });

  test("protect() on a protected sheet fails (AccessDenied); so does unprotect() on an unprotected one", async () => {
    const x = excel(book(true));
    expect(await outcome(x, (c) => sheet(c).protection.protect())).toBe("AccessDenied");
    expect(await outcome(x, (c) => c.workbook.worksheets.getItem("Other").protection.unprotect())).toBe("AccessDenied");
  });

  test("a password: the wrong one is BadPassword; a password needs ExcelApi 1.7, protect() alone 1.2", async () => {
    const x = excel(book());
    expect(await outcome(x, (c) => sheet(c).protection.protect({}, "secret"))).toBe("ok");
    expect(await outcome(x, (c) => sheet(c).protection.unprotect("wrong"))).toBe("BadPassword");
    expect(await outcome(x, (c) => sheet(c).protection.unprotect("secret"))).toBe("ok");
    expect(await outcome(excel(book(), { excelApi: "1.6" }), (c) => sheet(c).protection.protect({}, "s"))).toBe(
      "ApiNotFound",
    );
    expect(await outcome(excel(book(), { excelApi: "1.2" }), (c) => sheet(c).protection.protect())).toBe("ok");
    expect(await outcome(excel(book(true), { excelApi: "1.6" }), (c) => sheet(c).protection.unprotect())).toBe(
      "ApiNotFound",
    );
  });

  test("protection is outside undo: refused in an undo group (UndoNotSupported), clears the undo stack outside one", async () => {
    const x = excel(book());
    expect(await outcome(x, (c) => sheet(c).protection.protect(), { mergeUndoGroup: true })).toBe("UndoNotSupported");
    expect(await outcome(x, (c) => sheet(c).protection.protect())).toBe("ok");
    expect(x.undoStackCleared.map((u) => u.api)).toEqual(["WorksheetProtection.protect"]);
  });
});

describe("a protected sheet refuses writes with AccessDenied", () => {
  test.each([
    ["values", (c: any) => (sheet(c).getRange("B2").values = [[1]])],
    ["formulas", (c: any) => (sheet(c).getRange("C2").formulas = [["=B2*2"]])],
    ["numberFormat", (c: any) => (sheet(c).getRange("B2").numberFormat = [["0.00"]])],
    ["format (fill)", (c: any) => (sheet(c).getRange("A1:B1").format.fill.color = "#FFFF00")],
    ["column width", (c: any) => (sheet(c).getRange("A:A").format.columnWidth = 80)],
    ["autofit", (c: any) => sheet(c).getRange("A:B").format.autofitColumns()],
    ["clear", (c: any) => sheet(c).getRange("A2:B2").clear()],
    ["clear contents of an empty cell (locked all the same)", (c: any) => sheet(c).getRange("Z99").clear("Contents")],
    ["insert whole rows", (c: any) => sheet(c).getRange("2:2").insert("Down")],
    ["delete whole rows", (c: any) => sheet(c).getRange("2:2").delete("Up")],
    ["insert cells", (c: any) => sheet(c).getRange("A2").insert("Down")],
    ["copyFrom", (c: any) => sheet(c).getRange("C1:C2").copyFrom("Closed!B1:B2")],
    ["tables.add", (c: any) => sheet(c).tables.add("G1:H2", true)],
    ["table rows.add", (c: any) => c.workbook.tables.getItem("T").rows.add(null, [["a", "b"]])],
    ["table rename", (c: any) => (c.workbook.tables.getItem("T").name = "T2")],
    ["table delete", (c: any) => c.workbook.tables.getItem("T").delete()],
    ["conditional format", (c: any) => sheet(c).getRange("B2").conditionalFormats.add("DataBar")],
    ["merge", (c: any) => sheet(c).getRange("A1:B1").merge()],
    ["chart", (c: any) => sheet(c).charts.add("ColumnClustered", sheet(c).getRange("A1:B2"))],
  ])("%s", async (_what, write) => {
    const x = excel(book(true));
    const before = JSON.stringify(x.snapshot());
    expect(await outcome(x, write)).toBe("AccessDenied");
    expect(JSON.stringify(x.snapshot())).toBe(before);
  });

  test("reads, renaming, activating and deleting the protected sheet are allowed (sheet protection is not structure protection)", async () => {
    const x = excel(book(true));
    let values: unknown;
    expect(
      await outcome(x, async (c) => {
        const r = sheet(c).getRange("A1:B2");
        r.load("values");
        await c.sync();
        values = r.values;
        sheet(c).activate();
        sheet(c).name = "Closed Q1";
      }),
    ).toBe("ok");
    expect(values).toEqual([
      ["Partner", "Payout"],
      ["P1", 100],
    ]);
    expect(await outcome(x, (c) => c.workbook.worksheets.getItem("Closed Q1").delete())).toBe("ok");
    expect(sheetNames(x)).toEqual(["Other"]);
  });

  test("the calls before the refused write in the same sync stay applied (a batch is not a transaction)", async () => {
    const x = excel(book(true));
    const code = await outcome(x, (c) => {
      c.workbook.worksheets.getItem("Other").getRange("A1").values = [["before"]];
      sheet(c).getRange("B2").values = [[1]];
    });
    expect(code).toBe("AccessDenied");
    expect(x.snapshot({ sheet: "Other" }).sheets[0].cells.A1).toEqual({ v: "before" });
  });

  test("a user's unprotect, edit and protect again: the model's user actions", async () => {
    const x = excel(book(true));
    x.userUnprotect("Closed");
    x.userEdit("Closed", "B2", [[999]]);
    x.userProtect("Closed");
    expect(x.isProtected("Closed")).toBe(true);
    expect(x.snapshot({ sheet: "Closed" }).sheets[0].cells.B2).toEqual({ v: 999 });
  });
});

describe("locked cells and options", () => {
  test("cells unlocked before protecting take values, but not formats (allowFormatCells is false)", async () => {
    const x = excel(book());
    await outcome(x, (c) => {
      sheet(c).getRange("B2").format.protection.locked = false;
      sheet(c).protection.protect();
    });
    expect(
      await outcome(x, (c) => {
        sheet(c).getRange("B2").values = [[5]];
      }),
    ).toBe("ok");
    expect(
      await outcome(x, (c) => {
        sheet(c).getRange("B2:B3").values = [[5], [6]];
      }),
    ).toBe("AccessDenied");
    expect(
      await outcome(x, (c) => {
        sheet(c).getRange("B2").format.font.bold = true;
      }),
    ).toBe("AccessDenied");
  });

  test("options allow what they name: allowFormatCells, allowInsertRows, allowDeleteRows", async () => {
    const x = excel(book({ allowFormatCells: true, allowInsertRows: true, allowDeleteRows: true }));
    expect(
      await outcome(x, (c) => {
        sheet(c).getRange("A1:B1").format.font.bold = true;
      }),
    ).toBe("ok");
    expect(await outcome(x, (c) => sheet(c).getRange("5:5").insert("Down"))).toBe("ok");
    expect(await outcome(x, (c) => sheet(c).getRange("5:5").delete("Up"))).toBe("ok");
    expect(await outcome(x, (c) => sheet(c).getRange("A:A").insert("Right"))).toBe("AccessDenied");
    expect(
      await outcome(x, (c) => {
        sheet(c).getRange("B2").values = [[1]];
      }),
    ).toBe("AccessDenied");
    expect((await protection(x)).options).toMatchObject({ allowFormatCells: true, allowInsertColumns: false });
  });
});
