/*
 * Recognition at its edges (mutation testing, docs/testing.md): a tier's position by label or
 * number, which of two rows with the same partner key counts, and standings read back from a
 * snapshot's partner rows. Expectations follow the functions' contracts (standing.ts, standings.ts)
 * and the canonical form's rule that empty text is a blank cell (docs/cycle.md); figures by hand
 * from SPEC §3.3's T1 (the cycle fixtures' program: Bronze from 0, Silver 50,000, Gold 100,000).
 */
import {
  PartnerStanding,
  mostImproved,
  newTiers,
  standingsFromSnapshot,
  tierPosition,
} from "../../../../src/engine/analytics/recognition";
import type { CanonicalField } from "../../../../src/engine/cycle/canonical";
import { startCycle } from "../../../../src/engine/cycle/period";
import { buildSnapshot } from "../../../../src/engine/cycle/snapshot";
import type { ProgramDefinition } from "../../../../src/engine/program/types";
import { commissionProgram, partner, stored } from "../../cycle/fixtures";

const program = commissionProgram();
/** The same tiers with other labels (T1's bounds and rates kept). */
const relabelled = (labels: readonly string[]): ProgramDefinition => ({
  ...program,
  tiers: program.tiers.map((t, i) => ({ ...t, label: labels[i] })),
});
const standing = (id: string, score: number | null, tier: PartnerStanding["tier"] = null): PartnerStanding => ({
  id,
  name: `Partner ${id}`,
  score,
  payout: null,
  tier,
});

describe("a tier's position in the tier table", () => {
  test("a number is a tier's number from 1: a fraction or a number below 1 is no tier of the table (-1)", () => {
    // T1 has three tiers: 1, 2 and 3 are positions 0, 1 and 2; nothing else is a tier.
    expect([1.5, 2.5, -1, -2, 0.5].map((t) => tierPosition(program, t))).toEqual([-1, -1, -1, -1, -1]);
  });

  test("a tier number the table does not have is no step up: from tier -1 to tier 0 is not a new tier", () => {
    // Both are "a tier the table no longer has" (-1): neither is higher.
    expect(newTiers(program, [standing("P1", 1, 0)], [standing("P1", 1, -1)])).toEqual([]);
  });

  test("blank text names no tier, even where the tiers have no labels", () => {
    const unlabelled = relabelled(["", "", ""]);
    for (const blank of ["", "   "]) {
      expect(tierPosition(unlabelled, blank)).toBe(-1);
      expect(tierPosition(program, blank)).toBe(-1);
    }
  });

  test("a tier's own label is matched ignoring spaces at its ends, as the wanted label is", () => {
    const spaced = relabelled([" Bronze", "Silver ", "  Gold  "]);
    expect(["bronze", "SILVER", "Gold", " gold "].map((t) => tierPosition(spaced, t))).toEqual([0, 1, 2, 2]);
  });
});

describe("two rows with the same partner key", () => {
  // The last closed period lists P1 twice (" p1 " is P1 ignoring case and spaces): the first row counts.
  const before = [standing("P1", 0.5, "Bronze"), standing(" p1 ", 0.75, "Silver")];

  test("most improved compares with the first: 1 − 0.5 = 0.5", () => {
    expect(mostImproved([standing("P1", 1)], before, "score", 5).map((r) => [r.before, r.now, r.change])).toEqual([
      [0.5, 1, 0.5],
    ]);
  });

  test("new tiers step from the first row's tier: Bronze → Silver", () => {
    expect(newTiers(program, [standing("P1", 1, "Silver")], before).map((s) => [s.from, s.to])).toEqual([
      ["Bronze", "Silver"],
    ]);
  });
});

describe("standings from a snapshot's partner rows, as the sheet holds them", () => {
  const q1 = startCycle(program).open;

  test("each partner's name as stored; a partner without a name has empty text, not a word for blank", () => {
    const snap = buildSnapshot(program, q1, [partner("P1", "East Solar", 120000), partner("P2", "", 40000)]);
    expect(standingsFromSnapshot(stored(snap).rows).map((s) => [s.id, s.name])).toEqual([
      ["P1", "East Solar"],
      ["P2", ""],
    ]);
  });

  test("an ID or name cell holding a number reads as that number's text", () => {
    const snap = buildSnapshot(program, q1, [partner("1001", "2026", 120000)]);
    const sheet = stored(snap, (rows) => {
      const row = rows.find((r) => r[0] === "partner")!;
      // The cells after the row kind: ID, then name (docs/cycle.md, "The rows of a snapshot").
      row[1] = 1001;
      row[2] = 2026;
    });
    expect(standingsFromSnapshot(sheet.rows).map((s) => [s.id, s.name])).toEqual([["1001", "2026"]]);
  });

  test("a tier without a label is stored as its number and read back as it", () => {
    // 120,000 is in T1's third tier, 40,000 in its first, 75,000 in its second.
    const unlabelled = relabelled(["", "", ""]);
    const snap = buildSnapshot(unlabelled, startCycle(unlabelled).open, [
      partner("P1", "East Solar", 120000),
      partner("P2", "West Solar", 40000),
      partner("P3", "North Solar", 75000),
    ]);
    expect(standingsFromSnapshot(stored(snap).rows).map((s) => s.tier)).toEqual([3, 1, 2]);
  });

  test("a tier of empty text is a blank cell: below the first tier (null)", () => {
    const snap = buildSnapshot(program, q1, [partner("P1", "East Solar", 120000)]);
    const rows = snap.rows.map((r) => ({
      fields: r.fields.map(([name, value]): CanonicalField => [name, name === "tier" ? "" : value]),
    }));
    expect(standingsFromSnapshot(rows).map((s) => [s.id, s.tier])).toEqual([["P1", null]]);
  });
});
