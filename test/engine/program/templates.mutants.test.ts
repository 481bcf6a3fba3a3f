/*
 * What a program template must be (mutation testing, docs/testing.md; SPEC §5 "Templates to start
 * from"): a valid program in either sheet language, described by a title and summary the picker
 * shows, its tiers labelled, its Chinese version the same program in Chinese words, and its
 * settings the ones its summary promises. Expected values are derived from those rules and from the
 * summary's words, never copied from the template's fields.
 */
import {
  PROGRAM_TEMPLATES,
  ProgramDefinition,
  TemplateId,
  emptyProgram,
  programTemplate,
  validateProgram,
} from "../../../src/engine";
import { wizard as enWizard } from "../../../src/taskpane/i18n/en/wizard";
import { wizard as zhWizard } from "../../../src/taskpane/i18n/zh/wizard";

const LANGUAGES = ["en", "zh"] as const;
const CJK = /[\u4e00-\u9fff]/;
const ISO_4217 = /^[A-Z]{3}$/;
const latinWords = (s: string) => s.match(/[A-Za-z]+/g) ?? [];
const ids = PROGRAM_TEMPLATES.map((t) => t.id);
/** Every program the wizard can start from, as [what, program]: the templates and the blank one. */
const starts = (language: "en" | "zh"): [string, ProgramDefinition][] => [
  ...ids.map((id): [string, ProgramDefinition] => [id, programTemplate(id, language)]),
  ["blank", emptyProgram(language)],
];
/** The program without its words: what must not change from one language to the other. */
const numbersOnly = (p: ProgramDefinition) => ({
  ...p,
  name: undefined,
  sheetLanguage: undefined,
  kpis: p.kpis.map((k) => ({ ...k, name: undefined, unit: undefined })),
  tiers: p.tiers.map((t) => ({ ...t, label: undefined })),
});

describe("every start is a program the user can create as it is", () => {
  test.each(LANGUAGES)("the three templates pass validation in %s, with the sheets in that language", (language) => {
    expect(ids).toHaveLength(3);
    for (const id of ids) {
      const p = programTemplate(id, language);
      expect([id, validateProgram(p, language)]).toEqual([id, []]);
      expect(p.sheetLanguage).toBe(language);
    }
  });

  test.each(LANGUAGES)("the blank program (%s) lacks only what the user must say: its name", (language) => {
    const p = emptyProgram(language);
    expect(p.name).toBe("");
    expect(validateProgram(p, language).map((i) => [i.path, i.id])).toEqual([["name", "programNameMissing"]]);
  });

  test("English is the default language", () => {
    expect(programTemplate("solarwave").sheetLanguage).toBe("en");
    expect(emptyProgram().sheetLanguage).toBe("en");
  });

  test("an unknown template is refused, naming it", () => {
    expect(() => programTemplate("loyalty" as TemplateId)).toThrow(/loyalty/);
  });
});

describe("titles and summaries", () => {
  test("each template has a title and a summary in both languages; the catalogue's are the ones the picker shows", () => {
    for (const t of PROGRAM_TEMPLATES) {
      for (const words of [t.title, t.summary, enWizard.templates[t.id].title, enWizard.templates[t.id].summary])
        expect(words.trim()).not.toBe("");
      expect([t.title, t.summary]).toEqual([enWizard.templates[t.id].title, enWizard.templates[t.id].summary]);
      expect(zhWizard.templates[t.id].title).toMatch(CJK);
      expect(zhWizard.templates[t.id].summary).toMatch(CJK);
    }
    expect(new Set(PROGRAM_TEMPLATES.map((t) => t.title)).size).toBe(PROGRAM_TEMPLATES.length);
  });
});

describe("tiers", () => {
  test.each(LANGUAGES)("in %s every tier has a label, different from the others' in its program", (language) => {
    for (const [what, p] of starts(language)) {
      const labels = p.tiers.map((t) => t.label.trim());
      expect([what, labels.every((l) => l !== "")]).toEqual([what, true]);
      expect([what, new Set(labels.map((l) => l.toLowerCase())).size]).toEqual([what, labels.length]);
    }
  });
});

describe("the Chinese version", () => {
  const english = starts("en");
  const chinese = starts("zh");
  const brandOf = (what: string) => PROGRAM_TEMPLATES.find((t) => t.id === what)?.title.match(/\(([^)]+)\)/)?.[1];

  test("is the English program with its words translated: same KPIs, tiers and numbers, one to one", () => {
    chinese.forEach(([what, zh], i) => {
      const en = english[i][1];
      expect([what, zh.kpis.length, zh.tiers.length]).toEqual([what, en.kpis.length, en.tiers.length]);
      expect(numbersOnly(zh)).toEqual(numbersOnly(en));
    });
  });

  test("its program name, KPI names and tier labels are Chinese; Latin words only currency codes or the brand", () => {
    for (const [what, p] of chinese) {
      const words = [...p.kpis.map((k) => k.name), ...p.tiers.map((t) => t.label)];
      if (what !== "blank") words.push(p.name);
      for (const w of words) {
        expect([what, w, CJK.test(w)]).toEqual([what, w, true]);
        const foreign = latinWords(w).filter((l) => !ISO_4217.test(l) && l !== brandOf(what));
        expect([what, w, foreign]).toEqual([what, w, []]);
      }
    }
  });

  test("a unit that is a word is translated; a symbol or a currency code stays as it is", () => {
    chinese.forEach(([what, zh], i) => {
      english[i][1].kpis.forEach((k, j) => {
        const unit = zh.kpis[j].unit;
        const isWord = latinWords(k.unit).length > 0 && !ISO_4217.test(k.unit);
        if (isWord) expect([what, unit, CJK.test(unit), latinWords(unit)]).toEqual([what, unit, true, []]);
        else expect([what, unit]).toEqual([what, k.unit]);
      });
    });
  });
});

describe("money", () => {
  test.each(LANGUAGES)(
    "in %s the currency is an ISO 4217 code; what commissions and rebates are paid on is money in it",
    (language) => {
      for (const [what, p] of starts(language)) {
        expect([what, p.currency]).toEqual([what, expect.stringMatching(ISO_4217)]);
        if (p.payKind === "commission" || p.payKind === "rebate") {
          expect(p.basisKpi).not.toBeNull();
          expect([what, p.kpis[p.basisKpi ?? -1].unit]).toEqual([what, p.currency]);
        }
        for (const k of p.kpis) if (ISO_4217.test(k.unit)) expect([what, k.unit]).toEqual([what, p.currency]);
      }
    },
  );
});

describe("each template is what its summary says", () => {
  test.each(ids)("%s", (id) => {
    const summary = PROGRAM_TEMPLATES.find((t) => t.id === id)!.summary.toLowerCase();
    for (const language of LANGUAGES) {
      const p = programTemplate(id, language);
      const basis = p.basisKpi === null ? undefined : p.kpis[p.basisKpi];
      const pay = ["bonus", "rebate", "commission"].filter((w) => summary.includes(w));
      expect(pay).toEqual([p.payKind]);
      if (summary.startsWith("quarterly")) expect(p.frequency).toBe("quarterly");
      if (summary.startsWith("annual")) expect(p.frequency).toBe("annual");
      if (summary.includes("(retro)")) expect(p.method).toBe("retro");
      if (summary.includes("(marginal)")) expect(p.method).toBe("marginal");
      // Bounds are a share of the target only when the summary speaks of a target, and then of each partner's.
      const againstEachTarget = summary.includes("against each partner's target");
      expect(p.boundsRelativeToTarget).toBe(againstEachTarget);
      if (againstEachTarget) expect(basis?.targetMode).toBe("perPartner");
      if (!summary.includes("target")) expect(p.boundsRelativeToTarget).toBe(false);
      expect(p.kpis.some((k) => k.gate !== null)).toBe(summary.includes("gate"));
    }
  });

  test("the blank program is what the picker says (one KPI, one tier) and, with no target named, bounds in amounts", () => {
    expect(enWizard.scratchSummary.toLowerCase()).toMatch(/one kpi and one tier/);
    for (const language of LANGUAGES) {
      const p = emptyProgram(language);
      expect([p.kpis.length, p.tiers.length]).toEqual([1, 1]);
      expect(enWizard.scratchSummary.toLowerCase()).not.toMatch(/target/);
      expect(p.boundsRelativeToTarget).toBe(false);
    }
  });
});
