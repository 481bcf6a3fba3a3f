/*
 * The engine's words inside a Chinese message, word by word: each argument name, value description
 * and shape the engine quotes has its Chinese, and only the whole word is translated — a KPI or
 * column the user named "Net Amount" or "Target 2027" is quoted as typed. Written for the mutants
 * StrykerJS left in engine/messages.ts (issue 12): the table's anchors, optional letters and digit
 * groups, each pattern's Chinese, which placeholders carry engine words, and showNumber.
 */
import { fillMessage, showNumber } from "../../src/engine";

/** Each engine word (as the engine quotes it) and its Chinese: the words of docs/glossary.md. */
const WORDS: readonly (readonly [string, string])[] = [
  ["Amount", "金额"],
  ["Actual", "实际值"],
  ["Actuals", "实际值"],
  ["Gates", "门槛"],
  ["Attainment", "达成率"],
  ["Attainments", "达成率"],
  ["Attainment 12", "第 12 个达成率"],
  ["Completion dates", "完成日期"],
  ["Due dates", "约定完工日"],
  ["List price", "标价"],
  ["list price", "标价"],
  ["The list price", "标价"],
  ["Target incentive", "目标奖金"],
  ["target incentive", "目标奖金"],
  ["The target incentive", "目标奖金"],
  ["Target", "目标"],
  ["Value", "数值"],
  ["Prior", "此前已计金额"],
  ["Weights", "权重"],
  ["Weight 10", "第 10 个权重"],
  ["Grace days", "宽限天数"],
  ["As of", "截至日期"],
  ["Cap", "封顶"],
  ["Method", "方法"],
  ["Direction", "方向"],
  ["Directions", "方向"],
  ["The tier table", "档位表"],
  ["The due date in row 123", "第 123 行的约定完工日"],
  ["The completion date in row 45", "第 45 行的完成日期"],
  ["The start", "开始日期"],
  ["The end", "结束日期"],
  ["The program name", "方案名称"],
  ["KPI 11's name", "KPI 11 的名称"],
  ["the basis KPI", "计酬基础 KPI"],
  ["an error value", "错误值"],
  ["Tier table row 17", "档位表第 17 行"],
  ["An input cell", "某个输入单元格"],
  ["1 row × 1 column", "1 行 × 1 列"],
  ["12 rows × 34 columns", "12 行 × 34 列"],
];

const zh = (what: string) => fillMessage("{what}", { what }, "zh");

describe("engine words in Chinese", () => {
  test.each(WORDS)("%s → %s", (en, chinese) => {
    expect(zh(en)).toBe(chinese);
    // English messages quote the word as it is.
    expect(fillMessage("{what}", { what: en }, "en")).toBe(en);
  });

  test.each(WORDS)("only the whole word %s is translated: a name that starts or ends with it is quoted as typed", (en) => {
    for (const typed of [`Net ${en}`, `${en} total`]) expect(zh(typed)).toBe(typed);
  });

  test("digit groups must be digits", () => {
    for (const typed of ["Attainment x", "Weight one", "The due date in row x", "KPI a's name", "Tier table row z", "a rows × b columns"]) {
      expect(zh(typed)).toBe(typed);
    }
  });

  test("the list price and target incentive are translated only with their own article", () => {
    for (const typed of ["A list price", "Their target incentive", "Mist price", "Sarget incentive"]) expect(zh(typed)).toBe(typed);
  });
});

describe("which placeholders carry engine words", () => {
  test.each(["what", "other", "found", "shape", "weightsShape", "otherShape"])("{%s} is translated", (name) => {
    expect(fillMessage(`{${name}}`, { [name]: "3 rows × 2 columns" }, "zh")).toBe("3 行 × 2 列");
  });

  test.each(["table", "column", "sheet", "kpi", "name", "row"])("{%s} is quoted as named, even when named like an engine word", (name) => {
    expect(fillMessage(`{${name}}`, { [name]: "Target" }, "zh")).toBe("Target");
  });

  test("a placeholder without a param stays as written; one with a param is filled", () => {
    expect(fillMessage("Row {row}: {what}", { what: "Amount" }, "zh")).toBe("Row {row}: 金额");
    expect(fillMessage("Row {row}", { row: 0 }, "en")).toBe("Row 0");
  });
});

describe("showNumber", () => {
  test("thousands separated, up to ten decimals, as a finance user reads them", () => {
    expect(showNumber(50000)).toBe("50,000");
    expect(showNumber(1234567.891)).toBe("1,234,567.891");
    expect(showNumber(0.035)).toBe("0.035");
    expect(showNumber(0.12345678901234)).toBe("0.123456789");
    expect(showNumber(-2500.5)).toBe("-2,500.5");
  });

  test("numbers that are not finite are named as JavaScript names them", () => {
    expect(showNumber(Infinity)).toBe("Infinity");
    expect(showNumber(-Infinity)).toBe("-Infinity");
    expect(showNumber(NaN)).toBe("NaN");
  });
});
