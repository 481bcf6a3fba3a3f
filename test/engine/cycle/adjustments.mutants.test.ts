/*
 * Adjustments and balances at their edges (mutation testing, docs/testing.md), from docs/cycle.md
 * ("Adjustments", "Balances"): paid so far counts only the adjustments for the period asked about,
 * partners new in the data or gone from it, the order of the lines, the line's wording, an opening
 * balance, money at 0 and 3 decimals.
 */
import {
  adjustmentLabel,
  fromMinorUnits,
  paidSoFar,
  periodAdjustments,
  runBalances,
  settlePeriod,
  toMinorUnits,
} from "../../../src/engine/cycle/adjustments";

const line = (partnerId: string, forPeriod: string, adjustment: number) => ({
  partnerId,
  forPeriod,
  paidBefore: 0,
  recomputed: 0,
  adjustment,
});

test("the line is worded 'Adjustment for' the period", () => {
  expect(adjustmentLabel("2026-Q1")).toBe("Adjustment for 2026-Q1");
});

test("minor units at 0 and 3 decimals, rounded half away from zero", () => {
  expect(toMinorUnits(2.5, 0)).toBe(3);
  expect(toMinorUnits(-2.5, 0)).toBe(-3);
  expect(toMinorUnits(1.2345, 3)).toBe(1235);
  expect(fromMinorUnits(1235, 3)).toBe(1.235);
  expect(fromMinorUnits(-7, 0)).toBe(-7);
  expect(Object.is(fromMinorUnits(toMinorUnits(-0.001, 2), 2), 0)).toBe(true);
});

test("paid so far: the closed payout plus the adjustments for that period only, a partner paid only by adjustment included", () => {
  const closed = new Map([
    ["P1", 3500],
    ["P2", 1750],
  ]);
  const later = [
    line("P1", "2026-Q1", -1300),
    line("P1", "2026-Q2", 99),
    line("P3", "2026-Q1", 20.005),
    line("P1", "2026-Q1", 0.5),
  ];
  expect(paidSoFar(closed, later, "2026-Q1", 2)).toEqual(
    new Map([
      ["P1", 2200.5],
      ["P2", 1750],
      ["P3", 20.01],
    ]),
  );
  expect([...paidSoFar(closed, later, "2026-Q1", 2).keys()]).toEqual(["P1", "P2", "P3"]);
  expect(paidSoFar(closed, later, "2026-Q2", 2).get("P1")).toBe(3599);
});

test("adjustment lines: partners paid first in their order, then those new in the data; unchanged to the cent, no line", () => {
  const paid = new Map([
    ["A", 100],
    ["B", 50],
    ["C", 10.004],
  ]);
  const recomputed = new Map([
    ["D", 5],
    ["C", 10],
    ["B", 60],
  ]);
  expect(periodAdjustments("2026-Q1", paid, recomputed, 2)).toEqual([
    { partnerId: "A", forPeriod: "2026-Q1", paidBefore: 100, recomputed: 0, adjustment: -100 },
    { partnerId: "B", forPeriod: "2026-Q1", paidBefore: 50, recomputed: 60, adjustment: 10 },
    { partnerId: "D", forPeriod: "2026-Q1", paidBefore: 0, recomputed: 5, adjustment: 5 },
  ]);
});

test("settling: a balance of nothing carried in is allowed, one that rounds to a positive cent is not", () => {
  expect(settlePeriod("x", 10, 0, -0.004, 2)).toMatchObject({ carriedIn: 0, due: 10, toPay: 10, carriedOut: 0 });
  expect(() => settlePeriod("x", 10, 0, 0.005, 2)).toThrow(RangeError);
  expect(settlePeriod("x", 100, -150, -20, 2)).toEqual({
    period: "x",
    earned: 100,
    adjustments: -150,
    carriedIn: -20,
    due: -70,
    toPay: 0,
    carriedOut: -70,
  });
  expect(settlePeriod("x", 0.005, 0, 0, 2)).toMatchObject({ earned: 0.01, toPay: 0.01 });
});

test("an opening balance is carried into the first period", () => {
  const steps = runBalances(
    [
      { period: "A", earned: 30, adjustments: 0 },
      { period: "B", earned: 30, adjustments: 0 },
    ],
    2,
    -50,
  );
  expect(steps.map((s) => [s.period, s.carriedIn, s.toPay, s.carriedOut])).toEqual([
    ["A", -50, 0, -20],
    ["B", -20, 10, 0],
  ]);
  expect(runBalances([{ period: "A", earned: 30, adjustments: 0 }], 2)[0].carriedIn).toBe(0);
});

test("a positive balance carried in is refused with a message saying only a negative one is carried", () => {
  // docs/cycle.md, "Balances": only a negative balance is carried forward; a positive one is paid.
  expect(() => settlePeriod("x", 10, 0, 25, 2)).toThrow(/negative balance.*carried.*positive one is paid/i);
});
