/*
 * The canonical form, value by value, with every expected text written by hand from the rules in
 * src/engine/cycle/canonical.ts (and docs/cycle.md); fingerprints are checked against Node's own
 * SHA-256 of that hand-written text, never against the code under test.
 */
import { createHash } from "crypto";
import fc from "fast-check";
import {
  CanonicalField,
  CanonicalFormError,
  CanonicalValue,
  canonicalDate,
  canonicalMoney,
  canonicalNumber,
  canonicalRow,
  canonicalText,
  moneyValue,
  planFingerprint,
  planRows,
  rowFingerprint,
  dateValue,
  snapshotFingerprint,
} from "../../../src/engine/cycle/canonical";
import { PROGRAM_TEMPLATES } from "../../../src/engine";

const sha = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
const solarwave = () => PROGRAM_TEMPLATES.find((t) => t.id === "solarwave")!.create();

describe("numbers", () => {
  test.each<[number, string]>([
    [1300, "1300"],
    [-2.5, "-2.5"],
    [-0, "0"],
    [0.1 + 0.2, "0.3"], // 0.30000000000000004 to 15 significant digits
    [1 / 3, "0.333333333333333"],
    [0.000001, "0.000001"],
    [1.5e-7, "1.5e-7"],
    [1e21, "1e+21"],
    [123456789012345680000, "123456789012346000000"],
    [2 ** 53, "9007199254740990"],
  ])("%p is written %s", (x, text) => expect(canonicalNumber(x)).toBe(text));

  test("NaN, ±Infinity and numbers past the largest double are refused", () => {
    for (const x of [NaN, Infinity, -Infinity, 1.7976931348623157e308])
      expect(() => canonicalNumber(x)).toThrow(CanonicalFormError);
  });
});

describe("money", () => {
  test.each<[number, number, string]>([
    [3499.999, 2, "3500"],
    [1.005, 2, "1.01"], // Excel's ROUND(1.005, 2) is 1.01 although the double is 1.00499…
    [2.5, 0, "3"],
    [-2.5, 0, "-3"], // half away from zero, like ROUND
    [1234.5, 2, "1234.5"],
    [0.1 + 0.2, 2, "0.3"],
    [-0.001, 2, "0"],
  ])("%p at %p decimals is written %s", (x, d, text) => expect(canonicalMoney(x, d)).toBe(text));
});

describe("dates", () => {
  test("serial dates are written as ISO days", () => {
    expect(canonicalDate(61)).toBe("1900-03-01");
    expect(canonicalDate(46023)).toBe("2026-01-01");
    expect(canonicalDate(46112)).toBe("2026-03-31");
  });
  test("fractional days and the 1900 leap-year bug's range are refused", () => {
    for (const x of [60, 0, 46023.5, NaN]) expect(() => canonicalDate(x)).toThrow(CanonicalFormError);
  });
});

describe("text", () => {
  test.each<[string, string]>([
    ["", '""'],
    ["Gold", '"Gold"'],
    ["方案 档位", '"方案 档位"'],
    ['say "hi"', '"say \\"hi\\""'],
    ["a\\b", '"a\\\\b"'],
    ["line\nbreak\ttab", '"line\\u000abreak\\u0009tab"'],
    ["x;y=1", '"x;y=1"'],
    ["e\u0301", '"\u00e9"'], // NFC: e + combining acute is é
    ["\ud800", '"\\ud800"'], // a lone surrogate is escaped, not replaced
    ["😀", '"😀"'],
  ])("%j is written %s", (text, out) => expect(canonicalText(text)).toBe(out));
});

describe("rows and fingerprints", () => {
  const fields: CanonicalField[] = [
    ["row", "partner"],
    ["id", "P001"],
    ["name", "华东"],
    ["start", dateValue(46023)],
    ["payout", moneyValue(3499.999, 2)],
    ["score", null],
    ["note", ""],
    ["gateMet", true],
  ];
  const text = 'row="partner";id="P001";name="华东";start=2026-01-01;payout=3500;score=;note="";gateMet=TRUE';

  test("a row is name=value joined by ; in the given order", () => {
    expect(canonicalRow(fields)).toBe(text);
  });

  test("a row's fingerprint is SHA-256 of its UTF-8 text; a snapshot's is over the row fingerprints joined by \\n", () => {
    expect(rowFingerprint(fields)).toBe(sha(text));
    const other = sha('row="total"');
    expect(snapshotFingerprint([sha(text), other])).toBe(sha(`${sha(text)}\n${other}`));
    expect(snapshotFingerprint([])).toBe(sha(""));
  });

  test("blank, empty text, the number and the text of the same digits all differ", () => {
    const rows = [null, "", 1, "1", true, "TRUE"].map((v) => canonicalRow([["a", v]]));
    expect(new Set(rows).size).toBe(rows.length);
  });

  test("a text value cannot forge another field", () => {
    expect(canonicalRow([["a", 'x";b=1']])).not.toBe(
      canonicalRow([
        ["a", "x"],
        ["b", 1],
      ]),
    );
  });

  test("bad and repeated field names are refused", () => {
    expect(() => canonicalRow([["a b", 1]])).toThrow(CanonicalFormError);
    expect(() =>
      canonicalRow([
        ["a", 1],
        ["a", 2],
      ]),
    ).toThrow(CanonicalFormError);
  });
});

describe("the plan", () => {
  test("the SolarWave template's plan rows, written by hand", () => {
    const texts = planRows(solarwave()).map((r) => canonicalRow(r.fields));
    expect(texts).toEqual([
      'row="plan";name="SolarWave Installer Program 2026";currency="CNY";decimals=2;periodStart=2026-01-01;' +
        'periodEnd=2026-09-30;frequency="quarterly";payKind="bonus";basisKpi=;boundsRelativeToTarget=FALSE;' +
        'method="linear";cap=1.5;targetIncentive=20000;listPrice=',
      'row="kpi 1";name="On-time installs";unit="%";direction="higher";targetMode="fixed";target=0.8;weight=0.7;gate=',
      'row="kpi 2";name="CSAT";unit="score (1-5)";direction="higher";targetMode="fixed";target=4.2;weight=0.3;gate=3.8',
      'row="tier 1";bound=0.8;rate=0.5;label="Bronze"',
      'row="tier 2";bound=1;rate=1;label="Silver"',
      'row="tier 3";bound=1.2;rate=1.5;label="Gold"',
    ]);
    expect(planFingerprint(solarwave())).toBe(sha(texts.map(sha).join("\n")));
  });

  test("where the data lives and the sheets' language do not change the plan's fingerprint; a rate does", () => {
    const p = solarwave();
    const moved = {
      ...p,
      sheetLanguage: "zh" as const,
      source: { kind: "existing" as const, source: "Sales", partnerColumn: "Partner", kpiColumns: ["A", "B"] },
    };
    expect(planFingerprint(moved)).toBe(planFingerprint(p));
    const raised = { ...p, tiers: p.tiers.map((t, i) => (i === 2 ? { ...t, rate: 1.6 } : t)) };
    expect(planFingerprint(raised)).not.toBe(planFingerprint(p));
  });
});

// ---------------------------------------------------------------------------------------------
// Property: a row's fingerprint changes when any single cell changes, and not otherwise.

/** Values as cells hold them; numbers are kept to 15 significant digits (what the form keeps). */
const cellValue: fc.Arbitrary<CanonicalValue> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 }).map((x) => Number(x.toPrecision(15))),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.integer({ min: -1e9, max: 1e9 }).map((c) => moneyValue(c / 100, 2)),
  fc.integer({ min: 61, max: 2958465 }).map(dateValue),
);

/** Two values the canonical form must tell apart. */
function sameCell(a: CanonicalValue, b: CanonicalValue): boolean {
  if (typeof a === "number" && typeof b === "number") return Object.is(a + 0, b + 0);
  if (typeof a === "string" && typeof b === "string") return a.normalize("NFC") === b.normalize("NFC");
  if (a !== null && b !== null && typeof a === "object" && typeof b === "object") {
    if ("money" in a && "money" in b) return Math.round(a.money * 100) === Math.round(b.money * 100);
    if ("date" in a && "date" in b) return a.date === b.date;
    return false;
  }
  return a === b;
}

/** Money and plain numbers of the same amount write the same digits, by design (the field's layout says which it is). */
function sameWriting(a: CanonicalValue, b: CanonicalValue): boolean {
  const asNumber = (v: CanonicalValue) => (v !== null && typeof v === "object" && "money" in v ? v.money : v);
  return sameCell(a, b) || sameCell(asNumber(a), asNumber(b));
}

describe("property: one changed cell changes the fingerprint", () => {
  test("changing any one value changes the row's fingerprint; an equal value keeps it", () => {
    fc.assert(
      fc.property(
        fc.array(cellValue, { minLength: 1, maxLength: 8 }),
        fc.nat(),
        cellValue,
        (values, at, replacement) => {
          const fields = values.map((v, i): CanonicalField => [`f${i}`, v]);
          const i = at % fields.length;
          const changed = fields.map((f, j): CanonicalField => (j === i ? [f[0], replacement] : f));
          const equal = rowFingerprint(changed) === rowFingerprint(fields);
          expect(equal).toBe(sameWriting(values[i], replacement));
        },
      ),
      { numRuns: 3000 },
    );
  });

  test("a snapshot's fingerprint changes when one row's does, or when rows are reordered, added or removed", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1 }), { minLength: 2, maxLength: 6 }), (texts) => {
        const prints = texts.map(sha);
        const whole = snapshotFingerprint(prints);
        expect(snapshotFingerprint([...prints].reverse())).not.toBe(whole);
        expect(snapshotFingerprint(prints.slice(1))).not.toBe(whole);
        expect(snapshotFingerprint([...prints, prints[0]])).not.toBe(whole);
        expect(snapshotFingerprint(prints.map((p, i) => (i === 0 ? sha(texts[0] + " ") : p)))).not.toBe(whole);
      }),
    );
  });
});
