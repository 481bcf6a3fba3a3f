/* The sheet-label catalogues: the same keys and placeholders in both languages, and Chinese that is Chinese. */
import { SHEET_LABELS, fillLabel, labelExpression, listWords } from "../../src/workbook/labels";

type Tree = { [key: string]: Tree | string };

/** Every leaf string, by its path ("plan.setting.cap"). */
function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(path, v);
    else for (const [p, s] of leaves(v, path)) out.set(p, s);
  }
  return out;
}

const en = leaves(SHEET_LABELS.en as unknown as Tree);
const zh = leaves(SHEET_LABELS.zh as unknown as Tree);
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const CJK = /[\u4e00-\u9fff]/;

test("both catalogues have the same keys", () => {
  expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
});

test.each([...en.keys()])("%s has the same placeholders in both languages", (key) => {
  expect(placeholders(zh.get(key)!)).toEqual(placeholders(en.get(key)!));
});

test("the Chinese is Chinese: every label with words has Chinese characters; the English has none", () => {
  const notChinese = [...zh.entries()].filter(
    ([key, text]) => key !== "language" && /[A-Za-z]{2,}/.test(text.replace(/\{\w+\}/g, "")) && !CJK.test(text),
  );
  expect(notChinese).toEqual([]);
  expect([...en.values()].filter((t) => CJK.test(t))).toEqual([]);
});

test("labels used in one sheet are distinct, so headers and settings never collide", () => {
  for (const l of Object.values(SHEET_LABELS)) {
    const settings = Object.values(l.plan.setting).map((s) => s.toLowerCase());
    expect(new Set(settings).size).toBe(settings.length);
    const h = l.data.headers;
    const fixed = [h.partnerId, h.partner, h.score, h.gateMet, h.tier, h.sourceRow].map((s) => s.toLowerCase());
    expect(new Set(fixed).size).toBe(fixed.length);
    // A missed gate is highlighted by "text contains": the long form must contain the short one.
    expect(l.statements.missed).toContain(l.statements.missedOne);
    expect(l.statements.met).not.toContain(l.statements.missedOne);
  }
});

test("a label as text and as a formula keeps its word order in each language", () => {
  const zhGap = SHEET_LABELS.zh.gap.sentence;
  expect(fillLabel(zhGap, { subject: "得分", amount: "5.0 个百分点", tier: "金牌" })).toBe(
    "得分再增加 5.0 个百分点，即可达到金牌",
  );
  expect(labelExpression(zhGap, { subject: "得分" }, { amount: "A", tier: "T" })).toBe(
    '"得分再增加 "&A&"，即可达到"&T',
  );
  expect(labelExpression(SHEET_LABELS.en.gap.sentence, { subject: 'Say "hi"' }, { amount: "A", tier: "T" })).toBe(
    'A&" more in Say ""hi"" reaches "&T',
  );
  expect(listWords(SHEET_LABELS.en, ["A", "B", "C"])).toBe("A, B and C");
  expect(listWords(SHEET_LABELS.zh, ["甲", "乙", "丙"])).toBe("甲、乙和丙");
});
