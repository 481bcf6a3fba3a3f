import * as React from "react";
import { FluentProvider, Theme } from "@fluentui/react-components";
import { AppShell } from "./components/AppShell/AppShell";
import { ErrorBoundary } from "./components/ErrorBoundary/ErrorBoundary";
import { WorkbookServiceProvider } from "./services/WorkbookServiceContext";
import type { WorkbookService } from "./services/WorkbookService";
import { I18nProvider } from "./i18n/I18nProvider";
import { loadChineseCatalog } from "./lazy";
import type { UiLanguage } from "./i18n/language";

export interface AppProps {
  theme: Theme;
  /** Where programs are read and written: Excel in the add-in, a fake in tests. */
  service: WorkbookService;
  /** A fixed language (tests); otherwise the user's choice or Office's display language. */
  language?: UiLanguage;
}

export function App({ theme, service, language }: AppProps): React.JSX.Element {
  return (
    <FluentProvider theme={theme} style={{ height: "100vh" }}>
      <I18nProvider language={language} loadChinese={loadChineseCatalog}>
        <WorkbookServiceProvider service={service}>
          <ErrorBoundary>
            <AppShell />
          </ErrorBoundary>
        </WorkbookServiceProvider>
      </I18nProvider>
    </FluentProvider>
  );
}
