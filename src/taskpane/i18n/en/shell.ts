/* The pane's frame: title, section tabs, language switch, the error boundary. */
export const shell = {
  title: "Partner Incentives",
  sections: "Sections",
  tabPrograms: "Programs",
  tabNew: "New program",
  tabEdit: "Edit program",
  tabInsights: "Insights",
  loadingWizard: "Loading the program wizard…",
  loadingInsights: "Loading Insights…",
  language: "Language",
  crashTitle: "Something went wrong in the pane.",
  crashBody: "Drawing the pane does not change your workbook, so nothing was written by this.",
};
