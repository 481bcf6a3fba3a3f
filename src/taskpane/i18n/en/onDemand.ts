/** The words of parts of the pane fetched when first asked for (a chunk each), while they load or when they do not. */
export const onDemand = {
  loadingMenu: "Loading the menu…",
  loadingExplain: "Loading the explanation…",
  loadingDialog: "Loading…",
  failedTitle: "This part of the pane could not be loaded",
  /** message: the browser's reason. */
  failedBody: (message: string) => `${message} Check the connection, then try again.`,
};
