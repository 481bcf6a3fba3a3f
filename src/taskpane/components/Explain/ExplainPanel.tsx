import * as React from "react";
import { Body1, Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { useSharedStyles } from "../shared/useSharedStyles";
import { OnDemandStatus } from "../shared/OnDemandStatus";
import { onDemand, useOnDemand } from "../shared/useOnDemand";
import { useStrings } from "../../i18n/I18nProvider";
import { useExplain } from "./useExplain";
import { useExplainStyles } from "./useExplainStyles";

// The result and the explain model (with its engine parts): nothing to show before a cell is read.
const explainResult = onDemand(() => import(/* webpackChunkName: "explain" */ "./ExplainResult"));

export interface ExplainPanelProps {
  /** Whether the panel is showing: the selection is followed only then. */
  active: boolean;
}

/** "Explain the selected cell": a payout's breakdown and the cells it came from. */
export function ExplainPanel({ active }: ExplainPanelProps): React.JSX.Element {
  const { state, following, explain } = useExplain(active);
  const styles = useExplainStyles();
  const shared = useSharedStyles();
  const t = useStrings();
  const info = state.status === "ready" ? state.info : null;
  const [result, requestResult] = useOnDemand(explainResult);
  // Each cell read asks for the result's chunk until it has come (so a failed load is retried).
  React.useEffect(() => {
    if (info) requestResult();
  }, [info, requestResult]);
  return (
    <section className={styles.root} aria-labelledby="explain-heading">
      <h3 id="explain-heading" className={styles.heading}>
        {t.explain.heading}
      </h3>
      <Body1 as="p" className={styles.muted}>
        {following ? t.explain.followingHint : t.explain.buttonHint}
      </Body1>
      <Button className={styles.touch} onClick={explain} disabledFocusable={state.status === "reading"}>
        {t.explain.explainButton}
      </Button>
      <div aria-live="polite" className={shared.wrap}>
        {state.status === "reading" && <Spinner size="small" label={t.explain.reading} />}
        {state.status === "failed" && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody className={shared.wrap}>
              <MessageBarTitle>{t.explain.readFailedTitle}</MessageBarTitle>
              {state.message}
            </MessageBarBody>
          </MessageBar>
        )}
        {info && result.status === "ready" && <result.module.ExplainResult info={info} />}
        {info && <OnDemandStatus state={result} loading={t.onDemand.loadingExplain} />}
      </div>
    </section>
  );
}
