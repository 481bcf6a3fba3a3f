/*
 * A balance carried into Q3, for the tests of the statements' carried-in line
 * (adjustmentsCarried.test.ts) and of what a statement says is to be settled
 * (dashboard/statementSettlement.test.ts): three partners, '0012' and '12' told apart.
 */
import { buildSnapshot, fromMinorUnits, programTemplate, snapshotPayouts, toMinorUnits } from "../../../src/engine";
import type { PartnerSeed } from "../../../src/workbook/contract";
import { createProgram } from "../../../src/workbook/programs";
import { closePeriod, updateAdjustments } from "../../../src/workbook/cycle";
import { ModelExcel } from "../../excel-model/fakeExcelFacade";
import { editActual } from "./editActual";

export const KEY = "SolarWave_Installer";
export const DATA = `PI_${KEY}_Data`;
export const AT = new Date(Date.UTC(2026, 3, 2, 9, 30, 0));
export const SEEDS: PartnerSeed[] = [
  { id: "0012", name: "Sun & Co", actuals: [0.95, 4.2] },
  { id: "P3", name: "-Minus", actuals: [0.97, 4.6] },
  { id: "12", name: "华东能源", actuals: [0.92, 4.8] },
];
export const program = (language: "en" | "zh") => ({ ...programTemplate("solarwave"), sheetLanguage: language });

/**
 * Q1 closed; a refund on Q1 for 0012 clawed back in Q2, where it earns less: Q2 closed, carrying
 * its balance into Q3. `earned` is what 0012 earns in Q2 and `balance` what it carries out (the
 * earnings plus the clawback), both worked out apart from the workbook, in cents.
 */
export async function carriedIntoQ3(language: "en" | "zh") {
  const excel = new ModelExcel();
  await createProgram(excel.context, program(language), { partners: SEEDS });
  const q1 = await closePeriod(excel.context, KEY, { now: AT });
  editActual(excel, DATA, "0012", 0.95, 0.8);
  const [line] = (await updateAdjustments(excel.context, KEY, AT)).added;
  editActual(excel, DATA, "0012", 0.8, 0.5);
  await closePeriod(excel.context, KEY, { now: AT });
  const partners = SEEDS.map((s) => ({
    id: s.id,
    name: s.name,
    input: { actuals: s.id === "0012" ? [0.5, 4.2] : [...(s.actuals ?? [])] },
  }));
  const earned = snapshotPayouts(buildSnapshot(program(language), q1.next, partners)).get("0012")!;
  const balance = fromMinorUnits(toMinorUnits(earned, 2) + toMinorUnits(line.adjustment, 2), 2);
  return { excel, balance, earned };
}
