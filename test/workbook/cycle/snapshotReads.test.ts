/*
 * Each action reads a closed period's snapshot sheet at most once, and only the snapshots it
 * needs: a close, a preview and the generated sheets the last close's (for the balances it carried
 * out), Update adjustments the period it recomputes, Check every closed period once, Re-open none
 * (the Periods table holds what it takes back). Counted on the Excel model as the loads of values
 * from each snapshot sheet's ranges: a snapshot this small (three partners) is one block of rows.
 */
import { readLastClosedStandings } from "../../../src/workbook/dashboard/lastClosedPeriod";
import {
  checkClosedPeriods,
  closePeriod,
  previewAdjustments,
  previewEarlierAdjustments,
  previewClosePeriod,
  reopenPeriod,
  updateAdjustments,
} from "../../../src/workbook/cycle";
import { generateDashboard, generateStatements, generateValuesOnlyStatements } from "../../../src/workbook/dashboard";
import type { ModelExcel } from "../../excel-model/fakeExcelFacade";
import { AT, DATA, KEY, carriedIntoQ3 } from "./carriedBalance";
import { editActual } from "./editActual";
import { periodsTableName } from "../../../src/workbook/cycle/periodsTable";

const Q1 = "SolarWave Installer 2026-Q1";
const Q2 = "SolarWave Installer 2026-Q2";
const Q3 = "SolarWave Installer 2026-Q3";

/** How many times `action` loads the values of a range on each snapshot sheet. */
async function snapshotReads(excel: ModelExcel, action: () => Promise<unknown>): Promise<Record<string, number>> {
  const from = excel.model.log.length;
  await action();
  const sheets = excel.sheetNames().filter((n) => /\d{4}-Q\d$/.test(n));
  const reads = Object.fromEntries(sheets.map((s) => [s, 0]));
  for (const e of excel.model.log.slice(from)) {
    if (
      e.kind !== "load" ||
      !String(e.args?.[0] ?? "")
        .split(",")
        .includes("values")
    )
      continue;
    const sheet = sheets.find((s) =>
      new RegExp(`^workbook\\.worksheets\\.getItem(OrNullObject)?\\(${JSON.stringify(s)}\\)`).test(e.target),
    );
    if (sheet) reads[sheet] += 1;
  }
  return reads;
}

test("Q1 and Q2 closed, Q2 carrying a balance: every action reads the snapshots it needs, each once", async () => {
  const { excel } = await carriedIntoQ3("en");
  const reads = (action: () => Promise<unknown>) => snapshotReads(excel, action);
  const lastOnly = { [Q1]: 0, [Q2]: 1 };

  expect(await reads(() => previewClosePeriod(excel.context, KEY))).toEqual(lastOnly);
  expect(await reads(() => checkClosedPeriods(excel.context, KEY))).toEqual({ [Q1]: 1, [Q2]: 1 });
  expect(await reads(() => previewAdjustments(excel.context, KEY))).toEqual(lastOnly);
  expect(await reads(() => previewAdjustments(excel.context, KEY, "2026-Q1"))).toEqual({ [Q1]: 1, [Q2]: 0 });
  let earlier: { forPeriod: string | null; closed: readonly string[] } | null = null;
  expect(await reads(async () => (earlier = await previewEarlierAdjustments(excel.context, KEY)))).toEqual({
    [Q1]: 1,
    [Q2]: 0,
  });
  expect(earlier).toMatchObject({ forPeriod: "2026-Q1", closed: ["2026-Q1", "2026-Q2"] });
  expect(await reads(() => generateDashboard(excel.context, KEY))).toEqual(lastOnly);
  expect(await reads(() => generateStatements(excel.context, KEY))).toEqual(lastOnly);
  expect(await reads(() => generateValuesOnlyStatements(excel.context, KEY, "all"))).toEqual(lastOnly);
  expect(await reads(() => readLastClosedStandings(excel.context, KEY))).toEqual(lastOnly);

  editActual(excel, DATA, "P3", 0.97, 0.9);
  let added = 0;
  const update = await reads(async () => (added = (await updateAdjustments(excel.context, KEY, AT)).added.length));
  expect({ added, update }).toEqual({ added: 1, update: lastOnly });

  expect(await reads(() => closePeriod(excel.context, KEY, { now: AT }))).toEqual({ ...lastOnly, [Q3]: 0 });
  expect(await reads(() => reopenPeriod(excel.context, KEY, "2026-Q3", "late invoices", AT))).toEqual({
    [Q1]: 0,
    [Q2]: 0,
    [Q3]: 0,
  });
});

/** How many times `action` loads the Periods table's values. */
async function periodsReads(excel: ModelExcel, action: () => Promise<unknown>): Promise<number> {
  const from = excel.model.log.length;
  await action();
  const table = JSON.stringify(periodsTableName(KEY));
  return excel.model.log.slice(from).filter((e) => e.kind === "load" && e.target.includes(`tables.getItem(${table})`))
    .length;
}

test("a dashboard reads the Periods table once, for its adjustments and its last close both", async () => {
  const { excel } = await carriedIntoQ3("en");
  expect(await periodsReads(excel, () => generateDashboard(excel.context, KEY))).toBe(1);
  // The standings alone still read it themselves.
  expect(await periodsReads(excel, () => readLastClosedStandings(excel.context, KEY))).toBe(1);
});
