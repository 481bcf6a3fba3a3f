/*
 * "The plan was edited by hand since its last logged change": what changed (old → new per field,
 * worded as the wizard's review words an edit), a reason and "Log this change", which appends one
 * Change log row (one undo step), then its result. Nothing is shown while the plan is as logged
 * (or the program has no Change log).
 */
import * as React from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Textarea,
} from "@fluentui/react-components";
import { useI18n } from "../../i18n/I18nProvider";
import { formatDate } from "../shared/format";
import { changeLines } from "../shared/programDiff";
import { useSharedStyles } from "../shared/useSharedStyles";
import { Failure } from "./Failure";
import { useHandEdits } from "./useHandEdits";
import { useCycleStyles } from "./useCycleStyles";

export function HandEditsNotice({ programKey }: { programKey: string }): React.JSX.Element | null {
  const { status, log } = useHandEdits(programKey);
  const { strings: t, locale } = useI18n();
  const shared = useSharedStyles();
  const styles = useCycleStyles();
  const [reason, setReason] = React.useState("");
  switch (status.phase) {
    case "reading":
      return null;
    case "readFailed":
      return <Failure intent="warning" title={t.cycle.handEditsReadFailed} message={status.message} />;
    case "logged":
      return (
        <MessageBar intent={status.found.state === "editedByHand" ? "success" : "info"} layout="multiline">
          <MessageBarBody className={shared.wrap}>
            {status.found.state === "editedByHand" ? (
              <>
                <MessageBarTitle>{t.cycle.handEditsLoggedTitle}</MessageBarTitle>
                {t.cycle.handEditsLoggedBody}
              </>
            ) : (
              t.cycle.handEditsNothing
            )}
          </MessageBarBody>
        </MessageBar>
      );
  }
  const { found, program } = status.edits;
  if (found.state !== "editedByHand") return null;
  const worded = found.changes && changeLines(found.changes, program, t, locale);
  const lines = worded ? [...worded.settings, ...worded.kpis, ...worded.tiers] : [];
  return (
    <section className={styles.confirm} aria-label={t.cycle.handEditedTitle}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody className={shared.wrap}>
          <MessageBarTitle>{t.cycle.handEditedTitle}</MessageBarTitle>
          {lines.length > 0
            ? t.cycle.handEditedSince(formatDate(found.last.at.slice(0, 10), locale))
            : t.cycle.handEditsUnknown}
          {lines.length > 0 && (
            <ul className={styles.list}>
              {lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </MessageBarBody>
      </MessageBar>
      <Field label={t.cycle.handEditsReason}>
        <Textarea value={reason} onChange={(_, d) => setReason(d.value)} />
      </Field>
      <div className={styles.actions}>
        <Button
          className={styles.touch}
          appearance="primary"
          disabledFocusable={status.phase === "logging"}
          onClick={() => log(reason)}
        >
          {t.cycle.logHandEdits}
        </Button>
      </div>
      <div aria-live="polite">
        {status.phase === "logging" && <Spinner size="small" label={t.cycle.loggingHandEdits} />}
        {status.phase === "logFailed" && <Failure title={t.cycle.handEditsLogFailed} message={status.message} />}
      </div>
    </section>
  );
}
