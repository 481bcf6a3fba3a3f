import * as React from "react";
import { Caption1, Text } from "@fluentui/react-components";
import type { WritePreview } from "../../services/WorkbookService";
import { useWritePreviewStyles } from "./useWritePreviewStyles";
import { useI18n } from "../../i18n/I18nProvider";
import { formatCount } from "../shared/format";

export interface WritePreviewListProps {
  preview: WritePreview;
  /** Heading level for each sheet (the surrounding section decides). */
  headingLevel?: 3 | 4;
  label?: string;
}

/** Sheets, tables (columns, rows) and one formula per calculated column, exactly as the workbook layer will write them. */
export function WritePreviewList({ preview, headingLevel = 3, label }: WritePreviewListProps): React.JSX.Element {
  const styles = useWritePreviewStyles();
  const { strings: t, locale } = useI18n();
  const rows = (n: number) => formatCount(n, t.common.writePreview.rowsOne, t.common.writePreview.rowsMany, locale);
  const columns = (n: number) =>
    formatCount(n, t.common.writePreview.columnsOne, t.common.writePreview.columnsMany, locale);
  const Heading = `h${headingLevel}` as "h3" | "h4";
  return (
    <ul className={styles.list} aria-label={label ?? t.common.writePreview.label}>
      {preview.sheets.map((sheet) => (
        <li key={sheet.name} className={styles.sheet}>
          <Heading className={styles.heading}>{t.common.writePreview.sheet(sheet.name)}</Heading>
          {sheet.tables.map((table) => (
            <div key={table.name} className={styles.wrap}>
              <Text weight="semibold">{t.common.writePreview.table(table.name)}</Text>{" "}
              <Text>{t.common.writePreview.size(rows(table.rows), columns(table.columns.length))}</Text>
              <br />
              <Caption1 className={styles.muted}>{t.common.writePreview.columns(table.columns.join(t.common.listSeparator))}</Caption1>
            </div>
          ))}
          {sheet.formulas.length > 0 && (
            <ul className={styles.list} aria-label={t.common.writePreview.formulasOn(sheet.name)}>
              {sheet.formulas.map((f) => (
                <li key={f.column} className={styles.wrap}>
                  <Text>{f.column}: </Text>
                  <code className={styles.code}>{f.formula}</code>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
