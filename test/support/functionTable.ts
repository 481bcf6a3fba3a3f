import * as F from "../../src/functions/functions";
import type { FunctionName } from "./specExamples";

/** The custom functions by their Excel names, callable with Excel-shaped arguments (null for omitted). */
export type ExcelFunction = (...args: unknown[]) => unknown[][];

export const FUNCTIONS: Record<FunctionName, ExcelFunction> = {
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
};
