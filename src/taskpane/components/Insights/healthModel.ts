/*
 * The Plan health section in words: each engine finding (src/engine/analytics/health) with the
 * numbers behind it, the partners it concerns and its suggested fix, worded from the pane's
 * catalogue. Pure, no React: `npm run verify -- --plan` prints the same words.
 */
import type { HealthEdit, HealthFinding, HealthPartner, PlanHealth } from "../../../engine/analytics";
import type { TierLabel } from "../../../engine/tierTable";
import type { ProgramDefinition } from "../../../engine/program/types";
import type { ProgramKpi } from "../../../engine/program/types";
import { moneyTemplate } from "../../../workbook/dashboard/gapText";
import { ProgramRefs } from "../../../workbook/dashboard/programRefs";
import { fillLabel } from "../../../workbook/labels";
import { kpiUnitKind } from "../../../workbook/numberFormats";
import { formatMoney, formatNumber, formatPercent } from "../shared/format";
import { listText } from "../shared/listText";
import type { InsightsPartner } from "../../services/InsightsSource";
import { Fx, kpiValue, partnerName, partnersCount, tierInputIsScore, tierTitle } from "./insightsWords";

export interface HealthItem {
  readonly check: HealthFinding["check"];
  readonly severity: HealthFinding["severity"];
  readonly title: string;
  /** The numbers behind it, in sentences. */
  readonly detail: string;
  /** The partners it concerns (within reach of a cliff), with the list's name. */
  readonly partners: { readonly label: string; readonly items: readonly string[] } | null;
  /** What to try, and the edits the what-if makes for it (null: not a what-if change). */
  readonly fix: { readonly text: string; readonly edits: readonly HealthEdit[] | null } | null;
}

/**
 * An amount in a currency as the sheets write money (gapText's moneyTemplate), so a paragraph
 * never mixes two ways: the code first, "USD 7,500.00", and "¥7,500.00" for renminbi in Chinese.
 * `amount` is the number already written for the locale.
 */
function inCurrency(p: ProgramDefinition, code: string, amount: string, fx: Fx): string {
  if (code === "") return amount;
  return fillLabel(moneyTemplate(new ProgramRefs(p, "", fx.language ?? "en"), code), { n: amount });
}

/** Money at the program's decimals: "USD 7,500.00", "¥2,000.00". */
function money(p: ProgramDefinition, v: number, fx: Fx): string {
  // formatMoney without a code writes the amount alone, at the program's decimals.
  return inCurrency(p, p.currency.trim().toUpperCase(), formatMoney(v, "", p.decimals, fx.locale), fx);
}

/** A KPI's value: in a currency unit written as money is ("USD 500,000", "¥100,000"), else with its unit. */
function kpiText(p: ProgramDefinition, k: ProgramKpi | undefined, v: number | null, fx: Fx): string {
  if (!k) return String(v);
  const unit = kpiUnitKind(k, p);
  if (unit.kind !== "money" || v === null || !Number.isFinite(v)) return kpiValue(k, v, fx.locale);
  return inCurrency(p, unit.code, formatNumber(v, 2, fx.locale), fx);
}

/** A value in the tier table's units: a score or share of target in %, else the basis KPI's unit. */
export function tierValue(p: ProgramDefinition, v: number, fx: Fx): string {
  if (tierInputIsScore(p) || p.boundsRelativeToTarget) return formatPercent(v, 2, fx.locale);
  return kpiText(p, p.kpis[p.basisKpi as number], v, fx);
}

/** What the plan pays: money, or for a bonus the curve's percentage of the target incentive. */
function pay(p: ProgramDefinition, v: number, fx: Fx): string {
  return p.payKind === "bonus"
    ? fx.t.insights.health.shareOfIncentive(formatPercent(v, 2, fx.locale))
    : money(p, v, fx);
}

export function describeHealth(
  p: ProgramDefinition,
  partners: readonly InsightsPartner[],
  health: PlanHealth,
  fx: Fx,
): HealthItem[] {
  return health.findings.map((f) => describeFinding(p, partners, f, fx));
}

function describeFinding(
  p: ProgramDefinition,
  partners: readonly InsightsPartner[],
  f: HealthFinding,
  fx: Fx,
): HealthItem {
  const { t, locale } = fx;
  const tv = (v: number) => tierValue(p, v, fx);
  const tier = (label: TierLabel) => tierTitle(label, fx);
  const who = (x: HealthPartner) => partnerName(partners, x.index, fx);
  const kpiName = (i: number) => p.kpis[i]?.name.trim() ?? "";
  const kv = (i: number, v: number | null) => kpiText(p, p.kpis[i], v, fx);
  const item = (title: string, detail: string, fix: HealthItem["fix"], list: HealthItem["partners"] = null) => ({
    check: f.check,
    severity: f.severity,
    title,
    detail,
    partners: list,
    fix,
  });
  switch (f.check) {
    case "cliff": {
      const below = tier(p.tiers[f.tier - 1]?.label || f.tier);
      const numbers = [
        tv(f.bound),
        money(p, f.jump, fx),
        formatPercent(f.rate, 4, locale),
        formatPercent(f.rateBelow, 4, locale),
        below,
        money(p, f.tierBelowPays, fx),
      ] as const;
      const detail =
        f.severity === "warning"
          ? t.insights.health.cliffDetail(...numbers)
          : t.insights.health.cliffDetailInfo(...numbers);
      const reach = formatPercent(f.reach, 0, locale);
      const list =
        f.withinReach.length === 0
          ? null
          : {
              label: t.insights.health.cliffReachList(partnersCount(f.withinReach.length, fx), reach),
              items: f.withinReach.map((x) => t.insights.health.cliffReachItem(who(x), tv(x.value), tv(x.gap))),
            };
      const reachLine = f.withinReach.length === 0 ? ` ${t.insights.health.cliffReachNone(reach)}` : "";
      const fix =
        f.fix && f.suggestedRate !== null
          ? { text: t.insights.health.cliffFix(tier(f.label), formatPercent(f.suggestedRate, 4, locale)), edits: f.fix }
          : { text: t.insights.health.cliffMarginal, edits: null };
      return item(
        t.insights.health.cliffTitle(tier(f.label)),
        detail + reachLine,
        f.severity === "warning" ? fix : null,
        list,
      );
    }
    case "tierNeverReached":
      return item(
        t.insights.health.neverTitle(listText(f.labels.map(tier), t)),
        t.insights.health.neverDetail(tv(f.bound), partnersCount(f.partners, fx), who(f.best), tv(f.best.value)),
        f.fix && f.suggestedBound !== null
          ? {
              text: t.insights.health.neverFix(
                tier(f.labels[0]),
                tv(f.suggestedBound),
                formatPercent(f.share, 0, locale),
              ),
              edits: f.fix,
            }
          : null,
      );
    case "tierAlwaysReached":
      return item(
        t.insights.health.alwaysTitle(tier(f.label)),
        t.insights.health.alwaysDetail(partnersCount(f.partners, fx), tv(f.bound), who(f.lowest), tv(f.lowest.value)),
        f.fix && f.suggestedBound !== null
          ? { text: t.insights.health.alwaysFix(tier(f.label), tv(f.suggestedBound)), edits: f.fix }
          : null,
      );
    case "capBlocksTiers": {
      const first = f.belowFirstTier
        ? `${t.insights.health.capBelowFirst(pay(p, f.cap, fx), pay(p, f.firstTierPays, fx))} `
        : "";
      const blocked =
        f.tiersBlocked > 0
          ? t.insights.health.capDetail(tier(f.label), pay(p, f.paysBelow, fx), pay(p, f.cap, fx))
          : "";
      const edit = f.fix?.[0];
      const fixText =
        edit?.kind === "cap" && edit.value !== null
          ? t.insights.health.capFix(pay(p, edit.value, fx))
          : t.insights.health.capFixRemove;
      return item(t.insights.health.capTitle, (first + blocked).trim(), { text: fixText, edits: f.fix });
    }
    case "gateBlocksTiers":
      return item(
        t.insights.health.gateBlocksTitle(kpiName(f.kpi)),
        t.insights.health.gateBlocksDetail(kpiName(f.kpi), kv(f.kpi, f.gate), listText(f.labels.map(tier), t)),
        {
          text:
            f.suggestedGate === null
              ? t.insights.health.gateFixRemove(kpiName(f.kpi))
              : t.insights.health.gateBlocksFix(kpiName(f.kpi), kv(f.kpi, f.suggestedGate)),
          edits: f.fix,
        },
      );
    case "gateNeverMet":
      return item(
        t.insights.health.gateNeverTitle(kpiName(f.kpi)),
        t.insights.health.gateNeverDetail(
          kv(f.kpi, f.gate),
          partnersCount(f.partners, fx),
          who(f.best),
          kv(f.kpi, f.best.value),
        ),
        { text: t.insights.health.gateNeverFix(kpiName(f.kpi), kv(f.kpi, f.suggestedGate)), edits: f.fix },
      );
    case "weightsNotWhole": {
      const list = (ws: readonly number[]) =>
        listText(
          ws.map((w, i) => t.insights.health.weightItem(kpiName(i), formatPercent(w, 2, locale))),
          t,
        );
      const total = formatPercent(f.total, 2, locale);
      return item(t.insights.health.weightsTitle, t.insights.health.weightsDetail(total, list(f.weights)), {
        text: t.insights.health.weightsFix(list(f.suggested)),
        edits: f.fix,
      });
    }
    case "targetOutOfRange": {
      const name = kpiName(f.kpi);
      const v = (x: number) => kv(f.kpi, x);
      return item(
        f.side === "nobodyReaches"
          ? t.insights.health.targetNobodyTitle(name)
          : t.insights.health.targetEverybodyTitle(name),
        t.insights.health.targetDetail(v(f.target), partnersCount(f.partners, fx), v(f.min), v(f.max), v(f.median)),
        f.fix ? { text: t.insights.health.targetFix(name, v(f.suggestedTarget)), edits: f.fix } : null,
      );
    }
    case "costConcentration":
      return item(
        t.insights.health.concentrationTitle(formatPercent(f.share, 1, locale), partnersCount(f.top, fx)),
        t.insights.health.concentrationDetail(
          money(p, f.topPaid, fx),
          money(p, f.total, fx),
          partnersCount(f.partners, fx),
        ),
        f.fix && f.suggestedCap !== null
          ? { text: t.insights.health.concentrationFix(pay(p, f.suggestedCap, fx)), edits: f.fix }
          : null,
      );
  }
}
