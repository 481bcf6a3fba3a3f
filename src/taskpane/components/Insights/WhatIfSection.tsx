import * as React from "react";
import { Button, Spinner, Text, Tooltip } from "@fluentui/react-components";
import type { ProgramDefinition } from "../../../engine/program/types";
import { IssueStatus } from "../Wizard/IssueStatus";
import { NumberField } from "../Wizard/fields/NumberField";
import { TierEditor } from "../Wizard/TierEditor/TierEditor";
import { isPercentUnit } from "../Wizard/format";
import { BarRows } from "./Charts";
import type { InsightsPartner } from "./InsightsSource";
import {
  deltaWords,
  money,
  movers,
  moversWords,
  partnerDeltas,
  scenarioIssues,
  tierTitles,
  type WhatIfOutcome,
} from "./insightsModel";
import { ShowMoreList } from "./ShowMoreList";
import type { Scenario, ScenarioAction } from "./useInsights";
import { useInsightsStyles } from "./useInsightsStyles";

export interface WhatIfSectionProps {
  current: ProgramDefinition;
  partners: readonly InsightsPartner[];
  scenario: Scenario;
  dispatch: (a: ScenarioAction) => void;
  outcome: WhatIfOutcome | null;
  pending: boolean;
}

export const WRITE_BACK_REASON =
  "Coming next: Insights does not write to the workbook yet. To change the program now, edit its tables on the plan sheet.";

/** Change tiers, targets, weights and gates in the pane; see the cost and who moves, nothing written. */
export function WhatIfSection(props: WhatIfSectionProps): React.JSX.Element {
  const styles = useInsightsStyles();
  const { scenario, dispatch } = props;
  const p = scenario.program;
  const titles = tierTitles(p);
  const issues = React.useMemo(() => scenarioIssues(p), [p]);
  const issueAt = React.useCallback((path: string) => issues.find((i) => i.path === path), [issues]);
  return (
    <section className={styles.section} aria-labelledby="insights-whatif">
      <h3 id="insights-whatif" className={styles.sectionHeading}>
        What if
      </h3>
      <Text className={styles.muted}>
        Change the plan here and the cost is worked out again over every partner. The workbook is not changed.
      </Text>

      <h4 className={styles.subheading}>Tiers</h4>
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
            label={`Target incentive (${p.currency})`}
            value={p.targetIncentive}
            emptyIsNaN
            onChange={(v) => dispatch({ type: "set", patch: { targetIncentive: v } })}
            issue={issueAt("targetIncentive")?.message}
          />
          <NumberField
            label="Cap (% of target incentive), optional"
            percent
            value={p.cap}
            onChange={(v) => dispatch({ type: "set", patch: { cap: v } })}
            issue={issueAt("cap")?.message}
          />
        </div>
      )}
      {(p.payKind === "commission" || p.payKind === "rebate") && (
        <NumberField
          label={`Cap per partner (${p.currency}), optional`}
          value={p.cap}
          onChange={(v) => dispatch({ type: "set", patch: { cap: v } })}
          issue={issueAt("cap")?.message}
        />
      )}

      <h4 className={styles.subheading}>KPIs</h4>
      {issueAt("weights") && <IssueStatus ok={false}>{issueAt("weights")!.message}</IssueStatus>}
      {p.kpis.map((k, i) => {
        const pct = isPercentUnit(k.unit);
        const unit = pct ? "" : k.unit.trim();
        const title = `${i + 1}. ${k.name}`;
        return (
          <div key={i} className={styles.card} role="group" aria-label={title}>
            <Text className={styles.strong}>{title}</Text>
            <div className={styles.fields}>
              {k.targetMode === "fixed" ? (
                <NumberField
                  label={pct ? "Target (%)" : unit ? `Target (${unit})` : "Target"}
                  percent={pct}
                  emptyIsNaN
                  value={k.target}
                  onChange={(v) => dispatch({ type: "kpi", index: i, patch: { target: v } })}
                  issue={issueAt(`kpis.${i}.target`)?.message}
                />
              ) : (
                <Text size={200} className={styles.muted}>
                  Each partner has its own target, in the data table.
                </Text>
              )}
              <NumberField
                label="Weight (%)"
                percent
                emptyIsNaN
                value={k.weight}
                onChange={(v) => dispatch({ type: "kpi", index: i, patch: { weight: v ?? NaN } })}
                issue={issueAt(`kpis.${i}.weight`)?.message}
              />
              <NumberField
                label={pct ? "Gate (%), optional" : unit ? `Gate (${unit}), optional` : "Gate, optional"}
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
          Back to the current plan
        </Button>
      </div>

      <h4 className={styles.subheading}>Result</h4>
      <WhatIfResult {...props} />

      <div className={styles.actions}>
        <Tooltip content={WRITE_BACK_REASON} relationship="description">
          <Button className={styles.touch} disabledFocusable aria-describedby="insights-writeback-reason">
            Save as scenario
          </Button>
        </Tooltip>
        <Tooltip content={WRITE_BACK_REASON} relationship="description">
          <Button className={styles.touch} disabledFocusable aria-describedby="insights-writeback-reason">
            Apply to the program
          </Button>
        </Tooltip>
      </div>
      <Text size={200} id="insights-writeback-reason" className={styles.muted}>
        {WRITE_BACK_REASON}
      </Text>
    </section>
  );
}

function WhatIfResult({ current, partners, outcome, pending }: WhatIfSectionProps): React.JSX.Element {
  const styles = useInsightsStyles();
  if (outcome === null) return <Spinner size="tiny" label="Working out the scenario…" />;
  if (!outcome.ok) {
    return (
      <div className={styles.result} aria-live="polite">
        <IssueStatus ok={false}>Fix the plan above to see its cost: {outcome.issues.join(" ")}</IssueStatus>
      </div>
    );
  }
  const r = outcome.result;
  const moved = movers(r, partners);
  const deltas = partnerDeltas(current, r, partners);
  return (
    <div className={styles.result} aria-busy={pending || undefined}>
      <div aria-live="polite" aria-atomic="true">
        <Text block>
          New total:{" "}
          <span className={styles.strong} data-testid="whatif-total">
            {money(current, r.scenario.total)}
          </span>{" "}
          (now {money(current, r.current.total)})
        </Text>
        <Text block className={styles.strong} data-testid="whatif-delta">
          {deltaWords(current, r)}
        </Text>
        <Text block data-testid="whatif-movers">
          {moversWords(r)}
        </Text>
      </div>
      {r.totalDelta !== 0 && (
        <BarRows
          name={`Total payout now ${money(current, r.current.total)}, in the scenario ${money(current, r.scenario.total)}.`}
          tableCaption="Total payout, now and in the scenario"
          category="Plan"
          measure="Total payout"
          bars={[
            { label: "Now", value: r.current.total, text: money(current, r.current.total) },
            { label: "Scenario", value: r.scenario.total, text: money(current, r.scenario.total) },
          ]}
        />
      )}
      {moved.length > 0 && (
        <ShowMoreList
          label="Partners who change tier"
          items={moved}
          itemKey={(m, i) => `${m.name}-${i}`}
          render={(m) => (
            <>
              <span aria-hidden="true">{m.move === "up" ? "▲ " : "▼ "}</span>
              {m.name}: {m.move === "up" ? "up" : "down"} from {m.from} to {m.to}
            </>
          )}
        />
      )}
      {deltas.length > 0 && (
        <>
          <Text className={styles.strong}>Change per partner, largest first</Text>
          <ShowMoreList
            label="Change per partner, largest first"
            items={deltas}
            itemKey={(d, i) => `${d.name}-${i}`}
            render={(d) => (
              <>
                {d.name}: {d.before} → {d.after} ({d.delta}, {d.raw > 0 ? "more" : "less"})
              </>
            )}
          />
        </>
      )}
    </div>
  );
}
