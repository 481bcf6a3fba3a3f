/*
 * What opening statement files is doing, in the pane's words: the confirmation before many
 * windows, the progress with Stop, and the result. Announced politely; focus moves to the
 * confirmation and to each result, so keyboard and screen reader users land on what happened.
 */
import * as React from "react";
import {
  Body1,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
} from "@fluentui/react-components";
import { useI18n } from "../../i18n/I18nProvider";
import { formatNumber } from "../shared/format";
import { useSharedStyles } from "../shared/useSharedStyles";
import type { StatementFilesControl } from "./useStatementFiles";

export function StatementFileStatus({ files }: { files: StatementFilesControl }): React.JSX.Element {
  const { strings: t, locale } = useI18n();
  const shared = useSharedStyles();
  const n = (x: number) => formatNumber(x, 0, locale);
  const s = files.status;
  const focused = React.useRef<HTMLElement>(null);
  React.useEffect(() => {
    if (s.phase !== "idle" && s.phase !== "opening") focused.current?.focus();
  }, [s.phase]);

  if (s.phase === "confirming") {
    return (
      <section
        ref={focused as React.RefObject<HTMLElement>}
        tabIndex={-1}
        aria-label={t.statementFile.confirmHeading(n(s.total))}
        className={shared.wrap}
      >
        <Body1 as="p">
          <strong>{t.statementFile.confirmHeading(n(s.total))}</strong> {t.statementFile.confirmBody(n(s.total))}
        </Body1>
        <Button className={shared.touch} appearance="primary" onClick={files.confirm}>
          {t.statementFile.confirmOpen(n(s.total))}
        </Button>{" "}
        <Button className={shared.touch} onClick={files.cancel}>
          {t.common.cancel}
        </Button>
      </section>
    );
  }
  return (
    <div aria-live="polite" className={shared.wrap}>
      {s.phase === "opening" && !s.every && <Spinner size="small" label={t.statementFile.opening(s.partner ?? "")} />}
      {s.phase === "opening" && s.every && (
        <>
          <Field
            label={t.statementFile.progressLabel}
            validationState="none"
            validationMessage={
              s.partner === null
                ? t.programs.readingPartners
                : t.statementFile.progress(n(s.done + 1), n(s.total), s.partner)
            }
          >
            <ProgressBar value={s.done} max={Math.max(1, s.total)} />
          </Field>
          <Button className={shared.touch} disabledFocusable={s.stopping} onClick={files.stop}>
            {s.stopping ? t.statementFile.stopping : t.statementFile.stop}
          </Button>
        </>
      )}
      {s.phase === "opened" && (
        <Result intent="success" title={t.statementFile.openedTitle} focus={focused}>
          {t.statementFile.opened(s.partner, s.sheet)}
        </Result>
      )}
      {s.phase === "allOpened" && (
        <Result intent="success" title={t.statementFile.openedTitle} focus={focused}>
          {t.statementFile.allOpened(n(s.total))}
        </Result>
      )}
      {s.phase === "stopped" && (
        <Result intent="info" title={null} focus={focused}>
          {t.statementFile.stopped(n(s.done), n(s.total))}
        </Result>
      )}
      {s.phase === "failed" && (
        <Result intent="error" title={t.statementFile.openFailed} focus={focused}>
          {s.every && s.partner !== null ? `${t.statementFile.failedAt(s.partner, n(s.done), n(s.total))} ` : ""}
          {s.message}
        </Result>
      )}
    </div>
  );
}

function Result({
  intent,
  title,
  focus,
  children,
}: {
  intent: "success" | "info" | "error";
  title: string | null;
  focus: React.RefObject<HTMLElement | null>;
  children: React.ReactNode;
}): React.JSX.Element {
  const shared = useSharedStyles();
  return (
    <MessageBar ref={focus as React.RefObject<HTMLDivElement>} tabIndex={-1} intent={intent} layout="multiline">
      <MessageBarBody className={shared.wrap}>
        {title !== null && <MessageBarTitle>{title}</MessageBarTitle>}
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}
