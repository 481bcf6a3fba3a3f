import type { ProgramDefinition, SheetLanguage } from "./types";

export type TemplateId = "solarwave" | "resellerRebate" | "salesCommission";

export interface ProgramTemplate {
  readonly id: TemplateId;
  readonly title: string;
  readonly summary: string;
  /** A fresh copy each time, so the wizard can edit it freely; its names in the language asked for (English by default). */
  readonly create: (language?: SheetLanguage) => ProgramDefinition;
}

/** The three programs a new user can start from (SPEC §5). */
export const PROGRAM_TEMPLATES: readonly ProgramTemplate[] = [
  {
    id: "solarwave",
    title: "Installer program (SolarWave)",
    summary:
      "Quarterly bonus for installation partners on on-time installations, with customer satisfaction as a gate.",
    create: (language) =>
      inLanguage(language, {
        name: "SolarWave Installer Program 2026",
        currency: "CNY",
        decimals: 2,
        periodStart: "2026-01-01",
        periodEnd: "2026-09-30",
        frequency: "quarterly",
        payKind: "bonus",
        basisKpi: null,
        boundsRelativeToTarget: false,
        method: "linear",
        tiers: [
          { bound: 0.8, rate: 0.5, label: "Bronze" },
          { bound: 1.0, rate: 1.0, label: "Silver" },
          { bound: 1.2, rate: 1.5, label: "Gold" },
        ],
        cap: 1.5,
        targetIncentive: 20000,
        listPrice: null,
        kpis: [
          {
            name: "On-time installs",
            unit: "%",
            direction: "higher",
            targetMode: "fixed",
            target: 0.8,
            weight: 0.7,
            gate: null,
          },
          {
            name: "CSAT",
            unit: "score (1-5)",
            direction: "higher",
            targetMode: "fixed",
            target: 4.2,
            weight: 0.3,
            gate: 3.8,
          },
        ],
        source: { kind: "new" },
      }),
  },
  {
    id: "resellerRebate",
    title: "Reseller volume rebate",
    summary: "Annual rebate on purchase volume: the whole volume earns the rate of the highest tier reached (retro).",
    create: (language) =>
      inLanguage(language, {
        name: "Reseller Rebate 2026",
        currency: "USD",
        decimals: 2,
        periodStart: "2026-01-01",
        periodEnd: "2026-12-31",
        frequency: "annual",
        payKind: "rebate",
        basisKpi: 0,
        boundsRelativeToTarget: false,
        method: "retro",
        tiers: [
          { bound: 0, rate: 0, label: "Member" },
          { bound: 250000, rate: 0.02, label: "Silver" },
          { bound: 500000, rate: 0.035, label: "Gold" },
          { bound: 1000000, rate: 0.05, label: "Platinum" },
        ],
        cap: null,
        targetIncentive: null,
        listPrice: null,
        kpis: [
          {
            name: "Purchase volume",
            unit: "USD",
            direction: "higher",
            targetMode: "fixed",
            target: 500000,
            weight: 1,
            gate: null,
          },
        ],
        source: { kind: "new" },
      }),
  },
  {
    id: "salesCommission",
    title: "Sales commission with accelerators",
    summary:
      "Commission on bookings against each partner's target: higher rates on the part above 100% and 150% (marginal).",
    create: (language) =>
      inLanguage(language, {
        name: "Partner Sales Commission 2026",
        currency: "EUR",
        decimals: 2,
        periodStart: "2026-01-01",
        periodEnd: "2026-03-31",
        frequency: "quarterly",
        payKind: "commission",
        basisKpi: 0,
        boundsRelativeToTarget: true,
        method: "marginal",
        tiers: [
          { bound: 0, rate: 0.04, label: "Base" },
          { bound: 1.0, rate: 0.06, label: "Accelerator" },
          { bound: 1.5, rate: 0.08, label: "Super accelerator" },
        ],
        cap: null,
        targetIncentive: null,
        listPrice: null,
        kpis: [
          {
            name: "Bookings",
            unit: "EUR",
            direction: "higher",
            targetMode: "perPartner",
            target: null,
            weight: 1,
            gate: null,
          },
        ],
        source: { kind: "new" },
      }),
  },
];

/** A template's words in Simplified Chinese: program name, KPI names and units, tier labels. */
interface Wording {
  readonly name: string;
  readonly kpis: readonly { readonly name: string; readonly unit: string }[];
  readonly tiers: readonly string[];
}

/** Keyed by the English program name (the empty program's is ""). Numbers stay as they are. */
const ZH_WORDING: Readonly<Record<string, Wording>> = {
  "SolarWave Installer Program 2026": {
    name: "SolarWave 安装商激励方案 2026",
    kpis: [
      { name: "准时安装率", unit: "%" },
      { name: "客户满意度", unit: "评分（1-5）" },
    ],
    tiers: ["铜牌", "银牌", "金牌"],
  },
  "Reseller Rebate 2026": {
    name: "经销商返利方案 2026",
    kpis: [{ name: "采购额", unit: "USD" }],
    tiers: ["会员", "银牌", "金牌", "铂金"],
  },
  "Partner Sales Commission 2026": {
    name: "合作伙伴销售佣金方案 2026",
    kpis: [{ name: "签约额", unit: "EUR" }],
    tiers: ["基础档", "超目标档", "卓越档"],
  },
  "": { name: "", kpis: [{ name: "销售额", unit: "USD" }], tiers: ["基础"] },
};

/** The program with its sheet language set and, for Chinese, its names in Chinese. */
function inLanguage(language: SheetLanguage = "en", p: ProgramDefinition): ProgramDefinition {
  const wording = language === "zh" ? ZH_WORDING[p.name] : undefined;
  if (!wording) return { ...p, sheetLanguage: language };
  return {
    ...p,
    name: wording.name,
    kpis: p.kpis.map((k, i) => ({ ...k, ...(wording.kpis[i] ?? {}) })),
    tiers: p.tiers.map((t, i) => ({ ...t, label: wording.tiers[i] ?? t.label })),
    sheetLanguage: language,
  };
}

/** A template's program, with names in `language` and sheetLanguage set to it. */
export function programTemplate(id: TemplateId, language: SheetLanguage = "en"): ProgramDefinition {
  const template = PROGRAM_TEMPLATES.find((t) => t.id === id);
  if (!template) throw new Error(`No template ${id}`);
  return template.create(language);
}

/** A blank program to build from scratch: valid except for what only the user can say. */
export function emptyProgram(language: SheetLanguage = "en"): ProgramDefinition {
  return inLanguage(language, {
    name: "",
    currency: "USD",
    decimals: 2,
    periodStart: "2026-01-01",
    periodEnd: "2026-12-31",
    frequency: "quarterly",
    payKind: "commission",
    basisKpi: 0,
    boundsRelativeToTarget: false,
    method: "marginal",
    tiers: [{ bound: 0, rate: 0.02, label: "Base" }],
    cap: null,
    targetIncentive: null,
    listPrice: null,
    kpis: [
      { name: "Sales", unit: "USD", direction: "higher", targetMode: "fixed", target: 100000, weight: 1, gate: null },
    ],
    source: { kind: "new" },
  });
}
