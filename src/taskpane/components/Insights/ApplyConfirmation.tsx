import * as React from "react";
import { Button, Text } from "@fluentui/react-components";
import type { WhatIf } from "../../../engine/analytics";
import type { ProgramDefinition } from "../../../engine/program/types";
import { changeLines, deltaWords, moversWords, type Fx } from "./insightsModel";
import { useInsightsStyles } from "./useInsightsStyles";

export interface ApplyConfirmationProps {
  current: ProgramDefinition;
  scenario: ProgramDefinition;
  result: WhatIf;
  fx: Fx;
  busy: boolean;
  onApply: () => void;
  onCancel: () => void;
}

/** Before Apply writes into the program's tables: exactly what changes, and what it costs. */
export function ApplyConfirmation(props: ApplyConfirmationProps): React.JSX.Element {
  const styles = useInsightsStyles();
  const { t } = props.fx;
  const lines = React.useMemo(
    () => changeLines(props.current, props.scenario, props.fx),
    [props.current, props.scenario, props.fx],
  );
  const heading = React.useRef<HTMLHeadingElement>(null);
  // The confirmation appears below the buttons: take the reader there.
  React.useEffect(() => heading.current?.focus(), []);
  return (
    <div role="region" aria-labelledby="insights-apply-title" className={styles.card}>
      <h4 id="insights-apply-title" className={styles.subheading} tabIndex={-1} ref={heading}>
        {t.insights.applyTitle}
      </h4>
      {lines.length === 0 ? (
        <Text>{t.insights.applyNothing}</Text>
      ) : (
        <>
          <Text>{t.insights.applyIntro(props.current.name.trim())}</Text>
          <ul className={styles.list} aria-label={t.insights.applyTitle}>
            {lines.map((line, i) => (
              <li key={i} className={styles.item}>
                {line}
              </li>
            ))}
          </ul>
          <Text>{t.insights.applyCost(deltaWords(props.current, props.result, props.fx))}</Text>
          <Text>{moversWords(props.result, props.fx)}</Text>
        </>
      )}
      <div className={styles.actions}>
        <Button
          className={styles.touch}
          appearance="primary"
          disabled={props.busy || lines.length === 0}
          onClick={props.onApply}
        >
          {t.insights.apply}
        </Button>
        <Button className={styles.touch} disabled={props.busy} onClick={props.onCancel}>
          {t.insights.cancel}
        </Button>
      </div>
    </div>
  );
}
