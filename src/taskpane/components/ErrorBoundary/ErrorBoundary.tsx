import * as React from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { enFirstScreen as en } from "../../i18n/en/firstScreen";
import { useI18n } from "../../i18n/I18nProvider";

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
    return <CrashMessage error={error} onRetry={this.retry} />;
  }
}

function CrashMessage({ error, onRetry }: { error: Error; onRetry: () => void }): React.JSX.Element {
  const t = useStringsOrEnglish();
  return (
    <div style={{ padding: 16 }}>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.shell.crashTitle}</MessageBarTitle>
          {error.message} {t.shell.crashBody}
        </MessageBarBody>
      </MessageBar>
      <Button appearance="primary" onClick={onRetry} style={{ marginTop: 12, minHeight: 44 }}>
        {t.common.retry}
      </Button>
    </div>
  );
}

/** The boundary must never fail itself: without a language provider it speaks English. */
function useStringsOrEnglish() {
  try {
    return useI18n().strings;
  } catch {
    return en;
  }
}
