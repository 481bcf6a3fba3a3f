/*
 * Snapshots: a worked example whose every row is written by hand from the rules, read back from
 * cells, and checked after edits of each kind.
 */
import { createHash } from "crypto";
import { CanonicalField, canonicalRow } from "../../../src/engine/cycle/canonical";
import {
  PeriodSnapshot,
  buildSnapshot,
  checkSnapshot,
  programFromRows,
  snapshotPayouts,
} from "../../../src/engine/cycle/snapshot";
import { CycleError } from "../../../src/engine/cycle/period";
import { JAN_1_2026, MAR_31_2026, commissionProgram, partner, stored } from "./fixtures";

const sha = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
const q1 = { label: "2026-Q1", start: JAN_1_2026, end: MAR_31_2026 };
const partners = [
  partner("P1", "East Solar", 120000),
  partner("P2", "华东能源", 75000),
  partner("P3", "Sun & Co", 30000.55),
];

const HAND_WRITTEN = [
  'row="period";label="2026-Q1";start=2026-01-01;end=2026-03-31',
  'row="plan";name="East Reseller Commission";currency="CNY";decimals=2;periodStart=2026-01-01;periodEnd=2026-12-31;' +
    'frequency="quarterly";payKind="commission";basisKpi=1;boundsRelativeToTarget=FALSE;method="marginal";cap=;' +
    "targetIncentive=;listPrice=",
  'row="kpi 1";name="Sales";unit="CNY";direction="higher";targetMode="fixed";target=100000;weight=1;gate=',
  'row="tier 1";bound=0;rate=0.02;label="Bronze"',
  'row="tier 2";bound=50000;rate=0.03;label="Silver"',
  'row="tier 3";bound=100000;rate=0.05;label="Gold"',
  // 50,000×2% + 50,000×3% + 20,000×5% = 3,500 (SPEC §3.3)
  'row="partner";id="P1";name="East Solar";kpi1.actual=120000;kpi1.target=100000;kpi1.attainment=1.2;score=1.2;' +
    'gateMet=TRUE;tier="Gold";payout=3500;netPrice=;adjustments=0;carriedIn=0;toPay=3500;carriedOut=0',
  // 50,000×2% + 25,000×3% = 1,750
  'row="partner";id="P2";name="华东能源";kpi1.actual=75000;kpi1.target=100000;kpi1.attainment=0.75;score=0.75;' +
    'gateMet=TRUE;tier="Silver";payout=1750;netPrice=;adjustments=0;carriedIn=0;toPay=1750;carriedOut=0',
  // 30,000.55×2% = 600.011, paid 600.01
  'row="partner";id="P3";name="Sun & Co";kpi1.actual=30000.55;kpi1.target=100000;kpi1.attainment=0.3000055;' +
    'score=0.3000055;gateMet=TRUE;tier="Bronze";payout=600.01;netPrice=;adjustments=0;carriedIn=0;toPay=600.01;carriedOut=0',
  // 3,500 + 1,750 + 600.01
  'row="total";partners=3;payout=5850.01;adjustments=0;carriedIn=0;toPay=5850.01;carriedOut=0',
];

const rowOf = (s: PeriodSnapshot, key: string) => s.rows.findIndex((r) => r.key === key);
const column = (s: PeriodSnapshot, key: string, field: string) =>
  s.rows[rowOf(s, key)].fields.findIndex(([n]: CanonicalField) => n === field);

describe("building a snapshot", () => {
  const snap = buildSnapshot(commissionProgram(), q1, partners);

  test("every row, written by hand", () => {
    expect(snap.rows.map((r) => canonicalRow(r.fields))).toEqual(HAND_WRITTEN);
    expect(snap.rows.map((r) => r.fingerprint)).toEqual(HAND_WRITTEN.map(sha));
    expect(snap.fingerprint).toBe(sha(HAND_WRITTEN.map(sha).join("\n")));
  });

  test("the totals sum the rounded payouts", () => {
    expect(snap.partners).toBe(3);
    expect(snap.total).toBe(5850.01);
    expect(snap.toPay).toBe(5850.01);
    expect(snapshotPayouts(snap)).toEqual(
      new Map([
        ["P1", 3500],
        ["P2", 1750],
        ["P3", 600.01],
      ]),
    );
  });

  test("the plan as it stood reads back from the snapshot's rows", () => {
    expect(programFromRows(snap.rows.map((r) => r.fields))).toEqual(commissionProgram());
  });

  test("a partner twice in the data is refused", () => {
    expect(() => buildSnapshot(commissionProgram(), q1, [...partners, partner("P1", "again", 1)])).toThrow(CycleError);
  });
});

describe("checking a closed snapshot", () => {
  const snap = buildSnapshot(commissionProgram(), q1, partners);

  test("untouched, it is intact after the trip through cells", () => {
    expect(checkSnapshot(stored(snap))).toEqual({
      label: "2026-Q1",
      intact: true,
      editedRows: [],
      rowFingerprintsMatch: true,
    });
  });

  test("an edited payout names the row and the cell, with the value its inputs give", () => {
    const check = checkSnapshot(
      stored(snap, (rows) => (rows[rowOf(snap, "partner P2")][column(snap, "partner P2", "payout")] = 1800)),
    );
    expect(check.intact).toBe(false);
    expect(check.editedRows).toHaveLength(1);
    expect(check.editedRows[0]).toMatchObject({
      index: 7,
      key: "partner P2",
      storedFingerprint: sha(HAND_WRITTEN[7]),
      cells: [{ field: "payout", found: { money: 1800, decimals: 2 }, expected: { money: 1750, decimals: 2 } }],
    });
  });

  test("an edited actual names the outputs it feeds: 80,000 gives 80% and 1,900", () => {
    const check = checkSnapshot(
      stored(snap, (rows) => (rows[rowOf(snap, "partner P2")][column(snap, "partner P2", "kpi1.actual")] = 80000)),
    );
    expect(check.editedRows.map((r) => r.key)).toEqual(["partner P2"]);
    expect(check.editedRows[0].cells.map((c) => [c.field, c.expected])).toEqual([
      ["kpi1.attainment", 0.8],
      ["score", 0.8],
      ["payout", { money: 1900, decimals: 2 }],
      ["toPay", { money: 1900, decimals: 2 }],
    ]);
  });

  test("an edited name is found by the row's fingerprint, though no other cell tells", () => {
    const check = checkSnapshot(stored(snap, (rows) => (rows[rowOf(snap, "partner P1")][2] = "West Solar")));
    expect(check.editedRows.map((r) => [r.key, r.cells])).toEqual([["partner P1", []]]);
  });

  test("an edited total names the cell and the sum of the partner rows", () => {
    const check = checkSnapshot(stored(snap, (rows) => (rows[rowOf(snap, "total")][2] = 5000)));
    expect(check.editedRows[0].key).toBe("total");
    expect(check.editedRows[0].cells).toEqual([
      { field: "payout", found: { money: 5000, decimals: 2 }, expected: { money: 5850.01, decimals: 2 } },
    ]);
  });

  test("an edited tier rate names the tier row (the plan as it stood is no longer known, so no cells)", () => {
    const check = checkSnapshot(stored(snap, (rows) => (rows[rowOf(snap, "tier 2")][2] = 0.04)));
    expect(check.editedRows.map((r) => [r.key, r.cells])).toEqual([["tier 2", []]]);
  });

  test("a rewritten row fingerprint, a removed row or reordered rows no longer give the period's fingerprint", () => {
    const rewritten = stored(snap, (rows) => (rows[rowOf(snap, "partner P3")][2] = "Moon & Co"));
    const i = rowOf(snap, "partner P3");
    const forged = {
      ...rewritten,
      rows: rewritten.rows.map((r, j) => (j === i ? { ...r, fingerprint: sha(canonicalRow(r.fields)) } : r)),
    };
    const check = checkSnapshot(forged);
    expect(check).toMatchObject({ intact: false, editedRows: [], rowFingerprintsMatch: false });
    const removed = stored(snap);
    expect(checkSnapshot({ ...removed, rows: removed.rows.filter((_, j) => j !== i) }).rowFingerprintsMatch).toBe(
      false,
    );
    expect(checkSnapshot({ ...removed, rows: [...removed.rows].reverse() }).rowFingerprintsMatch).toBe(false);
  });

  test("a cell holding what no snapshot can (NaN) names its row rather than failing the check", () => {
    const check = checkSnapshot(stored(snap, (rows) => (rows[rowOf(snap, "partner P1")][3] = NaN)));
    expect(check.editedRows.map((r) => [r.key, r.fingerprintNow])).toEqual([["partner P1", ""]]);
  });

  test("fingerprints recomputed elsewhere (the verify command) can be passed in", () => {
    const s = stored(snap);
    const prints = HAND_WRITTEN.map(sha);
    expect(checkSnapshot(s, prints).intact).toBe(true);
    expect(
      checkSnapshot(
        s,
        prints.map((p, j) => (j === 0 ? sha("x") : p)),
      ).editedRows.map((r) => r.key),
    ).toEqual(["period"]);
  });
});
