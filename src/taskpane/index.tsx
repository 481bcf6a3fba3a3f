import { createRoot } from "react-dom/client";
import { App } from "./App";
import { fluentThemeFor } from "./theme";
import { createExcelWorkbookService } from "./services/excelWorkbookService";
import { registerRibbonCommands } from "./ribbonCommands";

/** Renders the pane once Office is ready, or straight away where office.js is absent (a plain browser). */
function start(): void {
  const service = createExcelWorkbookService();
  const root = createRoot(document.getElementById("root") as HTMLElement);
  const render = () => {
    const officeTheme = typeof Office !== "undefined" ? Office.context?.officeTheme : undefined;
    const forced = typeof window.matchMedia === "function" && window.matchMedia("(forced-colors: active)").matches;
    root.render(<App theme={fluentThemeFor(officeTheme, forced)} service={service} />);
  };
  if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
    Office.onReady(() => {
      registerRibbonCommands();
      render();
    });
  } else {
    render();
  }
}

start();
