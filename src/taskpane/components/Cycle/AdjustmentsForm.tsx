/*
 * Update adjustments for a closed period the user chooses (docs/cycle.md): which period, what
 * recomputing it on the data table as it is now means (and, for any but the latest, that the data
 * table must hold that period's figures first), the lines it would add, and the confirmation.
 */
import * as React from "react";
import { Body1, Field, MessageBar, MessageBarBody, MessageBarTitle, Select, Spinner } from "@fluentui/react-components";
import type { AdjustmentsUpdate } from "../../services/CycleService";
import { useI18n } from "../../i18n/I18nProvider";
import { formatMoney } from "../shared/format";
import { useSharedStyles } from "../shared/useSharedStyles";
import { AdjustmentLines } from "./AdjustmentsResult";
import { Confirmation } from "./Confirmations";
import type { CycleState } from "./useCycle";
import { useCycleStyles } from "./useCycleStyles";

export function AdjustmentsForm(props: {
  closed: readonly string[];
  period: string;
  preview: AdjustmentsUpdate | null;
  currency: string;
  decimals: number;
  state: CycleState;
}): React.JSX.Element {
  const { closed, period, preview, state } = props;
  const styles = useCycleStyles();
  const shared = useSharedStyles();
  const { strings: t, locale } = useI18n();
  const latest = closed[closed.length - 1] ?? "";
  const money = (x: number) => formatMoney(x, props.currency, props.decimals, locale);
  return (
    <Confirmation
      id="adjust-earlier-heading"
      heading={t.cycle.adjustFormHeading}
      confirm={t.cycle.confirmAdjust(period)}
      disabled={preview === null}
      onConfirm={state.confirmAdjust}
      onCancel={state.cancel}
    >
      <Field label={t.cycle.adjustPeriod}>
        <Select value={period} onChange={(_, d) => state.chooseAdjustPeriod(d.value)}>
          {closed.map((label) => (
            <option key={label} value={label}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      <Body1 as="p" className={styles.flush}>
        {t.cycle.adjustFormBody(period, preview?.settledIn ?? "")}
      </Body1>
      {period !== latest && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody className={shared.wrap}>{t.cycle.adjustNotLatest(period, latest)}</MessageBarBody>
        </MessageBar>
      )}
      <div aria-live="polite">
        {preview === null ? (
          <Spinner size="small" label={t.cycle.adjustPreviewing} />
        ) : preview.added.length === 0 ? (
          <Body1 as="p" className={styles.flush}>
            {t.cycle.adjustedNone(period)}
          </Body1>
        ) : (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody className={shared.wrap}>
              <MessageBarTitle>{t.cycle.adjustPreviewTitle}</MessageBarTitle>
              <AdjustmentLines lines={preview.added} money={money} />
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </Confirmation>
  );
}
