/*
 * Building a period's snapshot at its edges (mutation testing, docs/testing.md), from docs/cycle.md:
 * a partner twice in the period's data is refused, naming the partner; a partner with an adjustment
 * or a carried balance but no results this period still gets a row, with blank results.
 * Figures by hand from SPEC §3.3's T1, marginal: 2% to 50,000, 3% to 100,000, 5% above.
 */
import { buildSnapshot } from "../../../src/engine/cycle/snapshot";
import { CycleError } from "../../../src/engine/cycle/period";
import { APR_1_2026, JUN_30_2026, commissionProgram, partner } from "./fixtures";

const q2 = { label: "2026-Q2", start: APR_1_2026, end: JUN_30_2026 };
const money = (m: number) => ({ money: m, decimals: 2 });

test("a partner twice in the period's data is refused, naming the partner, with its id as the parameter", () => {
  let refusal: unknown;
  try {
    buildSnapshot(commissionProgram(), q2, [
      partner("P1", "East Solar", 40000),
      partner("P2", "West", 75000),
      partner("P2", "West again", 10000),
    ]);
  } catch (e) {
    refusal = e;
  }
  expect(refusal).toBeInstanceOf(CycleError);
  const err = refusal as CycleError;
  expect(err.code).toBe("duplicatePartner");
  expect(err.message).toMatch(/\bP2\b/);
  expect(err.message).not.toMatch(/\bP1\b/);
  expect(err.params).toEqual({ partner: "P2" });
});

test("partners adjusted or carrying a balance but not in the period's data still get a row, blank results", () => {
  // P1 in the data: 40,000 → 800. P8 only adjusted (+200 for Q1): 200 due, paid. P9 only carries −50 in.
  const snap = buildSnapshot(commissionProgram(), q2, [partner("P1", "East Solar", 40000)], {
    adjustments: [{ partnerId: "P8", forPeriod: "2026-Q1", paidBefore: 1000, recomputed: 1200, adjustment: 200 }],
    carriedIn: new Map([["P9", -50]]),
  });
  expect(snap.rows.filter((r) => r.key.startsWith("partner ")).map((r) => r.key)).toEqual([
    "partner P1",
    "partner P8",
    "partner P9",
  ]);
  expect(snap.partners).toBe(3);
  const field = (key: string, name: string) =>
    snap.rows.find((r) => r.key === key)!.fields.find(([n]) => n === name)![1];
  for (const id of ["P8", "P9"]) {
    expect(snap.partnerResults.find((r) => r.id === id)!.name).toBe("");
    expect(["name", "kpi1.actual", "kpi1.attainment", "score", "tier"].map((f) => field(`partner ${id}`, f))).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  }
  const settled = (key: string) =>
    ["payout", "adjustments", "carriedIn", "toPay", "carriedOut"].map((f) => field(key, f));
  expect(settled("partner P8")).toEqual([money(0), money(200), money(0), money(200), money(0)]);
  expect(settled("partner P9")).toEqual([money(0), money(0), money(-50), money(0), money(-50)]);
  expect(snap.toPay).toBe(800 + 200);
  expect(snap.carriedOut).toBe(-50);
});

test("a partner both in the data and adjusted or carrying a balance gets one row", () => {
  const snap = buildSnapshot(commissionProgram(), q2, [partner("P1", "East Solar", 40000)], {
    adjustments: [{ partnerId: "P1", forPeriod: "2026-Q1", paidBefore: 1000, recomputed: 1200, adjustment: 200 }],
    carriedIn: new Map([["P1", -50]]),
  });
  expect(snap.rows.filter((r) => r.key.startsWith("partner ")).map((r) => r.key)).toEqual(["partner P1"]);
  // 800 earned + 200 − 50 = 950.
  expect(snap.toPay).toBe(950);
});
