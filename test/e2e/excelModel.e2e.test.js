/* eslint-disable no-undef */
/*
 * The Excel model (test/excel-model/) in the browser: it must behave like Excel where the add-in's tests
 * rely on it (queued operations, null objects, name clashes, text parsed as formulas, loads,
 * failing syncs), or the task pane tests would pass against a double that real Excel contradicts.
 */
const { startHarness } = require("./harness");

let h;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  if (h) await h.close();
});

/** A blank page of the add-in's origin with the Excel model (and the given config) injected. */
async function blank(excel = {}) {
  return h.openPane({ page: "__e2e/blank.html", waitFor: false, excel });
}

test("writes are queued until sync; tables, headers, rows, formulas and number formats land where Excel puts them", async () => {
  const pane = await blank();
  const result = await pane.page.evaluate(async () => {
    const seen = {};
    await Excel.run({ mergeUndoGroup: true }, async (context) => {
      const existing = context.workbook.worksheets.getItemOrNullObject("Plan");
      await context.sync();
      seen.nullBefore = existing.isNullObject;
      context.workbook.application.suspendApiCalculationUntilNextSync();
      context.workbook.application.suspendScreenUpdatingUntilNextSync();
      const sheet = context.workbook.worksheets.add("Plan");
      const table = sheet.tables.add("A1:C1", true);
      table.name = "Tiers";
      table.getHeaderRowRange().values = [["Bound", "Rate", "Label"]];
      table.rows.add(null, [
        [0, 0.02, "Bronze"],
        [50000, 0.03, "Silver"],
      ]);
      table.columns.getItem("Rate").getDataBodyRange().numberFormat = [["0.0%"], ["0.0%"]];
      sheet.getRange("E2").formulas = [["=INCENTIVE.PAYOUT(120000, Tiers[[Bound]:[Label]])"]];
      seen.queuedBeforeSync = window.__excel.snapshot().tables.length;
      await context.sync();
      const body = table.getDataBodyRange();
      body.load("address, values");
      await context.sync();
      seen.body = { address: body.address, values: body.values };
    });
    return {
      seen,
      x: {
        syncs: window.__excelSyncs,
        snapshot: window.__excel.snapshot(),
        log: window.__excelLog,
        warnings: window.__excelWarnings,
        problems: window.__excel.checkFormulas(),
      },
    };
  });
  expect(result.seen).toEqual({
    nullBefore: true,
    queuedBeforeSync: 0,
    body: {
      address: "Plan!A2:C3",
      values: [
        [0, 0.02, "Bronze"],
        [50000, 0.03, "Silver"],
      ],
    },
  });
  const tiers = result.x.snapshot.tables.find((t) => t.name === "Tiers");
  expect(tiers).toMatchObject({
    sheet: "Plan",
    address: "Plan!A1:C3",
    headers: ["Bound", "Rate", "Label"],
    rowCount: 2,
    origin: "addin",
    numberFormats: [
      ["General", "0.0%", "General"],
      ["General", "0.0%", "General"],
    ],
  });
  expect(result.x.snapshot.sheets.find((s) => s.name === "Plan").cells.E2).toEqual({
    f: "=INCENTIVE.PAYOUT(120000, Tiers[[Bound]:[Label]])",
  });
  expect(result.x.syncs).toBe(3);
  expect(result.x.problems).toEqual([]);
  expect(result.x.warnings).toEqual([]);
  const run = result.x.log.find((e) => e.kind === "run");
  expect(run.options).toEqual({ mergeUndoGroup: true });
  // Writes after the suspend calls ran with calculation and screen updating suspended.
  const rowsAdd = result.x.log.find((e) => e.member === "add" && /rows$/.test(e.target));
  expect(rowsAdd).toMatchObject({
    address: "Plan!A2:C3",
    sync: 2,
    suspended: { calculation: true, screenUpdating: true },
  });
  await pane.close();
});

test("getItem of a missing item, a name clash, a bad name and an overlapping table fail the sync with Excel's codes", async () => {
  const pane = await blank();
  const codes = await pane.page.evaluate(async () => {
    const attempt = async (fn) => {
      try {
        await Excel.run(async (context) => {
          fn(context);
          await context.sync();
        });
        return "ok";
      } catch (e) {
        return e.code;
      }
    };
    return {
      missing: await attempt((c) => c.workbook.worksheets.getItem("Nope").getRange("A1").load("values")),
      clash: await attempt((c) => c.workbook.worksheets.add("sheet1")),
      badSheet: await attempt((c) => c.workbook.worksheets.add("Q3/Q4")),
      badTable: await attempt((c) => {
        c.workbook.worksheets.getItem("Sheet1").tables.add("A1:B2", true).name = "My Table";
      }),
      overlap: await attempt((c) => {
        const s = c.workbook.worksheets.getItem("Sheet1");
        s.tables.add("D1:E3", true);
        s.tables.add("E2:F4", true);
      }),
      size: await attempt((c) => {
        c.workbook.worksheets.getItem("Sheet1").getRange("H1:I2").values = [[1, 2]];
      }),
      exceptionClass: await (async () => {
        try {
          await Excel.run(async (c) => {
            c.workbook.worksheets.getItem("Nope");
            await c.sync();
          });
        } catch (e) {
          return e instanceof OfficeExtension.Error;
        }
      })(),
    };
  });
  expect(codes).toEqual({
    missing: "ItemNotFound",
    clash: "ItemAlreadyExists",
    badSheet: "InvalidArgument",
    badTable: "InvalidArgument",
    overlap: "InvalidArgument",
    size: "InvalidArgument",
    exceptionClass: true,
  });
  await pane.close();
});

test("text written through values is parsed as Excel parses typing; only an apostrophe reliably keeps it text", async () => {
  const pane = await blank();
  const x = await pane.page.evaluate(async () => {
    await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("Sheet1");
      s.getRange("A1:H1").values = [
        ['=HYPERLINK("http://x")', "+1-555", "'=literal", "00123", "-5", "@Home", "1,200", "5%"],
      ];
      const asText = s.getRange("A2:C2");
      asText.numberFormat = [["@", "@", "@"]];
      asText.values = [["=1+1", "00123", "'+1-555"]];
      await context.sync();
    });
    return { cells: window.__excel.snapshot().sheets[0].cells, warnings: window.__excelWarnings };
  });
  expect(x.cells).toEqual({
    A1: { f: '=HYPERLINK("http://x")' },
    B1: { f: "=+1-555" },
    C1: { v: "=literal" },
    D1: { v: 123 },
    E1: { v: -5 },
    F1: { f: "=@Home" },
    G1: { v: 1200 },
    H1: { v: 0.05 },
    // The text format keeps digits as text; the double does not count on it to stop a formula.
    A2: { f: "=1+1", nf: "@" },
    B2: { v: "00123", nf: "@" },
    C2: { v: "+1-555", nf: "@" },
  });
  expect(x.warnings.filter((w) => w.kind === "textBecameFormula").map((w) => w.address)).toEqual([
    "Sheet1!A1",
    "Sheet1!B1",
    "Sheet1!F1",
    "Sheet1!A2",
  ]);
  await pane.close();
});

test("reading a property that was not loaded is recorded; loaded collections list their items", async () => {
  const pane = await blank({
    workbook: {
      sheets: [
        { name: "Data", tables: [{ name: "Sales", address: "A1:B3" }], cells: { A1: "Partner", B1: "Amount" } },
        { name: "Notes" },
      ],
    },
  });
  const x = await pane.page.evaluate(async () => {
    const out = {};
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      const tables = context.workbook.tables;
      tables.load("items/name");
      const count = tables.getCount();
      const notLoaded = context.workbook.worksheets.getItem("Data");
      await context.sync();
      out.sheets = sheets.items.map((s) => s.name);
      out.tables = tables.items.map((t) => t.name);
      out.count = count.value;
      out.unloadedName = notLoaded.name;
    });
    return { out, warnings: window.__excelWarnings };
  });
  expect(x.out).toEqual({ sheets: ["Data", "Notes"], tables: ["Sales"], count: 1, unloadedName: "Data" });
  expect(x.warnings).toEqual([{ kind: "notLoaded", target: 'workbook.worksheets.getItem("Data")', prop: "name" }]);
  await pane.close();
});

test("a sync made to fail applies the operations before the failure only, and changes to the user's content are listed", async () => {
  const pane = await blank({
    failAtSync: 2,
    failAfterOps: 1,
    workbook: { sheets: [{ name: "Data", cells: { A1: "Partner" } }] },
  });
  const x = await pane.page.evaluate(async () => {
    let error = null;
    try {
      await Excel.run(async (context) => {
        context.workbook.worksheets.add("Plan");
        await context.sync();
        context.workbook.worksheets.add("Partners");
        context.workbook.worksheets.add("Dashboard");
        await context.sync();
      });
    } catch (e) {
      error = e.code;
    }
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("B1").values = [["Amount"]];
    });
    return {
      error,
      sheets: window.__excel.snapshot().sheets.map((s) => s.name),
      user: window.__excel.userChanges,
      implicit: window.__excel.implicitSyncs,
    };
  });
  expect(x.error).toBe("GeneralException");
  expect(x.sheets).toEqual(["Data", "Plan", "Partners"]);
  expect(x.user).toEqual([{ kind: "write", sheet: "Data", address: "Data!B1", prop: "values" }]);
  expect(x.implicit).toBe(1);
  await pane.close();
});

test("formulas that point at missing tables, columns, sheets or unregistered INCENTIVE functions are refused when written, and reported when they break later", async () => {
  const pane = await blank({
    workbook: {
      sheets: [
        {
          name: "Plan",
          tables: [{ name: "Tiers", address: "A1:C2" }],
          cells: { A1: "Bound", B1: "Rate", C1: "Label" },
        },
        { name: "Data", cells: { A1: 5 } },
      ],
    },
  });
  const x = await pane.page.evaluate(async () => {
    window.__customFunctions = { PAYOUT: () => 0, TIER: () => 0 };
    const refused = {};
    for (const [key, formula] of [
      ["column", "=SUM(Tiers[Amount])"],
      ["function", "=INCENTIVE.NOPE(1)"],
      ["sheet", "='Q3 data'!A1"],
      ["table", "=INCENTIVE.PAYOUT(1, Tier[Rate])"],
    ]) {
      try {
        await Excel.run(async (context) => {
          context.workbook.worksheets.getItem("Plan").getRange("E1").formulas = [[formula]];
          await context.sync();
        });
        refused[key] = "written";
      } catch (e) {
        refused[key] = e.code;
      }
    }
    await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("Plan");
      s.getRange("E1:E3").formulas = [
        ["=INCENTIVE.PAYOUT(1, Tiers)"],
        ["=INCENTIVE.TIER(1, Tiers[[Bound]:[Label]])"],
        ["=Data!A1*Tiers[[#Totals],[Rate]]"],
      ];
      await context.sync();
      s.tables.getItem("Tiers").columns.getItem("Label").name = "Name";
      context.workbook.worksheets.getItem("Data").delete();
      await context.sync();
    });
    return { refused, problems: window.__excel.checkFormulas().map((p) => `${p.cell}: ${p.problem}`) };
  });
  expect(x.refused).toEqual({ column: "InvalidArgument", function: "InvalidArgument", sheet: "InvalidArgument", table: "InvalidArgument" });
  expect(x.problems).toEqual(['Plan!E2: table Tiers has no column "Label"', "Plan!E3: sheet Data does not exist"]);
  await pane.close();
});

test("API the double does not model is still accepted and recorded (formats, conditional formats, events); protection is modelled", async () => {
  const pane = await blank();
  const x = await pane.page.evaluate(async () => {
    await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("Sheet1");
      const r = s.getRange("A1:B1");
      r.format.font.bold = true;
      r.format.fill.color = "#E0E0E0";
      r.format.borders.getItem("EdgeBottom").style = "Continuous";
      r.format.autofitColumns();
      r.conditionalFormats.add(Excel.ConditionalFormatType.dataBar);
      s.protection.protect({ allowFormatCells: true });
      s.freezePanes.freezeRows(1);
      s.onChanged.add(() => undefined);
      await context.sync();
    });
    const snap = window.__excel.snapshot();
    return {
      cells: snap.sheets[0].cells,
      freeze: snap.sheets[0].freeze,
      calls: window.__excelLog.filter((e) => e.unmodelled).map((e) => `${e.member}`),
      protected: snap.sheets[0].protected,
    };
  });
  expect(x.cells.A1.fmt).toEqual({
    "font.bold": true,
    "fill.color": "#E0E0E0",
    'borders.getItem("EdgeBottom").style': "Continuous",
  });
  expect(x.freeze).toEqual({ rows: 1, columns: 0 });
  expect(x.calls).toEqual(expect.arrayContaining(["add"]));
  // Protection is modelled (docs/excel-rules.md, rules 26-28): the sheet reads back protected.
  expect(x.protected).toBe(true);
  await pane.close();
});

test("in the browser, the host settings hold for both Excel and office.js: an older ExcelApi refuses newer members", async () => {
  const pane = await blank({ host: "windows", excelApi: "1.8" });
  const x = await pane.page.evaluate(async () => {
    const attempt = async (fn, options) => {
      try {
        await Excel.run(options || {}, async (context) => {
          fn(context);
          await context.sync();
        });
        return "ok";
      } catch (e) {
        return e.code;
      }
    };
    const r = window.__excel.requirements;
    return {
      // What the model answers, and what the office.js stub is told to answer (blank.html loads no office.js).
      office: [r.isSetSupported("ExcelApi", "1.8"), r.isSetSupported("ExcelApi", "1.9")],
      stub: [window.__officeConfig.requirementSets.ExcelApi, window.__officeConfig.platform],
      copyFrom: await attempt((c) => c.workbook.worksheets.getItem("Sheet1").getRange("B1").copyFrom("A1")),
      freeze: await attempt((c) => c.workbook.worksheets.getItem("Sheet1").freezePanes.freezeRows(1)),
      grouped: await attempt((c) => (c.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]]), { mergeUndoGroup: true }),
      host: window.__excel.host,
    };
  });
  expect(x).toEqual({
    office: [true, false],
    stub: ["1.8", "PC"],
    copyFrom: "ApiNotFound",
    freeze: "ok",
    grouped: "ApiNotFound",
    host: { host: "windows", excelApi: "1.8", platform: "PC" },
  });
  await pane.close();
});

describe.each([
  ["windows", "1.12"],
  ["mac", "1.8"],
])("the task pane on Excel on %s with ExcelApi %s", (host, excelApi) => {
  test("Insert sample program uses no API the host lacks and writes valid formulas", async () => {
    const pane = await h.openPane({ width: 320, excel: { host, excelApi } });
    const page = pane.page;
    await page.getByRole("button", { name: "Insert sample program" }).click();
    const confirm = page.getByRole("region", { name: "Insert the sample program?" });
    await confirm.getByRole("button", { name: "Insert", exact: true }).click();
    await page.getByText("Sample program inserted").waitFor();
    const x = await pane.excel();
    expect(x.log.filter((e) => e.kind === "sync" && e.error).map((e) => e.error)).toEqual([]);
    expect(x.log.filter((e) => e.kind === "run" && e.options && e.options.mergeUndoGroup)).toEqual([]);
    expect(x.formulaProblems).toEqual([]);
    expect(x.userChanges).toEqual([]);
    expect(x.snapshot.tables.some((t) => t.rowCount === 60)).toBe(true);
    await pane.assertClean();
    await pane.close();
  });
});
