/*
 * The rules every generated formula keeps (issue 13 item 6), as a scanner over a workbook
 * snapshot of the strict model:
 *  - no LET (the spreadsheet-engine check cannot evaluate it, and a finance person reads a
 *    formula better without it: a value used twice is a helper column instead);
 *  - at most MAX_AUDITABLE characters, apart from the names of the user's own columns and KPIs
 *    (they are counted as one character wherever they are quoted: "…" or […] in a reference);
 *  - no lookup keyed on a visible label of the Settings table (XLOOKUP("Decimals",…Settings[…]…)):
 *    settings are read through their defined names (PI_<key>_Decimals), which renaming a label
 *    cannot break.
 * Each broken rule is returned as a line naming the sheet, the cell, the rule and the length.
 */
import type { Snapshot } from "./hyperformulaWorkbook";

export const MAX_AUDITABLE = 250;

export interface FormulaProblem {
  readonly where: string;
  readonly rule: "LET" | "length" | "label lookup";
  readonly length: number;
  readonly formula: string;
}

/** The formula's length with each of `userNames` counted as one character where it is quoted or bracketed. */
export function auditableLength(formula: string, userNames: readonly string[]): number {
  let f = formula;
  // Longest first, so a name containing another is replaced whole.
  for (const n of [...userNames].filter((x) => x !== "").sort((a, b) => b.length - a.length)) {
    const quoted = `"${n.replace(/"/g, '""')}"`;
    const bracketed = `[${n.replace(/['[\]#]/g, "'$&")}]`;
    f = f.split(quoted).join('"u"').split(bracketed).join("[u]");
  }
  return f.length;
}

/** The Settings tables' visible labels a lookup is keyed on: XLOOKUP("<text>",<table>_Settings[…],…). */
const SETTINGS_LABEL_LOOKUP = /XLOOKUP\("(?:[^"]|"")*",\s*PI_\w+_Settings\[/;

export function formulaProblems(snapshot: Snapshot, userNames: readonly string[]): FormulaProblem[] {
  const out: FormulaProblem[] = [];
  for (const sheet of snapshot.sheets) {
    for (const [address, cell] of Object.entries(sheet.cells)) {
      if (typeof cell.f !== "string") continue;
      out.push(...problemsOf(`${sheet.name}!${address}`, cell.f, userNames));
    }
  }
  return out;
}

export function problemsOf(where: string, formula: string, userNames: readonly string[]): FormulaProblem[] {
  const out: FormulaProblem[] = [];
  const length = auditableLength(formula, userNames);
  if (/\bLET\(/i.test(formula)) out.push({ where, rule: "LET", length, formula });
  if (length > MAX_AUDITABLE) out.push({ where, rule: "length", length, formula });
  if (SETTINGS_LABEL_LOOKUP.test(formula)) out.push({ where, rule: "label lookup", length, formula });
  return out;
}

/** One line per distinct formula shape (copies down a column count once): rule, length, where, formula. */
export function summarize(problems: readonly FormulaProblem[]): string[] {
  const seen = new Map<string, FormulaProblem>();
  for (const p of problems) {
    const shape = `${p.rule} ${p.formula.replace(/\$?[A-Z]{1,3}\$?\d+/g, "A1")}`;
    if (!seen.has(shape)) seen.set(shape, p);
  }
  return [...seen.values()].map((p) => `${p.rule} (${p.length}) ${p.where}: ${p.formula}`);
}
