/*
 * The payout laws (SPEC §3.2) as property-based tests, through the engine and, for several laws,
 * through the custom functions exactly as Excel calls them. Every law runs RUNS.numRuns generated
 * cases; tolerances are relative (1e-9 of an upper bound on the magnitudes involved), so a real
 * error — a wrong band, a wrong rate, a lost prior — always fails them.
 *
 * Run twice: properties.test.ts (`npm test`) at 150 cases a law, properties.heavy.test.ts
 * (`npm run test:heavy`, CI) at 1,000, the same laws with the same assertions.
 */
import fc from "fast-check";
import {
  Method,
  METHODS,
  TierTable,
  explainPayout,
  parseTierTable,
  payout,
  periodPayout,
  rateAt,
  scaleTierTable,
} from "../../src/engine";
import * as F from "../../src/functions/functions";
import { clearTierCache } from "../../src/functions/tierCache";

/** Relative tolerance of every approximate comparison. */
const REL = 1e-9;
/** Absolute floor, only for products that underflow into subnormals. */
const FLOOR = 1e-300;

// ---------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------

/** A tier table as plain numbers: strictly ascending finite bounds, one rate per bound. */
interface Tiers {
  readonly bounds: readonly number[];
  readonly rates: readonly number[];
}

/** How a table is laid out as an Excel range (all layouts must read the same). */
interface Layout {
  readonly labels: boolean;
  readonly header: boolean;
  readonly trailingBlanks: number;
}

const money = (min: number, max: number) =>
  fc.oneof(fc.integer({ min, max }), fc.double({ min, max, noNaN: true, noDefaultInfinity: true }));

const anyRate = fc.oneof(
  fc.integer({ min: -20, max: 100 }).map((n) => n / 100),
  fc.double({ min: -1, max: 1, noNaN: true, noDefaultInfinity: true }),
);
const nonNegativeRate = fc.oneof(
  fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
  fc.double({ min: 0, max: 1, noNaN: true, noDefaultInfinity: true }),
);
const gap = fc.oneof(
  fc.integer({ min: 1, max: 200_000 }),
  fc.double({ min: 1e-3, max: 1e6, noNaN: true, noDefaultInfinity: true }),
);

interface TableOptions {
  /** Rate generator (default: any finite rate, possibly negative). */
  readonly rate?: fc.Arbitrary<number>;
  /** Sort the rates so they never decrease from one tier to the next. */
  readonly nonDecreasing?: boolean;
  /** Only bounds ≥ 0. */
  readonly nonNegativeBounds?: boolean;
  readonly minTiers?: number;
  readonly maxTiers?: number;
}

function tiersArb(options: TableOptions = {}): fc.Arbitrary<Tiers> {
  const { rate = anyRate, nonDecreasing = false, nonNegativeBounds = false, minTiers = 1, maxTiers = 12 } = options;
  const start = nonNegativeBounds
    ? fc.oneof(fc.constant(0), money(0, 1_000_000))
    : fc.oneof(fc.constant(0), money(-1_000_000, 1_000_000));
  return fc
    .record({
      start,
      first: rate,
      rest: fc.array(fc.tuple(gap, rate), { minLength: minTiers - 1, maxLength: maxTiers - 1 }),
    })
    .map(({ start, first, rest }) => {
      const bounds = [start === 0 ? 0 : start]; // no -0 bound
      const rates = [first];
      for (const [g, r] of rest) {
        bounds.push(bounds[bounds.length - 1] + g);
        rates.push(r);
      }
      if (nonDecreasing) rates.sort((a, b) => a - b);
      return { bounds, rates };
    })
    .filter((t) => t.bounds.every((b, i) => i === 0 || b > t.bounds[i - 1]));
}

const layoutArb: fc.Arbitrary<Layout> = fc.record({
  labels: fc.boolean(),
  header: fc.boolean(),
  trailingBlanks: fc.integer({ min: 0, max: 2 }),
});

/** The table as an Excel range: optional header row, optional label column, blank rows after. */
function grid(t: Tiers, layout: Layout = { labels: false, header: false, trailingBlanks: 0 }): unknown[][] {
  const rows: unknown[][] = [];
  if (layout.header) rows.push(layout.labels ? ["From", "Rate", "Tier"] : ["From", "Rate"]);
  t.bounds.forEach((b, i) => rows.push(layout.labels ? [b, t.rates[i], `T${i + 1}`] : [b, t.rates[i]]));
  for (let i = 0; i < layout.trailingBlanks; i++) rows.push(layout.labels ? [null, "", null] : ["", null]);
  return rows;
}

const parse = (t: Tiers): TierTable => parseTierTable(grid(t));

/** A value to read against a table: anywhere, often exactly on a bound or just around one. */
function valueFor(t: Tiers): fc.Arbitrary<number> {
  const lo = t.bounds[0];
  const hi = t.bounds[t.bounds.length - 1];
  const span = hi - lo + 100_000;
  return fc.oneof(
    fc.constantFrom(...t.bounds),
    fc.tuple(fc.constantFrom(...t.bounds), fc.double({ min: -1, max: 1, noNaN: true })).map(([b, d]) => b + d),
    fc.double({ min: lo - span, max: hi + span, noNaN: true, noDefaultInfinity: true }),
    fc.integer({ min: Math.ceil(lo - span), max: Math.floor(hi + span) }),
  );
}

/** A value ≥ 0 to read against a table. */
function nonNegativeValueFor(t: Tiers): fc.Arbitrary<number> {
  return valueFor(t).map(Math.abs);
}

/** Consecutive deals of one period (refunds included unless `nonNegative`). */
function dealsFor(t: Tiers, nonNegative = false): fc.Arbitrary<number[]> {
  const hi = Math.max(Math.abs(t.bounds[0]), Math.abs(t.bounds[t.bounds.length - 1])) + 100_000;
  const deal = nonNegative ? money(0, Math.ceil(hi / 4)) : money(-Math.ceil(hi / 8), Math.ceil(hi / 4));
  return fc.array(deal, { minLength: 1, maxLength: 20 });
}

const methodArb = fc.constantFrom<Method>(...METHODS);
const targetArb = fc.oneof(
  fc.constant(1),
  fc.integer({ min: 1, max: 1_000_000 }),
  fc.double({ min: 1e-3, max: 1e6, noNaN: true, noDefaultInfinity: true }),
);
const capArb = fc.oneof(fc.constant(0), money(0, 1_000_000));

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const maxAbs = (xs: readonly number[]) => xs.reduce((m, x) => Math.max(m, Math.abs(x)), 0);

/**
 * An upper bound on |P(x)| for every method: the largest |rate| times the distance from the
 * lowest bound (or from 0) to x. Tolerances are REL times this.
 */
function magnitude(t: Tiers, xs: readonly number[], scale = 1): number {
  return maxAbs(t.rates) * (maxAbs(xs) + maxAbs(t.bounds) * scale);
}

function tolerance(t: Tiers, xs: readonly number[], scale = 1): number {
  return REL * magnitude(t, xs, scale) + FLOOR;
}

/** Fails with the numbers in the message when |a − b| > tol. */
function expectClose(a: number, b: number, tol: number, what = ""): void {
  if (!(Math.abs(a - b) <= tol)) {
    throw new Error(`${what} ${a} and ${b} differ by ${Math.abs(a - b)}, more than ${tol}`);
  }
}

/** Exact equality that treats +0 and −0 as equal (as Excel does). */
function expectSame(a: unknown, b: unknown, what = ""): void {
  if (!(a === b)) throw new Error(`${what} expected ${String(b)}, got ${String(a)}`);
}

function expectNumber(v: unknown, what = ""): number {
  if (typeof v !== "number" || !Number.isFinite(v)) throw new Error(`${what} expected a finite number, got ${show(v)}`);
  return v;
}

function show(v: unknown): string {
  if (v instanceof CustomFunctions.Error) return `${v.code} (${v.message})`;
  return typeof v === "string" ? JSON.stringify(v) : String(v);
}

/** The next double below x. */
function nextDown(x: number): number {
  if (x === 0) return -Number.MIN_VALUE;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  view.setBigUint64(0, x > 0 ? bits - 1n : bits + 1n);
  return view.getFloat64(0);
}

/** Index of the highest tier whose bound is ≤ x (linear scan, independent of the engine); −1 below. */
function tierOf(t: Tiers, x: number, scale = 1): number {
  let k = -1;
  for (let i = 0; i < t.bounds.length; i++) if (t.bounds[i] * scale <= x) k = i;
  return k;
}

/**
 * Reference P(x) written straight from SPEC §3.2 with different arithmetic from the engine:
 * marginal as a sum over every band of (part of x inside it) × rate; linear as a weighted mean.
 */
function referencePayout(t: Tiers, method: Method, x: number, scale = 1): number {
  const B = t.bounds.map((b) => b * scale);
  const R = t.rates;
  const n = B.length;
  const k = tierOf(t, x, scale);
  if (k < 0) return 0;
  if (method === "marginal") {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const top = i + 1 < n ? Math.min(x, B[i + 1]) : x;
      if (top > B[i]) sum += (top - B[i]) * R[i];
    }
    return sum;
  }
  if (method === "retro" || k === n - 1) return x * R[k];
  const rate = (R[k] * (B[k + 1] - x) + R[k + 1] * (x - B[k])) / (B[k + 1] - B[k]);
  return x * rate;
}

/** Running totals before each deal: the prior of deal i is the sum of deals 0..i−1. */
function runningPriors(deals: readonly number[]): { priors: number[]; total: number } {
  const priors: number[] = [];
  let s = 0;
  for (const d of deals) {
    priors.push(s);
    s = s + d;
  }
  return { priors, total: s };
}

const column = (xs: readonly unknown[]) => xs.map((x) => [x]);
const _ = null as never;

// ---------------------------------------------------------------------------------------------
// Laws
// ---------------------------------------------------------------------------------------------

/** Every law, each over `RUNS.numRuns` generated cases. */
export function payoutLaws(RUNS: { readonly numRuns: number }): void {
  beforeEach(() => clearTierCache());

  describe("P(x) agrees with a reference implementation of SPEC §3.2", () => {
    test("engine periodPayout, every method, with and without a target scale", () => {
      fc.assert(
        fc.property(
          tiersArb().chain((t) =>
            fc.tuple(fc.constant(t), methodArb, valueFor(t), fc.oneof(fc.constant(1), targetArb)),
          ),
          ([t, method, x0, scale]) => {
            const x = x0 * (scale === 1 ? 1 : scale); // keep x in the scaled table's range
            expectClose(
              periodPayout(parse(t), method, x, scale),
              referencePayout(t, method, x, scale),
              tolerance(t, [x], scale),
              method,
            );
          },
        ),
        RUNS,
      );
    });

    test("PAYOUT custom function on a column, any table layout", () => {
      fc.assert(
        fc.property(
          tiersArb().chain((t) =>
            fc.tuple(fc.constant(t), layoutArb, methodArb, fc.array(valueFor(t), { minLength: 1, maxLength: 10 })),
          ),
          ([t, layout, method, xs]) => {
            const out = F.payout(column(xs), grid(t, layout), method, _, _, null);
            expect(out).toHaveLength(xs.length);
            xs.forEach((x, i) => {
              const expected = referencePayout(t, method, x) - referencePayout(t, method, 0);
              expectClose(expectNumber(out[i][0], `row ${i + 1}`), expected, tolerance(t, [x, 0]), `row ${i + 1}`);
            });
          },
        ),
        RUNS,
      );
    });
  });

  describe("monotonicity", () => {
    test("marginal with non-negative rates is non-decreasing in the amount (any bounds, any amounts)", () => {
      fc.assert(
        fc.property(
          tiersArb({ rate: nonNegativeRate }).chain((t) => fc.tuple(fc.constant(t), valueFor(t), valueFor(t))),
          ([t, a, b]) => {
            const [x1, x2] = a <= b ? [a, b] : [b, a];
            const table = parse(t);
            const p1 = periodPayout(table, "marginal", x1);
            const p2 = periodPayout(table, "marginal", x2);
            if (!(p2 >= p1 - tolerance(t, [x1, x2]))) throw new Error(`P(${x2}) = ${p2} < P(${x1}) = ${p1}`);
            // The same through PAYOUT: a non-negative deal never pays less than nothing.
            const deal = payout(table, "marginal", x2 - x1, x1);
            if (!(deal >= -tolerance(t, [x1, x2]))) throw new Error(`PAYOUT(${x2 - x1}, prior ${x1}) = ${deal} < 0`);
          },
        ),
        RUNS,
      );
    });

    /**
     * With non-negative, non-decreasing rates, `method` never pays less for a larger x ≥ 0: two
     * generated amounts, the larger's payout at least the smaller's less `slack`.
     */
    function nonDecreasingFromZero(method: Method, slack: (t: Tiers, xs: readonly number[]) => number): void {
      fc.assert(
        fc.property(
          tiersArb({ rate: nonNegativeRate, nonDecreasing: true }).chain((t) =>
            fc.tuple(fc.constant(t), nonNegativeValueFor(t), nonNegativeValueFor(t)),
          ),
          ([t, a, b]) => {
            const [x1, x2] = a <= b ? [a, b] : [b, a];
            const table = parse(t);
            const p1 = periodPayout(table, method, x1);
            const p2 = periodPayout(table, method, x2);
            if (!(p2 >= p1 - slack(t, [x1, x2]))) throw new Error(`P(${x2}) = ${p2} < P(${x1}) = ${p1}`);
          },
        ),
        RUNS,
      );
    }

    test("retro with non-negative, non-decreasing rates is non-decreasing for x ≥ 0 (exactly)", () => {
      // x·r with x ≥ 0 and r ≥ 0 rises with both, and rounding keeps that order: no tolerance.
      nonDecreasingFromZero("retro", () => 0);
    });

    test("linear with non-negative, non-decreasing rates is non-decreasing for x ≥ 0", () => {
      nonDecreasingFromZero("linear", tolerance);
    });

    test("PAYOUT over a sorted column is non-decreasing (every method, non-negative non-decreasing rates, x ≥ 0)", () => {
      fc.assert(
        fc.property(
          tiersArb({ rate: nonNegativeRate, nonDecreasing: true }).chain((t) =>
            fc.tuple(
              fc.constant(t),
              layoutArb,
              methodArb,
              fc.array(nonNegativeValueFor(t), { minLength: 2, maxLength: 12 }),
            ),
          ),
          ([t, layout, method, xs]) => {
            const sorted = [...xs].sort((a, b) => a - b);
            const out = F.payout(column(sorted), grid(t, layout), method, _, _, null).map((row, i) =>
              expectNumber(row[0], `row ${i + 1}`),
            );
            for (let i = 1; i < out.length; i++) {
              if (!(out[i] >= out[i - 1] - tolerance(t, sorted))) {
                throw new Error(
                  `${method}: PAYOUT(${sorted[i]}) = ${out[i]} < PAYOUT(${sorted[i - 1]}) = ${out[i - 1]}`,
                );
              }
            }
          },
        ),
        RUNS,
      );
    });

    test("the law is precise: retro and linear CAN drop where a higher tier has a lower rate", () => {
      const falling = parseTierTable([
        [0, 0.05],
        [100, 0.01],
      ]);
      expect(periodPayout(falling, "retro", 100)).toBeLessThan(periodPayout(falling, "retro", 99));
      expect(periodPayout(falling, "linear", 100)).toBeLessThan(periodPayout(falling, "linear", 99));
      // …and marginal with the same non-negative rates does not.
      expect(periodPayout(falling, "marginal", 100)).toBeGreaterThanOrEqual(periodPayout(falling, "marginal", 99));
    });
  });

  describe("marginal is continuous", () => {
    test("at every bound, P just below the bound equals P at the bound", () => {
      fc.assert(
        fc.property(tiersArb(), fc.oneof(fc.constant(1), targetArb), (t, scale) => {
          const table = parse(t);
          t.bounds.forEach((b0, i) => {
            const b = b0 * scale;
            const atBound = periodPayout(table, "marginal", b, scale);
            const below = periodPayout(table, "marginal", nextDown(b), scale);
            expectClose(below, atBound, tolerance(t, [b], scale), `bound ${i + 1} (${b}):`);
          });
        }),
        RUNS,
      );
    });

    test("approaching a bound from inside the band below, P(b − ε) = P(b) − rate_below × ε", () => {
      fc.assert(
        fc.property(
          tiersArb({ minTiers: 2 }).chain((t) =>
            fc.tuple(
              fc.constant(t),
              fc.integer({ min: 1, max: t.bounds.length - 1 }),
              fc.double({ min: 0, max: 1, noNaN: true }),
            ),
          ),
          ([t, k, f]) => {
            const table = parse(t);
            const b = t.bounds[k];
            const eps = f * (b - t.bounds[k - 1]);
            const expected = periodPayout(table, "marginal", b) - t.rates[k - 1] * eps;
            expectClose(periodPayout(table, "marginal", b - eps), expected, tolerance(t, [b]), `bound ${k + 1}:`);
          },
        ),
        RUNS,
      );
    });
  });

  describe("additivity over prior: per-deal payouts add up to the period payout", () => {
    test("engine: Σ payout(deal_i, prior = Σ earlier deals) = payout(period total), every method, with and without cap", () => {
      fc.assert(
        fc.property(
          tiersArb().chain((t) =>
            fc.tuple(fc.constant(t), methodArb, dealsFor(t), fc.option(capArb, { nil: Infinity })),
          ),
          ([t, method, deals, cap]) => {
            const table = parse(t);
            const { priors, total } = runningPriors(deals);
            let sum = 0;
            deals.forEach((d, i) => (sum += payout(table, method, d, priors[i], cap)));
            const period = payout(table, method, total, 0, cap);
            const tol = REL * deals.length * (magnitude(t, [...priors, total]) + (cap === Infinity ? 0 : cap)) + FLOOR;
            expectClose(sum, period, tol, `${method}, cap ${cap}:`);
          },
        ),
        RUNS,
      );
    });

    test("PAYOUT on a column of deals with a column of running priors sums to PAYOUT of the total (with target and cap)", () => {
      fc.assert(
        fc.property(
          tiersArb().chain((t) =>
            fc.tuple(
              fc.constant(t),
              layoutArb,
              methodArb,
              dealsFor(t),
              fc.option(capArb, { nil: null }),
              fc.option(targetArb, { nil: null }),
            ),
          ),
          ([t, layout, method, deals0, cap, target]) => {
            const scale = target ?? 1;
            const deals = deals0.map((d) => d * scale);
            const { priors, total } = runningPriors(deals);
            const targetArg = target === null ? _ : [[target]];
            const perDeal = F.payout(column(deals), grid(t, layout), method, targetArg, column(priors), cap);
            const whole = F.payout([[total]], grid(t, layout), method, targetArg, _, cap);
            let sum = 0;
            perDeal.forEach((row, i) => (sum += expectNumber(row[0], `deal ${i + 1}`)));
            const tol = REL * deals.length * (magnitude(t, [...priors, total], scale) + (cap ?? 0)) + FLOOR;
            expectClose(sum, expectNumber(whole[0][0], "total"), tol, `${method}:`);
          },
        ),
        RUNS,
      );
    });
  });

  describe("one tier from 0: the methods agree", () => {
    test("marginal = retro = linear exactly for a one-tier table with bound 0, x ≥ 0; all 0 below", () => {
      fc.assert(
        fc.property(anyRate, money(-1e7, 1e7), (rate, x) => {
          const table = parseTierTable([[0, rate]]);
          const retro = periodPayout(table, "retro", x);
          expectSame(periodPayout(table, "marginal", x), retro, "marginal vs retro:");
          expectSame(periodPayout(table, "linear", x), retro, "linear vs retro:");
          if (x >= 0) expectSame(retro, x * rate, "retro:");
          else expectSame(retro, 0, "below the tier:");
        }),
        RUNS,
      );
    });
  });

  describe("cap", () => {
    test("the period payout summed over deals never exceeds the cap, after any deal (bounds ≥ 0, every method)", () => {
      fc.assert(
        fc.property(
          tiersArb({ nonNegativeBounds: true }).chain((t) => fc.tuple(fc.constant(t), methodArb, dealsFor(t), capArb)),
          ([t, method, deals, cap]) => {
            const table = parse(t);
            const { priors } = runningPriors(deals);
            const tol = REL * deals.length * (cap + magnitude(t, priors)) + FLOOR;
            let paid = 0;
            deals.forEach((d, i) => {
              paid += payout(table, method, d, priors[i], cap);
              if (!(paid <= cap + tol))
                throw new Error(`${method}: after deal ${i + 1} the period has paid ${paid} > cap ${cap}`);
            });
          },
        ),
        RUNS,
      );
    });

    test("PAYOUT with a cap ≤ PAYOUT without, for non-negative deals (marginal: non-negative rates, any prior)", () => {
      fc.assert(
        fc.property(
          tiersArb({ rate: nonNegativeRate }).chain((t) =>
            fc.tuple(fc.constant(t), nonNegativeValueFor(t), valueFor(t), capArb),
          ),
          ([t, amount, prior, cap]) => {
            const table = parse(t);
            const tol = tolerance(t, [prior, prior + amount]);
            const capped = payout(table, "marginal", amount, prior, cap);
            const uncapped = payout(table, "marginal", amount, prior);
            if (!(capped <= uncapped + tol)) throw new Error(`capped ${capped} > uncapped ${uncapped}`);
            if (!(capped >= -tol)) throw new Error(`capped payout ${capped} < 0 on a non-negative deal`);
          },
        ),
        RUNS,
      );
    });

    test("PAYOUT with a cap ≤ PAYOUT without, every method (non-negative non-decreasing rates, prior ≥ 0), through the function", () => {
      fc.assert(
        fc.property(
          tiersArb({ rate: nonNegativeRate, nonDecreasing: true }).chain((t) =>
            fc.tuple(
              fc.constant(t),
              methodArb,
              fc.array(fc.tuple(nonNegativeValueFor(t), nonNegativeValueFor(t)), { minLength: 1, maxLength: 10 }),
              capArb,
            ),
          ),
          ([t, method, rows, cap]) => {
            const amounts = column(rows.map(([a]) => a));
            const priors = column(rows.map(([, p]) => p));
            const capped = F.payout(amounts, grid(t), method, _, priors, cap);
            const uncapped = F.payout(amounts, grid(t), method, _, priors, null);
            rows.forEach(([a, p], i) => {
              const tol = tolerance(t, [p, p + a]);
              const c = expectNumber(capped[i][0], `row ${i + 1}`);
              const u = expectNumber(uncapped[i][0], `row ${i + 1}`);
              if (!(c <= u + tol)) throw new Error(`${method} row ${i + 1}: capped ${c} > uncapped ${u}`);
              if (!(c >= -tol)) throw new Error(`${method} row ${i + 1}: capped ${c} < 0`);
            });
          },
        ),
        RUNS,
      );
    });
  });

  describe("EXPLAIN reconciles with PAYOUT", () => {
    /** Header, rows, total: the total row's payout and every tier row's payout. */
    function readExplain(out: unknown[][]): { total: number; rows: number[] } {
      expect(out[0]).toEqual(["Tier", "From", "To", "Amount", "Rate", "Payout"]);
      const last = out[out.length - 1];
      expect(last[0]).toBe("Total");
      return {
        total: expectNumber(last[5], "total row payout"),
        rows: out.slice(1, -1).map((r, i) => expectNumber(r[5], `row ${i + 1} payout`)),
      };
    }

    test("the total row === PAYOUT with the same arguments, and the rows add up to it", () => {
      fc.assert(
        fc.property(
          tiersArb().chain((t) =>
            fc.tuple(
              fc.constant(t),
              layoutArb,
              fc.option(methodArb, { nil: null }),
              valueFor(t),
              fc.option(valueFor(t), { nil: null }),
              fc.option(targetArb, { nil: null }),
            ),
          ),
          ([t, layout, method, x0, p0, target]) => {
            const scale = target ?? 1;
            const x = x0 * scale;
            const p = p0 === null ? null : p0 * scale;
            const targetArg = target === null ? _ : [[target]];
            const priorArg = p === null ? _ : [[p]];
            const explained = readExplain(F.explain([[x]], grid(t, layout), method, targetArg, priorArg));
            const paid = expectNumber(
              F.payout([[x]], grid(t, layout), method, targetArg, priorArg, null)[0][0],
              "PAYOUT",
            );
            expectSame(explained.total, paid, "EXPLAIN total vs PAYOUT:");
            const sum = explained.rows.reduce((s, v) => s + v, 0);
            const prior = p ?? 0;
            const tol = REL * explained.rows.length * magnitude(t, [prior, prior + x], scale) + FLOOR;
            expectClose(sum, explained.total, tol, "Σ rows vs total:");
          },
        ),
        RUNS,
      );
    });

    test("engine explainPayout: total === payout, rows add up to it", () => {
      fc.assert(
        fc.property(
          tiersArb().chain((t) => fc.tuple(fc.constant(t), methodArb, valueFor(t), valueFor(t))),
          ([t, method, x, prior]) => {
            const table = parse(t);
            const { rows, total } = explainPayout(table, method, x, prior);
            expectSame(total, payout(table, method, x, prior), "total:");
            const sum = rows.reduce((s, r) => s + r.payout, 0);
            expectClose(sum, total, REL * (rows.length + 1) * magnitude(t, [prior, prior + x]) + FLOOR, "Σ rows:");
            // Band amounts add up to the amount explained.
            // Marginal band amounts cover the amount (as far as prior + amount can represent it).
            if (method === "marginal") {
              const covered = rows.reduce((s, r) => s + r.amount, 0);
              expectClose(
                covered,
                prior + x - prior,
                REL * (Math.abs(x) + Math.abs(prior)) * (rows.length + 1) + FLOOR,
                "Σ amounts:",
              );
            }
          },
        ),
        RUNS,
      );
    });
  });

  describe("linear rate lies between its neighbouring tier rates", () => {
    test("engine rateAt: between the rates of the two tier points around x; exact on a point, beyond the last, below the first", () => {
      fc.assert(
        fc.property(
          tiersArb().chain((t) => fc.tuple(fc.constant(t), valueFor(t), fc.oneof(fc.constant(1), targetArb))),
          ([t, x0, scale]) => {
            const x = x0 * scale;
            checkLinearRate(t, x, rateAt(parse(t), "linear", x, scale), scale);
          },
        ),
        RUNS,
      );
    });

    test('RATE(values, tiers, "linear") on a column, any table layout', () => {
      fc.assert(
        fc.property(
          tiersArb().chain((t) =>
            fc.tuple(fc.constant(t), layoutArb, fc.array(valueFor(t), { minLength: 1, maxLength: 10 })),
          ),
          ([t, layout, xs]) => {
            const out = F.rate(column(xs), grid(t, layout), "linear", _);
            xs.forEach((x, i) => checkLinearRate(t, x, expectNumber(out[i][0], `row ${i + 1}`)));
          },
        ),
        RUNS,
      );
    });

    function checkLinearRate(t: Tiers, x: number, rate: number, scale = 1): void {
      const k = tierOf(t, x, scale);
      const n = t.bounds.length;
      if (k < 0) return expectSame(rate, 0, `below the first tier (${x}):`);
      if (k === n - 1 || x === t.bounds[k] * scale)
        return expectSame(rate, t.rates[k], `at/after tier ${k + 1} (${x}):`);
      const lo = Math.min(t.rates[k], t.rates[k + 1]);
      const hi = Math.max(t.rates[k], t.rates[k + 1]);
      const tol = REL * Math.max(Math.abs(lo), Math.abs(hi)) + FLOOR;
      if (!(rate >= lo - tol && rate <= hi + tol)) {
        throw new Error(`rate ${rate} at ${x} is outside [${lo}, ${hi}] (tiers ${k + 1} and ${k + 2})`);
      }
    }
  });

  describe("target-relative bounds", () => {
    test("a scalar target gives exactly the results of the same target repeated in a range", () => {
      fc.assert(
        fc.property(
          tiersArb().chain((t) =>
            fc.tuple(
              fc.constant(t),
              methodArb,
              targetArb,
              fc.array(fc.tuple(valueFor(t), fc.option(valueFor(t), { nil: null })), { minLength: 1, maxLength: 10 }),
              fc.option(capArb, { nil: null }),
            ),
          ),
          ([t, method, target, rows, cap]) => {
            const amounts = column(rows.map(([a]) => a * target));
            const priors = column(rows.map(([, p]) => (p === null ? null : p * target)));
            const scalar = F.payout(amounts, grid(t), method, [[target]], priors, cap);
            const ranged = F.payout(amounts, grid(t), method, column(rows.map(() => target)), priors, cap);
            scalar.forEach((row, i) => expectSame(expectNumber(row[0], `row ${i + 1}`), ranged[i][0], `row ${i + 1}:`));
          },
        ),
        RUNS,
      );
    });

    test("PAYOUT with a target = PAYOUT on bounds pre-multiplied by the target (within 1e-9)", () => {
      fc.assert(
        fc.property(
          tiersArb().chain((t) =>
            fc.tuple(
              fc.constant(t),
              methodArb,
              targetArb,
              fc.array(valueFor(t), { minLength: 1, maxLength: 10 }),
              fc.option(valueFor(t), { nil: null }),
            ),
          ),
          ([t, method, target, xs, p]) => {
            const scaled: Tiers = { bounds: t.bounds.map((b) => b * target), rates: t.rates };
            fc.pre(scaled.bounds.every((b, i) => i === 0 || b > scaled.bounds[i - 1]));
            const amounts = column(xs.map((x) => x * target));
            const prior = p === null ? _ : [[p * target]];
            const relative = F.payout(amounts, grid(t), method, [[target]], prior, null);
            const absolute = F.payout(amounts, grid(scaled), method, _, prior, null);
            xs.forEach((x, i) => {
              const tol = tolerance(t, [x * target, (p ?? 0) * target], target);
              expectClose(
                expectNumber(relative[i][0], `row ${i + 1}`),
                expectNumber(absolute[i][0]),
                tol,
                `row ${i + 1}:`,
              );
            });
            // The engine's own scaling agrees too.
            const table = scaleTierTable(parse(t), target);
            xs.forEach((x) =>
              expectClose(
                periodPayout(table, method, x * target),
                periodPayout(parse(t), method, x * target, target),
                tolerance(t, [x * target], target),
              ),
            );
          },
        ),
        RUNS,
      );
    });
  });

  describe("one call on a column = one call per cell", () => {
    /** Results compared cell by cell: numbers and text exactly, errors by code and message. */
    const norm = (v: unknown) => (v instanceof CustomFunctions.Error ? { error: v.code, message: v.message } : v);
    const oneByOne = (n: number, call: (i: number) => unknown[][]) =>
      Array.from({ length: n }, (_x, i) => {
        const out = call(i);
        expect(out).toHaveLength(1);
        expect(out[0]).toHaveLength(1);
        return [norm(out[0][0])];
      });
    const normAll = (out: unknown[][]) => out.map((row) => row.map(norm));

    /** Mostly numbers, sometimes a blank, text or a value out of the domain, so every path is compared. */
    const cellFor = (t: Tiers) =>
      fc.oneof(
        { weight: 8, arbitrary: valueFor(t) as fc.Arbitrary<unknown> },
        { weight: 1, arbitrary: fc.constantFrom<unknown>(null, "", "abc", "120", true, Number.NaN, Infinity) },
      );

    /** How an optional argument is given: a column (one per row), one cell for every row, or omitted. */
    const argMode = fc.constantFrom("column", "single", "omitted");

    test("PAYOUT with priors and targets each as a column, one cell or omitted, any method and cap", () => {
      fc.assert(
        fc.property(
          tiersArb().chain((t) =>
            fc.tuple(
              fc.constant(t),
              layoutArb,
              methodArb,
              fc.array(fc.tuple(cellFor(t), fc.option(valueFor(t), { nil: null }), targetArb), {
                minLength: 1,
                maxLength: 10,
              }),
              argMode,
              argMode,
              fc.option(capArb, { nil: null }),
            ),
          ),
          ([t, layout, method, rows, priorMode, targetMode, cap]) => {
            const tiers = grid(t, layout);
            const amounts = column(rows.map(([a]) => a));
            const arg = (mode: string, cells: unknown[][]) => ({
              whole: mode === "column" ? cells : mode === "single" ? [cells[0]] : _,
              at: (i: number) => (mode === "column" ? [cells[i]] : mode === "single" ? [cells[0]] : _),
            });
            const priors = arg(priorMode, column(rows.map(([, p]) => p)));
            const targets = arg(targetMode, column(rows.map(([, , g]) => g)));
            const whole = F.payout(amounts, tiers, method, targets.whole, priors.whole, cap);
            const cells = oneByOne(rows.length, (i) =>
              F.payout([amounts[i]], tiers, method, targets.at(i), priors.at(i), cap),
            );
            expect(normAll(whole)).toEqual(cells);
          },
        ),
        RUNS,
      );
    });

    test("TIER, RATE, GAP and PRICE with per-row targets", () => {
      fc.assert(
        fc.property(
          tiersArb({ rate: nonNegativeRate }).chain((t) =>
            fc.tuple(
              fc.constant(t),
              layoutArb,
              methodArb,
              fc.array(fc.tuple(cellFor(t), fc.option(targetArb, { nil: null })), { minLength: 1, maxLength: 10 }),
              fc.boolean(),
            ),
          ),
          ([t, layout, method, rows, withTargets]) => {
            const tiers = grid(t, layout);
            const values = column(rows.map(([v]) => v));
            const targets = withTargets ? column(rows.map(([, g]) => g ?? 1)) : _;
            const targetAt = (i: number) => (withTargets ? [targets[i]] : _);
            expect(normAll(F.tier(values, tiers, targets))).toEqual(
              oneByOne(rows.length, (i) => F.tier([values[i]], tiers, targetAt(i))),
            );
            expect(normAll(F.rate(values, tiers, method, targets))).toEqual(
              oneByOne(rows.length, (i) => F.rate([values[i]], tiers, method, targetAt(i))),
            );
            expect(normAll(F.gap(values, tiers, targets))).toEqual(
              oneByOne(rows.length, (i) => F.gap([values[i]], tiers, targetAt(i))),
            );
            const prices = column(rows.map((_r, i) => 100 + i));
            expect(normAll(F.price(prices, values, tiers, targets))).toEqual(
              oneByOne(rows.length, (i) => F.price([prices[i]], [values[i]], tiers, targetAt(i))),
            );
          },
        ),
        RUNS,
      );
    });

    test("BONUS and ATTAINMENT", () => {
      fc.assert(
        fc.property(
          tiersArb({ rate: nonNegativeRate, nonNegativeBounds: true }).chain((t) =>
            fc.tuple(
              fc.constant(t),
              fc.array(fc.tuple(cellFor(t), money(0, 100_000), money(-1000, 1000), money(1, 1000)), {
                minLength: 1,
                maxLength: 10,
              }),
              fc.option(capArb, { nil: null }),
              fc.constantFrom(null, "higher", "lower"),
            ),
          ),
          ([t, rows, cap, direction]) => {
            const curve = grid(t);
            const attainments = column(rows.map(([a]) => a));
            const incentives = column(rows.map(([, i]) => i));
            expect(normAll(F.bonus(attainments, incentives, curve, cap))).toEqual(
              oneByOne(rows.length, (i) => F.bonus([attainments[i]], [incentives[i]], curve, cap)),
            );
            const actuals = column(rows.map(([, , a]) => a));
            const targets = column(rows.map(([, , , g]) => g));
            expect(normAll(F.attainment(actuals, targets, direction))).toEqual(
              oneByOne(rows.length, (i) => F.attainment([actuals[i]], [targets[i]], direction)),
            );
          },
        ),
        RUNS,
      );
    });
  });
}
