/*
 * The workbook's safety code, pinned down rule by rule (written against the mutants StrykerJS left
 * alive; docs/testing.md "Mutation testing"): text that must reach Excel as text, Excel's rules for
 * sheet and table names, what the add-in marks as its own, how big one request to Excel may get,
 * and which names the workbook already uses. Expected values come from the rules (Excel's naming
 * rules, UTF-8's byte lengths, JSON, a greedy budget), not from running the code.
 */
import fc from "fast-check";
import { OWNER_PROPERTY, markPart, ownerMarkValue, parseOwnerMark } from "../../src/workbook/ownership";
import {
  BATCH_BUDGET_BYTES,
  CALL_OVERHEAD_BYTES,
  REQUEST_LIMIT_BYTES,
  groupByBudget,
  jsonBytes,
  rowBlocks,
  utf8Bytes,
} from "../../src/workbook/requestBudget";
import { readExistingNames } from "../../src/workbook/workbookNames";
import { SHEET_ROLES, formula, text } from "../../src/workbook/sheetPlan";
import { needsTextMark, textInput, valueInput } from "../../src/workbook/cellInput";
import {
  NO_EXISTING_NAMES,
  SETTING_NAME_SUFFIXES,
  SheetNamer,
  capOrNoneFormula,
  capOrNoneName,
  capOrNoneNameOf,
  freeKey,
  looksLikeCellReference,
  settingName,
  settingNameOf,
  sheetNameProblem,
  stemOf,
  tableNameProblem,
} from "../../src/workbook/names";

describe("text marking", () => {
  test("empty text stays empty: Excel reads it as nothing else", () => {
    expect(needsTextMark("")).toBe(false);
    expect(textInput("")).toBe("");
  });

  test.each(["TRUE", "false", "True"])("%j alone is a boolean to Excel, so it is marked", (word) => {
    expect(textInput(word)).toBe(`'${word}`);
  });

  test.each(["Untrue", "Trueblood Solar", "Falsetto", "Not false"])(
    "%j only contains TRUE or FALSE, which Excel reads as text: no mark",
    (words) => {
      expect(needsTextMark(words)).toBe(false);
    },
  );

  test("what cannot be a value says why", () => {
    expect(() => valueInput(Infinity)).toThrow("Cannot write Infinity to a cell.");
    expect(() => valueInput(formula("=1+1"))).toThrow(/formula cell reached a values write/);
    expect(() => valueInput({ kind: "picture" } as never)).toThrow("Internal error: unknown cell.");
    expect(valueInput(text("Mar 5"))).toBe("'Mar 5");
  });
});

describe("table names (Excel's rules)", () => {
  test("a new workbook has no names yet", () => {
    expect(NO_EXISTING_NAMES).toEqual({ sheets: [], tables: [] });
  });

  test("a stem of exactly 24 characters is kept whole", () => {
    expect(stemOf("Reseller Rebate Program1")).toBe("Reseller_Rebate_Program1");
  });

  test("a longer name cut right at a word boundary keeps the whole 24-character stem", () => {
    // Character 25 is the underscore between "Programs" and "Q1".
    expect(stemOf("Reseller Rebate Programs Q1")).toBe("Reseller_Rebate_Programs");
  });

  test("a longer name is cut at the last word boundary from halfway on, else at 24 characters", () => {
    expect(stemOf("Abcdefghijkl mnopqrstuvwxyz")).toBe("Abcdefghijkl"); // boundary at 12 of 24: halfway
    expect(stemOf("Abcdefghijk mnopqrstuvwxyzab")).toBe("Abcdefghijk_mnopqrstuvwx"); // at 11: too early
  });

  test("any name's stem is 1 to 24 ASCII letters and digits in words joined by single underscores", () => {
    // docs/workbook.md, Names: the name in ASCII letters and digits joined by `_`, at most 24
    // characters; so never an underscore at either end or two together, whatever the cut.
    const word = fc.constantFrom("a", "Z", "7", " ", "_", "-", "é", "阳", "  ", "__", "Programs");
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), (parts) => {
        expect(stemOf(parts.join(""))).toMatch(/^[A-Za-z0-9]+(_[A-Za-z0-9]+)*$/);
        expect(stemOf(parts.join("")).length).toBeLessThanOrEqual(24);
      }),
      { numRuns: 1000 },
    );
  });

  test("a table name has 1 to 255 characters", () => {
    expect(tableNameProblem("")).toBe("a table name has 1 to 255 characters");
    expect(tableNameProblem("x".repeat(256))).toBe("a table name has 1 to 255 characters");
    expect(tableNameProblem("x".repeat(255))).toBeNull();
  });

  test.each(["A1B", "SalesR", "Disc", "Cat", "Cx", "TR1C1"])("%j is not a cell reference", (name) => {
    expect(looksLikeCellReference(name)).toBe(false);
    expect(tableNameProblem(name)).toBeNull();
  });

  test.each(["C", "c7", "R", "r2c", "RC3", "ABC123"])("%j is a cell reference (A1 or R1C1)", (name) => {
    expect(looksLikeCellReference(name)).toBe(true);
  });
});

describe("the settings' defined names (docs/workbook.md, Names and Cap)", () => {
  // The names docs/workbook.md gives: PI_<key>_<setting>, and PI_<key>_CapOrNone, whose formula is
  // =IF(PI_<key>_Cap="","",PI_<key>_Cap).
  test("a setting's name is PI_<key>_<setting>, by key or from the program's Settings table", () => {
    expect(settingName("SolarWave", "cap")).toBe("PI_SolarWave_Cap");
    expect(settingName("SolarWave", "periodStart")).toBe("PI_SolarWave_PeriodStart");
    expect(settingNameOf("PI_SolarWave_Settings", "decimals")).toBe("PI_SolarWave_Decimals");
    expect(settingNameOf("PI_Solar_Wave_2_Settings", "listPrice")).toBe("PI_Solar_Wave_2_ListPrice");
  });

  test("a Settings table's name is read ignoring case, as Excel compares names", () => {
    expect(settingNameOf("pi_SolarWave_SETTINGS", "method")).toBe("PI_SolarWave_Method");
    expect(capOrNoneNameOf("PI_SolarWave_settings")).toBe("PI_SolarWave_CapOrNone");
  });

  test.each(["PI_SolarWave_Data", "SolarWave_Settings", "PI__Settings", "Sheet1"])(
    "%j is not a program's Settings table: refused, naming it",
    (table) => {
      expect(() => settingNameOf(table, "cap")).toThrow(table);
      expect(() => capOrNoneNameOf(table)).toThrow(table);
    },
  );

  test("the Cap as the payout formulas pass it: PI_<key>_CapOrNone, blank Cap cell as no cap", () => {
    expect(capOrNoneName("SolarWave")).toBe("PI_SolarWave_CapOrNone");
    expect(capOrNoneNameOf("PI_SolarWave_Settings")).toBe("PI_SolarWave_CapOrNone");
    expect(capOrNoneFormula("SolarWave")).toBe('=IF(PI_SolarWave_Cap="","",PI_SolarWave_Cap)');
  });

  test.each(Object.values(SETTING_NAME_SUFFIXES).map((s) => `pi_solarwave_${s.toLowerCase()}`))(
    "a defined name %j already in the workbook (any case) moves the whole program to the next key",
    (taken) => {
      expect(freeKey("SolarWave", { sheets: [], tables: [taken] })).toBe("SolarWave_2");
      expect(freeKey("SolarWave", { sheets: [], tables: [taken, taken.replace("solarwave", "solarwave_2")] })).toBe(
        "SolarWave_3",
      );
    },
  );

  test("so does PI_<key>_CapOrNone; a name of another key does not", () => {
    expect(freeKey("SolarWave", { sheets: [], tables: ["PI_SolarWave_CapOrNone"] })).toBe("SolarWave_2");
    expect(freeKey("SolarWave", { sheets: [], tables: ["PI_Solar_Cap", "PI_SolarWave_2_Cap"] })).toBe("SolarWave");
  });
});

describe("sheet names (Excel's rules)", () => {
  test("a sheet name has 1 to 31 characters", () => {
    expect(sheetNameProblem("")).toBe("a sheet name has 1 to 31 characters");
    expect(sheetNameProblem("x".repeat(32))).toBe("a sheet name has 1 to 31 characters");
    expect(sheetNameProblem("x".repeat(31))).toBeNull();
  });

  test.each([":", "\\", "/", "?", "*", "[", "]"])("a sheet name cannot contain %s", (ch) => {
    expect(sheetNameProblem(`Q1${ch}Q2`)).toBe("a sheet name cannot contain : \\ / ? * [ or ]");
  });

  test("a sheet name cannot start or end with an apostrophe, but may hold one", () => {
    expect(sheetNameProblem("'Plan")).toBe("a sheet name cannot start or end with an apostrophe");
    expect(sheetNameProblem("Plan'")).toBe("a sheet name cannot start or end with an apostrophe");
    expect(sheetNameProblem("O'Brien Plan")).toBeNull();
  });

  test("History is Excel's own, in any case", () => {
    expect(sheetNameProblem("History")).toBe("History is reserved by Excel");
    expect(sheetNameProblem("HISTORY")).toBe("History is reserved by Excel");
    expect(sheetNameProblem("History 2")).toBeNull();
  });

  const fresh = (program: string, label = "Data") => new SheetNamer(program, NO_EXISTING_NAMES).next(label);

  test("apostrophes and spaces around the program name are dropped, in any order", () => {
    expect(fresh("''Solar''")).toBe("Solar Data");
    expect(fresh("' Solar '")).toBe("Solar Data");
    expect(fresh(" 'Solar' ")).toBe("Solar Data");
    for (const p of ["''Solar''", "' Solar '", " 'Solar' "]) expect(sheetNameProblem(fresh(p))).toBeNull();
  });

  test("a program name with nothing usable becomes Program", () => {
    expect(fresh("?*:")).toBe("Program Data");
    expect(fresh("''")).toBe("Program Data");
  });

  test("a name that fits exactly is not shortened", () => {
    // 26 characters + " Data" = 31.
    expect(fresh("Partner Incentive Programs")).toBe("Partner Incentive Programs Data");
  });

  test("a shortened name is cut at a space from halfway on", () => {
    // Room for 26: the space at 13 is exactly halfway.
    expect(fresh("Abcdefghijklm Nopqrstuvwxyzabcdef")).toBe("Abcdefghijklm Data");
  });

  test("a shortened name keeps its inner apostrophes and drops those it was cut after", () => {
    expect(fresh("O'Brien Solar Installers Worldwide")).toBe("O'Brien Solar Installers Data");
    expect(fresh("Abcdefghijklmnopqrstuvwx''yz")).toBe("Abcdefghijklmnopqrstuvwx Data");
  });

  test("a name cut before a character that does not fit whole drops the space it ends on: one space before the label", () => {
    // A 27-character label leaves room for 3 UTF-16 units: "A " and then the emoji (2 units) does
    // not fit, and the space there is before halfway, so the cut is "A " less its space.
    const label = "L".repeat(27);
    expect(fresh("A \u{1F600} Solar", label)).toBe(`A ${label}`);
    expect(sheetNameProblem(fresh("A \u{1F600} Solar", label))).toBeNull();
  });
});

describe("ownership marks", () => {
  test("the property is named after the add-in and its value is JSON naming the app, program, role and version", () => {
    expect(OWNER_PROPERTY).toBe("PartnerIncentives");
    expect(JSON.parse(ownerMarkValue({ key: "SolarWave_Installer", role: "plan" }))).toEqual({
      app: "Partner Incentives for Excel",
      key: "SolarWave_Installer",
      role: "plan",
      v: 1,
    });
  });

  test("a part is written only when there is one", () => {
    expect(JSON.parse(ownerMarkValue({ key: "K", role: "data" }))).not.toHaveProperty("part");
    expect(JSON.parse(ownerMarkValue({ key: "K", role: "data", part: 3 }))).toMatchObject({ part: 3 });
  });

  test("part 1 read back is part 1", () => {
    expect(parseOwnerMark(JSON.stringify({ key: "K", role: "statements", part: 1 }))).toEqual({
      key: "K",
      role: "statements",
      part: 1,
    });
  });

  test("a mark without a part is part 1", () => {
    expect(markPart({})).toBe(1);
    expect(markPart({ part: 1 })).toBe(1);
    expect(markPart({ part: 4 })).toBe(4);
  });

  test("every role survives the round trip, with and without a part", () => {
    for (const role of SHEET_ROLES) {
      expect(parseOwnerMark(ownerMarkValue({ key: "Reseller_2", role }))).toEqual({ key: "Reseller_2", role });
      expect(parseOwnerMark(ownerMarkValue({ key: "Reseller_2", role, part: 2 }))).toEqual({
        key: "Reseller_2",
        role,
        part: 2,
      });
    }
  });

  test.each([
    ["not a string", 42],
    ["undefined", undefined],
    ["null", null],
    ["not JSON", "Partner Incentives"],
    ["JSON, but not an object", "17"],
    ["no key", JSON.stringify({ role: "plan" })],
    ["a key that is not text", JSON.stringify({ key: 7, role: "plan" })],
    ["no role", JSON.stringify({ key: "K" })],
    ["a role the add-in never writes", JSON.stringify({ key: "K", role: "summary" })],
  ])("someone else's property value (%s) is not a mark", (_, value) => {
    expect(parseOwnerMark(value)).toBeNull();
  });

  test.each([
    ["zero", 0],
    ["negative", -1],
    ["a fraction", 1.5],
    ["text", "2"],
    ["null", null],
  ])("a part that is not a whole number from 1 (%s) is ignored: the mark is part 1", (_, part) => {
    const mark = parseOwnerMark(JSON.stringify({ key: "K", role: "statements", part }));
    expect(mark).toEqual({ key: "K", role: "statements" });
    expect(markPart(mark!)).toBe(1);
  });
});

describe("request budget", () => {
  test("the budget leaves room under the SPEC's 4 MB ceiling for Office.js's envelope", () => {
    expect(REQUEST_LIMIT_BYTES).toBe(4_000_000);
    expect(BATCH_BUDGET_BYTES).toBeLessThan(REQUEST_LIMIT_BYTES);
    expect(CALL_OVERHEAD_BYTES).toBeGreaterThan(0);
  });

  test.each([
    ["", 0],
    ["a", 1],
    ["\u007f", 1], // last 1-byte character
    ["\u0080", 2], // first 2-byte character
    ["é", 2],
    ["\u07ff", 2], // last 2-byte character
    ["\u0800", 3], // first 3-byte character
    ["中", 3],
    ["\ud7ff", 3], // last character below the surrogates
    ["\ud800\udc00", 4], // first surrogate pair (U+10000)
    ["😀", 4],
    ["\udbff\udfff", 4], // last surrogate pair (U+10FFFF)
    ["\ue000", 3], // first character above the surrogates
    ["\uffff", 3],
    ["a😀b中", 1 + 4 + 1 + 3],
  ])("%j is %d UTF-8 bytes", (s, bytes) => {
    expect(utf8Bytes(s)).toBe(bytes);
    expect(utf8Bytes(s)).toBe(Buffer.byteLength(s, "utf8"));
  });

  test("any well-formed text counts as many bytes as UTF-8 encodes it in", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (s) => utf8Bytes(s) === Buffer.byteLength(s, "utf8")));
  });

  test("a value counts as its JSON, escapes included; undefined travels as null", () => {
    expect(jsonBytes(undefined)).toBe(4);
    expect(jsonBytes(null)).toBe(4);
    expect(jsonBytes(12.5)).toBe(4);
    expect(jsonBytes('say "中"')).toBe(Buffer.byteLength(JSON.stringify('say "中"'), "utf8"));
    expect(
      jsonBytes([
        ["a", 1],
        [true, null],
      ]),
    ).toBe('[["a",1],[true,null]]'.length);
  });

  test("groups fill up to the budget exactly, and the next item starts a new group", () => {
    const size = (n: number) => n;
    expect(groupByBudget([], size, 10)).toEqual([]);
    expect(groupByBudget([4, 6, 1], size, 10)).toEqual([[4, 6], [1]]);
    expect(groupByBudget([4, 7], size, 10)).toEqual([[4], [7]]);
    expect(groupByBudget([10, 10, 10], size, 10)).toEqual([[10], [10], [10]]);
    // An item over the budget gets a group of its own, and the next one starts afresh.
    expect(groupByBudget([3, 25, 2, 8], size, 10)).toEqual([[3], [25], [2, 8]]);
    expect(groupByBudget([25, 2], size, 10)).toEqual([[25], [2]]);
  });

  test("the default budget is the batch budget", () => {
    const half = BATCH_BUDGET_BYTES / 2;
    expect(groupByBudget([half, half, 1], (n) => n)).toEqual([[half, half], [1]]);
    expect(rowBlocks([half, half, 1], (n) => n)).toEqual([
      { start: 0, rows: [half, half] },
      { start: 2, rows: [1] },
    ]);
  });

  test("groups keep every item in order, stay within the budget and are as full as the next item allows", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(40)), fc.integer({ min: 1, max: 30 }), (items, budget) => {
        const groups = groupByBudget(items, (n) => n, budget);
        const sum = (g: number[]) => g.reduce((a, b) => a + b, 0);
        expect(groups.flat()).toEqual(items);
        for (const [i, g] of groups.entries()) {
          expect(g.length).toBeGreaterThan(0);
          if (g.length > 1) expect(sum(g)).toBeLessThanOrEqual(budget);
          if (i + 1 < groups.length) expect(sum(g) + groups[i + 1][0]).toBeGreaterThan(budget);
        }
      }),
    );
  });

  test("row blocks start where the previous block ended", () => {
    const rows = [["a"], ["bb"], ["ccc"], ["dddd"], ["e"]];
    const blocks = rowBlocks(rows, (r) => r[0].length, 5);
    expect(blocks).toEqual([
      { start: 0, rows: [["a"], ["bb"]] },
      { start: 2, rows: [["ccc"]] },
      { start: 3, rows: [["dddd"], ["e"]] },
    ]);
    expect(rowBlocks([], () => 1, 5)).toEqual([]);
  });
});

describe("names already in the workbook", () => {
  test("one sync reads sheet names, and table names together with defined names (one namespace in Excel), and which sheets are protected", async () => {
    const loads: string[] = [];
    const collection = (what: string, items: object[]) => ({
      items,
      load: (props: string) => loads.push(`${what}:${props}`),
    });
    const sheet = (name: string, isProtected: boolean) => ({ name, protection: { protected: isProtected } });
    const table = (name: string, sheetName: string) => ({ name, worksheet: { name: sheetName } });
    const sync = jest.fn(async () => undefined);
    const context = {
      workbook: {
        worksheets: collection("worksheets", [sheet("Sheet1", false), sheet("SolarWave Plan", true)]),
        tables: collection("tables", [table("PI_SolarWave_Tiers", "SolarWave Plan"), table("Sales", "Sheet1")]),
        names: collection("names", [{ name: "TaxRate" }]),
      },
      sync,
    } as unknown as Excel.RequestContext;
    await expect(readExistingNames(context)).resolves.toEqual({
      sheets: ["Sheet1", "SolarWave Plan"],
      tables: ["PI_SolarWave_Tiers", "Sales", "TaxRate"],
      protection: { sheets: ["SolarWave Plan"], tables: [{ table: "PI_SolarWave_Tiers", sheet: "SolarWave Plan" }] },
    });
    expect(loads.sort()).toEqual([
      "names:items/name",
      "tables:items/name,items/worksheet/name",
      "worksheets:items/name,items/protection/protected",
    ]);
    expect(sync).toHaveBeenCalledTimes(1);
  });
});
