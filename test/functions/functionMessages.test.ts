/*
 * The functions floor's own failures (src/functions/words, FunctionError): a range of the wrong
 * shape, a result no cell can hold, an input error Excel cannot return. Each reaches Excel as its
 * error code with the message in the user's Excel language, argument names as the functions'
 * table gives them, exactly as the engine's failures do.
 */
import { FunctionError } from "../../src/functions/functionError";
import { toExcelError } from "../../src/functions/excelErrors";
import { setFunctionsLanguage } from "../../src/functions/language";
import { FUNCTIONS } from "../support/functionTable";

afterEach(() => setFunctionsLanguage("en"));

/** What a call throws, as Excel receives it. */
function excelError(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (e) {
    const { code, message } = e as { code: string; message: string };
    return { code, message };
  }
  throw new Error("nothing was thrown");
}

const mismatched = () => FUNCTIONS.ATTAINMENT([[1], [2]], [[1, 2]], null);

test("a shape mismatch is #VALUE!, its message the same text as before the move", () => {
  expect(excelError(mismatched)).toEqual({
    code: "#VALUE!",
    message:
      "Actual is 2 rows × 1 column but Target is 1 row × 2 columns; ranges must have the same shape, or be a single cell.",
  });
});

test("in Chinese, the arguments take the table's Chinese names and shapes read in Chinese", () => {
  setFunctionsLanguage("zh");
  expect(excelError(mismatched)).toEqual({
    code: "#VALUE!",
    message: "实际值是 2 行 × 1 列，但目标是 1 行 × 2 列；区域的形状必须相同，或为单个单元格。",
  });
});

test("each kind keeps its Excel error: a result too large is #NUM!", () => {
  setFunctionsLanguage("zh");
  expect(toExcelError(new FunctionError("resultNotFinite"))).toEqual(
    expect.objectContaining({ code: "#NUM!", message: "结果太大，无法表示为数字。" }),
  );
});

test("a bug is #VALUE! with the functions' own 'unexpected' message, in the user's language", () => {
  expect(toExcelError(new TypeError("x is undefined"))).toEqual(
    expect.objectContaining({
      code: "#VALUE!",
      message: "Unexpected problem: x is undefined. Please report it with the formula's inputs.",
    }),
  );
  setFunctionsLanguage("zh");
  expect(toExcelError(new TypeError("x is undefined")).message).toBe(
    "意外问题：x is undefined。请连同公式的输入一起报告。",
  );
});
