/*
 * Adjustments and balances: a three-quarter worked example with every figure computed by hand from
 * SPEC §3.3's T1 (marginal: 2% to 50,000, 3% to 100,000, 5% above), then the laws as properties.
 */
import fc from "fast-check";
import {
  adjustmentLabel,
  fromMinorUnits,
  paidSoFar,
  periodAdjustments,
  runBalances,
  settlePeriod,
  toMinorUnits,
} from "../../../src/engine/cycle/adjustments";
import { canonicalRow } from "../../../src/engine/cycle/canonical";
import { closePeriod, startCycle } from "../../../src/engine/cycle/period";
import { buildSnapshot, snapshotPayouts } from "../../../src/engine/cycle/snapshot";
import { parseTierTable, payout } from "../../../src/engine";
import { commissionProgram, partner } from "./fixtures";

describe("a late refund, a late installation and a clawback carried forward (worked example)", () => {
  const program = commissionProgram();
  let state = startCycle(program);

  // Q1 as closed: P1 120,000 → 3,500; P2 75,000 → 1,750.
  const q1 = buildSnapshot(program, state.open, [
    partner("P1", "East Solar", 120000),
    partner("P2", "West Solar", 75000),
  ]);
  state = closePeriod(state, q1, "2026-04-02T09:00:00Z").state;

  // Then Q1's data changes: P1 refunds 30,000 (90,000 → 2,200), P2 installs 5,000 late (80,000 → 1,900).
  const restated = new Map([
    ["P1", 2200],
    ["P2", 1900],
  ]);
  const q1Adjustments = periodAdjustments("2026-Q1", snapshotPayouts(q1), restated, 2);

  test("the adjustment is recomputed − paid per partner: P1 −1,300, P2 +150", () => {
    expect(q1Adjustments).toEqual([
      { partnerId: "P1", forPeriod: "2026-Q1", paidBefore: 3500, recomputed: 2200, adjustment: -1300 },
      { partnerId: "P2", forPeriod: "2026-Q1", paidBefore: 1750, recomputed: 1900, adjustment: 150 },
    ]);
    expect(adjustmentLabel("2026-Q1")).toBe("Adjustment for 2026-Q1");
  });

  test("the refund claws back at the rates it was paid at: PAYOUT(−30,000, T1, marginal, prior 120,000) = −1,300", () => {
    const t1 = parseTierTable([
      [0, 0.02],
      [50000, 0.03],
      [100000, 0.05],
    ]);
    expect(payout(t1, "marginal", -30000, 120000)).toBe(-1300);
  });

  // Q2: P1 earns 400 (20,000 × 2%) against −1,300: due −900, paid 0, −900 carried. P2: 1,000 + 150.
  const q2 = buildSnapshot(
    program,
    state.open,
    [partner("P1", "East Solar", 20000), partner("P2", "West Solar", 50000)],
    {
      adjustments: q1Adjustments,
    },
  );
  state = closePeriod(state, q2, "2026-07-02T09:00:00Z").state;

  test("Q2 settles each partner step by step, and shows the adjustment as its own row", () => {
    expect(q2.partnerResults.map((r) => r.settlement)).toEqual([
      { period: "2026-Q2", earned: 400, adjustments: -1300, carriedIn: 0, due: -900, toPay: 0, carriedOut: -900 },
      { period: "2026-Q2", earned: 1000, adjustments: 150, carriedIn: 0, due: 1150, toPay: 1150, carriedOut: 0 },
    ]);
    expect(q2.total).toBe(1400);
    expect(q2.toPay).toBe(1150);
    expect(q2.carriedOut).toBe(-900);
    expect(q2.rows.filter((r) => r.key.startsWith("adjustment")).map((r) => canonicalRow(r.fields))).toEqual([
      'row="adjustment";id="P1";forPeriod="2026-Q1";paidBefore=3500;recomputed=2200;adjustment=-1300',
      'row="adjustment";id="P2";forPeriod="2026-Q1";paidBefore=1750;recomputed=1900;adjustment=150',
    ]);
    expect(canonicalRow(q2.rows[q2.rows.length - 1].fields)).toBe(
      'row="total";partners=2;payout=1400;adjustments=-1150;carriedIn=0;toPay=1150;carriedOut=-900',
    );
  });

  test("Q3: the refund is reversed (P1's Q1 is 3,500 again); paid so far for Q1 counts Q2's adjustment", () => {
    const paid = paidSoFar(snapshotPayouts(q1), q2.adjustments, "2026-Q1", 2);
    expect(paid).toEqual(
      new Map([
        ["P1", 2200],
        ["P2", 1900],
      ]),
    );
    const again = periodAdjustments(
      "2026-Q1",
      paid,
      new Map([
        ["P1", 3500],
        ["P2", 1900],
      ]),
      2,
    );
    expect(again).toEqual([
      { partnerId: "P1", forPeriod: "2026-Q1", paidBefore: 2200, recomputed: 3500, adjustment: 1300 },
    ]);
    // P1 in Q3: 60,000 → 1,000 + 300 = 1,300 earned, +1,300 adjustment, −900 carried in: 1,700 to pay.
    const q3 = buildSnapshot(
      program,
      state.open,
      [partner("P1", "East Solar", 60000), partner("P2", "West Solar", 100000)],
      {
        adjustments: again,
        carriedIn: new Map([["P1", -900]]),
      },
    );
    expect(q3.partnerResults[0].settlement).toEqual({
      period: "2026-Q3",
      earned: 1300,
      adjustments: 1300,
      carriedIn: -900,
      due: 1700,
      toPay: 1700,
      carriedOut: 0,
    });
    // Over the three quarters P1 earned 5,200 for data that ends as 3,500 + 400 + 1,300, and was paid 3,500 + 0 + 1,700.
    expect(3500 + q2.partnerResults[0].settlement.toPay + q3.partnerResults[0].settlement.toPay).toBe(5200);
  });
});

describe("settling", () => {
  test("a positive balance is never carried: it is paid", () => {
    expect(() => settlePeriod("2026-Q2", 100, 0, 5, 2)).toThrow(RangeError);
  });

  test("minor units are exact where floating point is not: 0.1 + 0.2 − 0.3", () => {
    expect(settlePeriod("x", 0.1, 0.2, -0.3, 2)).toMatchObject({ due: 0, toPay: 0, carriedOut: 0 });
    expect(toMinorUnits(1.005, 2)).toBe(101);
    expect(fromMinorUnits(-0, 2)).toBe(0);
  });

  test("a clawback larger than two periods' earnings carries through both", () => {
    const steps = runBalances(
      [
        { period: "A", earned: 100, adjustments: -500 },
        { period: "B", earned: 150, adjustments: 0 },
        { period: "C", earned: 300, adjustments: 0 },
      ],
      2,
    );
    expect(steps.map((s) => [s.carriedIn, s.due, s.toPay, s.carriedOut])).toEqual([
      [0, -400, 0, -400],
      [-400, -250, 0, -250],
      [-250, 50, 50, 0],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const decimalsArb = fc.integer({ min: 0, max: 4 });
/** Money at `d` decimals, as a whole number of minor units. */
const unitsArb = fc.integer({ min: -5_000_000_000, max: 5_000_000_000 });
const ids = fc.constantFrom("P1", "P2", "P3", "P4", "P5", "P6");

describe("properties", () => {
  test("adjustments sum to the restatement: Σ adjustments = Σ recomputed − Σ paid, to the minor unit", () => {
    fc.assert(
      fc.property(
        decimalsArb,
        fc.array(fc.tuple(ids, unitsArb)),
        fc.array(fc.tuple(ids, unitsArb)),
        (d, paidList, nowList) => {
          const paid = new Map(paidList.map(([id, u]) => [id, fromMinorUnits(u, d)]));
          const now = new Map(nowList.map(([id, u]) => [id, fromMinorUnits(u, d)]));
          const lines = periodAdjustments("Q", paid, now, d);
          const sum = (xs: Iterable<number>) => [...xs].reduce((a, x) => a + toMinorUnits(x, d), 0);
          expect(sum(lines.map((l) => l.adjustment))).toBe(sum(now.values()) - sum(paid.values()));
          for (const l of lines) expect(l.adjustment).not.toBe(0);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test("successive restatements: after each, paid so far equals the latest recomputed figure (prior semantics)", () => {
    fc.assert(
      fc.property(
        decimalsArb,
        unitsArb,
        fc.array(unitsArb, { minLength: 1, maxLength: 6 }),
        (d, closedUnits, restatements) => {
          const closed = new Map([["P1", fromMinorUnits(closedUnits, d)]]);
          const settled = [];
          for (const units of restatements) {
            const paid = paidSoFar(closed, settled, "Q1", d);
            settled.push(...periodAdjustments("Q1", paid, new Map([["P1", fromMinorUnits(units, d)]]), d));
            expect(paidSoFar(closed, settled, "Q1", d).get("P1")).toBe(fromMinorUnits(units, d));
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  test("balances carry to the cent: opening + Σ earned + Σ adjustments = Σ paid + the balance carried out", () => {
    fc.assert(
      fc.property(
        decimalsArb,
        fc.integer({ min: -1_000_000_000, max: 0 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1_000_000_000 }), unitsArb), { maxLength: 12 }),
        (d, openingUnits, periods) => {
          const steps = runBalances(
            periods.map(([e, a], i) => ({
              period: `P${i}`,
              earned: fromMinorUnits(e, d),
              adjustments: fromMinorUnits(a, d),
            })),
            d,
            fromMinorUnits(openingUnits, d),
          );
          const u = (x: number) => toMinorUnits(x, d);
          let carried = openingUnits;
          let paid = 0;
          // Each step is visible: what came in, what was due, what was paid and what went on.
          const broken = steps.flatMap((s, i) => {
            const wrong: string[] = [];
            if (u(s.carriedIn) !== carried) wrong.push("carriedIn");
            if (u(s.due) !== periods[i][0] + periods[i][1] + carried) wrong.push("due");
            if (u(s.toPay) < 0 || u(s.carriedOut) > 0) wrong.push("sign");
            if (u(s.toPay) + u(s.carriedOut) !== u(s.due)) wrong.push("split");
            if (u(s.toPay) !== 0 && u(s.carriedOut) !== 0) wrong.push("both");
            for (const x of [s.earned, s.adjustments, s.carriedIn, s.due, s.toPay, s.carriedOut])
              if (fromMinorUnits(u(x), d) !== x) wrong.push(`not whole minor units: ${x}`);
            carried = u(s.carriedOut);
            paid += u(s.toPay);
            return wrong.map((w) => `${s.period}: ${w}`);
          });
          expect(broken).toEqual([]);
          const owed = openingUnits + periods.reduce((a, [e, adj]) => a + e + adj, 0);
          expect(paid + carried).toBe(owed);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
