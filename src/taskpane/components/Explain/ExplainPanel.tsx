import * as React from "react";
import { Body1, Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { useSharedStyles } from "../useSharedStyles";
import type { Breakdown, ExplainView, SourceCell } from "./explainModel";
import { useExplain } from "./useExplain";
import { useExplainStyles } from "./useExplainStyles";

export interface ExplainPanelProps {
  /** Whether the panel is showing: the selection is followed only then. */
  active: boolean;
}

/** "Explain the selected cell": a payout's breakdown and the cells it came from. */
export function ExplainPanel({ active }: ExplainPanelProps): React.JSX.Element {
  const { state, following, explain } = useExplain(active);
  const styles = useExplainStyles();
  const shared = useSharedStyles();
  return (
    <section className={styles.root} aria-labelledby="explain-heading">
      <h3 id="explain-heading" className={styles.heading}>
        Explain the selected cell
      </h3>
      <Body1 as="p" className={styles.muted}>
        {following
          ? "Select a payout in a program's data table (or any INCENTIVE formula): its breakdown shows here."
          : "Select a payout in a program's data table (or any INCENTIVE formula), then choose Explain selected cell."}
      </Body1>
      <Button className={styles.touch} onClick={explain} disabledFocusable={state.status === "reading"}>
        Explain selected cell
      </Button>
      <div aria-live="polite" className={shared.wrap}>
        {state.status === "reading" && <Spinner size="small" label="Reading the selected cell…" />}
        {state.status === "failed" && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody className={shared.wrap}>
              <MessageBarTitle>Could not read the selected cell</MessageBarTitle>
              {state.message}
            </MessageBarBody>
          </MessageBar>
        )}
        {state.status === "ready" && <ExplainResult view={state.view} />}
      </div>
    </section>
  );
}

function ExplainResult({ view }: { view: ExplainView }): React.JSX.Element {
  const styles = useExplainStyles();
  switch (view.kind) {
    case "nothing":
      return (
        <Body1 as="p" className={styles.flush}>
          {view.where} has no INCENTIVE formula and is not in a program's data table, so there is nothing to explain.
        </Body1>
      );
    case "blankRow":
      return (
        <Body1 as="p" className={styles.flush}>
          {view.where} is on a blank row of “{view.program}”: fill in the partner and results first.
        </Body1>
      );
    case "problem":
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody className={styles.flush}>
            <MessageBarTitle>This row cannot be calculated</MessageBarTitle>
            {view.message}
          </MessageBarBody>
        </MessageBar>
      );
    case "formula":
      return (
        <div>
          <Body1 as="p" className={styles.flush}>
            {view.where} calls INCENTIVE outside a program's data table. Its formula:
          </Body1>
          <p className={styles.formula}>{view.formula}</p>
          {view.reads.length > 0 && (
            <>
              <h4 className={styles.subheading}>Cells it reads</h4>
              <ul className={styles.sources} aria-label="Cells it reads">
                {view.reads.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </>
          )}
          <Body1 as="p" className={styles.muted}>
            For a step-by-step breakdown, put INCENTIVE.EXPLAIN with the same amount, tiers and method in a free cell.
          </Body1>
        </div>
      );
    case "partner":
      return (
        <PartnerBreakdown where={view.where} shows={view.shows} breakdown={view.breakdown} sources={view.sources} />
      );
  }
}

function PartnerBreakdown(props: {
  where: string;
  shows: string;
  breakdown: Breakdown;
  sources: readonly SourceCell[];
}): React.JSX.Element {
  const styles = useExplainStyles();
  const b = props.breakdown;
  return (
    <article aria-labelledby="explain-partner" className={styles.root}>
      <h4 id="explain-partner" className={styles.subheading}>
        {b.partner}
      </h4>
      <Body1 as="p" className={styles.muted}>
        {props.where} shows {props.shows} · {b.program}
      </Body1>
      <ul className={styles.kpis} aria-label="Results by KPI">
        {b.kpis.map((k) => (
          <li key={k.name} className={styles.kpi}>
            <strong>{k.name}</strong>: {k.actual} of target {k.target}, attainment {k.attainment}, weight {k.weight}
            {k.gate !== "No gate" && `, gate ${k.gate.toLowerCase()}`}
          </li>
        ))}
      </ul>
      <dl className={styles.pairs} aria-label="Result">
        <dt>Score</dt>
        <dd>{b.score}</dd>
        <dt>Gates</dt>
        <dd>{b.gates}</dd>
        <dt>Tier reached</dt>
        <dd>{b.tier}</dd>
        <dt>{b.payoutLabel}</dt>
        <dd>
          <strong>{b.payout}</strong>
        </dd>
      </dl>
      {b.steps.length > 0 && (
        <>
          <h4 className={styles.subheading}>How the payout is calculated</h4>
          <dl className={styles.pairs} aria-label="How the payout is calculated">
            {b.steps.map((s, i) => (
              <React.Fragment key={i}>
                <dt>{s.label}</dt>
                <dd>{s.value}</dd>
              </React.Fragment>
            ))}
          </dl>
        </>
      )}
      <Body1 as="p" className={styles.flush}>
        {b.note}
      </Body1>
      <h4 className={styles.subheading}>Cells it came from</h4>
      <ul className={styles.sources} aria-label="Cells it came from">
        {props.sources.map((s) => (
          <li key={`${s.label} ${s.address}`}>
            {s.label}: {s.address}
          </li>
        ))}
      </ul>
    </article>
  );
}
