/*
 * Partners for the dashboard and statements writes (generate.test.ts, generate.heavy.test.ts): the
 * first five named like formulas, signs and a number stored as text (a name must be written as
 * text, never as a formula or a number), the rest "Partner i"; actuals spread over the tiers.
 */
import type { PartnerSeed } from "../../../src/workbook/contract";

export const AWKWARD = ['=HYPERLINK("http://example.invalid","click")', "+1-555", "-Minus", "@Home", "0012"];

export function seeds(n: number): PartnerSeed[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `P${100000 + i}`,
    name: i < AWKWARD.length ? AWKWARD[i] : `Partner ${i}`,
    actuals: [0.5 + (i % 10) / 10, 3.5 + (i % 3) / 2],
  }));
}
