import * as F from "../../src/functions/functions";
import type { FunctionName } from "./specExamples";

/** The custom functions by their Excel names, callable with Excel-shaped arguments (null for omitted). */
export type ExcelFunction = (...args: unknown[]) => unknown[][];

/** Every custom function: those the SPEC's worked examples call, and GATE (no worked example). */
export type CustomFunctionName = FunctionName | "GATE";

export const FUNCTIONS: Record<CustomFunctionName, ExcelFunction> = {
  PAYOUT: F.payout as ExcelFunction,
  TIER: F.tier as ExcelFunction,
  RATE: F.rate as ExcelFunction,
  GAP: F.gap as ExcelFunction,
  ATTAINMENT: F.attainment as ExcelFunction,
  BONUS: F.bonus as ExcelFunction,
  SCORE: F.score as ExcelFunction,
  ONTIME: F.ontime as ExcelFunction,
  PRICE: F.price as ExcelFunction,
  EXPLAIN: F.explain as ExcelFunction,
  GATE: F.gate as ExcelFunction,
};
