import * as React from "react";
import { Body1, Button, Field, MessageBar, MessageBarBody, Textarea } from "@fluentui/react-components";
import type { PeriodClosePreview } from "../../services/CycleService";
import { useI18n } from "../../i18n/I18nProvider";
import { formatCount, formatMoney } from "../shared/format";
import type { CycleState } from "./useCycle";
import { useCycleStyles } from "./useCycleStyles";

/** A confirmation in the panel: its heading takes the focus; nothing is written until its primary button. */
export function Confirmation(props: {
  id: string;
  heading: string;
  confirm: string;
  disabled?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  children: React.ReactNode;
}): React.JSX.Element {
  const styles = useCycleStyles();
  const { strings: t } = useI18n();
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => heading.current?.focus(), []);
  return (
    <section className={styles.confirm} aria-labelledby={props.id}>
      <h4 ref={heading} tabIndex={-1} id={props.id} className={styles.confirmHeading}>
        {props.heading}
      </h4>
      {props.children}
      <div className={styles.actions}>
        <Button
          className={styles.touch}
          appearance="primary"
          disabledFocusable={props.disabled}
          onClick={props.onConfirm}
        >
          {props.confirm}
        </Button>
        <Button className={styles.touch} onClick={props.onCancel}>
          {t.common.cancel}
        </Button>
      </div>
    </section>
  );
}

/** What the close will freeze, and that protecting cannot be undone. */
export function CloseConfirmation({ preview, state }: { preview: PeriodClosePreview; state: CycleState }) {
  const styles = useCycleStyles();
  const { strings: t, locale } = useI18n();
  const label = preview.period.label;
  const partners = formatCount(preview.partners, t.common.partnersOne, t.common.partnersMany, locale);
  const kpis = formatCount(preview.kpis, t.cycle.kpisOne, t.cycle.kpisMany, locale);
  const tiers = formatCount(preview.tiers, t.cycle.tiersOne, t.cycle.tiersMany, locale);
  return (
    <Confirmation
      id={`close-${preview.key}-heading`}
      heading={t.cycle.previewHeading(label)}
      confirm={t.cycle.confirmClose(label)}
      onConfirm={state.confirmClose}
      onCancel={state.cancel}
    >
      <Body1 as="p" className={styles.flush}>
        {t.cycle.previewSummary(partners, formatMoney(preview.total, preview.currency, preview.decimals, locale))}
      </Body1>
      <Body1 as="p" className={styles.flush}>
        {t.cycle.frozenIntro(t.common.sheetInText(preview.sheet))}
      </Body1>
      <ul className={styles.list}>
        <li>{t.cycle.frozenPartners}</li>
        <li>{t.cycle.frozenPlan(kpis, tiers)}</li>
        <li>{t.cycle.frozenTotals}</li>
      </ul>
      <Body1 as="p" className={styles.flush}>
        {t.cycle.periodsRowNote(preview.next.label)}
      </Body1>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{t.cycle.protectWarning}</MessageBarBody>
      </MessageBar>
    </Confirmation>
  );
}

/** Re-open: a reason is required (kept in the Periods table); the old snapshot stays as it is. */
export function ReopenForm({ label, sheet, state }: { label: string; sheet: string; state: CycleState }) {
  const styles = useCycleStyles();
  const { strings: t } = useI18n();
  const [reason, setReason] = React.useState("");
  return (
    <Confirmation
      id={`reopen-${label}-heading`}
      heading={t.cycle.reopenHeading(label)}
      confirm={t.cycle.confirmReopen(label)}
      disabled={reason.trim() === ""}
      onConfirm={() => state.confirmReopen(reason)}
      onCancel={state.cancel}
    >
      <Body1 as="p" className={styles.flush}>
        {t.cycle.reopenBody(t.common.sheetInText(sheet))}
      </Body1>
      <Field label={t.cycle.reason} required>
        <Textarea value={reason} onChange={(_, d) => setReason(d.value)} />
      </Field>
    </Confirmation>
  );
}
