/*
 * A closed period's snapshot holds every partner's pay, so it says CONFIDENTIAL on the sheet
 * (issue 16), on the strict Excel model: the mark is in A3, written with the snapshot before it is
 * protected, in the program's language, and outside the fingerprinted rows (from row 4): the
 * fingerprint is the engine's, and an edit of the mark is not a change to the snapshot.
 */
import { ProgramDefinition, buildSnapshot, programTemplate } from "../../../src/engine";
import type { PartnerSeed } from "../../../src/workbook/contract";
import { createProgram } from "../../../src/workbook/programs";
import { checkClosedPeriods, closePeriod, protectSnapshot } from "../../../src/workbook/cycle";
import { SNAPSHOT_FIRST_ROW, SNAPSHOT_MARK_ROW } from "../../../src/workbook/cycle/describeSnapshot";
import { ModelExcel } from "../../excel-model/fakeExcelFacade";

const KEY = "SolarWave_Installer";
const Q1_CLOSE = new Date(Date.UTC(2026, 3, 2, 9, 30, 0));
const SEEDS: PartnerSeed[] = [
  { id: "0012", name: "Sun & Co", actuals: [0.97, 4.6] },
  { id: "P3", name: "-Minus", actuals: [0.8, 4.2] },
];

const solarwave = (language: "en" | "zh"): ProgramDefinition => ({
  ...programTemplate("solarwave"),
  sheetLanguage: language,
});

/** Q1 closed and its snapshot protected, as the pane leaves it. */
async function closedAndProtected(language: "en" | "zh") {
  const excel = new ModelExcel();
  await createProgram(excel.context, solarwave(language), { partners: SEEDS });
  const result = await closePeriod(excel.context, KEY, { now: Q1_CLOSE });
  await excel.model.Excel.run((context: Excel.RequestContext) => protectSnapshot(context, result.sheet));
  return { excel, result };
}

test("the mark is A3, above the snapshot's first row", () => {
  expect(SNAPSHOT_MARK_ROW).toBe(2);
  expect(SNAPSHOT_MARK_ROW).toBeLessThan(SNAPSHOT_FIRST_ROW);
});

test("the protected snapshot says CONFIDENTIAL in A3 (written before protection: the model refuses writes after it)", async () => {
  const { excel, result } = await closedAndProtected("en");
  expect(excel.model.isProtected(result.sheet)).toBe(true);
  expect(excel.sheet(result.sheet).at("A3")?.value).toMatch(/^CONFIDENTIAL — every partner's pay\. .*do not send/);
  // Nothing else on the sheet says so: one mark, in its own row.
  const marks = [...excel.sheet(result.sheet).cells.entries()].filter(([, c]) => /CONFIDENTIAL/.test(String(c.value)));
  expect(marks.map(([a]) => a)).toEqual(["2,0"]);
});

test("a Chinese program's snapshot is marked in Chinese", async () => {
  const { excel, result } = await closedAndProtected("zh");
  expect(excel.sheet(result.sheet).at("A3")?.value).toMatch(/^机密——含全部合作伙伴的激励金额。/);
});

test("the mark is not fingerprinted: the engine's fingerprint, intact, and still intact after the mark is edited", async () => {
  const { excel, result } = await closedAndProtected("en");
  const engine = buildSnapshot(
    solarwave("en"),
    result.period,
    SEEDS.map((s) => ({ id: s.id, name: s.name, input: { actuals: s.actuals!, targets: [null, null] } })),
  );
  expect(result.fingerprint).toBe(engine.fingerprint);
  expect((await checkClosedPeriods(excel.context, KEY)).periods[0].status).toBe("intact");
  excel.model.userUnprotect(result.sheet);
  excel.userEdit(result.sheet, "A3", [["(note removed)"]]);
  expect((await checkClosedPeriods(excel.context, KEY)).periods[0].status).toBe("intact");
  // An edit in the first row below it (the period row, under its header) is found: the check is live.
  excel.userEdit(result.sheet, `C${SNAPSHOT_FIRST_ROW + 2}`, [["2026-Q9"]]);
  expect((await checkClosedPeriods(excel.context, KEY)).periods[0].status).not.toBe("intact");
});
