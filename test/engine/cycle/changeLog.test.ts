/* The change log: field-by-field differences written by hand, and hand edits found by fingerprint. */
import fc from "fast-check";
import {
  changeLogEntry,
  describePlanChanges,
  planEditedByHand,
  showPlanChange,
} from "../../../src/engine/cycle/changeLog";
import { planFingerprint } from "../../../src/engine/cycle/canonical";
import type { ProgramDefinition } from "../../../src/engine/program/types";
import { commissionProgram } from "./fixtures";

describe("describePlanChanges", () => {
  test("old → new per field, in the plan's order", () => {
    const before = commissionProgram();
    const after: ProgramDefinition = {
      ...before,
      cap: 5000,
      kpis: [{ ...before.kpis[0], target: 120000 }],
      tiers: before.tiers.map((t, i) => (i === 1 ? { ...t, rate: 0.04 } : t)),
    };
    expect(describePlanChanges(before, after).map(showPlanChange)).toEqual([
      "plan cap: (blank) → 5000",
      "kpi 1 target: 100000 → 120000",
      "tier 2 rate: 0.03 → 0.04",
    ]);
  });

  test("an added tier is listed field by field; a removed one too", () => {
    const before = commissionProgram();
    const after = { ...before, tiers: [...before.tiers, { bound: 200000, rate: 0.06, label: "Platinum" }] };
    expect(describePlanChanges(before, after).map(showPlanChange)).toEqual([
      "tier 4 bound: (blank) → 200000",
      "tier 4 rate: (blank) → 0.06",
      'tier 4 label: (blank) → "Platinum"',
    ]);
    expect(describePlanChanges(after, before).map(showPlanChange)).toEqual([
      "tier 4 bound: 200000 → (blank)",
      "tier 4 rate: 0.06 → (blank)",
      'tier 4 label: "Platinum" → (blank)',
    ]);
  });

  test("a tier row of blanks added is still a change", () => {
    const before = commissionProgram();
    const after = { ...before, tiers: [...before.tiers, { bound: NaN, rate: NaN, label: "" }] };
    expect(describePlanChanges(before, after).map(showPlanChange)).toEqual(['tier 4 row: (blank) → "tier 4"']);
  });

  test("no change, no entry lines; where the data lives is not a plan change", () => {
    const p = commissionProgram();
    expect(describePlanChanges(p, { ...p, sheetLanguage: "zh" })).toEqual([]);
  });
});

describe("the log and hand edits", () => {
  test("an entry keeps the reason and the fingerprint of the plan after the change", () => {
    const before = commissionProgram();
    const after = { ...before, method: "retro" as const };
    const entry = changeLogEntry(before, after, " Q2 review ", "2026-04-03T10:00:00Z");
    expect(entry).toEqual({
      at: "2026-04-03T10:00:00Z",
      changes: [{ row: "plan", field: "method", before: "marginal", after: "retro" }],
      reason: "Q2 review",
      planFingerprint: planFingerprint(after),
    });
    expect(planEditedByHand(entry.planFingerprint, after)).toBe(false);
    // Someone types 6% over Gold's 5% in the tier table:
    const edited = { ...after, tiers: after.tiers.map((t, i) => (i === 2 ? { ...t, rate: 0.06 } : t)) };
    expect(planEditedByHand(entry.planFingerprint, edited)).toBe(true);
    expect(describePlanChanges(after, edited).map(showPlanChange)).toEqual(["tier 3 rate: 0.05 → 0.06"]);
  });

  test("property: a change is listed exactly when the plan's fingerprint changes", () => {
    const base = commissionProgram();
    const edit = fc.oneof(
      fc.record({ cap: fc.option(fc.integer({ min: 0, max: 10000 })) }),
      fc.record({ name: fc.constantFrom("East Reseller Commission", "East Reseller Commission 2", "东区") }),
      fc.record({ decimals: fc.integer({ min: 0, max: 4 }) }),
      fc.record({ method: fc.constantFrom("marginal", "retro", "linear") }),
      fc.record({ tiers: fc.constant(base.tiers.map((t) => ({ ...t }))) }),
      fc.record({ tiers: fc.constant(base.tiers.slice(0, 2)) }),
      fc
        .integer({ min: 0, max: 2 })
        .chain((i) =>
          fc
            .double({ min: 0, max: 1, noNaN: true })
            .map((rate) => ({ tiers: base.tiers.map((t, j) => (j === i ? { ...t, rate } : t)) })),
        ),
      fc.record({ kpis: fc.constant([{ ...base.kpis[0], gate: 10 }]) }),
      fc.record({ tiers: fc.constant([...base.tiers, { bound: NaN, rate: NaN, label: "" }]) }),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 3 }), (edits) => {
        const after: ProgramDefinition = Object.assign({}, base, ...edits);
        const listed = describePlanChanges(base, after).length > 0;
        expect(listed).toBe(planFingerprint(after) !== planFingerprint(base));
        expect(planEditedByHand(planFingerprint(base), after)).toBe(listed);
      }),
      { numRuns: 500 },
    );
  });
});
