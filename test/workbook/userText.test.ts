/*
 * An engine error that ends a workbook write is shown in the workbook's (the pane's) language:
 * IncentiveError.message is English for logs, so the write's reason must word it again.
 */
import { IncentiveError } from "../../src/engine";
import { failureReason, userText } from "../../src/workbook/writeError";
import { setWorkbookLanguage } from "../../src/workbook/words";

afterEach(() => setWorkbookLanguage("en"));

const engineError = () => new IncentiveError("textNotNumber", { what: "Amount", text: "abc" });

test("an engine error in a Chinese pane reads in Chinese", () => {
  setWorkbookLanguage("zh");
  expect(userText(engineError())).toContain("必须是数字");
  expect(failureReason(engineError())).toContain("必须是数字");
  expect(failureReason(engineError())).not.toMatch(/must be a number/);
});

test("in English it reads as the engine's English message, without its final full stop", () => {
  setWorkbookLanguage("en");
  expect(failureReason(engineError())).toBe('Amount must be a number, but it is the text "abc"');
});

test("other errors keep their own words", () => {
  setWorkbookLanguage("zh");
  expect(userText(new Error("The workbook is busy."))).toBe("The workbook is busy.");
  expect(userText("plain")).toBe("plain");
});
