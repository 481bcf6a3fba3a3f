/* eslint-disable no-undef */
/*
 * Editing a program, walked as a user does in the built pane at 320 px (issue #3, item 5):
 *
 *  1. the SolarWave sample is inserted, opened with its Edit program action, a tier's rate and the
 *     program's name are changed, the review lists those changes, Save changes writes them into the
 *     program's own tables in place (one undo step, no sheet added or deleted, the user's sheet
 *     untouched) — screenshots docs/screenshots/edit-*.png and axe on the edit screen and review;
 *  2. a program over the user's own Excel table ("A table already in this workbook"): the user's
 *     table is only read (INDEX formulas on a results sheet, one row per user row); a partner added
 *     to the user's table later gets its results row when the program is saved again.
 *
 * Every assertion about the workbook is on what the recording Excel holds after the writes.
 */
const { startHarness, expectUsableScreen } = require("./harness");
const { wizard } = require("./wizardDriver");

let h;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  if (h) await h.close();
});

/** Writes, in the log from `from` on: property sets with an address, copyFrom, add, clear. */
function writesSince(log, from = 0) {
  return log
    .slice(from)
    .filter((e) => e.address && (e.kind === "set" || ["copyFrom", "add", "clear"].includes(e.member)));
}

/** The sheet a logged address is on. */
const sheetOf = (address) => address.split("!")[0].replace(/^'|'$/g, "").replace(/''/g, "'");

/** The Excel.run that wrote since `from`: exactly one, merged into one undo group; its sync count. */
function oneUndoStep(log, from) {
  const writes = writesSince(log, from);
  expect(writes.length).toBeGreaterThan(0);
  const runs = new Set(writes.map((e) => e.run));
  expect(runs.size).toBe(1);
  const [run] = runs;
  expect(log.find((e) => e.kind === "run" && e.run === run).options).toMatchObject({ mergeUndoGroup: true });
  // Calculation and screen updating suspended for every write.
  expect(
    writes
      .filter((e) => !e.suspended || !e.suspended.calculation || !e.suspended.screenUpdating)
      .map((e) => `${e.target}.${e.member}`),
  ).toEqual([]);
  return { writes, syncs: log.filter((e) => e.kind === "sync" && e.run === run).length };
}

const tableNamed = (snapshot, name) => snapshot.tables.find((t) => t.name === name);
const column = (t, header) => t.values.map((r) => r[t.headers.indexOf(header)]);
const settingOf = (settings, name) => (settings.values.find((r) => r[0] === name) || [])[1];

/** The user's own sheet, which no edit may touch: notes, a number and a small table of their own. */
const USER_SHEET = {
  name: "My notes",
  cells: {
    A1: "Region",
    B1: "Budget",
    A2: "East",
    B2: 400000,
    A3: "West",
    B3: 250000,
    D1: "Reminder: ask finance about Q4",
  },
  tables: [{ name: "Budgets", address: "A1:B3" }],
};

test("Edit program: the SolarWave sample's tier rate and name changed, listed at review, saved in place as one undo step", async () => {
  const pane = await h.openPane({ width: 320, excel: { workbook: { sheets: [USER_SHEET] } } });
  const page = pane.page;
  const w = wizard(page);

  // The sample program, inserted from the Programs screen.
  await page.getByRole("button", { name: "Insert sample program" }).click();
  const confirm = page.getByRole("region", { name: "Insert the sample program?" });
  await confirm.getByRole("button", { name: "Insert", exact: true }).click();
  await page.getByText("Sample program inserted").waitFor();
  let x = await pane.excel();
  const tiersTable = x.snapshot.tables.find((t) => t.origin === "addin" && /_Tiers$/.test(t.name));
  const key = tiersTable.name.replace(/_Tiers$/, "");
  const settingsBefore = tableNamed(x.snapshot, `${key}_Settings`);
  const name = settingOf(settingsBefore, "Program");
  expect(name).toBe("SolarWave Installer Program 2026");
  expect(tiersTable.values).toEqual([
    [0.8, 0.5, "Bronze"],
    [1, 1, "Silver"],
    [1.2, 1.5, "Gold"],
  ]);
  const sheetsBefore = x.snapshot.sheets.map((s) => s.name);
  const deletedBefore = x.snapshot.deleted.length;
  const tablesBefore = x.snapshot.tables.map((t) => [t.name, t.sheet, t.address]);
  const dataBefore = x.snapshot.tables.find((t) => t.origin === "addin" && /_Data$/.test(t.name));

  // Edit program: the wizard says which program it edits, with its values filled in.
  await w.edit(name);
  await w.waitForEditStep("Program");
  await expect(page.getByRole("tab", { name: "Edit program" }).getAttribute("aria-selected")).resolves.toBe("true");
  await expect(page.getByLabel(/^Program name/).inputValue()).resolves.toBe(name);
  await expect(page.getByLabel(/^Currency/).inputValue()).resolves.toBe("CNY");
  await expect(page.getByLabel(/^Period starts/).inputValue()).resolves.toBe("2026-01-01");
  await expect(page.getByLabel(/^Period ends/).inputValue()).resolves.toBe("2026-09-30");
  await expect(page.getByRole("radio", { name: /^Bonus/ }).isChecked()).resolves.toBe(true);
  // What the program pays and where its results live are fixed while editing, with the reason shown.
  for (const radio of [/^Commission/, /^Bonus/, /^Rebate/, /^Discount/, /^A new table/, /^A table already/])
    await expect(page.getByRole("radio", { name: radio }).isDisabled()).resolves.toBe(true);
  await expect(page.getByText(/^Kept as the program was created/).count()).resolves.toBe(2);
  await expect(page.getByLabel(/^Program name/).isEditable()).resolves.toBe(true);
  await expectUsableScreen(pane, "edit, Program step");
  await pane.screenshot("edit-1-program");

  // The changes: a new name, and Silver (tier 2) pays 120% of the target incentive instead of 100%.
  const newName = "SolarWave Installers 2026 (revised)";
  await w.type("Program name", newName);
  await w.nextInEdit("KPIs");
  await expect(page.getByRole("list", { name: "KPIs" }).getByRole("listitem").count()).resolves.toBe(2);
  await w.nextInEdit("Rewards");
  await expect(page.getByLabel("Tier 2 pays (% of target incentive)").inputValue()).resolves.toBe("100");
  await w.type("Tier 2 pays (% of target incentive)", "120");
  await w.nextInEdit("Review and save");

  // The review names exactly those changes; nothing is written before Save changes.
  const lines = await w.changeLines();
  expect(lines).toEqual([`Name: ${name} → ${newName}`, "Tier 2: rate: 100% → 120%"]);
  await expect(page.getByRole("heading", { name: "What will be written" }).count()).resolves.toBe(0);
  await expect(w.saveButton().isEnabled()).resolves.toBe(true);
  const beforeSave = (await pane.excel()).log.length;
  await expectUsableScreen(pane, "edit, review");
  await pane.screenshot("edit-2-review");
  expect(writesSince((await pane.excel()).log, beforeSave)).toEqual([]);

  await w.save();
  const saved = await w.waitForSaved();
  expect(saved).toMatch(/Changes saved/);
  await expect(page.getByRole("button", { name: "Done", exact: true }).isVisible()).resolves.toBe(true);
  // Saved: the review compares with what is now in the workbook.
  await page.getByText(/^Nothing has changed yet/).waitFor();
  await expectUsableScreen(pane, "edit, saved");
  await pane.screenshot("edit-3-saved");

  // The workbook: the new rate in the Tiers table, the new name in Settings, nothing else moved.
  x = await pane.excel();
  const tiers = tableNamed(x.snapshot, `${key}_Tiers`);
  expect(tiers.values).toEqual([
    [0.8, 0.5, "Bronze"],
    [1, 1.2, "Silver"],
    [1.2, 1.5, "Gold"],
  ]);
  const settings = tableNamed(x.snapshot, `${key}_Settings`);
  expect(settingOf(settings, "Program")).toBe(newName);
  // Only the changed setting differs.
  expect(settings.values.filter((r) => r[0] !== "Program")).toEqual(
    settingsBefore.values.filter((r) => r[0] !== "Program"),
  );
  // No sheet added, deleted or reordered; no table added, moved or removed; the Change log one row
  // longer (the edit is logged: docs/changeLog.md).
  expect(x.snapshot.sheets.map((s) => s.name)).toEqual(sheetsBefore);
  expect(x.snapshot.deleted.length).toBe(deletedBefore);
  const oneRowLonger = (address) => address.replace(/(\d+)$/, (n) => String(Number(n) + 1));
  expect(x.snapshot.tables.map((t) => [t.name, t.sheet, t.address])).toEqual(
    tablesBefore.map(([name, sheet, address]) => [
      name,
      sheet,
      /_ChangeLog$/.test(name) ? oneRowLonger(address) : address,
    ]),
  );
  const log = tableNamed(x.snapshot, `${key}_ChangeLog`);
  const logged = log.values[log.values.length - 1];
  expect(logged).toContain("Edited");
  expect(logged.some((v) => String(v).includes("tier 2 rate: 1 → 1.2"))).toBe(true);
  // The partners' rows are still there, formulas resolving.
  const data = tableNamed(x.snapshot, dataBefore.name);
  expect(data.rowCount).toBe(60);
  expect(column(data, "Partner ID")).toEqual(column(dataBefore, "Partner ID"));
  expect(x.formulaProblems).toEqual([]);
  // The user's sheet is exactly as it was, and nothing of theirs was written, renamed or deleted.
  const mine = x.snapshot.sheets.find((s) => s.name === USER_SHEET.name);
  expect(mine).toEqual(x.initialSnapshot.sheets.find((s) => s.name === USER_SHEET.name));
  expect(tableNamed(x.snapshot, "Budgets")).toEqual(tableNamed(x.initialSnapshot, "Budgets"));
  expect(x.userChanges).toEqual([]);
  expect(x.log.filter((e) => e.error)).toEqual([]);
  expect(x.warnings).toEqual([]);
  // Save changes: one Excel.run, one undo group, the documented 4 syncs, only the add-in's own sheets written.
  const save = oneUndoStep(x.log, beforeSave);
  expect(save.syncs).toBe(4);
  const own = new Set(x.snapshot.sheets.filter((s) => s.origin === "addin").map((s) => s.name));
  expect([...new Set(save.writes.map((e) => sheetOf(e.address)))].filter((s) => !own.has(s))).toEqual([]);

  // The Programs screen lists the program under its new name.
  await page.getByRole("button", { name: "Done", exact: true }).click();
  await page.getByRole("group", { name: `Actions for ${newName}` }).waitFor();
  await pane.assertClean();
  await pane.close();
});

/**
 * The user's workbook for the existing-table walk: their partner results in an Excel table
 * "Sales" (one name in Chinese, one that starts with "=" typed as text), and a notes sheet.
 */
const SALES_SHEET = {
  name: "Q1 results",
  cells: {
    A1: "Partner ID",
    B1: "Partner name",
    C1: "Units",
    D1: "Quota",
    A2: "P-001",
    B2: "Sunrise Solar",
    C2: 120000,
    D2: 100000,
    A3: "P-002",
    B3: "华东光伏",
    C3: 80000,
    D3: 100000,
    A4: "P-003",
    B4: { value: "'=Blue Roof" },
    C4: 175000,
    D4: 100000,
    A5: "P-004",
    B5: "Greenfield Energy",
    C5: 50000,
    D5: 90000,
  },
  tables: [{ name: "Sales", address: "A1:D5" }],
};

test("a program over the user's own table: read with INDEX formulas, never written; a partner added later gets its row on save", async () => {
  const pane = await h.openPane({
    width: 320,
    excel: { workbook: { sheets: [SALES_SHEET, USER_SHEET], activeSheet: SALES_SHEET.name } },
  });
  const page = pane.page;
  const w = wizard(page);
  let x = await pane.excel();
  const salesAtStart = tableNamed(x.snapshot, "Sales");
  expect(salesAtStart.values[2][1]).toBe("=Blue Roof"); // text, as the user typed it
  expect(salesAtStart.formulas[2][1]).toBe("=Blue Roof");
  expect(x.snapshot.sheets.find((s) => s.name === SALES_SHEET.name).cells.B4).toEqual({ v: "=Blue Roof" });

  // The commission template, its results in the user's table, columns mapped through the Selects.
  await w.open();
  await w.pickTemplate(/Sales commission with accelerators/);
  const name = await page.getByLabel(/^Program name/).inputValue();
  await w.choose(/^A table already in this workbook/);
  const columns = page.getByRole("group", { name: "Columns in your data" });
  await columns.getByLabel(/^Table/).waitFor();
  // The workbook's tables are offered with their sheet and size.
  await expect(
    columns
      .getByLabel(/^Table/)
      .locator("option")
      .allInnerTexts(),
  ).resolves.toEqual(expect.arrayContaining(["Sales (Q1 results, 4 rows)", "Budgets (My notes, 2 rows)"]));
  await w.select("Table", "Sales", columns);
  await w.select("Partner column", "Partner ID", columns);
  await w.select("Partner name column", "Partner name", columns);
  await w.select("Column for Bookings", "Units", columns);
  await w.select("Target column for Bookings", "Quota", columns);
  await expectUsableScreen(pane, "existing table mapped");
  await w.next("KPIs");
  await w.next("Rewards");
  await w.next("Review and create");
  await page.getByRole("heading", { name: "What will be written", exact: true }).waitFor();
  await w.waitUntilCreatable();
  const review = await w.reviewText();
  expect(review).toContain("Sales (partners in Partner ID)");
  expect(writesSince((await pane.excel()).log)).toEqual([]);
  await w.create();
  expect(await w.waitForCreated()).toContain(name);

  x = await pane.excel();
  // The user's table and sheets are exactly as they were: nothing of theirs written.
  expect(x.userChanges).toEqual([]);
  for (const s of x.initialSnapshot.sheets) expect(x.snapshot.sheets.find((t) => t.name === s.name)).toEqual(s);
  expect(tableNamed(x.snapshot, "Sales")).toEqual(salesAtStart);
  expect(x.snapshot.deleted).toEqual([]);
  expect(x.warnings).toEqual([]);
  expect(x.formulaProblems).toEqual([]); // every INDEX names a table and column that exist
  oneUndoStep(x.log, 0);

  // The results table: one row per user row, its Source row, and INDEX formulas into Sales.
  const data = x.snapshot.tables.find((t) => t.origin === "addin" && /^PI_.+_Data$/.test(t.name));
  expect(data).toBeTruthy();
  expect(x.snapshot.sheets.find((s) => s.name === data.sheet).origin).toBe("addin");
  expect(data.rowCount).toBe(4);
  expect(data.headers[0]).toBe("Source row");
  expect(column(data, "Source row")).toEqual([1, 2, 3, 4]);
  const formulaOf = (row, header) => data.formulas[row][data.headers.indexOf(header)];
  expect(data.headers).toEqual(expect.arrayContaining(["Partner ID", "Partner", "Bookings"]));
  const index = (table, col) =>
    new RegExp(`INDEX\\(${table}\\[(\\[)?${col.replace(/[()]/g, "\\$&")}(\\])?\\],\\[@\\[Source row\\]\\]\\)`);
  for (let r = 0; r < 4; r++) {
    expect(formulaOf(r, "Partner ID")).toMatch(index("Sales", "Partner ID"));
    expect(formulaOf(r, "Partner")).toMatch(index("Sales", "Partner name"));
    expect(formulaOf(r, "Bookings")).toMatch(index("Sales", "Units"));
  }
  const targetHeader = data.headers.find((x) => x !== "Bookings" && /Bookings/.test(x) && /target/i.test(x));
  expect(targetHeader).toBeTruthy();
  expect(formulaOf(0, targetHeader)).toMatch(index("Sales", "Quota"));
  // No partner name was copied in as text (the "=Blue Roof" partner arrives through INDEX only).
  expect(JSON.stringify(x.snapshot.tables.filter((t) => t.origin === "addin").map((t) => t.values))).not.toContain(
    "Blue Roof",
  );

  // The user adds a partner to their own table, in Excel (not the add-in).
  const beforeUserRow = (await pane.excel()).log.length;
  await page.evaluate(() =>
    window.Excel.run(async (context) => {
      context.workbook.tables.getItem("Sales").rows.add(null, [["P-005", "新能源伙伴", 60000, 50000]]);
      await context.sync();
    }),
  );
  x = await pane.excel();
  const salesGrown = tableNamed(x.snapshot, "Sales");
  expect(salesGrown.rowCount).toBe(5);
  expect(salesGrown.values[4]).toEqual(["P-005", "新能源伙伴", 60000, 50000]);
  expect(x.userChanges).toEqual([{ kind: "addTableRows", sheet: SALES_SHEET.name, table: "Sales", rows: 1 }]);
  const dataBeforeSave = tableNamed(x.snapshot, data.name);
  expect(dataBeforeSave.rowCount).toBe(4); // not until the program is saved again
  const salesSheetGrown = x.snapshot.sheets.find((s) => s.name === SALES_SHEET.name);
  const sheetsBefore = x.snapshot.sheets.map((s) => s.name);

  // Edit the program, change the base rate, save.
  await page.getByRole("button", { name: "See programs" }).click();
  await w.edit(name);
  await w.waitForEditStep("Program");
  // The mapping is read back from the program's tables and shown (fixed while editing).
  await expect(page.getByRole("radio", { name: /^A table already/ }).isChecked()).resolves.toBe(true);
  await expect(columns.getByLabel(/^Table/).inputValue()).resolves.toBe("Sales");
  await expect(columns.getByLabel(/^Column for Bookings/).inputValue()).resolves.toBe("Units");
  await w.nextInEdit("KPIs");
  await w.nextInEdit("Rewards");
  await w.type("Tier 1 rate (%)", "4.5");
  await w.nextInEdit("Review and save");
  expect(await w.changeLines()).toEqual(["Tier 1: rate: 4% → 4.5%"]);
  const beforeSave = (await pane.excel()).log.length;
  expect(beforeSave).toBeGreaterThan(beforeUserRow);
  await w.save();
  const saved = await w.waitForSaved();

  x = await pane.excel();
  // The results table now has a row for the new partner, reading Source row 5.
  const after = tableNamed(x.snapshot, data.name);
  expect(after.rowCount).toBe(5);
  expect(after.values.map((r) => r[0])).toEqual([1, 2, 3, 4, 5]);
  const afterFormula = (row, header) => after.formulas[row][after.headers.indexOf(header)];
  expect(afterFormula(4, "Partner ID")).toMatch(index("Sales", "Partner ID"));
  expect(afterFormula(4, "Partner")).toMatch(index("Sales", "Partner name"));
  expect(afterFormula(4, "Bookings")).toMatch(index("Sales", "Units"));
  expect(afterFormula(4, targetHeader)).toMatch(index("Sales", "Quota"));
  // The new row's calculated columns carry the same formulas as the others.
  for (let c = 1; c < after.headers.length; c++) expect(after.formulas[4][c]).toBe(after.formulas[0][c]);
  // The first four rows still read the same user rows.
  expect(after.formulas.slice(0, 4)).toEqual(dataBeforeSave.formulas);
  // The new rate is in the Tiers table.
  const tiers = x.snapshot.tables.find((t) => t.origin === "addin" && /_Tiers$/.test(t.name));
  expect(tiers.values[0][1]).toBeCloseTo(0.045, 10);
  // The saved message says a results row was added for the user's new row.
  expect(saved).toMatch(/Changes saved/);
  await expect(page.getByRole("list", { name: "Notes" }).getByRole("listitem").allInnerTexts()).resolves.toEqual([
    expect.stringMatching(/^1 row of Sales added since the program was created now has its results row\.?$/),
  ]);
  // Still nothing of the user's written by the add-in: the only user change is the row the user added.
  expect(x.userChanges).toEqual([{ kind: "addTableRows", sheet: SALES_SHEET.name, table: "Sales", rows: 1 }]);
  expect(tableNamed(x.snapshot, "Sales")).toEqual(salesGrown);
  expect(x.snapshot.sheets.find((s) => s.name === SALES_SHEET.name)).toEqual(salesSheetGrown);
  expect(x.snapshot.sheets.find((s) => s.name === USER_SHEET.name)).toEqual(
    x.initialSnapshot.sheets.find((s) => s.name === USER_SHEET.name),
  );
  expect(x.snapshot.sheets.map((s) => s.name)).toEqual(sheetsBefore);
  expect(x.snapshot.deleted).toEqual([]);
  expect(x.warnings).toEqual([]);
  expect(x.formulaProblems).toEqual([]);
  expect(x.log.filter((e) => e.error)).toEqual([]);
  const save = oneUndoStep(x.log, beforeSave);
  expect(save.syncs).toBe(4);
  const own = new Set(x.snapshot.sheets.filter((s) => s.origin === "addin").map((s) => s.name));
  expect([...new Set(save.writes.map((e) => sheetOf(e.address)))].filter((s) => !own.has(s))).toEqual([]);
  await pane.assertClean();
  await pane.close();
});
