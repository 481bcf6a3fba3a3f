/*
 * Every formula the dashboard and the live statements write keeps issue 13's rules (no LET, at
 * most 250 characters apart from the user's own names, no setting looked up by its visible label),
 * for every template, a discount, a program over the user's own table, in both languages and with
 * the longest program key. Pure descriptions: the computed values are checked by
 * test/formulas/evaluated.test.ts.
 */
import { PROGRAM_TEMPLATES, ProgramDefinition, programTemplate } from "../../../src/engine";
import { describeDashboard } from "../../../src/workbook/dashboard/describeDashboard";
import { describeStatements } from "../../../src/workbook/dashboard/describeStatements";
import { dataColumns } from "../../../src/workbook/dashboard/programRefs";
import { SheetPlan, isFormula } from "../../../src/workbook/sheetPlan";
import { problemsOf, summarize } from "../../formulas/formulaRules";
import { LastClosedPeriod, snapshotColumns } from "../../../src/workbook/dashboard/lastClosedPeriod";

/** The longest key a program gets (names.ts: at most 24 characters). */
const LONG_KEY = "A_Program_Named_At_Lengt";

/** SolarWave's KPIs and curve as a discount: the one pay kind no template has. */
const discount: ProgramDefinition = {
  ...programTemplate("solarwave"),
  payKind: "discount",
  listPrice: 1234.56,
  cap: null,
  targetIncentive: null,
};

const programs: ProgramDefinition[] = [
  ...PROGRAM_TEMPLATES.map((t) => t.create()),
  ...PROGRAM_TEMPLATES.map((t) => t.create("zh")),
  discount,
];

function formulas(sheet: SheetPlan): { where: string; formula: string }[] {
  const out: { where: string; formula: string }[] = [];
  for (const c of sheet.cells)
    if (c.value && isFormula(c.value)) out.push({ where: `${c.row},${c.column}`, formula: c.value.formula });
  for (const g of sheet.grids ?? [])
    g.rows.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v && isFormula(v)) out.push({ where: `${g.topLeft.row + i},${g.topLeft.column + j}`, formula: v.formula });
      }),
    );
  return out;
}

describe.each(programs.map((p) => [`${p.name} (${p.sheetLanguage ?? "en"})`, p] as const))("%s", (_, p) => {
  const userNames = p.kpis.map((k) => k.name);
  test.each(["en", "zh"] as const)("dashboard and statements in %s: no LET, short, no label lookup", (language) => {
    const sheets = [
      describeDashboard(p, { key: LONG_KEY, sheetName: "D", partners: 10, generatedAt: 46000, language }),
      describeStatements(p, { key: LONG_KEY, sheetName: "S", partners: 10, language }),
    ];
    const problems = sheets.flatMap((s) =>
      formulas(s).flatMap((f) =>
        problemsOf(`${s.name}!${f.where}`, f.formula, [...userNames, ...headersOf(p, userNames)]),
      ),
    );
    expect(summarize(problems)).toEqual([]);
  });
});

/** Data-table headers made from the KPI names (“On-time installs target”): the user's names too, as evaluated.test.ts counts them. */
function headersOf(p: ProgramDefinition, names: string[]): string[] {
  const c = dataColumns(p);
  const all = [
    c.partnerId,
    c.partner,
    ...c.actual,
    ...c.target,
    ...c.attainment,
    c.score,
    c.gateMet,
    c.tier,
    c.payout,
    c.netPrice,
  ];
  return all.filter((h): h is string => typeof h === "string" && names.some((n) => h.includes(n)));
}

/** A last closed period on a snapshot sheet with the longest name a sheet can have (31), 50,000 partner rows. */
const lastClosed = (p: ProgramDefinition): LastClosedPeriod => ({
  period: "2026-Q1",
  sheet: "A Program Named At Leng 2026-Q1",
  firstRow: 40,
  rows: 50_000,
  columns: snapshotColumns(p.kpis.length),
  standings: [],
  carried: true,
});

describe.each(programs.map((p) => [`${p.name} (${p.sheetLanguage ?? "en"})`, p] as const))(
  "%s, after a close",
  (_, p) => {
    test.each(["en", "zh"] as const)("the last period's columns and Most improved in %s keep the rules", (language) => {
      const sheet = describeDashboard(p, {
        key: LONG_KEY,
        sheetName: "D",
        partners: 10,
        generatedAt: 46000,
        language,
        lastClosed: lastClosed(p),
      });
      const userNames = p.kpis.map((k) => k.name);
      const all = formulas(sheet);
      expect(all.filter((f) => /XLOOKUP\(A9#&""/.test(f.formula))).toHaveLength(2);
      expect(all.filter((f) => /SORTBY/.test(f.formula))).toHaveLength(3);
      const problems = all.flatMap((f) =>
        problemsOf(`D!${f.where}`, f.formula, [...userNames, ...headersOf(p, userNames)]),
      );
      expect(summarize(problems)).toEqual([]);
    });
  },
);
