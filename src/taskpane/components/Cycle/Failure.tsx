/* What went wrong, in the panel: a title saying what was not done, then the error's own words. */
import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useSharedStyles } from "../shared/useSharedStyles";

export function Failure({
  title,
  message,
  intent = "error",
}: {
  title: string;
  message: string;
  /** "warning" when the rest of the panel still works without what failed. */
  intent?: "error" | "warning";
}): React.JSX.Element {
  const shared = useSharedStyles();
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody className={shared.wrap}>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message}
      </MessageBarBody>
    </MessageBar>
  );
}
