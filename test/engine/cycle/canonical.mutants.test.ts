/*
 * The canonical form's edges, each expected text written by hand from the rules in docs/cycle.md
 * ("The canonical form") and the comments of src/engine/cycle/canonical.ts: the limits of money's
 * decimals and of dates, every escape boundary of text, how cells are read back into a row and how
 * a plan becomes rows. Fixed inputs only (no random cases), so a mutation run can use it cheaply.
 */
import { createHash } from "crypto";
import {
  CanonicalFormError,
  KPI_ROW_LAYOUT,
  PLAN_ROW_LAYOUT,
  TIER_ROW_LAYOUT,
  canonicalDate,
  canonicalMoney,
  canonicalNumber,
  canonicalRow,
  canonicalText,
  canonicalValue,
  dateValue,
  fieldsFromCells,
  layoutRow,
  moneyValue,
  planRows,
  rowCells,
  rowFingerprint,
  serialOfIso,
  textOrBlank,
} from "../../../src/engine/cycle/canonical";
import { PROGRAM_TEMPLATES } from "../../../src/engine";

const sha = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
const solarwave = () => PROGRAM_TEMPLATES.find((t) => t.id === "solarwave")!.create();

test("a value the canonical form cannot write is a CanonicalFormError by name too (as a log or an error report shows it)", () => {
  for (const write of [() => canonicalNumber(NaN), () => canonicalMoney(Infinity, 2), () => canonicalDate(60)]) {
    expect(write).toThrow(expect.objectContaining({ name: "CanonicalFormError" }));
  }
});

describe("money: decimals are a whole number from 0 to 10", () => {
  test("0 and 10 decimals are written", () => {
    expect(canonicalMoney(2.5, 0)).toBe("3");
    expect(canonicalMoney(1.25, 10)).toBe("1.25");
  });
  test.each([-1, 11, 1.5, NaN])("%p decimals are refused", (d) => {
    expect(() => canonicalMoney(1, d)).toThrow(CanonicalFormError);
  });
  test.each([NaN, Infinity, -Infinity])("an amount of %p is refused", (x) => {
    expect(() => canonicalMoney(x, 2)).toThrow(CanonicalFormError);
  });
  test("the refusal says what was wrong", () => {
    expect(() => canonicalMoney(1, 11)).toThrow("decimals must be a whole number from 0 to 10, not 11");
    expect(() => canonicalMoney(NaN, 2)).toThrow("NaN cannot be written in a snapshot");
    expect(() => canonicalNumber(Infinity)).toThrow("Infinity cannot be written in a snapshot");
    expect(() => canonicalNumber(1.7976931348623157e308)).toThrow("beyond the largest number a cell can hold");
  });
});

describe("dates: whole days from 61 (1900-03-01) to 9999-12-31", () => {
  test("the last day Excel has, 9999-12-31, is serial 2958465", () => {
    expect(canonicalDate(2958465)).toBe("9999-12-31");
  });
  test("the day after it is refused as beyond the year 9999", () => {
    expect(() => canonicalDate(2958466)).toThrow("2958466 is beyond the year 9999");
  });
  test("a serial before 61 is refused with the rule in the message", () => {
    expect(() => canonicalDate(60)).toThrow("60 is not a whole-day Excel date from 1900-03-01 on");
  });
  test("serialOfIso reads a real ISO day back as its serial, and nothing else", () => {
    expect(serialOfIso("1900-03-01")).toBe(61);
    expect(serialOfIso("2026-01-01")).toBe(46023);
    expect(serialOfIso("2026-02-30")).toBeNull();
    expect(serialOfIso("soon")).toBeNull();
  });
});

describe("text: the escape boundaries", () => {
  test.each<[string, string]>([
    ["\u0000", '"\\u0000"'],
    ["\u001f", '"\\u001f"'], // the last control character of the C0 range
    [" ", '" "'], // U+0020 is not a control character
    ["~", '"~"'], // U+007E
    ["\u007f", '"\\u007f"'], // DEL
    ["\u0080", '"\u0080"'], // past DEL: itself
    ["\ud7ff", '"\ud7ff"'], // just below the surrogates
    ["\ue000", '"\ue000"'], // just above them
    ["\udbff", '"\\udbff"'], // the last high surrogate, alone
    ["\udc00", '"\\udc00"'], // a lone low surrogate
    ["\udfff", '"\\udfff"'], // the last low surrogate, alone
    ["\ud800\udc00", '"\ud800\udc00"'], // a pair (U+10000) is itself
    ["\udbff\udfff", '"\udbff\udfff"'], // U+10FFFF
    ["\ud800\ud800", '"\\ud800\\ud800"'], // two high surrogates: both lone
    ["\ud800\ue000", '"\\ud800\ue000"'], // a high surrogate before a non-surrogate
    ["\udc00\ud800", '"\\udc00\\ud800"'], // low before high is no pair
    ["a\ud800", '"a\\ud800"'], // a high surrogate at the end
  ])("%j is written %s", (text, out) => expect(canonicalText(text)).toBe(out));
});

describe("values", () => {
  test("each kind, by the table of docs/cycle.md", () => {
    expect(canonicalValue(null)).toBe("");
    expect(canonicalValue(true)).toBe("TRUE");
    expect(canonicalValue(false)).toBe("FALSE");
    expect(canonicalValue(-2.5)).toBe("-2.5");
    expect(canonicalValue("a")).toBe('"a"');
    expect(canonicalValue(moneyValue(600.011, 2))).toBe("600.01");
    expect(canonicalValue(dateValue(46023))).toBe("2026-01-01");
  });
  test("a field name starts with a letter and holds only ASCII letters, digits, _ and .", () => {
    expect(canonicalRow([["kpi1.actual_x", 1]])).toBe("kpi1.actual_x=1");
    for (const bad of ["1a", "_a", ".a", "", "a-b", "é", "a;b", " a", "a "])
      expect(() => canonicalRow([[bad, 1]])).toThrow(`"${bad}" is not a field name`);
    expect(() =>
      canonicalRow([
        ["a", 1],
        ["a", 1],
      ]),
    ).toThrow('field "a" appears twice in a row');
  });
});

describe("cells read back into a row (fieldsFromCells)", () => {
  const layout = [
    ["t", "text"],
    ["n", "number"],
    ["m", "money"],
    ["d", "date"],
    ["b", "boolean"],
    ["l", "label"],
  ] as const;

  test("null, undefined and empty text are blank", () => {
    for (const blank of [null, undefined, ""])
      expect(fieldsFromCells(layout, [blank, blank, blank, blank, blank, blank], 2)).toEqual(
        layout.map(([name]) => [name, null]),
      );
  });

  test("a number is money in a money column, a date in a date column (a whole day from 61), else a number", () => {
    expect(fieldsFromCells(layout, ["x", 3, 600.011, 46023, true, 2], 2)).toEqual([
      ["t", "x"],
      ["n", 3],
      ["m", { money: 600.011, decimals: 2 }],
      ["d", { date: 46023 }],
      ["b", true],
      ["l", 2],
    ]);
    const dates = (cell: number) => fieldsFromCells([["d", "date"]], [cell], 2)[0][1];
    expect(dates(61)).toEqual({ date: 61 });
    expect(dates(60)).toBe(60);
    expect(dates(46023.5)).toBe(46023.5);
    expect(fieldsFromCells([["m", "money"]], [5], 0)[0][1]).toEqual({ money: 5, decimals: 0 });
    // Only a date column reads a whole number from 61 as a date: a target of 100 stays 100.
    expect(fieldsFromCells(layout, ["x", 100, 46023, 46023, true, 46023], 2)).toEqual([
      ["t", "x"],
      ["n", 100],
      ["m", { money: 46023, decimals: 2 }],
      ["d", { date: 46023 }],
      ["b", true],
      ["l", 46023],
    ]);
  });

  test("text typed over a number stays text; anything else is kept as its text", () => {
    expect(fieldsFromCells([["n", "number"]], ["12"], 2)).toEqual([["n", "12"]]);
    expect(fieldsFromCells([["b", "boolean"]], [false], 2)).toEqual([["b", false]]);
    expect(fieldsFromCells([["x", "text"]], [{ toString: () => "obj" }], 2)).toEqual([["x", "obj"]]);
  });

  test("rowCells writes money rounded and dates as serials, and reads back to the same row", () => {
    const fields = [
      ["m", moneyValue(600.011, 2)],
      ["d", dateValue(46023)],
      ["n", 1.5],
      ["t", "x"],
      ["b", false],
      ["z", null],
    ] as const;
    expect(rowCells(fields)).toEqual([600.01, 46023, 1.5, "x", false, null]);
    const layout = [
      ["m", "money"],
      ["d", "date"],
      ["n", "number"],
      ["t", "text"],
      ["b", "boolean"],
      ["z", "text"],
    ] as const;
    expect(rowFingerprint(fieldsFromCells(layout, rowCells(fields), 2))).toBe(rowFingerprint(fields));
  });
});

describe("the plan as rows", () => {
  test("layoutRow pairs names with values and refuses a count that does not match", () => {
    expect(
      layoutRow(
        [
          ["a", "text"],
          ["b", "number"],
        ],
        ["x", 1],
      ),
    ).toEqual([
      ["a", "x"],
      ["b", 1],
    ]);
    expect(() => layoutRow([["a", "text"]], [])).toThrow("a row's values do not match its layout");
    expect(() => layoutRow([["a", "text"]], ["x", 1])).toThrow(CanonicalFormError);
  });

  test("textOrBlank: empty, null and undefined are blank", () => {
    expect(textOrBlank("")).toBeNull();
    expect(textOrBlank(null)).toBeNull();
    expect(textOrBlank(undefined)).toBeNull();
    expect(textOrBlank("a")).toBe("a");
  });

  test("the layouts name their columns as docs/cycle.md lists them", () => {
    expect(PLAN_ROW_LAYOUT.map(([n]) => n).join(",")).toBe(
      "row,name,currency,decimals,periodStart,periodEnd,frequency,payKind,basisKpi,boundsRelativeToTarget,method,cap,targetIncentive,listPrice",
    );
    expect(KPI_ROW_LAYOUT.map(([n]) => n).join(",")).toBe("row,name,unit,direction,targetMode,target,weight,gate");
    expect(TIER_ROW_LAYOUT.map(([n]) => n).join(",")).toBe("row,bound,rate,label");
  });

  test("a basis KPI is its number from 1; numbers no cell holds, empty text and a half-typed date", () => {
    const p = solarwave();
    const q = {
      ...p,
      name: "",
      currency: "",
      payKind: "commission" as const,
      basisKpi: 1,
      periodStart: "2026-13-01",
      periodEnd: "",
      cap: NaN,
      targetIncentive: Infinity,
      listPrice: 10,
      kpis: p.kpis.map((k, i) => (i === 0 ? { ...k, name: "", unit: "", target: NaN, weight: 0, gate: 0.5 } : k)),
      tiers: p.tiers.map((t, i) => (i === 0 ? { ...t, label: "", bound: -Infinity } : t)),
    };
    const rows = planRows(q);
    expect(rows.map((r) => r.key)).toEqual(["plan", "kpi 1", "kpi 2", "tier 1", "tier 2", "tier 3"]);
    expect(canonicalRow(rows[0].fields)).toBe(
      'row="plan";name=;currency=;decimals=2;periodStart="2026-13-01";periodEnd=;frequency="quarterly";' +
        'payKind="commission";basisKpi=2;boundsRelativeToTarget=FALSE;method="linear";cap=;targetIncentive=;listPrice=10',
    );
    expect(canonicalRow(rows[1].fields)).toBe(
      'row="kpi 1";name=;unit=;direction="higher";targetMode="fixed";target=;weight=0;gate=0.5',
    );
    expect(canonicalRow(rows[3].fields)).toBe('row="tier 1";bound=;rate=0.5;label=');
    expect(rowFingerprint(rows[3].fields)).toBe(sha('row="tier 1";bound=;rate=0.5;label='));
  });
});
