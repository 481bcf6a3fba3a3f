/*
 * EXPLAIN's rows at the edges StrykerJS found untested (docs/testing.md "Mutation testing"): a
 * retro or linear total inside the first tier (its rate and label, not "below"), and a deal too
 * small to move a large prior, inside the first tier or below it (its one line at that rate).
 */
import { explainPayout, parseTierTable } from "../../src/engine";
import { T1 as SPEC_T1 } from "../support/specExamples";

const T1 = parseTierTable(SPEC_T1); // 0 | 2% Bronze, 50,000 | 3% Silver, 100,000 | 5% Gold

test("retro inside the first tier: the whole amount at Bronze's 2%, the prior credited at Bronze's 2% too", () => {
  const e = explainPayout(T1, "retro", 20000, 10000);
  expect(e.rows).toEqual([
    { kind: "whole", tier: "Bronze", from: 0, to: 30000, amount: 30000, rate: 0.02, payout: 600 },
    { kind: "credited", tier: "Bronze", from: 10000, to: 0, amount: -10000, rate: 0.02, payout: -200 },
  ]);
  expect(e.total).toBeCloseTo(400, 9);
});

test("linear inside the first tier reads the rate between the first two points", () => {
  // 2% at 0 to 3% at 50,000: at 25,000, 2.5%.
  expect(explainPayout(T1, "linear", 25000).rows).toEqual([
    { kind: "whole", tier: "Bronze", from: 0, to: 25000, amount: 25000, rate: 0.025, payout: 625 },
  ]);
});

test("a deal that cannot move a huge prior, inside the only tier: one line at that tier's rate", () => {
  const one = parseTierTable([[0, 0.02, "Base"]]);
  // 1e17 + 1 is 1e17 in binary floating point: no band has room, the deal still gets its line.
  expect(explainPayout(one, "marginal", 1, 1e17).rows).toEqual([
    { kind: "band", tier: "Base", from: 1e17, to: 1e17 + 1, amount: 1, rate: 0.02, payout: 0.02 },
  ]);
});

test("the same deal below the first tier: one line at 0, named below", () => {
  const high = parseTierTable([[1e18, 0.02, "Top"]]);
  expect(explainPayout(high, "marginal", 1, 1e17).rows).toEqual([
    { kind: "below", tier: null, from: 1e17, to: 1e17 + 1, amount: 1, rate: 0, payout: 0 },
  ]);
});
