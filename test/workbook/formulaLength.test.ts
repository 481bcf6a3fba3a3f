/*
 * Excel allows 8,192 characters in a formula ("Length of formula contents", Excel specifications
 * and limits: https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
 * The strict Excel model (ModelExcel) refuses longer ones at sync, as it refuses any formula Excel
 * would not take; here every template is written with the longest names the validator accepts, and
 * every formula the add-in writes is measured.
 */
import {
  MAX_COLUMN_NAME_LENGTH,
  MAX_KPIS,
  MAX_KPI_NAME_LENGTH,
  MAX_NAME_LENGTH,
  ProgramDefinition,
  TemplateId,
  programTemplate,
  validateProgram,
} from "../../src/engine";
import { MAX_FORMULA_LENGTH } from "../../src/workbook/excelLimits";
import { createProgram, readProgram, updateProgram } from "../../src/workbook/programs";
import { generateDashboard, generateStatements } from "../../src/workbook/dashboard";
import { ModelExcel } from "../excel-model/fakeExcelFacade";

const TEMPLATES: TemplateId[] = ["solarwave", "resellerRebate", "salesCommission"];

/** n characters, starting with a distinct prefix, in the sheet language's script (a CJK character is still one). */
function longName(prefix: string, n: number, filler: string): string {
  return (prefix + filler.repeat(n)).slice(0, n);
}

/** The template with a 60-character name and MAX_KPIS KPIs of MAX_KPI_NAME_LENGTH characters each. */
function maximal(id: TemplateId, language: "en" | "zh"): ProgramDefinition {
  const p = programTemplate(id, language);
  const filler = language === "zh" ? "阳" : "x";
  const kpis = Array.from({ length: MAX_KPIS }, (_, i) => ({
    ...p.kpis[i % p.kpis.length],
    name: longName(`K${i} `, MAX_KPI_NAME_LENGTH, filler),
    weight: i === 0 ? 1 - (MAX_KPIS - 1) / 10 : 1 / 10,
    // Every KPI gated and lower-is-better where the template has one: the longest gate formula.
    gate: p.kpis[i % p.kpis.length].gate ?? 1,
  }));
  return { ...p, name: longName("Program ", MAX_NAME_LENGTH, filler), kpis };
}

function allFormulas(excel: ModelExcel): string[] {
  const out: string[] = [];
  for (const sheet of excel.liveSheets())
    for (const cell of sheet.cells.values()) if (cell.kind === "formula") out.push(String(cell.value));
  return out;
}

describe("every formula stays within Excel's 8,192 characters, whatever names the validator accepts", () => {
  test.each(TEMPLATES.flatMap((id) => [[id, "en"] as const, [id, "zh"] as const]))(
    "%s (%s): program, dashboard, statements and an edit",
    async (id, language) => {
      const p = maximal(id, language);
      expect(validateProgram(p)).toEqual([]);
      const excel = new ModelExcel();
      const partners = Array.from({ length: 3 }, (_, i) => ({
        id: `P${i}`,
        name: `Partner ${i}`,
        actuals: p.kpis.map(() => 1),
      }));
      const { key } = (await createProgram(excel.context, p, { partners })).summary;
      await generateDashboard(excel.context, key, { now: new Date(2026, 0, 1) });
      await generateStatements(excel.context, key);
      await updateProgram(excel.context, key, await readProgram(excel.context, key));
      const formulas = allFormulas(excel);
      expect(formulas.length).toBeGreaterThan(10);
      let longest = 0;
      for (const f of formulas) longest = Math.max(longest, f.length);
      // Formulas that name all ten KPIs of 80 characters (Score, Gate met, the dashboard's) are the longest.
      expect(longest).toBeGreaterThan(1500);
      expect(longest).toBeLessThanOrEqual(MAX_FORMULA_LENGTH);
      expect(excel.model.checkFormulas()).toEqual([]);
    },
  );

  test("over the user's table with column names of 255 characters", async () => {
    const headers = ["Partner", "Volume", "Quota"].map((h) => longName(`${h} `, MAX_COLUMN_NAME_LENGTH, "x"));
    const excel = new ModelExcel({
      workbook: {
        sheets: [
          { name: "Sales data", values: [headers, ["A", 1200, 1000]], tables: [{ name: "Sales", address: "A1:C2" }] },
        ],
      },
    });
    const p = programTemplate("resellerRebate");
    p.kpis = [
      { ...p.kpis[0], name: longName("Volume ", MAX_KPI_NAME_LENGTH, "x"), targetMode: "perPartner", target: null },
    ];
    p.source = {
      kind: "existing",
      source: "Sales",
      partnerColumn: headers[0],
      kpiColumns: [headers[1]],
      targetColumns: [headers[2]],
    };
    expect(validateProgram(p)).toEqual([]);
    await createProgram(excel.context, p);
    const longest = allFormulas(excel).reduce((n, f) => Math.max(n, f.length), 0);
    expect(longest).toBeGreaterThan(MAX_COLUMN_NAME_LENGTH);
    expect(longest).toBeLessThanOrEqual(MAX_FORMULA_LENGTH);
    expect(excel.model.checkFormulas()).toEqual([]);
  });
});

describe("the validator refuses names and KPI counts that would make longer formulas, stating the limit", () => {
  test("a KPI name over 80 characters, more than 10 KPIs, a column name over 255 characters", () => {
    const p = programTemplate("solarwave");
    const long = { ...p, kpis: p.kpis.map((k, i) => (i === 1 ? { ...k, name: "x".repeat(81) } : k)) };
    expect(validateProgram(long).map((i) => [i.path, i.message])).toEqual([
      [
        "kpis.1.name",
        "Keep KPI 2's name to 80 characters or fewer: the program's formulas repeat every KPI name, and Excel allows 8,192 characters in a formula.",
      ],
    ]);
    const many = maximal("solarwave", "en");
    many.kpis = [...many.kpis, { ...many.kpis[0], name: "One more", weight: 0 }];
    expect(validateProgram(many).map((i) => i.id)).toContain("kpisTooMany");
    const columns = programTemplate("resellerRebate");
    columns.source = { kind: "existing", source: "Sales", partnerColumn: "P".repeat(256), kpiColumns: ["Volume"] };
    expect(validateProgram(columns).map((i) => i.message)).toEqual([
      `The column name “${"P".repeat(40)}…” is over 255 characters: rename the column in your table, then choose it again.`,
    ]);
  });

  test("the model refuses a formula over 8,192 characters at sync (so the tests above can fail)", async () => {
    const excel = new ModelExcel();
    excel.context.workbook.worksheets.add("S").getRange("A1").formulas = [[`="${"x".repeat(8200)}"`]];
    await expect(excel.context.sync()).rejects.toMatchObject({
      code: "InvalidArgument",
      message: expect.stringMatching(/8,?203 characters; Excel allows 8,?192/),
    });
  });
});

describe("a KPI name typed into the KPI table since", () => {
  test("a 5,000-character name: the statements are refused before anything is written, saying what to shorten", async () => {
    const excel = new ModelExcel();
    const { key } = (await createProgram(excel.context, programTemplate("solarwave"))).summary;
    const kpis = excel.table(`PI_${key}_KPIs`);
    const long = "x".repeat(5000);
    const a1 = (r: number, c: number) => `${String.fromCharCode(65 + c)}${r + 1}`;
    excel.userEdit(kpis.sheet.name, a1(kpis.box.row + 1, kpis.box.column), [[long]]);
    // The data table's header follows, as a user renaming a KPI would rename its columns.
    const data = excel.table(`PI_${key}_Data`);
    data.header().forEach((h, c) => {
      if (h.startsWith("On-time installs"))
        excel.userEdit(data.sheet.name, a1(data.box.row, data.box.column + c), [[h.replace("On-time installs", long)]]);
    });
    expect(
      excel
        .table(`PI_${key}_Data`)
        .header()
        .filter((h) => h.includes(long)).length,
    ).toBeGreaterThan(0);
    const sheets = excel.sheetNames().length;
    await expect(generateStatements(excel.context, key)).rejects.toThrow(
      /^A formula on “SolarWave Installer Statements” would be \d{5} characters long, and Excel allows 8,192\. Nothing was written/,
    );
    expect(excel.sheetNames()).toHaveLength(sheets);
  });
});
