/*
 * Recognition: top performers, most improved against the last closed period's snapshot, and
 * partners who reached a new tier — a worked example on a closed snapshot, then the laws as
 * properties (order, ties in the partners' order, completeness, exact payout changes).
 */
import fc from "fast-check";
import {
  PartnerStanding,
  mostImproved,
  newTiers,
  recognitionNote,
  standingsFromSnapshot,
  standingsNow,
  tierPosition,
  topPerformers,
} from "../../../../src/engine/analytics/recognition";
import { toMinorUnits } from "../../../../src/engine/cycle/adjustments";
import { startCycle } from "../../../../src/engine/cycle/period";
import { buildSnapshot } from "../../../../src/engine/cycle/snapshot";
import { commissionProgram, partner } from "../../cycle/fixtures";

const program = commissionProgram();

describe("against a closed Q1 (worked example, SPEC §3.3's T1: Bronze from 0, Silver 50,000, Gold 100,000)", () => {
  // Q1 closed: P1 120,000 (Gold, 3,500), P2 40,000 (Bronze, 800), P3 75,000 (Silver, 1,750).
  const q1 = buildSnapshot(program, startCycle(program).open, [
    partner("P1", "East Solar", 120000),
    partner("P2", "West Solar", 40000),
    partner("P3", "North Solar", 75000),
  ]);
  const before = standingsFromSnapshot(q1.rows);
  // Q2 now: P1 falls to 110,000, P2 rises to 60,000 (Silver), p3 (same partner, other case) to 105,000 (Gold), P4 is new.
  const now = standingsNow(program, [
    partner("P1", "East Solar", 110000),
    partner("P2", "West Solar", 60000),
    partner("p3", "North Solar", 105000),
    partner("P4", "South Solar", 200000),
  ]);

  test("the snapshot's partner rows read back as standings: score, payout, tier as stored", () => {
    expect(before.map((s) => [s.id, s.score, s.payout, s.tier])).toEqual([
      ["P1", 1.2, 3500, "Gold"],
      ["P2", 0.4, 800, "Bronze"],
      ["P3", 0.75, 1750, "Silver"],
    ]);
  });

  test("top performers by score: P4, P1, p3, P2", () => {
    expect(topPerformers(now, "score", 3).map((r) => [r.standing.id, r.value])).toEqual([
      ["P4", 2],
      ["P1", 1.1],
      ["p3", 1.05],
    ]);
  });

  test("most improved by score: p3 +0.30, P2 +0.20; P1 fell, P4 has no Q1", () => {
    const improved = mostImproved(now, before, "score", 5);
    expect(improved.map((r) => r.standing.id)).toEqual(["p3", "P2"]);
    expect(improved[0].change).toBeCloseTo(0.3, 12);
    expect(improved[1].change).toBeCloseTo(0.2, 12);
  });

  test("most improved by payout, to the cent: p3 2,750 − 1,750 = 1,000; P2 1,300 − 800 = 500", () => {
    expect(mostImproved(now, before, "payout", 5).map((r) => [r.standing.id, r.before, r.now, r.change])).toEqual([
      ["p3", 1750, 2750, 1000],
      ["P2", 800, 1300, 500],
    ]);
  });

  test("new tiers: P2 Bronze → Silver, p3 Silver → Gold; P1 stays Gold, P4 was not in Q1", () => {
    expect(newTiers(program, now, before).map((s) => [s.standing.id, s.from, s.to])).toEqual([
      ["P2", "Bronze", "Silver"],
      ["p3", "Silver", "Gold"],
    ]);
  });

  test("the note: without a closed period only the top performers", () => {
    const note = recognitionNote(program, now, null);
    expect(note.top).toHaveLength(4);
    expect([note.improved, note.promoted, note.since]).toEqual([null, null, null]);
    expect(recognitionNote(program, now, { period: "2026-Q1", standings: before }).since).toBe("2026-Q1");
  });

  test("a tier's position: by label (case, spaces), by number, below the first tier, unknown", () => {
    expect([" gold ", "Silver", 1, 3, null, "Platinum", 4, 0].map((t) => tierPosition(program, t))).toEqual([
      2, 1, 0, 2, -1, -1, -1, -1,
    ]);
  });
});

// ------------------------------------------------------------------ properties

const ID_POOL = ["A", "B", "C", "D", "E", "F", "G", "H"];
const money = fc.integer({ min: -500_000, max: 500_000 }).map((c) => c / 100);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const tierArb = maybe(fc.constantFrom<string | number>("Bronze", "Silver", "Gold", 1, 2, 3));
/** Standings with distinct IDs from the pool, in a random order; ties are likely (few distinct values). */
const standingsArb = fc
  .shuffledSubarray(ID_POOL, { minLength: 0, maxLength: ID_POOL.length })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc.record({
          id: fc.constant(id),
          name: fc.constant(`Partner ${id}`),
          score: maybe(fc.constantFrom(0, 0.5, 0.8, 1, 1.2, 0.8000000001)),
          payout: maybe(money),
          tier: tierArb,
        }),
      ),
    ),
  )
  .map((xs) => xs as PartnerStanding[]);
const measureArb = fc.constantFrom<"score" | "payout">("score", "payout");
const nArb = fc.integer({ min: 0, max: 10 });

/** Largest first, and equal values in the order the partners came in. */
function expectOrdered<T>(list: readonly T[], value: (x: T) => number, position: (x: T) => number) {
  for (let i = 1; i < list.length; i++) {
    const [a, b] = [list[i - 1], list[i]];
    expect(value(a)).toBeGreaterThanOrEqual(value(b));
    if (value(a) === value(b)) expect(position(a)).toBeLessThan(position(b));
  }
}

describe("laws", () => {
  test("top performers: the n largest, largest first, ties in the partners' order, none without the figure", () => {
    fc.assert(
      fc.property(standingsArb, measureArb, nArb, (now, measure, n) => {
        const top = topPerformers(now, measure, n);
        const eligible = now.filter((s) => s[measure] !== null);
        expect(top).toHaveLength(Math.min(n, eligible.length));
        expectOrdered(
          top,
          (r) => r.value,
          (r) => now.indexOf(r.standing),
        );
        const last = top[top.length - 1];
        if (n === 0) expect(top).toEqual([]);
        else
          for (const s of eligible)
            if (!top.some((r) => r.standing === s)) {
              // Left out: smaller than the last listed, or equal and after it.
              expect(s[measure]!).toBeLessThanOrEqual(last.value);
              if (s[measure] === last.value) expect(now.indexOf(s)).toBeGreaterThan(now.indexOf(last.standing));
            }
      }),
      { numRuns: 300 },
    );
  });

  test("most improved: only rises, each now − before (payouts to the cent), complete up to n, in order", () => {
    fc.assert(
      fc.property(standingsArb, standingsArb, measureArb, nArb, (now, before, measure, n) => {
        const list = mostImproved(now, before, measure, n);
        const was = (id: string) => before.find((b) => b.id === id)?.[measure] ?? null;
        const rises = now.filter((s) => {
          const [b, a] = [was(s.id), s[measure]];
          if (b === null || a === null) return false;
          return measure === "payout" ? toMinorUnits(a, 2) > toMinorUnits(b, 2) : a - b > 0;
        });
        expect(list).toHaveLength(Math.min(n, rises.length));
        for (const r of list) {
          expect(r.change).toBeGreaterThan(0);
          expect(r.before).toBe(was(r.standing.id));
          if (measure === "payout")
            expect(toMinorUnits(r.change, 2)).toBe(toMinorUnits(r.now, 2) - toMinorUnits(r.before, 2));
          else expect(r.change).toBe(r.now - r.before);
        }
        expectOrdered(
          list,
          (r) => r.change,
          (r) => now.indexOf(r.standing),
        );
      }),
      { numRuns: 300 },
    );
  });

  test("new tiers: exactly the partners in both periods now in a higher tier; none when nothing moved", () => {
    fc.assert(
      fc.property(standingsArb, standingsArb, (now, before) => {
        const steps = newTiers(program, now, before);
        const expected = now.filter((s) => {
          const b = before.find((x) => x.id === s.id);
          return b !== undefined && s.tier !== null && tierPosition(program, s.tier) > tierPosition(program, b.tier);
        });
        expect(steps.map((s) => s.standing)).toEqual(expected);
        expect(newTiers(program, now, now)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  test("partners are matched by ID ignoring case and spaces at the ends, as Excel's lookups do", () => {
    fc.assert(
      fc.property(standingsArb, standingsArb, measureArb, (now, before, measure) => {
        const shouted = before.map((s) => ({ ...s, id: ` ${s.id.toLowerCase()} ` }));
        expect(mostImproved(now, shouted, measure, 10)).toEqual(mostImproved(now, before, measure, 10));
        expect(newTiers(program, now, shouted)).toEqual(newTiers(program, now, before));
      }),
      { numRuns: 100 },
    );
  });
});
