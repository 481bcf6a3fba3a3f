import * as React from "react";
import { Button } from "@fluentui/react-components";
import { useStrings } from "../../i18n/I18nProvider";
import { OnDemandStatus } from "../shared/OnDemandStatus";
import { onDemand, useOnDemand } from "../shared/useOnDemand";
import type { MoreAction } from "./MoreActionsMenu";
import { useProgramsStyles } from "./useProgramsStyles";

// Fluent's menu and its positioning, fetched when a card's menu is first opened.
const moreActionsMenu = onDemand(() => import(/* webpackChunkName: "program-menu" */ "./MoreActionsMenu"));

/**
 * A card's More actions: a plain button until the menu's chunk has come (it keeps focus while the
 * chunk loads, a spinner says so), then the menu itself, open. Once loaded, every card shows the menu.
 */
export function MoreActions({
  label,
  actions,
  disabled,
}: {
  label: string;
  actions: readonly MoreAction[];
  disabled: boolean;
}): React.JSX.Element {
  const styles = useProgramsStyles();
  const t = useStrings();
  const [menu, request] = useOnDemand(moreActionsMenu);
  if (menu.status === "ready")
    return <menu.module.MoreActionsMenu label={label} actions={actions} disabled={disabled} />;
  return (
    <>
      <Button className={styles.touch} disabledFocusable={disabled} aria-haspopup="menu" onClick={request}>
        {label}
      </Button>
      <OnDemandStatus state={menu} loading={t.onDemand.loadingMenu} />
    </>
  );
}
