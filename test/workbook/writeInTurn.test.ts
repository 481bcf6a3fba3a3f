/*
 * Sheets written in their turn (ApplyOptions.later; issue 15 item 4): a write of many large sheets
 * (statements in 49 parts at 50,000 partners) describes a sheet only when every cell of the one
 * before it has been queued, and never reads a sheet's plan again once the next is described, so
 * the add-in holds one part's cells at a time, not all of them. On the strict Excel model: what
 * has been queued is the model's log of calls and sets (a set is in the log when it is queued,
 * before its sync). Each plan's rows are a revocable proxy, revoked when the next sheet is
 * described: a writer that went back to them would throw.
 */
import { programTemplate } from "../../src/engine";
import { applyWorkbookPlan } from "../../src/workbook/applyPlan";
import { writeParts } from "../../src/workbook/dashboard/generate";
import { partnerRecords, readProgramInWorkbook } from "../../src/workbook/dashboard/programInWorkbook";
import { statementParts } from "../../src/workbook/dashboard/statementParts";
import { describeValuesOnlyStatement } from "../../src/workbook/dashboard/valuesOnlyStatement";
import { sheetLabels } from "../../src/workbook/labels";
import { createProgram } from "../../src/workbook/programs";
import { Cell, GridPlan, SheetPlan, text } from "../../src/workbook/sheetPlan";
import { ModelExcel } from "../excel-model/fakeExcelFacade";

/** The JSON of every value and argument queued (synced or not) since the log's entry `from`. */
function queued(excel: ModelExcel, from: number): string {
  return excel.model.log
    .slice(from)
    .filter((e) => e.kind === "set" || e.kind === "call")
    .map((e) => JSON.stringify(e.value ?? e.args ?? null))
    .join("\n");
}

/** The sheet with its grids' rows behind revocable proxies; `revoke` makes any later read of them throw. */
function revocable(sheet: SheetPlan): { sheet: SheetPlan; revoke: () => void } {
  const revokes: (() => void)[] = [];
  const guard = <T extends object>(x: T): T => {
    const r = Proxy.revocable(x, {});
    revokes.push(r.revoke);
    return r.proxy;
  };
  const grids = (sheet.grids ?? []).map((g): GridPlan => ({ ...g, rows: guard(g.rows.map((row) => guard(row))) }));
  return { sheet: { ...sheet, grids }, revoke: () => revokes.forEach((r) => r()) };
}

/**
 * A describer that checks, at each call, that the previous sheet's marker has been queued since the
 * describer was made and its own has not, revokes the previous sheet's rows, and notes what it found.
 */
function inTurn(
  excel: ModelExcel,
  describe: (k: number) => SheetPlan,
  marker: (k: number) => string,
): { describe: (k: number) => SheetPlan; calls: number[]; problems: string[] } {
  const calls: number[] = [];
  const problems: string[] = [];
  const from = excel.model.log.length;
  let revokePrevious = () => {};
  return {
    calls,
    problems,
    describe(k) {
      calls.push(k);
      const sent = queued(excel, from);
      if (k > 0 && !sent.includes(marker(k - 1)))
        problems.push(`sheet ${k} described before sheet ${k - 1} was queued`);
      if (sent.includes(marker(k))) problems.push(`sheet ${k} queued before it was described`);
      revokePrevious();
      const guarded = revocable(describe(k));
      revokePrevious = guarded.revoke;
      return guarded.sheet;
    },
  };
}

describe("the executor's later sheets", () => {
  const rowsOf = (k: number): Cell[][] =>
    Array.from({ length: 40 }, (_, i) => [text(`sheet ${k} row ${i}`), k * 1000 + i, text("x".repeat(200))]);
  const sheet = (k: number): SheetPlan => ({
    name: `Part ${k + 1}`,
    role: "statementValues",
    cells: [],
    tables: [],
    columnWidths: [],
    frozenRows: 0,
    grids: [{ topLeft: { row: 0, column: 0 }, rows: rowsOf(k) }],
  });

  test("each is described once, in order, after every cell of the one before it was queued; all are written", async () => {
    const excel = new ModelExcel({ excelApi: "1.20", host: "web" });
    const spy = inTurn(excel, sheet, (k) => `sheet ${k} row 39`);
    // A small budget: several requests, some of them carrying the end of one sheet and the start of the next.
    const applied = await applyWorkbookPlan(
      excel.context,
      { key: "K", programName: "Parts", sheets: [], activeSheet: "Part 1" },
      {
        budgetBytes: 6000,
        later: [0, 1, 2, 3].map((k) => ({ name: `Part ${k + 1}`, describe: () => spy.describe(k) })),
      },
    );
    expect(spy.problems).toEqual([]);
    expect(spy.calls).toEqual([0, 1, 2, 3]);
    expect(applied.sheets).toEqual(["Part 1", "Part 2", "Part 3", "Part 4"]);
    // 4 sheets × 40 rows of about 230 bytes: far more than one 6,000-byte request.
    expect(applied.syncs).toBeGreaterThan(1 + (4 * 40 * 230) / 6000);
    for (const k of [0, 1, 2, 3]) {
      const ws = excel.sheet(`Part ${k + 1}`);
      expect(ws.at("A1")?.value).toBe(`sheet ${k} row 0`);
      expect(ws.at("B40")?.value).toBe(k * 1000 + 39);
    }
    expect(excel.activeSheet).toBe("Part 1");
  });

  test("a later sheet that cannot be described fails the write, and what was written is taken back", async () => {
    const excel = new ModelExcel({ excelApi: "1.20", host: "web" });
    const before = excel.sheetNames();
    const later = [0, 1, 2].map((k) => ({
      name: `Part ${k + 1}`,
      describe: () => {
        if (k === 2) throw new Error("part 3 could not be described");
        return sheet(k);
      },
    }));
    await expect(
      applyWorkbookPlan(
        excel.context,
        { key: "K", programName: "Parts", sheets: [], activeSheet: "Part 1" },
        { budgetBytes: 6000, later },
      ),
    ).rejects.toThrow(/part 3 could not be described.*removed/s);
    expect(excel.sheetNames()).toEqual(before);
  });
});

describe("values-only statements in parts (writeParts)", () => {
  test("part k is described only after part k − 1's last statement was queued, and its rows are not read again", async () => {
    const excel = new ModelExcel({ excelApi: "1.20", host: "web" });
    const program = programTemplate("solarwave");
    const seeds = Array.from({ length: 7 }, (_, i) => ({
      id: `P${100000 + i}`,
      name: `Partner ${i}`,
      actuals: [0.5 + i / 10, 4],
    }));
    const key = "SolarWave_Installer";
    await createProgram(excel.context, program, { partners: seeds });
    const w = await readProgramInWorkbook(excel.context, key, true);
    const partners = partnerRecords(w);
    // Parts of 3 (the real ones are 1,026): partners 1–3, 4–6 and 7.
    const parts = statementParts(partners.length, 3);
    const lastId = (k: number) => `P${100000 + parts[k].first + parts[k].count - 1}`;
    const spy = inTurn(
      excel,
      (k) =>
        describeValuesOnlyStatement(w.program, partners, "all", {
          key,
          sheetName: `Values ${k + 1}`,
          part: parts[k],
        }),
      lastId,
    );
    const byPart = new Map(parts.map((p, k) => [p, k]));
    const result = await writeParts(
      excel.context,
      w,
      "statementValues",
      sheetLabels("en"),
      parts,
      false,
      (part, name) => {
        const sheet = spy.describe(byPart.get(part)!);
        return { ...sheet, name };
      },
      partners.length,
    );
    expect(spy.problems).toEqual([]);
    expect(spy.calls).toEqual([0, 1, 2]);
    expect(result.sheets).toHaveLength(3);
    // Every partner's statement is on its part's sheet, once.
    parts.forEach((p, k) => {
      const cells = JSON.stringify([...excel.sheet(result.sheets![k]).cells.values()]);
      for (let i = 0; i < 7; i++) {
        const inPart = i >= p.first && i < p.first + p.count;
        expect([i, cells.includes(`P${100000 + i}`)]).toEqual([i, inPart]);
      }
    });
  });
});
