import * as React from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

interface ErrorBoundaryProps {
  children: React.ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
}

/**
 * A bug in one screen shows a readable message instead of a blank pane. Rendering never writes
 * to the workbook, so the message can say the workbook was not changed by it.
 */
export class ErrorBoundary extends React.Component<ErrorBoundaryProps, ErrorBoundaryState> {
  state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  private readonly retry = () => this.setState({ error: null });

  render(): React.ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <div style={{ padding: 16 }}>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Something went wrong in the pane.</MessageBarTitle>
            {error.message} Drawing the pane does not change your workbook, so nothing was written by this.
          </MessageBarBody>
        </MessageBar>
        <Button appearance="primary" onClick={this.retry} style={{ marginTop: 12, minHeight: 44 }}>
          Try again
        </Button>
      </div>
    );
  }
}
