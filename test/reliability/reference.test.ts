/*
 * Issue #7: the optimised engine against a deliberately simple reference implementation kept
 * here, over 10,000 random cases per method: tier tables, amounts, priors, caps and targets.
 * The reference reads SPEC §3.2 literally: it walks every band, and knows nothing of the engine's
 * cumulative table, binary search or target scaling.
 */
import fc from "fast-check";
import { Method, parseTierTable, payout as enginePayout } from "../../src/engine";
import { FUNCTIONS } from "../support/functionTable";

const CASES = Number(process.env.REFERENCE_CASES ?? 10000);

interface Table {
  bounds: number[];
  rates: number[];
}

function referenceP(t: Table, method: Method, x: number): number {
  const n = t.bounds.length;
  let k = -1;
  for (let i = 0; i < n; i++) if (x >= t.bounds[i]) k = i;
  if (k < 0) return 0;
  if (method === "marginal") {
    let total = 0;
    for (let i = 0; i <= k; i++) {
      const bandTop = i + 1 < n ? t.bounds[i + 1] : Infinity;
      total += (Math.min(x, bandTop) - t.bounds[i]) * t.rates[i];
    }
    return total;
  }
  if (method === "retro" || k === n - 1) return x * t.rates[k];
  const share = (x - t.bounds[k]) / (t.bounds[k + 1] - t.bounds[k]);
  return x * (t.rates[k] * (1 - share) + t.rates[k + 1] * share);
}

function referencePayout(t: Table, method: Method, amount: number, prior: number, cap: number): number {
  const after = referenceP(t, method, prior + amount);
  const before = referenceP(t, method, prior);
  return Math.min(after, cap) - Math.min(before, cap);
}

const tableArb: fc.Arbitrary<Table> = fc
  .uniqueArray(fc.integer({ min: -200, max: 2000 }), { minLength: 1, maxLength: 10 })
  .chain((raw) => {
    const bounds = raw.sort((a, b) => a - b).map((b) => b * 250);
    return fc
      .array(fc.integer({ min: -20, max: 200 }), { minLength: bounds.length, maxLength: bounds.length })
      .map((r) => ({ bounds, rates: r.map((x) => x / 1000) }));
  });

const amountArb = fc.oneof(
  fc.integer({ min: -100_000, max: 700_000 }),
  fc.double({ min: -100_000, max: 700_000, noNaN: true }),
);

function close(a: number, b: number, scale: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, scale);
}

describe.each(["marginal", "retro", "linear"] as Method[])("%s: engine = reference", (method) => {
  test(`${CASES} random cases of PAYOUT(amount, tiers, method, , prior, cap)`, () => {
    fc.assert(
      fc.property(
        tableArb,
        amountArb,
        fc.oneof(fc.constant(0), amountArb),
        fc.oneof(fc.constant(Infinity), fc.integer({ min: 0, max: 50_000 })),
        (t, amount, prior, cap) => {
          const table = parseTierTable(t.bounds.map((b, i) => [b, t.rates[i]]));
          const got = enginePayout(table, method, amount, prior, cap);
          const want = referencePayout(t, method, amount, prior, cap);
          const scale = (Math.abs(amount) + Math.abs(prior)) * 0.2;
          if (!close(got, want, scale)) throw new Error(`got ${got}, reference ${want}`);
        },
      ),
      { numRuns: CASES },
    );
  });

  test(`${CASES / 10} random columns through the PAYOUT function, with a target`, () => {
    fc.assert(
      fc.property(
        tableArb,
        fc.array(amountArb, { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 1, max: 1000 }).map((t) => t / 100),
        (t, amounts, target) => {
          const scaled = { bounds: t.bounds.map((b) => b * target), rates: t.rates };
          const out = FUNCTIONS.PAYOUT(
            amounts.map((a) => [a]),
            t.bounds.map((b, i) => [b, t.rates[i]]),
            method,
            [[target]],
            null,
            null,
          );
          amounts.forEach((a, i) => {
            const want = referencePayout(scaled, method, a, 0, Infinity);
            if (!close(out[i][0] as number, want, Math.abs(a) * 0.2)) throw new Error(`row ${i}: got ${out[i][0]}, reference ${want}`);
          });
        },
      ),
      { numRuns: CASES / 10 },
    );
  });
});
