/*
 * The balance carried into the open period as a line of its own on the statements: a clawback
 * larger than Q2's earnings is carried out of Q2 by its close, and Q3's statements show it under
 * "Carried in from 2026-Q2" (上期结转（2026-Q2）): values only, the amount; live, a formula over the
 * Q2 snapshot's own cells, computed here by a real spreadsheet engine (HyperFormula), to the cent.
 */
import { createProgram } from "../../../src/workbook/programs";
import { closePeriod } from "../../../src/workbook/cycle";
import { generateStatements, generateValuesOnlyStatements } from "../../../src/workbook/dashboard";
import { ModelExcel } from "../../excel-model/fakeExcelFacade";
import { Snapshot, evaluateWorkbook } from "../../formulas/hyperformulaWorkbook";
import { AT, KEY, SEEDS, carriedIntoQ3, program } from "./carriedBalance";
import { address, cellsHolding as at } from "./snapshotCells";

describe("the balance carried in, on the statements", () => {
  test("values only: 0012's carried balance under 'Carried in from 2026-Q2', to the cent; the others 0", async () => {
    const { excel, balance } = await carriedIntoQ3("en");
    expect(balance).toBeLessThan(0);
    const all = await generateValuesOnlyStatements(excel.context, KEY, "all");
    const snapshot = excel.model.snapshot() as Snapshot;
    const cells = snapshot.sheets.find((s) => s.name === all.sheet)!.cells;
    const shown = at(snapshot, all.sheet, "Carried in from 2026-Q2").map(({ r, c }) => cells[address(r, c + 1)].v);
    expect(shown).toEqual([balance, 0, 0]);
    const one = await generateValuesOnlyStatements(excel.context, KEY, 0);
    const own = excel.model.snapshot() as Snapshot;
    const [line] = at(own, one.sheet, "Carried in from 2026-Q2");
    expect(own.sheets.find((s) => s.name === one.sheet)!.cells[address(line.r, line.c + 1)].v).toBe(balance);
  });

  test("live: each block reads its own partner's carried out on the Q2 snapshot, exactly ('0012' is not '12'), LET-free", async () => {
    const { excel, balance } = await carriedIntoQ3("en");
    const live = await generateStatements(excel.context, KEY);
    const snapshot = excel.model.snapshot() as Snapshot;
    const wb = evaluateWorkbook(snapshot);
    const lines = at(snapshot, live.sheet, "Carried in from 2026-Q2").map(({ r, c }) => {
      const formula = snapshot.sheets.find((s) => s.name === live.sheet)!.cells[address(r, c + 1)].f!;
      expect(formula).not.toMatch(/\bLET\(/);
      expect(formula.length).toBeLessThanOrEqual(250);
      expect(formula).toContain("'SolarWave Installer 2026-Q2'!");
      const idCell = /\$(B\d+)/.exec(formula)![1];
      return [wb.value(live.sheet, idCell), wb.value(live.sheet, address(r, c + 1))];
    });
    expect(Object.fromEntries(lines)).toEqual({ "0012": balance, P3: 0, "12": 0 });
  });

  test("Chinese: 上期结转（2026-Q2）, the same amount", async () => {
    const { excel, balance } = await carriedIntoQ3("zh");
    const one = await generateValuesOnlyStatements(excel.context, KEY, 0);
    const snapshot = excel.model.snapshot() as Snapshot;
    const [line] = at(snapshot, one.sheet, "上期结转（2026-Q2）");
    expect(snapshot.sheets.find((s) => s.name === one.sheet)!.cells[address(line.r, line.c + 1)].v).toBe(balance);
  });

  test("no line when nobody carries a balance", async () => {
    const excel = new ModelExcel();
    await createProgram(excel.context, program("en"), { partners: SEEDS });
    await closePeriod(excel.context, KEY, { now: AT });
    const all = await generateValuesOnlyStatements(excel.context, KEY, "all");
    const live = await generateStatements(excel.context, KEY);
    const snapshot = excel.model.snapshot() as Snapshot;
    expect(at(snapshot, all.sheet, "Carried in from 2026-Q1")).toEqual([]);
    expect(at(snapshot, live.sheet, "Carried in from 2026-Q1")).toEqual([]);
  });
});
