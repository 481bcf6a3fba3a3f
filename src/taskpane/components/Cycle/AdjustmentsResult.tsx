/* What Update adjustments did: each partner's line (recomputed − paid so far), or that nothing changed. */
import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import type { AdjustmentsUpdate } from "../../services/CycleService";
import { useI18n } from "../../i18n/I18nProvider";
import { formatMoney } from "../shared/format";
import { useSharedStyles } from "../shared/useSharedStyles";
import { useCycleStyles } from "./useCycleStyles";

export function AdjustmentsResult({
  result,
  currency,
  decimals,
}: {
  result: AdjustmentsUpdate;
  currency: string;
  decimals: number;
}): React.JSX.Element {
  const { strings: t, locale } = useI18n();
  const shared = useSharedStyles();
  const styles = useCycleStyles();
  const money = (x: number) => formatMoney(x, currency, decimals, locale);
  const skipped = result.skipped.map((label) => t.cycle.adjustmentsSkipped(label));
  if (result.added.length === 0)
    return (
      <MessageBar intent={skipped.length > 0 ? "warning" : "info"} layout="multiline">
        <MessageBarBody className={shared.wrap}>
          {skipped.length > 0 ? skipped.join(" ") : t.cycle.adjustedNone(result.forPeriod ?? "")}
        </MessageBarBody>
      </MessageBar>
    );
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody className={shared.wrap}>
        <MessageBarTitle>{t.cycle.adjustedTitle(result.settledIn)}</MessageBarTitle>
        {/* A paragraph of its own: the title is inline and would run into the text. */}
        <Text as="p" block className={styles.flush}>
          {t.cycle.adjustedSheet(t.common.sheetInText(result.sheet ?? ""))}
        </Text>
        <AdjustmentLines lines={result.added} money={money} />
      </MessageBarBody>
    </MessageBar>
  );
}

/** Each partner's line: recomputed − paid so far = adjustment. */
export function AdjustmentLines({
  lines,
  money,
}: {
  lines: AdjustmentsUpdate["added"];
  money: (x: number) => string;
}): React.JSX.Element {
  const { strings: t } = useI18n();
  return (
    <ul>
      {lines.map((l) => (
        <li key={`${l.partnerId} ${l.forPeriod}`}>
          {t.cycle.adjustmentLine(l.partnerId, money(l.paidBefore), money(l.recomputed), money(l.adjustment))}
        </li>
      ))}
    </ul>
  );
}
