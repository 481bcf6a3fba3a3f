/*
 * The engine's table of messages: the same placeholders in both languages, engine words put into
 * Chinese. That no key is missing, untranslated or unused is test/i18n/catalogues.test.ts.
 */
import { MESSAGES, MessageId, fillMessage, formatMessage, languageForLocale } from "../../src/engine";
import { setFunctionsLanguage } from "../../src/functions/language";
import { FUNCTIONS } from "../support/functionTable";
import { T1 } from "../support/specExamples";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

afterEach(() => setFunctionsLanguage("en"));

describe("message table", () => {
  test.each(Object.keys(MESSAGES))("%s has English and Chinese with the same placeholders", (id) => {
    const m = MESSAGES[id as MessageId];
    expect(m.en.length).toBeGreaterThan(5);
    expect(m.zh.length).toBeGreaterThan(3);
    expect(m.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(placeholders(m.zh)).toEqual(placeholders(m.en));
    // The Excel error it becomes: one of the four the functions map (SPEC §7's error values).
    expect(["value", "div0", "num", "na"]).toContain(m.kind);
  });

  test("argument names and shapes are translated; names the user typed are not", () => {
    expect(formatMessage("negativeNotAllowed", { what: "Cap", value: "-5" }, "zh")).toBe("封顶不能为负数（当前为 -5）。");
    expect(fillMessage("{what}是 {shape}，但{other}是 {otherShape}。", { what: "Actual", shape: "3 rows × 1 column", other: "Target", otherShape: "1 row × 3 columns" }, "zh")).toBe(
      "实际值是 3 行 × 1 列，但目标是 1 行 × 3 列。",
    );
    expect(formatMessage("kpiTargetMissing", { what: "准时安装率" }, "zh")).toBe("准时安装率：请输入大于零的目标，或选择按合作伙伴设定目标。");
  });

  test("Office's display language picks the message language", () => {
    expect(languageForLocale("zh-CN")).toBe("zh");
    expect(languageForLocale("zh-TW")).toBe("zh");
    expect(languageForLocale("en-US")).toBe("en");
    expect(languageForLocale(undefined)).toBe("en");
  });

  test("the functions' errors come in the chosen language", () => {
    setFunctionsLanguage("zh");
    const [[cell]] = FUNCTIONS.PAYOUT([["abc"]], T1, null, null, null, null) as { code: string; message: string }[][];
    expect(cell.code).toBe("#VALUE!");
    expect(cell.message).toBe("金额必须是数字，但它是文本“abc”。");
  });
});
