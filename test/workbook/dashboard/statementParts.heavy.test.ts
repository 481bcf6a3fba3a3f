/*
 * Statements in parts, regenerated in place with fewer and then more partners (1,030 → 1,020 →
 * 2,060 on the strict Excel model): about 5 s of CPU, so in `npm run test:heavy` (CI), moved from
 * statementParts.test.ts with every assertion. statementParts.test.ts keeps the parts of 2,100
 * partners and the rewrite of statements written before parts.
 */
import { generateStatements } from "../../../src/workbook/dashboard";
import { KEY, liveNumber, mark, modelWith, numberRow, resizeData } from "./statementPartsModel";

describe("regenerating in place (strict model)", () => {
  test("with fewer partners the extra part is emptied with a note, not deleted; with more, it is rewritten and one is added", async () => {
    const excel = await modelWith(1030);
    const first = await generateStatements(excel.context, KEY);
    expect(first.sheets).toEqual(["SolarWave Installer Statements", "SolarWave Statements 2"]);
    const sheetsBefore = excel.sheetNames().length;

    await resizeData(excel, 1020);
    const fewer = await generateStatements(excel.context, KEY);
    expect(fewer).toMatchObject({ sheet: "SolarWave Installer Statements", inPlace: true, partners: 1020 });
    expect(fewer.sheets).toEqual(["SolarWave Installer Statements"]);
    expect(excel.sheetNames()).toHaveLength(sheetsBefore); // nothing deleted, nothing added
    const unused = excel.sheet("SolarWave Statements 2");
    expect([...unused.cells.entries()].filter(([, c]) => c.kind !== "blank")).toEqual([
      [
        "0,0",
        expect.objectContaining({
          kind: "text",
          value:
            "No longer used: with fewer partners, the statements now end before this part (part 1 is “SolarWave Installer Statements”). " +
            "The add-in keeps this sheet (Excel cannot undo deleting one) and writes here again if more partners need it; you may delete it.",
        }),
      ],
    ]);
    expect(unused.pageBreaks).toEqual([]);
    expect(mark(unused)).toEqual({ key: KEY, role: "statements", part: 2 }); // still the add-in's: reused later
    const one = excel.sheet("SolarWave Installer Statements");
    expect(liveNumber(one, 1019)).toBe(1020);
    expect(one.at(`F${numberRow(1020)}`)).toBeUndefined();
    expect(one.pageBreaks).toHaveLength(1019);
    expect(one.at("A4")).toBeUndefined(); // one part: no part note
    expect(fewer.notes).toEqual([
      "No longer needed with fewer partners, so emptied with a note (not deleted: Excel cannot undo deleting a sheet): “SolarWave Statements 2”.",
    ]);

    await resizeData(excel, 2060);
    const more = await generateStatements(excel.context, KEY);
    expect(more.sheets).toEqual(["SolarWave Installer Statements", "SolarWave Statements 2", "SolarWave Statements 3"]);
    expect(excel.sheetNames()).toHaveLength(sheetsBefore + 1); // part 2 written again in place, part 3 added
    const two = excel.sheet("SolarWave Statements 2");
    expect(liveNumber(two, 0)).toBe(1027);
    expect(liveNumber(two, 1025)).toBe(2052);
    expect(two.pageBreaks).toHaveLength(1025);
    const three = excel.sheet("SolarWave Statements 3");
    expect(liveNumber(three, 0)).toBe(2053);
    expect(liveNumber(three, 7)).toBe(2060);
    expect(mark(three)).toEqual({ key: KEY, role: "statements", part: 3 });
    expect(more.notes).toEqual([
      "Excel allows 1,026 page breaks per sheet, so the statements are written in 3 parts of at most 1,026 partners, each statement on a printed page of its own: “SolarWave Installer Statements”, “SolarWave Statements 2”, “SolarWave Statements 3”.",
    ]);
  });
});
