import * as React from "react";
import { mergeClasses, Spinner, Tab, TabList, Text } from "@fluentui/react-components";
import { Programs } from "../Programs/Programs";
import { loadInsights, loadWizard } from "../../lazy";
import { useAppShellState } from "./useAppShellState";
import { useAppShellStyles } from "./useAppShellStyles";

const Wizard = React.lazy(() => loadWizard().then((m) => ({ default: m.Wizard })));
const Insights = React.lazy(() => loadInsights().then((m) => ({ default: m.Insights })));

/** The pane: a title, tabs for the main sections, and the section's panel filling the rest. */
export function AppShell(): React.JSX.Element {
  const { view, visited, selectView, edit, startEdit, endEdit } = useAppShellState();
  const styles = useAppShellStyles();
  const panel = (active: boolean, scrolling: boolean) =>
    mergeClasses(styles.panel, scrolling && styles.scrolling, !active && styles.hidden);
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Text as="h1" weight="semibold" className={styles.title}>
          Partner Incentives
        </Text>
      </header>
      <TabList
        className={styles.tabs}
        aria-label="Sections"
        selectedValue={view}
        onTabSelect={(_, d) => selectView(d.value as typeof view)}
      >
        <Tab id="tab-programs" value="programs" aria-controls="panel-programs">
          Programs
        </Tab>
        <Tab id="tab-new" value="new" aria-controls="panel-new">
          {edit ? "Edit program" : "New program"}
        </Tab>
        <Tab id="tab-insights" value="insights" aria-controls="panel-insights">
          Insights
        </Tab>
      </TabList>
      <main className={styles.main}>
        <div
          role="tabpanel"
          id="panel-programs"
          aria-labelledby="tab-programs"
          hidden={view !== "programs"}
          className={panel(view === "programs", true)}
        >
          <Programs active={view === "programs"} onNewProgram={() => selectView("new")} onEditProgram={startEdit} />
        </div>
        {visited.has("new") && (
          <div
            role="tabpanel"
            id="panel-new"
            aria-labelledby="tab-new"
            hidden={view !== "new"}
            className={panel(view === "new", false)}
          >
            <React.Suspense
              fallback={<Spinner className={styles.loading} size="small" label="Loading the program wizard…" />}
            >
              <Wizard onShowPrograms={() => selectView("programs")} edit={edit} onEditEnd={endEdit} />
            </React.Suspense>
          </div>
        )}
        {visited.has("insights") && (
          <div
            role="tabpanel"
            id="panel-insights"
            aria-labelledby="tab-insights"
            hidden={view !== "insights"}
            className={panel(view === "insights", true)}
          >
            <React.Suspense fallback={<Spinner className={styles.loading} size="small" label="Loading Insights…" />}>
              <Insights active={view === "insights"} />
            </React.Suspense>
          </div>
        )}
      </main>
    </div>
  );
}
