import * as React from "react";
import { mergeClasses, Select, Spinner, Tab, TabList, Text } from "@fluentui/react-components";
import { Programs } from "../Programs/Programs";
import { loadInsights, loadWizard } from "../../lazy";
import { useAppShellState } from "./useAppShellState";
import { useAppShellStyles } from "./useAppShellStyles";
import { useI18n } from "../../i18n/I18nProvider";
import { isUiLanguage } from "../../i18n/language";
import { loadEnglishScreenWords } from "../../i18n/englishCatalog";

// Each screen comes with its English words (also in a Chinese pane: the switch may turn it English).
const withWords = <T,>(load: () => Promise<T>) => Promise.all([load(), loadEnglishScreenWords()]).then(([m]) => m);
const Wizard = React.lazy(() => withWords(loadWizard).then((m) => ({ default: m.Wizard })));
const Insights = React.lazy(() => withWords(loadInsights).then((m) => ({ default: m.Insights })));

/** The pane: a title, tabs for the main sections, and the section's panel filling the rest. */
export function AppShell(): React.JSX.Element {
  const { view, visited, selectView, edit, startEdit, endEdit } = useAppShellState();
  const styles = useAppShellStyles();
  const { strings: t, language, setLanguage } = useI18n();
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
            <React.Suspense
              fallback={<Spinner className={styles.loading} size="small" label={t.shell.loadingWizard} />}
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
            <React.Suspense
              fallback={<Spinner className={styles.loading} size="small" label={t.shell.loadingInsights} />}
            >
              <Insights active={view === "insights"} />
            </React.Suspense>
          </div>
        )}
      </main>
    </div>
  );
}
