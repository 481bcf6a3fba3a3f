import * as React from "react";
import { Button, Caption1, Field, Input, Tooltip } from "@fluentui/react-components";
import type { ProgramIssue } from "../../../../engine/program/validate";
import type { TierRow } from "../../../../engine/program/types";
import { AddIcon, DeleteIcon } from "../icons";
import { useSharedStyles } from "../useSharedStyles";
import { NumberField } from "../NumberField";
import { IssueStatus } from "../IssueStatus";
import { parsePastedTiers } from "./tierPaste";
import { useTierEditorStyles } from "./useTierEditorStyles";
import { useStrings } from "../../../i18n/I18nProvider";

export interface TierEditorProps {
  tiers: readonly TierRow[];
  /** Stable keys, one per row. */
  keys: readonly number[];
  /** Column titles, e.g. "From (% of target)" and "Rate (%)". */
  boundTitle: string;
  rateTitle: string;
  /** Bounds are attainments or fractions of a target: typed and shown in %. */
  boundsInPercent: boolean;
  /** The visible issue for "tiers" or "tiers.N". */
  issueAt: (path: string) => ProgramIssue | undefined;
  onChange: (index: number, patch: Partial<TierRow>) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
  onPaste: (rows: TierRow[]) => void;
}

/** Which of a row's cells an engine tier message is about. */
function cellOf(issue: ProgramIssue | undefined): "bound" | "rate" | "label" | "row" | null {
  if (!issue) return null;
  if (issue.id.startsWith("tierBound") || issue.id === "tierNotAscending") return "bound";
  if (issue.id.startsWith("tierRate")) return "rate";
  if (issue.id.startsWith("tierLabel")) return "label";
  return "row";
}

/**
 * The tier table: lower bound, rate and label per row; add and remove rows; paste a block
 * copied from Excel into any box to replace the table.
 */
export function TierEditor(props: TierEditorProps): React.JSX.Element {
  const styles = useTierEditorStyles();
  const shared = useSharedStyles();
  const t = useStrings();
  const tableIssue = props.issueAt("tiers");
  // A removed row takes its button with it: keep keyboard focus in the editor.
  const addRef = React.useRef<HTMLButtonElement>(null);
  // One id per editor: the wizard and Insights can both show one.
  const hintId = `tier-paste-hint-${React.useId()}`;

  const onPaste = (e: React.ClipboardEvent) => {
    const rows = parsePastedTiers(e.clipboardData?.getData("text/plain") ?? e.clipboardData?.getData("text") ?? "");
    if (!rows) return;
    e.preventDefault();
    props.onPaste(rows);
  };

  return (
    <div className={styles.root} onPaste={onPaste}>
      <Caption1 className={styles.hint} id={hintId}>
        {t.wizard.pasteHint}
      </Caption1>
      {tableIssue && <IssueStatus ok={false}>{tableIssue.message}</IssueStatus>}
      <div className={styles.grid} aria-hidden="true">
        <span className={styles.head}>{props.boundTitle}</span>
        <span className={styles.head}>{props.rateTitle}</span>
      </div>
      <ol className={styles.rows} aria-label={t.wizard.tiersList}>
        {props.tiers.map((row, i) => {
          const issue = props.issueAt(`tiers.${i}`);
          const cell = cellOf(issue);
          const issueId = issue ? `tier-issue-${props.keys[i]}` : undefined;
          const n = i + 1;
          return (
            <li key={props.keys[i]} className={styles.row}>
              <div className={styles.grid} role="group" aria-label={t.wizard.tierGroup(n)}>
                <NumberField
                  label={t.wizard.tierCell(n, props.boundTitle)}
                  hideLabel
                  percent={props.boundsInPercent}
                  emptyIsNaN
                  value={row.bound}
                  onChange={(v) => props.onChange(i, { bound: v ?? NaN })}
                  invalid={cell === "bound" || cell === "row"}
                  describedBy={cell === "bound" || cell === "row" ? issueId : undefined}
                />
                <NumberField
                  label={t.wizard.tierCell(n, props.rateTitle)}
                  hideLabel
                  percent
                  emptyIsNaN
                  value={row.rate}
                  onChange={(v) => props.onChange(i, { rate: v ?? NaN })}
                  invalid={cell === "rate" || cell === "row"}
                  describedBy={cell === "rate" || cell === "row" ? issueId : undefined}
                />
                <Tooltip content={t.wizard.removeTier(n)} relationship="label">
                  <Button
                    className={shared.touch}
                    appearance="subtle"
                    icon={<DeleteIcon />}
                    onClick={() => {
                      props.onRemove(i);
                      addRef.current?.focus();
                    }}
                  />
                </Tooltip>
                <Field
                  className={styles.label}
                  label={{ children: t.wizard.tierLabel(n), className: shared.visuallyHidden }}
                >
                  <Input
                    className={shared.fill}
                    placeholder={t.wizard.labelPlaceholder}
                    value={row.label}
                    onChange={(_, d) => props.onChange(i, { label: d.value })}
                    aria-invalid={cell === "label" || undefined}
                    aria-describedby={cell === "label" ? issueId : undefined}
                  />
                </Field>
                {issue && (
                  <div className={styles.rowIssue} id={issueId}>
                    <IssueStatus ok={false}>{issue.message}</IssueStatus>
                  </div>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <Button ref={addRef} className={shared.touch} icon={<AddIcon />} onClick={props.onAdd}>
        {t.wizard.addTier}
      </Button>
    </div>
  );
}
