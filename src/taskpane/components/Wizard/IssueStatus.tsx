import * as React from "react";
import { mergeClasses, Text } from "@fluentui/react-components";
import { CheckIcon, WarningIcon } from "../icons";
import { useWizardStyles } from "./useWizardStyles";

/** A status line: an icon and words, so it never relies on colour alone. */
export function IssueStatus(props: {
  ok: boolean;
  children: React.ReactNode;
  id?: string;
  live?: boolean;
}): React.JSX.Element {
  const styles = useWizardStyles();
  return (
    <div className={styles.status} id={props.id} aria-live={props.live ? "polite" : undefined}>
      {props.ok ? (
        <CheckIcon className={mergeClasses(styles.statusIcon, styles.statusOk)} />
      ) : (
        <WarningIcon className={mergeClasses(styles.statusIcon, styles.statusProblem)} />
      )}
      <Text>{props.children}</Text>
    </div>
  );
}
