/*
 * Every write path of the add-in on the strict Excel model, through the pane's services: on Excel on
 * the web at ExcelApi 1.20 (one undo group), on older hosts (no grouping), and with a failure
 * injected at the first, a middle and the last sync of each write (GeneralException; Excel's
 * UndoNotSupported where the write is grouped). Every sync: writePaths.heavy.test.ts
 * (`npm run test:heavy`). The table: writePaths.ts.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { WEB_1_20, WRITE_PATHS, cleanRun, differences, emptiedWithNote, sampled, workbookState } from "./writePaths";
import { writePathSuite } from "./writePathsSuite";

writePathSuite(sampled);

// The comparison the sweeps rely on sees what a half-written program would leave.
test("differences() reports a changed cell, an added sheet, table and name, and an in-place sheet left half-written", async () => {
  const { pane } = await cleanRun(WRITE_PATHS[0], WEB_1_20);
  const before = workbookState(pane.excel);
  expect(differences(before, workbookState(pane.excel))).toEqual([]);
  pane.excel.userEdit("SolarWave Installer Data", "B5", [["changed"]]);
  await pane.excel.model.Excel.run(async (context: any) => {
    context.workbook.worksheets.add("Extra").tables.add("A1:B2", true).name = "ExtraTable";
    context.workbook.names.add("ExtraName", "=1");
    await context.sync();
  });
  const after = workbookState(pane.excel);
  expect(differences(before, after)).toEqual([
    expect.stringMatching(/^sheets .*"Extra"/),
    expect.stringMatching(/^SolarWave Installer Data: 1 cells differ, e\.g\. B5 /),
    "table PI_SolarWave_Installer_Data@SolarWave Installer Data: values, formulas differ",
    "table ExtraTable@Extra added",
    expect.stringMatching(/^names .*"ExtraName"/),
  ]);
  // A sheet listed as rewritten in place passes only when emptied with a note, not half-written.
  expect(
    differences(before, after, ["SolarWave Installer Data"]).some((d) => d.startsWith("SolarWave Installer Data")),
  ).toBe(true);
  expect(emptiedWithNote(after.sheets.find((s: any) => s.name === "SolarWave Installer Data"))).toBe(false);
});
