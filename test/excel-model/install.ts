/*
 * Installs the Excel model on a browser window the way office.js does inside Excel: window.Excel,
 * window.OfficeExtension, plus the test's read-back handles window.__excel, __excelLog,
 * __excelWarnings and __excelSyncs. Configuration comes from window.__excelConfig (the harness
 * sets it from openPane({ excel })); registered custom functions from window.__customFunctions.
 * The harness transpiles this folder and calls installExcelModel(window) before any page script.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { createExcelModel } from "./excelModel";

export function installExcelModel(win: any): ReturnType<typeof createExcelModel> {
  if (win.__excel) return win.__excel;
  const model = createExcelModel(win.__excelConfig || {}, {
    registeredFunctions: () => (win.__customFunctions ? Object.keys(win.__customFunctions) : null),
  });
  const OfficeExtension = win.OfficeExtension || {};
  OfficeExtension.Error = model.OfficeExtension.Error;
  OfficeExtension.ErrorCodes = Object.assign(OfficeExtension.ErrorCodes || {}, model.OfficeExtension.ErrorCodes);
  OfficeExtension.ClientResult = model.OfficeExtension.ClientResult;
  OfficeExtension.config = OfficeExtension.config || model.OfficeExtension.config;
  OfficeExtension.ClientRequestContext = model.OfficeExtension.ClientRequestContext;
  win.OfficeExtension = OfficeExtension;
  win.Excel = model.Excel;
  win.__excel = model;
  win.__excelLog = model.log;
  win.__excelWarnings = model.warnings;
  Object.defineProperty(win, "__excelSyncs", { get: () => model.syncs, configurable: true });
  return model;
}
