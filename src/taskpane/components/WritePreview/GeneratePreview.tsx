import * as React from "react";
import { Text } from "@fluentui/react-components";
import { useWritePreviewStyles } from "./useWritePreviewStyles";
import { useStrings } from "../../i18n/I18nProvider";

/**
 * What a generate will write, in a few lines (which sheet, added or rewritten in place, for whom,
 * in which language): the dashboard and statements' counterpart of WritePreviewList.
 */
export function GeneratePreview({ lines }: { lines: readonly string[] }): React.JSX.Element {
  const styles = useWritePreviewStyles();
  const t = useStrings();
  return (
    <ul className={styles.list} aria-label={t.common.writePreview.label}>
      {lines.map((line) => (
        <li key={line} className={styles.wrap}>
          <Text>{line}</Text>
        </li>
      ))}
    </ul>
  );
}
