/* global Office, window */
/**
 * The ribbon's "New program" and "Programs" buttons. In the shared runtime the task pane page is
 * also the function file, so the buttons' functions live here: each sets the view in the URL hash
 * (which the pane follows, see navigation.ts) and shows the pane.
 */
export const RIBBON_COMMANDS = { openNewProgram: "#new", openPrograms: "#programs" } as const;

export function registerRibbonCommands(): boolean {
  if (typeof Office === "undefined" || typeof Office.actions?.associate !== "function") return false;
  for (const [name, hash] of Object.entries(RIBBON_COMMANDS)) {
    Office.actions.associate(name, async (event: Office.AddinCommands.Event) => {
      try {
        window.location.hash = hash;
        await Office.addin.showAsTaskpane();
      } finally {
        event.completed();
      }
    });
  }
  return true;
}
