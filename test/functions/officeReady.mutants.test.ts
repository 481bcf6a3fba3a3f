/*
 * The functions' language is Office's display language, read when Office is ready
 * (Office.context.displayLanguage, "the locale of the user interface of the Office application":
 * https://learn.microsoft.com/office/dev/add-ins/develop/localization); outside Office, English.
 * Written against the mutants StrykerJS left alive in functions.ts (docs/testing.md "Mutation
 * testing"): loading the module must wire that up, and must not fail where Office is missing.
 */
type Lang = "en" | "zh";

/** Loads functions.ts afresh with `office` as the global Office; the functions' language after. */
function languageAfterLoading(office: unknown): Lang {
  const g = globalThis as { Office?: unknown };
  const before = g.Office;
  let language: Lang = "en";
  try {
    if (office === undefined) delete g.Office;
    else g.Office = office;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require("../../src/functions/functions");
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      language = require("../../src/functions/language").functionsLanguage();
    });
  } finally {
    if (before === undefined) delete g.Office;
    else g.Office = before;
  }
  return language;
}

const officeIn = (displayLanguage: string | undefined) => ({
  onReady: (callback: () => void) => callback(),
  context: displayLanguage === undefined ? undefined : { displayLanguage },
});

test("in a Chinese Excel the functions speak Chinese; in an English one, English", () => {
  expect(languageAfterLoading(officeIn("zh-CN"))).toBe("zh");
  expect(languageAfterLoading(officeIn("en-US"))).toBe("en");
});

test("no Office, an Office without onReady, or no context yet: English, and loading does not fail", () => {
  expect(languageAfterLoading(undefined)).toBe("en");
  expect(languageAfterLoading({ context: { displayLanguage: "zh-CN" } })).toBe("en");
  expect(languageAfterLoading({ onReady: "not a function", context: { displayLanguage: "zh-CN" } })).toBe("en");
  expect(languageAfterLoading(officeIn(undefined))).toBe("en");
});

test("the language is set when Office is ready, not before", () => {
  let ready: (() => void) | null = null;
  const office = { onReady: (callback: () => void) => (ready = callback), context: { displayLanguage: "zh-CN" } };
  const g = globalThis as { Office?: unknown };
  const before = g.Office;
  g.Office = office;
  try {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require("../../src/functions/functions");
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { functionsLanguage } = require("../../src/functions/language");
      expect(functionsLanguage()).toBe("en");
      expect(ready).not.toBeNull();
      ready!();
      expect(functionsLanguage()).toBe("zh");
    });
  } finally {
    if (before === undefined) delete g.Office;
    else g.Office = before;
  }
});
