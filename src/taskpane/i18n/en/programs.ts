/* The Programs screen's strings: the list, first run, sample, generate, delete, one partner's statement. */
export const programs = {
  heading: "Programs",
  refresh: "Refresh",
  firstRun:
    "Partner Incentives turns an incentive plan into live Excel tables and formulas that pay each partner by results.",
  deletedTitle: (name: string) => `“${name}” deleted`,
  sheetDeletedOne: (name: string) => `Sheet deleted: ${name}. Your other sheets were not changed.`,
  sheetsDeletedMany: (names: string) => `Sheets deleted: ${names}. Your other sheets were not changed.`,
  looking: "Looking for programs in this workbook…",
  readFailedTitle: "Could not read the workbook",
  designAnyway: "Design a program anyway",
  noPrograms: "No programs in this workbook yet.",
  insertSample: "Insert sample program",
  createProgram: "Create a program",
  listLabel: "Programs in this workbook",
  sheetOne: (name: string) => `Sheet: ${name}`,
  sheetsMany: (names: string) => `Sheets: ${names}`,

  // The sample program
  samplePreparing: "Working out what the sample will add…",
  sampleInserting: "Inserting the sample program…",
  sampleInsertedTitle: "Sample program inserted",
  sampleInsertedBody: (name: string, partners: string, sheets: string) => `“${name}” with ${partners}, on ${sheets}.`,
  sampleNotInserted: "The sample was not inserted",
  samplePrepareFailed: "Could not prepare the sample",
  sampleConfirmHeading: "Insert the sample program?",
  sampleConfirmIntro:
    "The SolarWave installer program with sample data for 60 partners, as ordinary Excel tables and formulas you can edit. Your own sheets are not changed. It adds:",
  insert: "Insert",

  emptyTitle: "No partners yet",
  emptyBody: (sheet: string) =>
    `Type or paste each partner's ID, name and results into the data table on ${sheet}: the payouts fill in as you go. If the results are already in a table of yours, create a program over that table instead.`,
  goToDataTable: "Go to the data table",
  // One program's actions
  actionsFor: (name: string) => `Actions for ${name}`,
  generateDashboard: "Generate dashboard",
  refreshDashboard: "Refresh dashboard",
  editProgram: "Edit program",
  payoutPeriods: "Payout periods",
  updatePartners: (source: string) => `Update partners from ${source}`,
  partnersUpdated: (partners: string) => `The results sheet now has a row for each of ${partners}.`,
  deleteProgram: "Delete program",
  moreActions: "More actions",
  sendStatement: "Send a partner their statement…",
  statementsMenu: "Statements for every partner (live)…",
  valuesMenu: "Statement values for every partner (internal)…",
  dialogHeading: {
    dashboard: "Generate the dashboard",
    refreshDashboard: "Refresh the dashboard",
    statements: "Statements for every partner",
    values: "Statement values for every partner",
  },
  previewAdds: {
    dashboard: "A new sheet: the program's dashboard. Your own sheets are not changed.",
    statements:
      "A new sheet: one printable statement block per partner, with live formulas. Your own sheets are not changed.",
    values: "A new sheet: every partner's statement as values only (no formulas). Your own sheets are not changed.",
  },
  previewRewrites: (sheet: string) => `“${sheet}” is cleared and rewritten in place; no sheet is added.`,
  previewPartners: (partners: string) => `For ${partners}.`,
  previewLanguage: (language: string) => `In ${language}.`,
  previewProgramLanguage: "In the program's sheet language.",
  generate: "Generate",
  goToSheet: "Go to sheet",
  confidentialTitle: "Confidential: every partner's pay",
  confidentialBody:
    "This sheet holds every partner's statement and payout. Keep it within finance and never send it to a partner: to send one partner their own statement, use “Send a partner their statement…”.",
  dashboardLanguage: "Dashboard language",
  statementsLanguage: "Statements language",
  programsLanguage: "As the program",
  running: {
    dashboard: "Generating the dashboard…",
    refreshDashboard: "Refreshing the dashboard…",
    statements: "Generating statements…",
    values: "Writing values-only statements…",
    delete: "Deleting the program's sheets…",
    edit: "Reading the program from its tables…",
    partners: "Reading your data and updating the results rows…",
  },
  doneTitle: {
    dashboard: "Dashboard ready",
    statements: "Statements ready",
    values: "Values-only statements ready",
    delete: "Program deleted",
    edit: "Program opened",
    partners: "Partners updated",
  },
  failedTitle: {
    dashboard: "The dashboard was not generated",
    statements: "The statements were not generated",
    values: "The values-only statements were not written",
    delete: "The program was not deleted",
    edit: "The program could not be opened for editing",
    partners: "The partners were not updated",
  },
  dashboardAdded: (sheet: string, partners: string) =>
    `Added “${sheet}” for ${partners}. It recalculates as results and tiers change.`,
  dashboardRefreshed: (sheet: string, partners: string) =>
    `Refreshed “${sheet}” for ${partners}. It recalculates as results and tiers change.`,
  statementsAdded: (sheet: string, partners: string) =>
    `Added “${sheet}”: one printable statement per partner, ${partners}.`,
  statementsRefreshed: (sheet: string, partners: string) =>
    `Refreshed “${sheet}”: one printable statement per partner, ${partners}.`,
  valuesWritten: (partners: string, sheet: string) =>
    `Wrote the statements of ${partners} as values only (no formulas) on “${sheet}”, to check before sending each partner their own.`,
  deleteUnsupported:
    "This version of Excel cannot show which sheets the add-in created, so it will not delete any: delete the program's sheets by hand.",
  deleteNothing: (name: string) =>
    `No sheet of “${name}” carries the add-in's mark, so there is nothing it may delete.`,

  // Delete confirmation
  findingSheets: "Finding the program's sheets…",
  deleteHeading: (name: string) => `Delete “${name}”?`,
  deleteBodyOne:
    "This sheet the add-in created will be deleted, with their tables. Your other sheets are not changed. Excel cannot undo deleting sheets.",
  deleteBodyMany: (n: number) =>
    `These ${n} sheets the add-in created will be deleted, with their tables. Your other sheets are not changed. Excel cannot undo deleting sheets.`,
  sheetsToDelete: "Sheets to delete",
  deleteOne: "Delete 1 sheet",
  deleteMany: (n: number) => `Delete ${n} sheets`,
  roles: {
    plan: "plan",
    data: "partner data",
    installations: "installations",
    dashboard: "dashboard",
    statements: "statements",
    statementValues: "values-only statements",
    snapshot: "closed period's snapshot",
    periods: "Periods table",
    adjustments: "Adjustments table",
  },

  // One partner's statement
  sendHeading: "Send a partner their statement",
  sendIntro: "Only the chosen partner's figures, as values (no formulas), on a sheet of its own: the sheet to send.",
  partner: "Partner",
  statementForPartner: (name: string) => `Statement for ${name}`,
  previewOnePartner: (name: string) => `A sheet of its own with ${name}'s statement alone, as values (no formulas).`,
  statementReady: "Statement ready",
  close: "Close",
  readingPartners: "Reading the partners…",
  noPartners: "The data table has no partners yet.",
  writingStatement: (name: string) => `Writing the statement of ${name}…`,
  statementWritten: (name: string, sheet: string) =>
    `Wrote ${name}'s statement as values only on “${sheet}”. To send it, right-click the sheet tab, Move or Copy… to (new book), and save it.`,
};
