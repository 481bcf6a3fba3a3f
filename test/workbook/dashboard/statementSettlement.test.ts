/*
 * What a statement says is to be settled when the open period has lines beyond the payout (issue
 * 16): payout + adjustment + carried in = the amount to settle, and, when that sum is negative,
 * that nothing is paid and the balance is carried forward (as the close carries it,
 * engine/cycle/adjustments.ts). Q3 here has both: 0012 carries a clawback in from Q2, and P3's Q2
 * is trued up by late data. Values-only statements are checked against their own lines, summed in
 * cents; the live sheet's line is computed by a real spreadsheet engine (HyperFormula) and must
 * read the same, partner by partner.
 */
import { fromMinorUnits, toMinorUnits } from "../../../src/engine";
import { updateAdjustments } from "../../../src/workbook/cycle";
import { generateStatements, generateValuesOnlyStatements } from "../../../src/workbook/dashboard";
import { Snapshot, evaluateWorkbook } from "../../formulas/hyperformulaWorkbook";
import { editActual } from "../cycle/editActual";
import { AT, DATA, KEY, carriedIntoQ3 } from "../cycle/carriedBalance";
import { address, cellsHolding } from "../cycle/snapshotCells";

const WORDS = {
  en: {
    adjustment: "Adjustment for 2026-Q2",
    carried: "Carried in from 2026-Q2",
    terms: "payout + adjustment + carried in",
    settle: (terms: string, amount: string) => `To be settled this period: ${terms} = ${amount}.`,
    carry: (terms: string, amount: string) =>
      `${terms} = ${amount}: nothing is paid this period; the balance is carried forward to the next period.`,
    money: (n: string) => `CNY ${n}`,
  },
  zh: {
    adjustment: "2026-Q2 调整额",
    carried: "上期结转（2026-Q2）",
    terms: "激励金额 + 调整额 + 上期结转",
    settle: (terms: string, amount: string) => `本期应结算金额：${terms} = ${amount}。`,
    carry: (terms: string, amount: string) => `${terms} = ${amount}：本期不予支付，该余额结转至下期。`,
    money: (n: string) => `¥${n}`,
  },
};
const fixed2 = (x: number) => x.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 0012 carries a balance into Q3 (carriedBalance.ts); then late data lowers P3's Q2, an adjustment line settled in Q3. */
async function bothLinesInQ3(language: "en" | "zh") {
  const carried = await carriedIntoQ3(language);
  editActual(carried.excel, DATA, "P3", 0.97, 0.9);
  const added = (await updateAdjustments(carried.excel.context, KEY, AT)).added;
  expect(added.map((l) => l.partnerId)).toEqual(["P3"]);
  return carried;
}

/** Each block's payout, adjustment and carried-in amounts and its settlement note's address, on `sheet`. */
function blocks(snapshot: Snapshot, sheet: string, language: "en" | "zh") {
  const cells = snapshot.sheets.find((s) => s.name === sheet)!.cells;
  const w = WORDS[language];
  const carried = cellsHolding(snapshot, sheet, w.carried);
  return cellsHolding(snapshot, sheet, w.adjustment).map(({ r }, k) => {
    const v = (row: number) => cells[address(row, 1)]?.v;
    // Rows of a block: payout, next tier, adjustment, carried in; the note under the breakdown, the next text in A starting with the terms' sentence.
    const noteRow = Object.keys(cells)
      .filter((a) => a.startsWith("A"))
      .map((a) => Number(a.slice(1)) - 1)
      .filter((row) => row > r && typeof cells[address(row, 0)].v === "string")
      .filter((row) => (cells[address(row, 0)].v as string).includes(w.terms))
      .sort((x, y) => x - y)[0];
    return {
      payout: v(r - 2) as number,
      adjustment: v(r) as number,
      carried: v(carried[k].r) as number,
      note: address(noteRow, 0),
      text: cells[address(noteRow, 0)].v as string,
    };
  });
}

function expectedLine(language: "en" | "zh", amounts: number[]): string {
  const w = WORDS[language];
  const due = fromMinorUnits(
    amounts.reduce((s, x) => s + toMinorUnits(x, 2), 0),
    2,
  );
  return (due < 0 ? w.carry : w.settle)(w.terms, w.money(fixed2(due)));
}

describe("the statement says what is to be settled: payout + adjustment + carried in", () => {
  test.each(["en", "zh"] as const)(
    "values only (%s): the line adds the block's own figures, to the cent",
    async (language) => {
      const { excel, balance, earned } = await bothLinesInQ3(language);
      const all = await generateValuesOnlyStatements(excel.context, KEY, "all");
      const shown = blocks(excel.model.snapshot() as Snapshot, all.sheet, language);
      expect(shown).toHaveLength(3);
      for (const b of shown) expect(b.text).toBe(expectedLine(language, [b.payout, b.adjustment, b.carried]));
      // 0012: Q3 earns what Q2 did (same data) and carries its balance in: the sum is worked out apart.
      expect(shown[0].carried).toBe(balance);
      expect(shown[0].text).toBe(expectedLine(language, [earned, 0, balance]));
      expect(shown[1].adjustment).toBeLessThan(0);
    },
  );

  test("live: HyperFormula computes each block's line equal to the values-only one, LET-free", async () => {
    const { excel } = await bothLinesInQ3("en");
    const all = await generateValuesOnlyStatements(excel.context, KEY, "all");
    const values = blocks(excel.model.snapshot() as Snapshot, all.sheet, "en");
    const live = await generateStatements(excel.context, KEY);
    const snapshot = excel.model.snapshot() as Snapshot;
    const wb = evaluateWorkbook(snapshot);
    const cells = snapshot.sheets.find((s) => s.name === live.sheet)!.cells;
    const lines = values.map((b) => {
      expect(cells[b.note].f).not.toMatch(/\bLET\(/);
      return wb.value(live.sheet, b.note);
    });
    expect(lines).toEqual(values.map((b) => b.text));
  });

  test("a negative sum: nothing is paid, the balance carried forward", async () => {
    const { excel } = await bothLinesInQ3("en");
    // 0012 earns nothing in Q3: its carried balance alone is what it settles.
    editActual(excel, DATA, "0012", 0.5, 0);
    const one = await generateValuesOnlyStatements(excel.context, KEY, 0);
    const snapshot = excel.model.snapshot() as Snapshot;
    const [b] = blocks(snapshot, one.sheet, "en");
    expect(b.carried).toBeLessThan(0);
    expect(b.text).toBe(expectedLine("en", [b.payout, b.adjustment, b.carried]));
    expect(b.text).toMatch(
      /^payout \+ adjustment \+ carried in = CNY -[\d,]+\.\d\d: nothing is paid this period; the balance is carried forward/,
    );
  });
});
