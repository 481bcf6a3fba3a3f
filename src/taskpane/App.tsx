import * as React from "react";
import { FluentProvider, Theme } from "@fluentui/react-components";
import { Welcome } from "./components/Welcome";

export interface AppProps {
  theme: Theme;
}

export function App({ theme }: AppProps): React.JSX.Element {
  return (
    <FluentProvider theme={theme} style={{ minHeight: "100vh" }}>
      <Welcome />
    </FluentProvider>
  );
}
