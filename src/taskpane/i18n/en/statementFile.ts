/* A partner's statement as a file of its own (Excel.createWorkbook): one partner, or every partner in turn (docs/cycle.md, "Statement files"). */
export const statementFile = {
  intro:
    "Only the chosen partner's figures, as values (no formulas), in a new workbook of their own. Excel opens it unsaved, in a window of its own: save it under a name you choose, then send it. The add-in cannot name or save it for you.",
  allowNote:
    "Excel on the web first asks whether the add-in may create the workbook; on a Mac the new window may open behind this one.",
  notSupported:
    "This Excel cannot open a new workbook from an add-in (that needs ExcelApi 1.8): the statement goes on a sheet of its own here. To send it, right-click the sheet tab, Move or Copy… to (new book), and save it.",
  previewFile: (name: string) => `A new workbook with ${name}'s statement alone, as values (no formulas).`,
  onSheet: "On a sheet here instead",
  opening: (name: string) => `Making ${name}'s statement file…`,
  openedTitle: "Statement file opened",
  opened: (name: string, sheet: string) =>
    `Excel opened ${name}'s statement as a new workbook (sheet “${sheet}”). It is not saved yet: save it, then send it to ${name}.`,
  openFailed: "The statement file was not opened",

  every: (count: string) => `Statement files for every partner (${count})…`,
  confirmHeading: (count: string) => `Open ${count} workbooks?`,
  confirmBody: (count: string) =>
    `Each partner's statement opens as a new workbook in a window of its own: ${count} windows, one after another. You can stop between two.`,
  confirmOpen: (count: string) => `Open ${count} workbooks`,
  progressLabel: "Statement files",
  progress: (done: string, total: string, name: string) => `Opening ${done} of ${total}: ${name}`,
  stop: "Stop",
  stopping: "Stopping after this one…",
  stopped: (done: string, total: string) =>
    `Stopped: ${done} of ${total} statement files opened. None of them is saved yet.`,
  allOpened: (count: string) =>
    `${count} statement files opened, each partner's in a workbook of its own. None of them is saved yet: save each, then send it to its partner.`,
  failedAt: (name: string, done: string, total: string) =>
    `Stopped at ${name}'s statement: ${done} of ${total} opened before it.`,
};
