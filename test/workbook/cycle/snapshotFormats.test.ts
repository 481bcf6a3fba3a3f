/*
 * The snapshot sheet's number formats (issue 16/18's screenshots showed 0.681818182 and bare
 * dates): attainments, scores and weights in percent, dates in the sheet's language (Chinese as
 * the statements write them, 2026年1月1日). Formats only: the values read back and fingerprinted
 * are the engine's own, so the close's fingerprint is the engine's and the check finds it intact.
 */
import { buildSnapshot, programTemplate, ProgramDefinition } from "../../../src/engine";
import type { PartnerSeed } from "../../../src/workbook/contract";
import { createProgram } from "../../../src/workbook/programs";
import { checkClosedPeriods, closePeriod } from "../../../src/workbook/cycle";
import { SHEET_LABELS } from "../../../src/workbook/labels";
import { PERCENT } from "../../../src/workbook/numberFormats";
import { ModelExcel } from "../../excel-model/fakeExcelFacade";

const KEY = "SolarWave_Installer";
const SEEDS: PartnerSeed[] = [
  { id: "P1", name: "Sun & Co", actuals: [0.75, 4.6] },
  { id: "P2", name: "华东能源", actuals: [0.85, 4.1] },
];

describe.each(["en", "zh"] as const)("the snapshot sheet in %s", (language) => {
  test("attainments, scores and weights in percent, dates in the sheet's language; the fingerprint is the engine's", async () => {
    const program: ProgramDefinition = { ...programTemplate("solarwave"), sheetLanguage: language };
    const excel = new ModelExcel();
    await createProgram(excel.context, program, { partners: SEEDS });
    const result = await closePeriod(excel.context, KEY, { now: new Date(Date.UTC(2026, 3, 2, 9, 30)) });
    const sheet = excel.sheet(result.sheet);
    const cells = [...sheet.cells.entries()].map(([at, c]) => ({ at, ...c }));
    /** The cell of a row (by its kind in column A and, for partners, its ID in C) under a header. */
    const rowOf = (kind: string, id?: string) =>
      cells.find(
        (c) =>
          c.value === kind && c.at.endsWith(",0") && (!id || sheet.cell(Number(c.at.split(",")[0]), 2)?.value === id),
      )!;
    const headerAbove = (row: number) => {
      for (let r = row; r >= 0; r--) if (sheet.cell(r, 0)?.value !== sheet.cell(row, 0)?.value) return r;
      return -1;
    };
    const byHeader = (row: number, header: RegExp) => {
      const h = headerAbove(row);
      for (let c = 2; c < 40; c++) if (header.test(String(sheet.cell(h, c)?.value ?? ""))) return sheet.cell(row, c)!;
      throw new Error(`no ${header} over row ${row}`);
    };
    const partner = Number(rowOf("partner", "P1").at.split(",")[0]);
    const attainment = byHeader(partner, language === "en" ? /attainment/i : /达成率/);
    const score = byHeader(partner, language === "en" ? /^score$/i : /^得分$/);
    expect([attainment.kind, attainment.numberFormat]).toEqual(["number", PERCENT]);
    expect(attainment.value).not.toBe(Math.round(attainment.value as number)); // a fraction, stored as it is
    expect(score.numberFormat).toBe(PERCENT);
    const kpi = Number(rowOf("kpi 1").at.split(",")[0]);
    expect(byHeader(kpi, language === "en" ? /weight/i : /权重/).numberFormat).toBe(PERCENT);
    const period = Number(rowOf("period").at.split(",")[0]);
    const start = sheet.cell(period, 3)!;
    expect([start.value, start.numberFormat]).toEqual([46023, SHEET_LABELS[language].formats.date]);

    const engine = buildSnapshot(
      program,
      result.period,
      SEEDS.map((s) => ({ id: s.id, name: s.name, input: { actuals: s.actuals!, targets: [null, null] } })),
    );
    expect(result.fingerprint).toBe(engine.fingerprint);
    const check = await checkClosedPeriods(excel.context, KEY);
    expect(check.periods.map((p) => p.status)).toEqual(["intact"]);
  });
});
