/* Words several screens share. */
export const common = {
  retry: "Try again",
  cancel: "Cancel",
  leftAsItWas: "The workbook was left as it was.",
  /** Joins two names: "Plan and Data". */
  and: " and ",
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
