import * as React from "react";
import { Body1, Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text } from "@fluentui/react-components";
import { canonicalDate } from "../../../engine";
import type { Period } from "../../../engine";
import type { PeriodClosePreview } from "../../services/CycleService";
import { useI18n } from "../../i18n/I18nProvider";
import type { Catalog } from "../../i18n/catalog";
import { formatCount, formatDate, formatMoney } from "../shared/format";
import { joinSentences } from "../shared/sentences";
import { useSharedStyles } from "../shared/useSharedStyles";
import { AdjustmentsForm } from "./AdjustmentsForm";
import { AdjustmentsResult } from "./AdjustmentsResult";
import { CheckFindings } from "./CheckFindings";
import { Failure } from "./Failure";
import { CloseConfirmation, ReopenForm } from "./Confirmations";
import { HandEditsNotice } from "./HandEditsNotice";
import { CycleState, useCycle } from "./useCycle";
import { useCycleStyles } from "./useCycleStyles";

export interface CyclePanelProps {
  readonly programKey: string;
  readonly programName: string;
  readonly onHide: () => void;
}

/** A period's first and last day as the pane writes dates. */
export function periodDates(p: Period, locale: string): [string, string] {
  return [formatDate(canonicalDate(p.start), locale), formatDate(canonicalDate(p.end), locale)];
}

/**
 * A program's payout periods, inside its card: which period is open and which was closed last,
 * whether the plan was edited by hand since its last logged change (and logging it), and Close
 * period, Check closed periods, Update adjustments and Re-open, each with its confirmation,
 * progress and result (docs/cycle.md).
 */
export function CyclePanel({ programKey, programName, onHide }: CyclePanelProps): React.JSX.Element {
  const state = useCycle(programKey);
  const styles = useCycleStyles();
  const { strings: t, locale } = useI18n();
  const headingId = `cycle-${programKey}-heading`;
  const { status, busy } = state;
  const preview = status.phase === "ready" ? status.preview : null;
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {t.cycle.heading(programName)}
      </h3>
      {status.phase === "reading" && <Spinner size="small" label={t.cycle.reading} />}
      {status.phase === "failed" && <Failure title={t.cycle.readFailed} message={status.message} />}
      {preview && <PeriodsSummary preview={preview} t={t} locale={locale} />}
      {/* Read again after a close or a re-opening: their Change log row logs any hand edits with them. */}
      <HandEditsNotice key={preview?.closedBefore ?? 0} programKey={programKey} />
      <div className={styles.actions} role="group" aria-label={t.cycle.heading(programName)}>
        {preview && (
          <Button className={styles.touch} appearance="primary" disabledFocusable={busy} onClick={state.startClose}>
            {t.cycle.closePeriod(preview.period.label)}
          </Button>
        )}
        <Button className={styles.touch} disabledFocusable={busy} onClick={state.check}>
          {t.cycle.check}
        </Button>
        {preview?.lastClosed && (
          <Button className={styles.touch} disabledFocusable={busy} onClick={state.updateAdjustments}>
            {t.cycle.updateAdjustments(preview.lastClosed.period.label)}
          </Button>
        )}
        {preview && preview.closedBefore > 1 && (
          <Button className={styles.touch} disabledFocusable={busy} onClick={state.startAdjustEarlier}>
            {t.cycle.adjustEarlier}
          </Button>
        )}
        {preview?.lastClosed && (
          <Button className={styles.touch} disabledFocusable={busy} onClick={state.startReopen}>
            {t.cycle.reopen(preview.lastClosed.period.label)}
          </Button>
        )}
        <Button className={styles.touch} disabledFocusable={busy} onClick={onHide}>
          {t.cycle.hide}
        </Button>
      </div>
      <div aria-live="polite">
        <Activity state={state} />
      </div>
    </section>
  );
}

function PeriodsSummary({ preview, t, locale }: { preview: PeriodClosePreview; t: Catalog; locale: string }) {
  const styles = useCycleStyles();
  const [from, to] = periodDates(preview.period, locale);
  return (
    <Body1 as="p" className={styles.flush}>
      {joinSentences(t, [
        t.cycle.openPeriod(preview.period.label, from, to),
        preview.lastClosed ? t.cycle.lastClosed(preview.lastClosed.period.label) : t.cycle.noneClosed,
        preview.pastProgramEnd ? t.cycle.pastEnd : undefined,
      ])}
    </Body1>
  );
}

/** The activity under way or just finished. */
function Activity({ state }: { state: CycleState }): React.JSX.Element | null {
  const { strings: t, locale } = useI18n();
  const shared = useSharedStyles();
  const styles = useCycleStyles();
  const a = state.activity;
  const ready = state.status.phase === "ready" ? state.status.preview : null;
  const money = { currency: ready?.currency ?? "", decimals: ready?.decimals ?? 2 };
  switch (a.kind) {
    case "previewing":
      return <Spinner size="small" label={t.cycle.reading} />;
    case "confirmClose":
      return <CloseConfirmation preview={a.preview} state={state} />;
    case "writing":
      return <Spinner size="small" label={t.cycle.writing} />;
    case "protecting":
      return <Spinner size="small" label={t.cycle.protecting} />;
    case "closed": {
      const r = a.result;
      const partners = formatCount(r.partners, t.common.partnersOne, t.common.partnersMany, locale);
      const total = formatMoney(r.total, r.currency, r.decimals, locale);
      return (
        <>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody className={shared.wrap}>
              <MessageBarTitle>{t.cycle.closedTitle(r.period.label)}</MessageBarTitle>
              <Text as="p" block className={styles.flush}>
                {t.cycle.closedBody(t.common.sheetInText(r.sheet), partners, total, r.next.label)}
              </Text>
            </MessageBarBody>
          </MessageBar>
          <Text as="p" className={styles.flush}>
            {t.cycle.fingerprint}: <span className={styles.fingerprint}>{r.fingerprint}</span>
          </Text>
          {a.protectFailure && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody className={shared.wrap}>{t.cycle.notProtected(a.protectFailure)}</MessageBarBody>
            </MessageBar>
          )}
        </>
      );
    }
    case "checking":
      return <Spinner size="small" label={t.cycle.checking} />;
    case "checked":
      return <CheckFindings check={a.check} {...money} />;
    case "reopenForm":
      return <ReopenForm label={a.label} sheet={a.sheet} state={state} />;
    case "reopening":
      return <Spinner size="small" label={t.cycle.reopening} />;
    case "reopened":
      return (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody className={shared.wrap}>
            <MessageBarTitle>{t.cycle.reopenedTitle(a.result.period.label)}</MessageBarTitle>
            <Text as="p" block className={styles.flush}>
              {t.cycle.reopenedBody(a.result.reason)}
            </Text>
          </MessageBarBody>
        </MessageBar>
      );
    case "adjustForm":
      return <AdjustmentsForm closed={a.closed} period={a.period} preview={a.preview} {...money} state={state} />;
    case "adjusting":
      return <Spinner size="small" label={t.cycle.adjusting} />;
    case "adjusted":
      return <AdjustmentsResult result={a.result} {...money} />;
    case "failed": {
      const title = {
        close: t.cycle.closeFailed,
        check: t.cycle.checkFailed,
        reopen: t.cycle.reopenFailed,
        adjust: t.cycle.adjustFailed,
      }[a.what];
      return <Failure title={title} message={a.message} />;
    }
    default:
      return null;
  }
}
