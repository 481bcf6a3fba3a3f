import * as React from "react";
import { mergeClasses, Select, Tab, TabList, Text } from "@fluentui/react-components";
import { Programs } from "../Programs/Programs";
import { loadInsights, loadWizard } from "../../lazy";
import { useAppShellState } from "./useAppShellState";
import { useAppShellStyles } from "./useAppShellStyles";
import { useI18n } from "../../i18n/I18nProvider";
import { isUiLanguage } from "../../i18n/language";
import { loadEnglishScreenWords } from "../../i18n/englishCatalog";
import { onDemand, useOnDemand } from "../shared/useOnDemand";
import { OnDemandStatus } from "../shared/OnDemandStatus";

// Each screen comes with its English words (also in a Chinese pane: the switch may turn it English).
// Not React.lazy: a chunk that did not come is said in the panel and can be asked for again
// (React.lazy remembers a failed load until the pane is reloaded).
const withWords = <T,>(load: () => Promise<T>) => Promise.all([load(), loadEnglishScreenWords()]).then(([m]) => m);
const wizardScreen = onDemand(() => withWords(loadWizard));
const insightsScreen = onDemand(() => withWords(loadInsights));

/** The pane: a title, tabs for the main sections, and the section's panel filling the rest. */
export function AppShell(): React.JSX.Element {
  const { view, visited, selectView, edit, startEdit, endEdit } = useAppShellState();
  const styles = useAppShellStyles();
  const { strings: t, language, setLanguage } = useI18n();
  const [wizard, requestWizard] = useOnDemand(wizardScreen);
  const [insights, requestInsights] = useOnDemand(insightsScreen);
  const wantsWizard = visited.has("new");
  const wantsInsights = visited.has("insights");
  // A screen's chunk is asked for when the screen is first shown, and again each time its tab is
  // chosen while the chunk is missing (after a failed load).
  React.useEffect(() => {
    if (wantsWizard && view === "new") requestWizard();
  }, [wantsWizard, view, requestWizard]);
  React.useEffect(() => {
    if (wantsInsights && view === "insights") requestInsights();
  }, [wantsInsights, view, requestInsights]);
  const panel = (active: boolean, scrolling: boolean) =>
    mergeClasses(styles.panel, scrolling && styles.scrolling, !active && styles.hidden);
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Text as="h1" weight="semibold" className={styles.title}>
          {t.shell.title}
        </Text>
        <Select
          className={styles.language}
          appearance="underline"
          aria-label={t.shell.language}
          value={language}
          onChange={(_, d) => isUiLanguage(d.value) && setLanguage(d.value)}
        >
          {/* Each language is named in itself, so a reader of either finds theirs. */}
          <option value="en" lang="en">
            English
          </option>
          <option value="zh" lang="zh-CN">
            中文
          </option>
        </Select>
      </header>
      <TabList
        className={styles.tabs}
        aria-label={t.shell.sections}
        selectedValue={view}
        onTabSelect={(_, d) => selectView(d.value as typeof view)}
      >
        <Tab id="tab-programs" value="programs" aria-controls="panel-programs">
          {t.shell.tabPrograms}
        </Tab>
        <Tab id="tab-new" value="new" aria-controls="panel-new">
          {edit ? t.shell.tabEdit : t.shell.tabNew}
        </Tab>
        <Tab id="tab-insights" value="insights" aria-controls="panel-insights">
          {t.shell.tabInsights}
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
            {wizard.status === "ready" ? (
              <wizard.module.Wizard onShowPrograms={() => selectView("programs")} edit={edit} onEditEnd={endEdit} />
            ) : (
              <div className={styles.loading}>
                <OnDemandStatus state={wizard} loading={t.shell.loadingWizard} />
              </div>
            )}
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
            {insights.status === "ready" ? (
              <insights.module.Insights active={view === "insights"} />
            ) : (
              <div className={styles.loading}>
                <OnDemandStatus state={insights} loading={t.shell.loadingInsights} />
              </div>
            )}
          </div>
        )}
      </main>
    </div>
  );
}
