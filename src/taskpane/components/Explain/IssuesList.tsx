import * as React from "react";
import { Body1, Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import type { ProgramSummary } from "../../services/WorkbookService";
import { useSharedStyles } from "../useSharedStyles";
import { WarningIcon } from "../icons";
import { errorMeaning } from "./issueMessages";
import { useIssues } from "./useIssues";
import { useExplainStyles } from "./useExplainStyles";

/**
 * A program's error cells: every cell of its sheets whose INCENTIVE formula shows an error, with
 * what the error means and a button that selects the cell (Excel's hover tips are unreliable on
 * some platforms). The error value is written out, never shown by colour alone.
 */
export function IssuesList({ program }: { program: ProgramSummary }): React.JSX.Element {
  const { state, check, goToFailure, goTo } = useIssues(program);
  const styles = useExplainStyles();
  const shared = useSharedStyles();
  const listLabel = `Formula errors in ${program.name}`;
  return (
    <div className={shared.wrap}>
      <Button className={styles.touch} onClick={check} disabledFocusable={state.status === "checking"}>
        {state.status === "ready" ? "Check formula errors again" : "Check formula errors"}
      </Button>
      <div aria-live="polite" className={shared.wrap}>
        {state.status === "checking" && <Spinner size="small" label="Checking the program's sheets for errors…" />}
        {state.status === "failed" && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody className={shared.wrap}>
              <MessageBarTitle>Could not check the sheets</MessageBarTitle>
              {state.message}
            </MessageBarBody>
          </MessageBar>
        )}
        {state.status === "ready" && state.scan.issues.length === 0 && (
          <Body1 as="p" className={styles.flush}>
            No INCENTIVE formula in this program's sheets shows an error.
          </Body1>
        )}
        {state.status === "ready" && state.scan.issues.length > 0 && (
          <>
            <Body1 as="p" className={styles.flush}>
              {state.scan.issues.length === 1
                ? "1 INCENTIVE formula shows an error"
                : `${state.scan.issues.length.toLocaleString("en-US")} INCENTIVE formulas show an error`}
              {state.scan.truncated &&
                ` (the first ${state.scan.issues.length.toLocaleString("en-US")} read of ${state.scan.errorCells.toLocaleString("en-US")} error cells)`}
              .
            </Body1>
            <ul className={styles.issues} aria-label={listLabel}>
              {state.scan.issues.map((issue) => {
                const where = `${issue.sheet}!${issue.address}`;
                return (
                  <li key={where} className={styles.issue}>
                    <div className={styles.issueHead}>
                      <WarningIcon />
                      <span className={styles.error}>{issue.error}</span>
                      <span className={styles.flush}>{where}</span>
                    </div>
                    <Body1 className={styles.flush}>{errorMeaning(issue.error)}</Body1>
                    <p className={styles.formula}>{issue.formula}</p>
                    <Button
                      className={styles.touch}
                      appearance="secondary"
                      aria-label={`Go to ${where}`}
                      onClick={() => goTo(issue.sheet, issue.address)}
                    >
                      Go to cell
                    </Button>
                  </li>
                );
              })}
            </ul>
          </>
        )}
        {goToFailure && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody className={shared.wrap}>
              <MessageBarTitle>Could not select the cell</MessageBarTitle>
              {goToFailure}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
