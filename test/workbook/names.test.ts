/* Sheet and table names: Excel's rules, and a fresh name instead of a clash. */
import {
  SheetNamer,
  freeKey,
  looksLikeCellReference,
  sheetNameProblem,
  stemOf,
  tableName,
  tableNameProblem,
} from "../../src/workbook/names";

describe("table names", () => {
  test("the stem keeps ASCII letters and digits, cut between words", () => {
    expect(stemOf("SolarWave Installer Program 2026")).toBe("SolarWave_Installer");
    expect(stemOf("Reseller Rebate 2026")).toBe("Reseller_Rebate_2026");
    expect(stemOf("Q1 / Q2 — Café rebate!")).toBe("Q1_Q2_Cafe_rebate");
    expect(stemOf("阳光 2026")).toBe("2026");
    expect(stemOf("阳光")).toBe("Program");
    expect(stemOf("x".repeat(80))).toHaveLength(24);
  });

  test("every generated name is a valid Excel table name, also for odd program names", () => {
    for (const name of ["2026", "A1", "R1C1", "阳光", "=cmd|' /C calc'!A0", "   "]) {
      for (const suffix of ["Settings", "KPIs", "Tiers", "Data", "Installations"] as const) {
        expect(tableNameProblem(tableName(stemOf(name), suffix))).toBeNull();
      }
    }
  });

  test("names that look like cells are refused", () => {
    expect(["A1", "xfd1048576", "R1C1", "RC", "R", "C", "c12"].every(looksLikeCellReference)).toBe(true);
    expect(["PI_A1", "Sales", "Rate"].some(looksLikeCellReference)).toBe(false);
    expect(tableNameProblem("A1")).toMatch(/cell reference/);
    expect(tableNameProblem("1abc")).toMatch(/starts with a letter/);
    expect(tableNameProblem("a b")).toMatch(/only letters/);
    expect(tableNameProblem("x".repeat(256))).toMatch(/255/);
  });

  test("a clash on any of the program's tables moves the whole program to the next key, ignoring case", () => {
    expect(freeKey("Rebate", { sheets: [], tables: [] })).toBe("Rebate");
    expect(freeKey("Rebate", { sheets: [], tables: ["pi_rebate_tiers"] })).toBe("Rebate_2");
    expect(freeKey("Rebate", { sheets: [], tables: ["PI_Rebate_Data", "PI_Rebate_2_KPIs"] })).toBe("Rebate_3");
    // A defined name blocks a table name too: Excel keeps them in one namespace.
    expect(freeKey("Rebate", { sheets: [], tables: ["PI_Rebate_Settings"] })).toBe("Rebate_2");
  });
});

describe("sheet names", () => {
  test("at most 31 characters, cut at a word, without the characters Excel forbids", () => {
    const namer = new SheetNamer("SolarWave Installer Program 2026", { sheets: [], tables: [] });
    expect(namer.next("Plan")).toBe("SolarWave Installer Plan");
    expect(namer.next("Installations")).toBe("SolarWave Installations");
    const odd = new SheetNamer("Q1: [draft] a/b\\c?d*e 'x'", { sheets: [], tables: [] });
    const name = odd.next("Data");
    expect(sheetNameProblem(name)).toBeNull();
    expect(name).toBe("Q1 draft a b c d e 'x Data");
  });

  test("control characters become spaces", () => {
    expect(new SheetNamer("Q1\u0001rebate\ttwo", { sheets: [], tables: [] }).next("Plan")).toBe("Q1 rebate two Plan");
  });

  test("a name in use gets (2), (3)… and names given out are taken", () => {
    const namer = new SheetNamer("Rebate", { sheets: ["rebate plan", "Rebate Plan (2)"], tables: [] });
    expect(namer.next("Plan")).toBe("Rebate Plan (3)");
    expect(namer.next("Plan")).toBe("Rebate Plan (4)");
    const long = new SheetNamer("x".repeat(40), { sheets: [`${"x".repeat(26)} Data`], tables: [] });
    const next = long.next("Data");
    expect(next).toBe(`${"x".repeat(22)} Data (2)`);
    expect(next.length).toBeLessThanOrEqual(31);
  });

  test("never splits a character made of two UTF-16 units", () => {
    const namer = new SheetNamer("😀".repeat(20), { sheets: [], tables: [] });
    const name = namer.next("Plan");
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).toBe(`${"😀".repeat(13)} Plan`);
  });
});
