import * as React from "react";
import { Caption1, Text } from "@fluentui/react-components";
import type { WritePreview } from "../../services/WorkbookService";
import { useWritePreviewStyles } from "./useWritePreviewStyles";

export interface WritePreviewListProps {
  preview: WritePreview;
  /** Heading level for each sheet (the surrounding section decides). */
  headingLevel?: 3 | 4;
  label?: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/** Sheets, tables (columns, rows) and one formula per calculated column, exactly as the workbook layer will write them. */
export function WritePreviewList({
  preview,
  headingLevel = 3,
  label = "What will be written",
}: WritePreviewListProps): React.JSX.Element {
  const styles = useWritePreviewStyles();
  const Heading = `h${headingLevel}` as "h3" | "h4";
  return (
    <ul className={styles.list} aria-label={label}>
      {preview.sheets.map((sheet) => (
        <li key={sheet.name} className={styles.sheet}>
          <Heading className={styles.heading}>Sheet “{sheet.name}”</Heading>
          {sheet.tables.map((table) => (
            <div key={table.name} className={styles.wrap}>
              <Text weight="semibold">Table {table.name}</Text>{" "}
              <Text>
                ({plural(table.rows, "row")}, {plural(table.columns.length, "column")})
              </Text>
              <br />
              <Caption1 className={styles.muted}>Columns: {table.columns.join(", ")}</Caption1>
            </div>
          ))}
          {sheet.formulas.length > 0 && (
            <ul className={styles.list} aria-label={`Formulas on ${sheet.name}`}>
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
