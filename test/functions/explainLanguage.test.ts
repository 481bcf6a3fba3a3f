/* EXPLAIN's words follow the user's Excel language, like the functions' error messages; its numbers never change. */
import { setFunctionsLanguage } from "../../src/functions/language";
import { explainWords } from "../../src/functions/impl/explainWords";
import { SHEET_LABELS } from "../../src/workbook/labels";
import { EXPLAIN_EXAMPLE } from "../support/specExamples";
import { FUNCTIONS } from "../support/functionTable";

afterEach(() => setFunctionsLanguage("en"));

test("in a Chinese Excel, EXPLAIN spills Chinese headers, tier words and total with the same numbers", () => {
  setFunctionsLanguage("zh");
  const zh = FUNCTIONS.EXPLAIN(...EXPLAIN_EXAMPLE.args) as unknown[][];
  expect(zh[0]).toEqual(["档位", "区间起点", "区间终点", "计入金额", "比例", "激励金额"]);
  expect(zh[zh.length - 1][0]).toBe("合计");
  const numbers = (rows: unknown[][]) => rows.slice(1).map((r) => r.slice(1));
  expect(numbers(zh)).toEqual(numbers(EXPLAIN_EXAMPLE.expected as unknown as unknown[][]));
  // Below the first tier and already-credited bands are worded too.
  const T1 = EXPLAIN_EXAMPLE.args[1];
  const shifted = [
    [10000, 0.01, "Entry"],
    ...(T1 as unknown as unknown[][]).map((r) => [Number(r[0]) + 20000, r[1], r[2]]),
  ];
  const below = FUNCTIONS.EXPLAIN([[15000]], shifted, null, null, null) as unknown[][];
  expect(below[1][0]).toBe("（低于第一档）");
  const credited = FUNCTIONS.EXPLAIN([[10000]], T1, "retro", null, [[60000]]) as unknown[][];
  expect(credited.some((r) => String(r[0]).endsWith("（已计入）"))).toBe(true);
});

test("EXPLAIN's words are the statements' words in each language, so a live statement reads as one text", () => {
  for (const language of ["en", "zh"] as const) {
    const sheet = SHEET_LABELS[language].statements;
    const words = explainWords(language);
    const h = sheet.explainHeader;
    expect(words.header).toEqual([h.tier, h.from, h.to, h.amount, h.rate, h.payout]);
    expect(words.belowFirstTier).toBe(sheet.explainBelow);
    expect(words.total).toBe(sheet.explainTotal);
  }
});
