import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { useSharedStyles } from "./useSharedStyles";
import { useStrings } from "../../i18n/I18nProvider";
import type { OnDemandState } from "./useOnDemand";

/**
 * A chunk asked for: while it loads, a spinner with `loading`'s words; when it did not come, why
 * (asking again tries again); nothing once it is there.
 */
export function OnDemandStatus({
  state,
  loading,
}: {
  state: OnDemandState<unknown>;
  loading: string;
}): React.JSX.Element | null {
  const shared = useSharedStyles();
  const t = useStrings();
  if (state.status === "loading") return <Spinner size="extra-tiny" label={loading} />;
  if (state.status !== "failed") return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody className={shared.wrap}>
        <MessageBarTitle>{t.onDemand.failedTitle}</MessageBarTitle>
        {t.onDemand.failedBody(state.message)}
      </MessageBarBody>
    </MessageBar>
  );
}
