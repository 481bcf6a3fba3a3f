import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { useSharedStyles } from "../shared/useSharedStyles";
import type { WriteState } from "./useWriteAction";

/** A write's progress and outcome, announced politely; a failure says what Excel said. */
export function WriteOutcome(props: { state: WriteState; writing: string; failedTitle: string }): React.JSX.Element {
  const shared = useSharedStyles();
  const { state } = props;
  return (
    <div aria-live="polite">
      {state.status === "writing" && <Spinner size="tiny" label={props.writing} />}
      {state.status === "done" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody className={shared.wrap}>{state.message}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody className={shared.wrap}>
            <MessageBarTitle>{props.failedTitle}</MessageBarTitle>
            {state.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
