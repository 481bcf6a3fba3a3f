import * as React from "react";
import { Button, Spinner, Text } from "@fluentui/react-components";
import type { ProgramDefinition } from "../../../engine/program/types";
import { useI18n } from "../../i18n/I18nProvider";
import type { UiLanguage } from "../../i18n/language";
import { IssueStatus } from "../shared/IssueStatus";
import { NumberField } from "../shared/NumberField";
import { TierEditor } from "../shared/TierEditor/TierEditor";
import { isPercentUnit } from "../shared/format";
import { ApplyConfirmation } from "./ApplyConfirmation";
import { BarRows } from "./Charts";
import type { InsightsPartner, InsightsSource } from "../../services/InsightsSource";
import {
  deltaWords,
  money,
  movers,
  moversWords,
  partnerDeltas,
  scenarioIssues,
  tierTitles,
  type Fx,
  type WhatIfOutcome,
} from "./insightsModel";
import { ShowMoreList } from "./ShowMoreList";
import type { Scenario, ScenarioAction } from "./useInsights";
import { useInsightsStyles } from "./useInsightsStyles";
import { useWriteAction } from "./useWriteAction";
import { undoSentence } from "../shared/undoSentence";
import { joinSentences } from "../shared/sentences";
import { WriteOutcome } from "./WriteOutcome";

export interface WhatIfSectionProps {
  current: ProgramDefinition;
  partners: readonly InsightsPartner[];
  scenario: Scenario;
  dispatch: (a: ScenarioAction) => void;
  outcome: WhatIfOutcome | null;
  pending: boolean;
  /** Where Save as scenario and Apply write; without them the buttons are not offered. */
  programKey?: string;
  source?: InsightsSource;
  language?: UiLanguage;
  /** Reads the program again after Apply, so "current" is what was applied. */
  reload?: () => Promise<void>;
}

/** Change tiers, targets, weights and gates in the pane; see the cost and who moves; then save or apply. */
export function WhatIfSection(props: WhatIfSectionProps): React.JSX.Element {
  const styles = useInsightsStyles();
  const { strings, locale, language } = useI18n();
  const t = strings;
  const { scenario, dispatch } = props;
  const p = scenario.program;
  const titles = tierTitles(p, strings);
  const issues = React.useMemo(() => scenarioIssues(p, language), [p, language]);
  const issueAt = React.useCallback((path: string) => issues.find((i) => i.path === path), [issues]);
  return (
    <section className={styles.section} aria-labelledby="insights-whatif">
      <h3 id="insights-whatif" className={styles.sectionHeading}>
        {t.insights.whatIfHeading}
      </h3>
      <Text className={styles.muted}>{t.insights.whatIfIntro}</Text>
      <WhatIfSummary {...props} fx={{ t, locale }} />

      <h4 className={styles.subheading}>{t.insights.tiers}</h4>
      <TierEditor
        tiers={p.tiers}
        keys={scenario.tierKeys}
        boundTitle={titles.bound}
        rateTitle={titles.rate}
        boundsInPercent={titles.percent}
        issueAt={issueAt}
        onChange={(index, patch) => dispatch({ type: "tier", index, patch })}
        onAdd={() => dispatch({ type: "addTier" })}
        onRemove={(index) => dispatch({ type: "removeTier", index })}
        onPaste={(rows) => dispatch({ type: "pasteTiers", rows })}
      />
      {p.payKind === "bonus" && (
        <div className={styles.fields}>
          <NumberField
            label={t.insights.targetIncentive(p.currency)}
            value={p.targetIncentive}
            emptyIsNaN
            onChange={(v) => dispatch({ type: "set", patch: { targetIncentive: v } })}
            issue={issueAt("targetIncentive")?.message}
          />
          <NumberField
            label={t.insights.capBonus}
            percent
            value={p.cap}
            onChange={(v) => dispatch({ type: "set", patch: { cap: v } })}
            issue={issueAt("cap")?.message}
          />
        </div>
      )}
      {(p.payKind === "commission" || p.payKind === "rebate") && (
        <NumberField
          label={t.insights.capPerPartner(p.currency)}
          value={p.cap}
          onChange={(v) => dispatch({ type: "set", patch: { cap: v } })}
          issue={issueAt("cap")?.message}
        />
      )}

      <h4 className={styles.subheading}>{t.insights.kpis}</h4>
      {issueAt("weights") && <IssueStatus ok={false}>{issueAt("weights")!.message}</IssueStatus>}
      {p.kpis.map((k, i) => {
        const pct = isPercentUnit(k.unit);
        const unit = pct ? "" : k.unit.trim();
        const title = `${(i + 1).toLocaleString(locale)}. ${k.name}`;
        return (
          <div key={i} className={styles.card} role="group" aria-label={title}>
            <Text className={styles.strong}>{title}</Text>
            <div className={styles.fields}>
              {k.targetMode === "fixed" ? (
                <NumberField
                  label={pct ? t.insights.targetPercent : unit ? t.insights.targetUnit(unit) : t.insights.target}
                  percent={pct}
                  emptyIsNaN
                  value={k.target}
                  onChange={(v) => dispatch({ type: "kpi", index: i, patch: { target: v } })}
                  issue={issueAt(`kpis.${i}.target`)?.message}
                />
              ) : (
                <Text size={200} className={styles.muted}>
                  {t.insights.ownTargets}
                </Text>
              )}
              <NumberField
                label={t.insights.weight}
                percent
                emptyIsNaN
                value={k.weight}
                onChange={(v) => dispatch({ type: "kpi", index: i, patch: { weight: v ?? NaN } })}
                issue={issueAt(`kpis.${i}.weight`)?.message}
              />
              <NumberField
                label={pct ? t.insights.gatePercent : unit ? t.insights.gateUnit(unit) : t.insights.gate}
                percent={pct}
                value={k.gate}
                onChange={(v) => dispatch({ type: "kpi", index: i, patch: { gate: v } })}
                issue={issueAt(`kpis.${i}.gate`)?.message}
              />
            </div>
          </div>
        );
      })}
      <div className={styles.actions}>
        <Button className={styles.touch} onClick={() => dispatch({ type: "reset", program: props.current })}>
          {t.insights.reset}
        </Button>
      </div>

      <WhatIfResult {...props} fx={{ t, locale }} />
      <ScenarioActions {...props} fx={{ t, locale }} />
    </section>
  );
}

/**
 * The answer, kept in sight while the plan is edited: the new total, the delta and who moves tier,
 * at the top of the section and sticky while its inputs scroll by; said politely to screen readers
 * (once, when the figures settle) and wrapped, never scrolled sideways, at 270 px.
 */
function WhatIfSummary({ current, outcome, pending, fx }: WhatIfSectionProps & { fx: Fx }): React.JSX.Element {
  const styles = useInsightsStyles();
  const { t, locale } = fx;
  let body: React.ReactNode;
  if (outcome === null) body = <Spinner size="tiny" label={t.insights.working} />;
  else if (!outcome.ok) body = <IssueStatus ok={false}>{t.insights.fixFirst(outcome.issues.join(" "))}</IssueStatus>;
  else {
    const r = outcome.result;
    body = (
      <>
        <Text block>
          {t.insights.newTotal}{" "}
          <span className={styles.strong} data-testid="whatif-total">
            {money(current, r.scenario.total, locale)}
          </span>{" "}
          {t.insights.nowWas(money(current, r.current.total, locale))}
        </Text>
        <Text block className={styles.strong} data-testid="whatif-delta">
          {deltaWords(current, r, fx)}
        </Text>
        <Text block data-testid="whatif-movers">
          {moversWords(r, fx)}
        </Text>
      </>
    );
  }
  return (
    <div
      className={styles.summary}
      role="status"
      aria-live="polite"
      aria-atomic="true"
      aria-label={t.insights.summaryLabel}
      aria-busy={pending || undefined}
      data-testid="whatif-summary"
    >
      {body}
    </div>
  );
}

/** Below the inputs: the totals as a chart, who moves tier and the change per partner. */
function WhatIfResult({
  current,
  partners,
  outcome,
  pending,
  fx,
}: WhatIfSectionProps & { fx: Fx }): React.JSX.Element | null {
  const styles = useInsightsStyles();
  const { t, locale } = fx;
  if (outcome === null || !outcome.ok) return null;
  const r = outcome.result;
  const moved = movers(r, partners, fx);
  const deltas = partnerDeltas(current, r, partners, fx);
  const now = money(current, r.current.total, locale);
  const then = money(current, r.scenario.total, locale);
  if (r.totalDelta === 0 && moved.length === 0 && deltas.length === 0) return null;
  return (
    <div className={styles.result} aria-busy={pending || undefined}>
      <h4 className={styles.subheading}>{t.insights.result}</h4>
      {r.totalDelta !== 0 && (
        <BarRows
          name={t.insights.totalChartName(now, then)}
          tableCaption={t.insights.totalChartTable}
          category={t.insights.plan}
          measure={t.insights.totalPayout}
          bars={[
            { label: t.insights.now, value: r.current.total, text: now },
            { label: t.insights.scenario, value: r.scenario.total, text: then },
          ]}
        />
      )}
      {moved.length > 0 && (
        <ShowMoreList
          label={t.insights.moversList}
          items={moved}
          itemKey={(m, i) => `${m.name}-${i}`}
          render={(m) => (
            <>
              <span aria-hidden="true">{m.move === "up" ? "▲ " : "▼ "}</span>
              {m.move === "up"
                ? t.insights.movedUpFrom(m.name, m.from, m.to)
                : t.insights.movedDownFrom(m.name, m.from, m.to)}
            </>
          )}
        />
      )}
      {deltas.length > 0 && (
        <>
          <Text className={styles.strong}>{t.insights.perPartnerChange}</Text>
          <ShowMoreList
            label={t.insights.perPartnerChange}
            items={deltas}
            itemKey={(d, i) => `${d.name}-${i}`}
            render={(d) =>
              d.raw > 0
                ? t.insights.partnerMore(d.name, d.before, d.after, d.delta)
                : t.insights.partnerLess(d.name, d.before, d.after, d.delta)
            }
          />
        </>
      )}
    </div>
  );
}

/** Save as scenario (a new sheet) and Apply (the program's tables, after a confirmation). */
function ScenarioActions(props: WhatIfSectionProps & { fx: Fx }): React.JSX.Element | null {
  const styles = useInsightsStyles();
  const { t } = props.fx;
  const save = useWriteAction();
  const apply = useWriteAction();
  const [confirming, setConfirming] = React.useState(false);
  const { source, programKey, outcome, current, scenario } = props;
  if (!source || programKey === undefined || (!source.saveScenario && !source.applyScenario)) return null;
  const ready = outcome !== null && outcome.ok && !props.pending;
  const busy = save.state.status === "writing" || apply.state.status === "writing";

  const onSave = () => {
    apply.clear();
    void save.run(async () => {
      const saved = await source.saveScenario!(programKey, scenario.program, current, props.language ?? "en");
      return joinSentences(t, [t.insights.saved(saved.sheet), undoSentence(t, saved.undo)]);
    });
  };
  const onApply = () => {
    save.clear();
    void apply.run(async () => {
      const applied = await source.applyScenario!(programKey, scenario.program, current);
      setConfirming(false);
      await props.reload?.();
      return joinSentences(t, [t.insights.applied, ...(applied?.notes ?? []), undoSentence(t, applied?.undo)]);
    });
  };

  return (
    <>
      <div className={styles.actions}>
        {source.saveScenario && (
          <Button
            className={styles.touch}
            disabled={!ready || busy}
            aria-describedby="insights-save-hint"
            onClick={onSave}
          >
            {t.insights.saveScenario}
          </Button>
        )}
        {source.applyScenario && (
          <Button
            className={styles.touch}
            appearance="primary"
            disabled={!ready || busy || confirming}
            onClick={() => {
              apply.clear();
              setConfirming(true);
            }}
          >
            {t.insights.applyOpen}
          </Button>
        )}
      </div>
      <Text size={200} id="insights-save-hint" className={styles.muted}>
        {t.insights.saveHint}
      </Text>
      <WriteOutcome state={save.state} writing={t.insights.savingScenario} failedTitle={t.insights.saveFailed} />
      {confirming && outcome?.ok && (
        <ApplyConfirmation
          current={current}
          scenario={scenario.program}
          result={outcome.result}
          fx={props.fx}
          busy={busy}
          onApply={onApply}
          onCancel={() => setConfirming(false)}
        />
      )}
      <WriteOutcome state={apply.state} writing={t.insights.applying} failedTitle={t.insights.applyFailed} />
    </>
  );
}
