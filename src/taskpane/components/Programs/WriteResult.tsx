import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useWorkbookService } from "../../services/WorkbookServiceContext";
import { useSharedStyles } from "../shared/useSharedStyles";
import { useStrings } from "../../i18n/I18nProvider";

/**
 * A finished write's result: focus moves to it when it appears (so keyboard and screen reader
 * users land on what happened, not on the page), with "Go to sheet", which shows the written sheet.
 */
export function WriteResult({
  title,
  sheet,
  children,
}: {
  title: string;
  /** The sheet written; null: nothing to go to. */
  sheet: string | null;
  children: React.ReactNode;
}): React.JSX.Element {
  const service = useWorkbookService();
  const shared = useSharedStyles();
  const t = useStrings();
  const ref = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => ref.current?.focus(), []);
  return (
    <MessageBar ref={ref} tabIndex={-1} intent="success" layout="multiline">
      <MessageBarBody className={shared.wrap}>
        <MessageBarTitle>{title}</MessageBarTitle>
        {children}
      </MessageBarBody>
      {sheet !== null && (
        <MessageBarActions>
          <Button
            onClick={() => {
              service.selectCell(sheet, "A1").catch(() => undefined);
            }}
          >
            {t.programs.goToSheet}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
