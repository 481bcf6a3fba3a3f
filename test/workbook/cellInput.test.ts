/* Text reaches Excel as text: the apostrophe mark wherever Excel could read it as anything else. */
import { needsTextMark, textInput, valueInput } from "../../src/workbook/cellInput";
import { formula, text } from "../../src/workbook/sheetPlan";

describe("textInput", () => {
  test.each([
    ['=HYPERLINK("http://example.invalid","click")', `'=HYPERLINK("http://example.invalid","click")`],
    ["+86 Solar & Sons", "'+86 Solar & Sons"],
    ["-Minus Energy", "'-Minus Energy"],
    ['@Home Solar; "Quoted", Ltd.', `'@Home Solar; "Quoted", Ltd.`],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
    ["'quoted", "''quoted"],
    ["0012", "'0012"],
    ["1-2", "'1-2"],
    ["Mar 5", "'Mar 5"],
    ["TRUE", "'TRUE"],
    ["#N/A", "'#N/A"],
    [" leading space", "' leading space"],
  ])("%j is marked as text", (input, written) => {
    expect(textInput(input)).toBe(written);
  });

  test.each([
    "Partner",
    "Green Grid Hangzhou Installation Group",
    "阳光屋顶 (Sunny Roof) 能源有限公司",
    "Évora Solar",
    "On-time installs",
  ])("%j needs no mark", (input) => {
    expect(needsTextMark(input)).toBe(false);
    expect(textInput(input)).toBe(input);
  });
});

describe("valueInput", () => {
  test("numbers, booleans and blanks as they are; text marked; formulas refused", () => {
    expect(valueInput(1.5)).toBe(1.5);
    expect(valueInput(false)).toBe(false);
    expect(valueInput(null)).toBeNull();
    expect(valueInput(text("=1+1"))).toBe("'=1+1");
    expect(() => valueInput(formula("=1+1"))).toThrow(/formula cell reached a values write/);
    expect(() => valueInput(NaN)).toThrow();
  });
});
