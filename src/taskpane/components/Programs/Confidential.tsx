import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useSharedStyles } from "../shared/useSharedStyles";
import { useI18n } from "../../i18n/I18nProvider";

/** Every partner's pay on one sheet: said where the sheet is generated and in its result. */
export function Confidential(): React.JSX.Element {
  const shared = useSharedStyles();
  const { strings: t } = useI18n();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody className={shared.wrap}>
        <MessageBarTitle>{t.programs.confidentialTitle}</MessageBarTitle>
        {t.programs.confidentialBody}
      </MessageBarBody>
    </MessageBar>
  );
}
