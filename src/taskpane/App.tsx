import * as React from "react";
import { FluentProvider, Theme } from "@fluentui/react-components";
import { AppShell } from "./components/AppShell/AppShell";
import { ErrorBoundary } from "./components/ErrorBoundary/ErrorBoundary";
import { WorkbookServiceProvider } from "./services/WorkbookServiceContext";
import type { WorkbookService } from "./services/WorkbookService";

export interface AppProps {
  theme: Theme;
  /** Where programs are read and written: Excel in the add-in, a fake in tests. */
  service: WorkbookService;
}

export function App({ theme, service }: AppProps): React.JSX.Element {
  return (
    <FluentProvider theme={theme} style={{ height: "100vh" }}>
      <WorkbookServiceProvider service={service}>
        <ErrorBoundary>
          <AppShell />
        </ErrorBoundary>
      </WorkbookServiceProvider>
    </FluentProvider>
  );
}
