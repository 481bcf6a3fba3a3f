import * as React from "react";
import { Body1, Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import type { ProgramSummary } from "../../services/WorkbookService";
import { useSharedStyles } from "../shared/useSharedStyles";
import { WarningIcon } from "../shared/icons";
import { issueText } from "./issueMessages";
import { useI18n } from "../../i18n/I18nProvider";
import { useIssues } from "./useIssues";
import { useExplainStyles } from "./useExplainStyles";

/**
 * A program's error cells: every cell of its sheets whose INCENTIVE formula shows an error, with
 * why it fails (the function's own reason where the workbook finds it, else what the error means) and a button that selects the cell (Excel's hover tips are unreliable on
 * some platforms). The error value is written out, never shown by colour alone.
 */
export function IssuesList({ program }: { program: ProgramSummary }): React.JSX.Element {
  const { state, check, goToFailure, goTo } = useIssues(program);
  const styles = useExplainStyles();
  const shared = useSharedStyles();
  const { strings: t, locale } = useI18n();
  const listLabel = t.explain.errorsListLabel(program.name);
  const count = (n: number) => n.toLocaleString(locale);
  const truncated =
    state.status === "ready" && state.scan.truncated
      ? t.explain.errorsTruncated(count(state.scan.issues.length), count(state.scan.errorCells))
      : "";
  return (
    <div className={shared.wrap}>
      <Button className={styles.touch} onClick={check} disabledFocusable={state.status === "checking"}>
        {state.status === "ready" ? t.explain.checkAgain : t.explain.check}
      </Button>
      <div aria-live="polite" className={shared.wrap}>
        {state.status === "checking" && <Spinner size="small" label={t.explain.checking} />}
        {state.status === "failed" && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody className={shared.wrap}>
              <MessageBarTitle>{t.explain.checkFailedTitle}</MessageBarTitle>
              {state.message}
            </MessageBarBody>
          </MessageBar>
        )}
        {state.status === "ready" && state.scan.issues.length === 0 && (
          <Body1 as="p" className={styles.flush}>
            {t.explain.noErrors}
          </Body1>
        )}
        {state.status === "ready" && state.scan.issues.length > 0 && (
          <>
            <Body1 as="p" className={styles.flush}>
              {state.scan.issues.length === 1
                ? t.explain.errorsOne(truncated)
                : t.explain.errorsMany(count(state.scan.issues.length), truncated)}
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
                    <Body1 className={styles.flush}>{issueText(issue, t, locale)}</Body1>
                    <p className={styles.formula}>{issue.formula}</p>
                    <Button
                      className={styles.touch}
                      appearance="secondary"
                      aria-label={t.explain.goToAria(where)}
                      onClick={() => goTo(issue.sheet, issue.address)}
                    >
                      {t.explain.goToCell}
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
              <MessageBarTitle>{t.explain.goToFailedTitle}</MessageBarTitle>
              {goToFailure}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
