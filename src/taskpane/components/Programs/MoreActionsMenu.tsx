import * as React from "react";
import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from "@fluentui/react-components";
import { useProgramsStyles } from "./useProgramsStyles";

export interface MoreAction {
  label: string;
  onClick: () => void;
}

export interface MoreActionsMenuProps {
  /** The trigger's words ("More actions"). */
  label: string;
  actions: readonly MoreAction[];
  disabled: boolean;
}

/**
 * A program card's "More actions" menu. Its module is a chunk of its own, fetched when a menu is
 * first asked for (Fluent's menu with its positioning is about 22 KB at gzip, more than the rest
 * of the card); it mounts open, so the click that fetched it opens it, and focus moves to its
 * first item as Fluent's menu does on opening.
 */
export function MoreActionsMenu({ label, actions, disabled }: MoreActionsMenuProps): React.JSX.Element {
  const styles = useProgramsStyles();
  return (
    <Menu defaultOpen>
      <MenuTrigger disableButtonEnhancement>
        <Button className={styles.touch} disabledFocusable={disabled}>
          {label}
        </Button>
      </MenuTrigger>
      <MenuPopover className={styles.menu}>
        <MenuList>
          {actions.map((a) => (
            <MenuItem key={a.label} onClick={a.onClick}>
              {a.label}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
