/*
 * Editing a program against the strict Excel model, where reading a property that was not loaded
 * throws PropertyNotLoaded as in Excel (the lenient fake let updateProgram read the data table's
 * values when only its position and size were loaded).
 */
import { programTemplate } from "../../src/engine";
import { createProgram, readProgram, updateProgram } from "../../src/workbook/programs";
import { ModelExcel } from "../excel-model/fakeExcelFacade";

const KEY = "SolarWave_Installer";

test("an edit reads its tables as loaded and writes in place", async () => {
  const excel = new ModelExcel();
  const partners = Array.from({ length: 5 }, (_, i) => ({
    id: `P${i + 1}`,
    name: `Partner ${i + 1}`,
    actuals: [0.9, 4.5],
  }));
  await createProgram(excel.context, programTemplate("solarwave"), { partners });
  const before = await readProgram(excel.context, KEY);
  const result = await updateProgram(excel.context, KEY, { ...before, name: "SolarWave 2027", decimals: 0 });
  expect(result.summary.name).toBe("SolarWave 2027");
  const after = await readProgram(excel.context, KEY);
  expect(after).toMatchObject({ name: "SolarWave 2027", decimals: 0 });
  // Header and the five partners, none added or lost.
  expect(
    excel
      .table(`PI_${KEY}_Data`)
      .values()
      .map((r) => r[0]),
  ).toEqual(["Partner ID", "P1", "P2", "P3", "P4", "P5"]);
});
