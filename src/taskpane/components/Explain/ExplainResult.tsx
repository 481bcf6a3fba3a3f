import * as React from "react";
import { Body1, Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { SelectionInfo } from "../../services/WorkbookService";
import { explainText, explainView, type Breakdown, type SourceCell } from "./explainModel";
import { useI18n, useStrings } from "../../i18n/I18nProvider";
import { useExplainStyles } from "./useExplainStyles";

/**
 * What the selected cell is, worded in the pane's language: a payout's breakdown and the cells it
 * came from, a formula's reads, or why there is nothing to explain. A chunk of its own with the
 * explain model (ExplainPanel loads it with the first cell read).
 */
export function ExplainResult({ info }: { info: SelectionInfo }): React.JSX.Element {
  const styles = useExplainStyles();
  const { strings: t, locale } = useI18n();
  const view = React.useMemo(() => explainView(info, t, locale), [info, t, locale]);
  switch (view.kind) {
    case "nothing":
      return (
        <Body1 as="p" className={styles.flush}>
          {t.explain.nothing(view.where)}
        </Body1>
      );
    case "blankRow":
      return (
        <Body1 as="p" className={styles.flush}>
          {t.explain.blankRow(view.where, view.program)}
        </Body1>
      );
    case "problem":
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody className={styles.flush}>
            <MessageBarTitle>{t.explain.problemTitle}</MessageBarTitle>
            {view.message}
          </MessageBarBody>
        </MessageBar>
      );
    case "formula":
      return (
        <div>
          <Body1 as="p" className={styles.flush}>
            {t.explain.formulaIntro(view.where)}
          </Body1>
          <p className={styles.formula}>{view.formula}</p>
          {view.reads.length > 0 && (
            <>
              <h4 className={styles.subheading}>{t.explain.readsHeading}</h4>
              <ul className={styles.sources} aria-label={t.explain.readsHeading}>
                {view.reads.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </>
          )}
          <Body1 as="p" className={styles.muted}>
            {t.explain.explainTip}
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
  const t = useStrings();
  const b = props.breakdown;
  return (
    <article aria-labelledby="explain-partner" className={styles.root}>
      <h4 id="explain-partner" className={styles.subheading}>
        {b.partner}
      </h4>
      <Body1 as="p" className={styles.muted}>
        {t.explain.shows(props.where, props.shows, b.program)}
      </Body1>
      <ul className={styles.kpis} aria-label={t.explain.resultsByKpi}>
        {b.kpis.map((k) => (
          <li key={k.name} className={styles.kpi}>
            <strong>{k.name}</strong>: {t.explain.kpiLine(k.actual, k.target, k.attainment, k.weight)}
            {k.gate !== "none" && t.explain.gateSuffix(t.explain.gateWords[k.gate])}
          </li>
        ))}
      </ul>
      <dl className={styles.pairs} aria-label={t.explain.result}>
        <dt>{t.explain.score}</dt>
        <dd>{b.score}</dd>
        <dt>{t.explain.gates}</dt>
        <dd>{b.gates}</dd>
        <dt>{t.explain.tierReached}</dt>
        <dd>{b.tier}</dd>
        <dt>{b.payoutLabel}</dt>
        <dd>
          <strong>{b.payout}</strong>
        </dd>
      </dl>
      {b.steps.length > 0 && (
        <>
          <h4 className={styles.subheading}>{t.explain.howCalculated}</h4>
          <dl className={styles.pairs} aria-label={t.explain.howCalculated}>
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
      <h4 className={styles.subheading}>{t.explain.cameFrom}</h4>
      <ul className={styles.sources} aria-label={t.explain.cameFrom}>
        {props.sources.map((s) => (
          <li key={`${s.label} ${s.address}`}>
            {s.label}: {s.address}
          </li>
        ))}
      </ul>
      <CopyAsText text={() => explainText(props, t)} />
    </article>
  );
}

/** "Copy as text": the explanation on the clipboard (navigator.clipboard where the host has it), then says so. */
function CopyAsText({ text }: { text: () => string }): React.JSX.Element {
  const styles = useExplainStyles();
  const t = useStrings();
  const [said, setSaid] = React.useState<"copied" | "failed" | null>(null);
  const copy = () => {
    const clipboard = typeof navigator !== "undefined" ? navigator.clipboard : undefined;
    if (!clipboard?.writeText) {
      setSaid("failed");
      return;
    }
    setSaid(null);
    clipboard.writeText(text()).then(
      () => setSaid("copied"),
      () => setSaid("failed"),
    );
  };
  return (
    <div>
      <Button className={styles.touch} onClick={copy}>
        {t.explain.copyText}
      </Button>
      <Body1 as="p" role="status" className={styles.flush}>
        {said === "copied" ? t.explain.copied : said === "failed" ? t.explain.copyFailed : ""}
      </Body1>
    </div>
  );
}
