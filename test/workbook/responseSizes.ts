/*
 * A SolarWave program large enough that its data table is read and put back in row blocks (over
 * 5 MB of values, formulas and formats), and the largest response since a sync: for
 * responseSize.test.ts and responseSize.heavy.test.ts.
 */
import type { ModelExcel } from "../excel-model/fakeExcelFacade";
import { partnerSeeds } from "../support/partnerSeeds";

export const KEY = "SolarWave_Installer";
/** Partners: more rows than a first block, and over 5 MB of values, formulas and formats. */
export const N = Number(process.env.PI_RESPONSE_PARTNERS ?? 10000);

/** Partners with long Chinese names (3 bytes a character in UTF-8). */
export const seeds = (n: number) => partnerSeeds(n, (i) => `Partner ${i} ${"阳光屋顶能源".repeat(8)}`);

/** The largest response of the syncs from `from` on. */
export function largest(excel: ModelExcel, from: number): number {
  let n = 0;
  for (const b of excel.responseBytes.slice(from)) n = Math.max(n, b);
  return n;
}
