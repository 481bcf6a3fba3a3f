/* global window */
import * as React from "react";
import type { EditRequest } from "../shared/editRequest";
import { currentHash, initialView, rememberView, showViewInHash, viewFromHash, type View } from "../../navigation";

/** The shell's sections are navigation.ts's views. */
export type ShellView = View;

export interface AppShellState {
  view: ShellView;
  /** Views shown at least once: they stay mounted, so a half-finished wizard survives a tab switch. */
  visited: ReadonlySet<ShellView>;
  selectView: (view: ShellView) => void;
  /** The program last opened for editing, until the wizard says editing ended. */
  edit: EditRequest | null;
  /** Opens a program in the wizard (the "new" view). */
  startEdit: (request: EditRequest) => void;
  endEdit: () => void;
}

export function useAppShellState(): AppShellState {
  const [view, setView] = React.useState<ShellView>(() => viewFromHash(currentHash()) ?? initialView());
  const [visited, setVisited] = React.useState<ReadonlySet<ShellView>>(() => new Set<ShellView>(["programs", view]));

  const selectView = React.useCallback((next: ShellView) => {
    setView(next);
    setVisited((v) => (v.has(next) ? v : new Set([...v, next])));
  }, []);

  const [edit, setEdit] = React.useState<EditRequest | null>(null);
  const startEdit = React.useCallback(
    (request: EditRequest) => {
      setEdit(request);
      selectView("new");
    },
    [selectView],
  );
  const endEdit = React.useCallback(() => setEdit(null), []);

  React.useEffect(() => {
    rememberView(view);
    showViewInHash(view);
  }, [view]);

  // A ribbon button can switch the open pane by setting location.hash.
  React.useEffect(() => {
    const onHash = () => {
      const v = viewFromHash(window.location.hash);
      if (v) selectView(v);
    };
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, [selectView]);

  return { view, visited, selectView, edit, startEdit, endEdit };
}
