/*
 * What a partner reads on their statement (issue 18, points 9–11), on the strict Excel model, in
 * both languages, live (every formula computed by HyperFormula with the built INCENTIVE functions)
 * and values-only (what finance sends):
 *  - each gated KPI shows its threshold beside Met / Missed (达标 / 未达标), with the side that passes;
 *  - while a gate is missed, the Next tier row says to meet the gates first, not how much more
 *    reaches the next tier (nothing is paid until then);
 *  - the note says what is to be settled, the cap is its own line with its currency;
 *  - money in words is written the currency first, and ¥ for renminbi on a Chinese sheet.
 *
 * dist/ must be built (npm test builds it first).
 */
import { ProgramDefinition, programTemplate } from "../../../src/engine";
import { createProgram, generateStatements, generateValuesOnlyStatements } from "../../../src/workbook/programs";
import { STATEMENT_TOP, blockHeight, blockRows } from "../../../src/workbook/dashboard/statementLayout";
import { ModelExcel } from "../../excel-model/fakeExcelFacade";
import { Snapshot, colName, evaluateWorkbook } from "../../formulas/hyperformulaWorkbook";

/** A rebate with a gate on volume (higher passes) and one on returns (lower passes, weight 0: a gate only), and a cap. */
function rebate(currency: string): ProgramDefinition {
  const base = programTemplate("resellerRebate");
  return {
    ...base,
    currency,
    cap: 20000,
    kpis: [
      { ...base.kpis[0], unit: currency, gate: 100000 },
      { name: "Returns", unit: "%", direction: "lower", targetMode: "fixed", target: 0.05, weight: 0, gate: 0.1 },
    ],
  };
}

const PARTNERS = [
  { id: "A", name: "Gates met, Silver", actuals: [300000, 0.05] },
  { id: "B", name: "Too many returns", actuals: [300000, 0.2] },
  { id: "C", name: "Top tier, capped", actuals: [1200000, 0.1] },
];

interface Case {
  readonly currency: string;
  readonly language: "en" | "zh";
  readonly threshold: { readonly volume: string; readonly returns: string };
  readonly met: string;
  readonly missed: string;
  readonly gap: string;
  readonly gateFirst: string;
  readonly settled: string;
  readonly cap: string;
}

const CASES: Case[] = [
  {
    currency: "CNY",
    language: "zh",
    threshold: { volume: '"≥ "¥#,##0.00', returns: '"≤ "0.0%' },
    met: "达标",
    missed: "未达标",
    gap: "Purchase volume再增加 ¥200,000.00，即可达到Gold",
    gateFirst: "请先达到上方全部门槛",
    settled: "应结算金额：上方激励金额，四舍五入保留 2 位小数。",
    cap: "激励金额封顶 ¥20,000.00。",
  },
  {
    currency: "USD",
    language: "zh",
    threshold: { volume: '"≥ USD "#,##0.00', returns: '"≤ "0.0%' },
    met: "达标",
    missed: "未达标",
    gap: "Purchase volume再增加 USD 200,000.00，即可达到Gold",
    gateFirst: "请先达到上方全部门槛",
    settled: "应结算金额：上方激励金额，四舍五入保留 2 位小数。",
    cap: "激励金额封顶 USD 20,000.00。",
  },
  {
    currency: "CNY",
    language: "en",
    threshold: { volume: '"≥ "¥#,##0.00', returns: '"≤ "0.0%' },
    met: "Met",
    missed: "Missed",
    gap: "CNY 200,000.00 more in Purchase volume reaches Gold",
    gateFirst: "First meet every gate above",
    settled: "To be settled: the payout above, rounded to 2 decimals.",
    cap: "The payout is capped at CNY 20,000.00.",
  },
  {
    currency: "USD",
    language: "en",
    threshold: { volume: '"≥ USD "#,##0.00', returns: '"≤ "0.0%' },
    met: "Met",
    missed: "Missed",
    gap: "USD 200,000.00 more in Purchase volume reaches Gold",
    gateFirst: "First meet every gate above",
    settled: "To be settled: the payout above, rounded to 2 decimals.",
    cap: "The payout is capped at USD 20,000.00.",
  },
];

describe.each(CASES)("a $currency rebate, statements in $language", (c) => {
  const p = rebate(c.currency);
  const at = blockRows(p);
  const height = blockHeight(p);
  /** What each partner's block says, row by row: [label, value] pairs and the KPI rows' Gate and Met? cells. */
  const read = (cell: (row: number, column: number) => unknown) =>
    PARTNERS.map((_, k) => {
      const row = (r: number, column: number) => cell(STATEMENT_TOP + k * height + r, column);
      return {
        thresholds: [row(at.firstKpi, 5), row(at.firstKpi + 1, 5)],
        results: [row(at.firstKpi, 6), row(at.firstKpi + 1, 6)],
        gap: row(at.gap, 1),
        note: row(at.note, 0),
        cap: row(at.note + 1, 0),
      };
    });
  let values: ReturnType<typeof read>;
  let live: ReturnType<typeof read>;
  let formats: (string | undefined)[];

  beforeAll(async () => {
    const excel = new ModelExcel({ excelApi: "1.20" });
    const created = await createProgram(excel.context, p, { partners: PARTNERS });
    const key = created.summary.key;
    const livePart = await generateStatements(excel.context, key, { language: c.language });
    const wb = evaluateWorkbook(excel.model.snapshot() as Snapshot);
    live = read((r, col) => {
      const v = wb.value(livePart.sheet, `${colName(col)}${r + 1}`);
      return v === null || v === undefined ? "" : v;
    });
    // The values-only sheet: the engine's values from the data table's inputs (typed values here, not formulas).
    const sent = await generateValuesOnlyStatements(excel.context, key, "all", { language: c.language });
    const sheet = excel.sheet(sent.sheet);
    values = read((r, col) => sheet.cell(r, col)?.value ?? "");
    formats = [0, 1].map((k) => sheet.cell(STATEMENT_TOP + at.firstKpi + k, 5)?.numberFormat);
  });

  test("each gated KPI shows its threshold, with the side that passes, beside Met / Missed", () => {
    expect(values.map((x) => x.thresholds)).toEqual(PARTNERS.map(() => [100000, 0.1]));
    expect(formats).toEqual([c.threshold.volume, c.threshold.returns]);
    expect(values.map((x) => x.results)).toEqual([
      [c.met, c.met],
      [c.met, c.missed],
      [c.met, c.met], // exactly on a lower-is-better gate passes
    ]);
  });

  test("the Next tier sentence: the amount while the gates are met, the gates first while one is missed", () => {
    expect(values.map((x) => x.gap)).toEqual([c.gap, c.gateFirst, expect.any(String)]);
    expect(values[2].gap).not.toMatch(/\d/);
  });

  test("to be settled, not paid; the cap on its own line with its currency", () => {
    expect(values.map((x) => [x.note, x.cap])).toEqual([
      [c.settled, c.cap],
      [expect.not.stringContaining(c.settled), ""],
      [c.settled, c.cap],
    ]);
  });

  test("the live statement computes the same words and thresholds", () => {
    expect(live).toEqual(values);
  });
});
