/*
 * Shared by the rule tests: a fresh Excel model, and the error code (or "ok") of one Excel.run.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { createExcelModel } from "../excel-model/excelModel";
import type { ExcelModelConfig, ExcelModelHost } from "../excel-model/excelModel";

export type Model = ReturnType<typeof createExcelModel>;

export function excel(config: ExcelModelConfig = {}, host: ExcelModelHost = {}): Model {
  return createExcelModel(config, host);
}

/** Runs one batch (queued calls, then a sync) and returns "ok" or the error code Excel gave. */
export async function outcome(
  x: Model,
  batch: (context: any) => void | Promise<void>,
  options?: { mergeUndoGroup?: boolean },
): Promise<string> {
  try {
    const body = async (context: any) => {
      await batch(context);
      await context.sync();
    };
    if (options) await x.Excel.run(options, body);
    else await x.Excel.run(body);
    return "ok";
  } catch (e: any) {
    return e && e.code ? e.code : `not an Office error: ${e}`;
  }
}

/** The workbook's sheet names. */
export function sheetNames(x: Model): string[] {
  return x.snapshot().sheets.map((s: { name: string }) => s.name);
}
