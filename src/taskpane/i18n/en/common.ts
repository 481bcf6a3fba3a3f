/* Words several screens share. */
export const common = {
  retry: "Try again",
  cancel: "Cancel",
  leftAsItWas: "The workbook was left as it was.",
  /** What Ctrl+Z does after a write (UndoOutcome), said after every write's result. */
  undo: {
    oneStep: "One Ctrl+Z (Undo) takes this back.",
    stepByStep:
      "Excel could not group this into one undo step, so it was written step by step: Ctrl+Z takes it back one step at a time.",
    notUndoable: "This version of Excel cannot undo changes made by add-ins: Ctrl+Z does not take this back.",
  },
  /** Joins two names: "Plan and Data". */
  and: " and ",
  /** Between the items of a list: "A, B" (Chinese: "A、B"). */
  listSeparator: ", ",
  /** Between two sentences of one message. */
  sentenceSeparator: " ",
  /** Between the clauses of one summary line: "A; B" (Chinese: full-width "A；B"). */
  clauseSeparator: "; ",
  /** A sheet named in running text (Chinese quotes it: “方案”). */
  sheetInText: (name: string) => `${name}`,
  partnersOne: "1 partner",
  partnersMany: (n: string) => `${n} partners`,
  /** Languages the generated sheets can be written in, each named in the pane's language. */
  sheetLanguages: { en: "English", zh: "Chinese (Simplified)" },
  // The list of sheets, tables and formulas about to be written (WritePreviewList)
  writePreview: {
    label: "What will be written",
    sheet: (name: string) => `Sheet “${name}”`,
    table: (name: string) => `Table ${name}`,
    size: (rows: string, columns: string) => `(${rows}, ${columns})`,
    rowsOne: "1 row",
    rowsMany: (n: string) => `${n} rows`,
    columnsOne: "1 column",
    columnsMany: (n: string) => `${n} columns`,
    columns: (list: string) => `Columns: ${list}`,
    formulasOn: (sheet: string) => `Formulas on ${sheet}`,
  },
};
