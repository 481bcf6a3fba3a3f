import * as React from "react";
import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { CheckIcon, WarningIcon } from "./icons";

const useIssueStatusStyles = makeStyles({
  status: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXS, overflowWrap: "anywhere" },
  statusIcon: { flexShrink: 0, fontSize: "20px", marginTop: "1px" },
  statusOk: { color: tokens.colorPaletteGreenForeground1 },
  statusProblem: { color: tokens.colorPaletteRedForeground1 },
});

/** A status line: an icon and words, so it never relies on colour alone. */
export function IssueStatus(props: {
  ok: boolean;
  children: React.ReactNode;
  id?: string;
  live?: boolean;
}): React.JSX.Element {
  const styles = useIssueStatusStyles();
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
