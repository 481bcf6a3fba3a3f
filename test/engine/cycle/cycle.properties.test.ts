/*
 * The payout cycle's laws over random programs and data: closing never changes paid figures (and
 * restated data reaches partners only as adjustment lines), everything paid reconciles to the
 * cent with the data as it finally stands, and a snapshot's check names exactly the row whose
 * cell was changed.
 */
import fc from "fast-check";
import {
  AdjustmentLine,
  fromMinorUnits,
  paidSoFar,
  periodAdjustments,
  toMinorUnits,
} from "../../../src/engine/cycle/adjustments";
import { canonicalValue, fieldsFromCells, rowCells } from "../../../src/engine/cycle/canonical";
import { ClosedPeriod, CycleState, closePeriod, startCycle } from "../../../src/engine/cycle/period";
import {
  PartnerRecord,
  PeriodSnapshot,
  buildSnapshot,
  checkSnapshot,
  rowLayoutFor,
  snapshotPayouts,
} from "../../../src/engine/cycle/snapshot";
import { evaluatePartner, programTierTable } from "../../../src/engine";
import type { ProgramDefinition } from "../../../src/engine/program/types";
import { commissionProgram, partner } from "./fixtures";

const IDS = ["P1", "P2", "P3", "P4"];
const sales = fc.option(
  fc.integer({ min: -2_000_000, max: 30_000_000 }).map((c) => c / 100),
  { freq: 8 },
);
const periodData = fc.tuple(...IDS.map(() => sales));
const programArb: fc.Arbitrary<ProgramDefinition> = fc
  .record({
    method: fc.constantFrom("marginal", "retro", "linear"),
    decimals: fc.integer({ min: 0, max: 4 }),
    cap: fc.option(fc.integer({ min: 500, max: 8000 })),
  })
  .map((o) => ({ ...commissionProgram(), ...o }) as ProgramDefinition);

const records = (data: readonly (number | null)[]): PartnerRecord[] =>
  IDS.map((id, i) => partner(id, `Partner ${id}`, data[i]));

describe("the cycle over random quarters", () => {
  test("closing never changes paid figures; restated data is paid as adjustments, reconciled to the cent", () => {
    fc.assert(
      fc.property(
        programArb,
        fc.array(fc.record({ data: periodData, restate: fc.array(fc.tuple(fc.nat(), periodData), { maxLength: 2 }) }), {
          minLength: 1,
          maxLength: 4,
        }),
        (program, quarters) => {
          const d = program.decimals;
          const table = programTierTable(program);
          const payoutOf = (id: string, data: readonly (number | null)[]) =>
            toMinorUnits(evaluatePartner(program, table, { actuals: [data[IDS.indexOf(id)]] }).payout, d);

          let state: CycleState = startCycle(program);
          const snapshots: PeriodSnapshot[] = [];
          const closedRows: ClosedPeriod[] = [];
          const dataNow: (readonly (number | null)[])[] = [];
          let carried = new Map<string, number>();

          for (const q of quarters) {
            // Late data for earlier closed quarters arrives before this one closes.
            for (const [at, restated] of q.restate) if (dataNow.length > 0) dataNow[at % dataNow.length] = restated;
            const lines: AdjustmentLine[] = [];
            snapshots.forEach((s, k) => {
              const later = snapshots.slice(k + 1).flatMap((t) => t.adjustments);
              const paid = paidSoFar(snapshotPayouts(s), later, s.period.label, d);
              const now = new Map(IDS.map((id) => [id, fromMinorUnits(payoutOf(id, dataNow[k]), d)]));
              lines.push(...periodAdjustments(s.period.label, paid, now, d));
            });
            const snap = buildSnapshot(program, state.open, records(q.data), {
              adjustments: lines,
              carriedIn: carried,
            });
            const before = state.closed;
            const closed = closePeriod(state, snap, "t");
            // Closing keeps every earlier Periods row exactly, and records this one's figures as built.
            expect(closed.state.closed.slice(0, -1)).toEqual(before);
            expect(closed.row.total).toBe(snap.total);
            expect(closed.state.closed).toEqual([...closedRows, closed.row]);
            // What the snapshot pays each partner is the engine's payout rounded at the time of close.
            for (const r of snap.partnerResults) expect(toMinorUnits(r.payout, d)).toBe(payoutOf(r.id, q.data));
            state = closed.state;
            closedRows.push(closed.row);
            snapshots.push(snap);
            dataNow.push(q.data);
            carried = new Map(snap.partnerResults.map((r) => [r.id, r.settlement.carriedOut]));
          }

          // Restated data never reaches a closed snapshot: rebuilding each from the data it was closed on gives its fingerprint.
          snapshots.forEach((s, k) => {
            const rebuilt = buildSnapshot(program, s.period, records(quarters[k].data), {
              adjustments: s.adjustments,
              carriedIn: new Map(s.partnerResults.map((r) => [r.id, r.settlement.carriedIn])),
            });
            expect(rebuilt.fingerprint).toBe(closedRows[k].fingerprint);
          });

          // Per partner: paid + still carried + adjustments not yet settled = Σ payouts on the data as it now stands.
          for (const id of IDS) {
            const paid = snapshots.reduce(
              (a, s) => a + toMinorUnits(s.partnerResults.find((r) => r.id === id)!.settlement.toPay, d),
              0,
            );
            const owedBack = toMinorUnits(carried.get(id) ?? 0, d);
            const pending = snapshots.reduce((a, s, k) => {
              const later = snapshots.slice(k + 1).flatMap((t) => t.adjustments);
              const sofar = paidSoFar(snapshotPayouts(s), later, s.period.label, d).get(id) ?? 0;
              return a + payoutOf(id, dataNow[k]) - toMinorUnits(sofar, d);
            }, 0);
            const finalPayouts = dataNow.reduce((a, data) => a + payoutOf(id, data), 0);
            expect(paid + owedBack + pending).toBe(finalPayouts);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("checking: one changed cell names its row, and nothing else", () => {
  const program = commissionProgram();
  const snap = buildSnapshot(program, startCycle(program).open, records([120000, 75000, 30000.55, null]));
  const cellsOf = () => snap.rows.map((r) => rowCells(r.fields) as unknown[]);
  const readBack = (cells: unknown[][]) =>
    cells.map((c, i) => ({
      fields: fieldsFromCells(rowLayoutFor(snap.rows[i].fields[0][1], 1)!, c, 2),
      fingerprint: snap.rows[i].fingerprint,
    }));

  test("property", () => {
    const anyCell = fc.oneof(
      fc.constant(null),
      fc.constant(""),
      fc.boolean(),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
      fc.integer({ min: -100000, max: 200000 }),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.nat(), fc.nat(), anyCell, (r, c, value) => {
        const cells = cellsOf();
        const row = r % cells.length;
        const col = 1 + (c % (cells[row].length - 1)); // the row's kind stays: it picks the layout
        const original = readBack(cells)[row].fields[col][1];
        cells[row][col] = value;
        const changed = readBack(cells)[row].fields[col][1];
        const check = checkSnapshot({ label: snap.period.label, fingerprint: snap.fingerprint, rows: readBack(cells) });
        let differs: boolean;
        try {
          differs = canonicalValue(changed) !== canonicalValue(original);
        } catch {
          differs = true;
        }
        if (!differs) expect(check.intact).toBe(true);
        else {
          expect(check.editedRows.map((e) => e.index)).toEqual([row]);
          expect(check.rowFingerprintsMatch).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
  });
});
