/* Partners for a large write: ids P100000, P100001 …, two KPI actuals that vary by row. */
import type { PartnerSeed } from "../../src/workbook/contract";

export function partnerSeeds(n: number, name = (i: number) => `Partner ${i}`): PartnerSeed[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `P${100000 + i}`,
    name: name(i),
    actuals: [0.5 + (i % 10) / 10, 3.5 + (i % 3) / 2],
  }));
}
