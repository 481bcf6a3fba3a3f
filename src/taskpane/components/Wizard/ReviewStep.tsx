import * as React from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text } from "@fluentui/react-components";
import type { ProgramDefinition } from "../../../engine/program/types";
import { WritePreviewList } from "../WritePreview/WritePreviewList";
import { formatMoney, formatNumber, formatPercent, formatWithUnit } from "./format";
import { IssueStatus } from "./IssueStatus";
import { FREQUENCY_TEXT, PAY_KIND_TEXT } from "./ProgramStep";
import type { ReviewState } from "./useReview";
import type { WizardState } from "./useWizardState";
import { useWizardStyles } from "./useWizardStyles";
import { useSharedStyles } from "../useSharedStyles";
import { stepOfPath, STEPS, type StepIndex } from "./wizardModel";
import { diffIsEmpty, type ProgramDiff } from "./programDiff";

export const CREATE_REASON_ID = "create-blocked-reason";

function summaryRows(p: ProgramDefinition): [string, React.ReactNode][] {
  const money = (n: number | null) => (n === null ? "–" : formatMoney(n, p.currency, p.decimals));
  const basis = p.basisKpi === null ? undefined : p.kpis[p.basisKpi];
  const boundsInPercent = p.payKind === "bonus" || p.payKind === "discount" || p.boundsRelativeToTarget;
  const bound = (b: number) => (boundsInPercent ? formatPercent(b) : formatNumber(b));
  let pays = PAY_KIND_TEXT[p.payKind].title;
  if ((p.payKind === "commission" || p.payKind === "rebate") && basis) pays += ` on ${basis.name}, ${p.method} method`;
  if (p.payKind === "bonus") pays += `, target incentive ${money(p.targetIncentive)}`;
  if (p.payKind === "discount") pays += ` off a list price of ${money(p.listPrice)}`;
  if (p.cap !== null && p.payKind !== "discount")
    pays += `, capped at ${p.payKind === "bonus" ? formatPercent(p.cap) : money(p.cap)}`;
  return [
    ["Name", p.name],
    ["Period", `${p.periodStart} to ${p.periodEnd}, ${FREQUENCY_TEXT[p.frequency].toLowerCase()}`],
    ["Currency", `${p.currency}, ${p.decimals} ${p.decimals === 1 ? "decimal" : "decimals"}`],
    ["Pays", pays],
    [
      "KPIs",
      p.kpis
        .map((k) => {
          const target =
            k.targetMode === "perPartner"
              ? "target per partner"
              : k.target === null
                ? "no target"
                : `target ${formatWithUnit(k.target, k.unit)}`;
          const gate = k.gate === null ? "" : `, gate ${formatWithUnit(k.gate, k.unit)}`;
          return `${k.name} (${formatPercent(k.weight)}, ${target}${gate})`;
        })
        .join("; "),
    ],
    [
      "Tiers",
      p.tiers
        .map((t, i) => `${t.label || `Tier ${i + 1}`} from ${bound(t.bound)}: ${formatPercent(t.rate, 2)}`)
        .join("; "),
    ],
    [
      "Data",
      p.source.kind === "new" ? "A new partner table" : `${p.source.source} (partners in ${p.source.partnerColumn})`,
    ],
  ];
}

export interface ReviewStepProps {
  wizard: WizardState;
  review: ReviewState;
  onGoTo: (step: StepIndex) => void;
  onShowPrograms: () => void;
}

/**
 * Step 4: the program in brief, exactly what will be written, and the result of Create. When
 * editing: what will change instead of the write preview, and the result of Save changes.
 */
export function ReviewStep({ wizard, review, onGoTo, onShowPrograms }: ReviewStepProps): React.JSX.Element {
  const styles = useWizardStyles();
  const shared = useSharedStyles();
  const first = wizard.issues[0];
  const firstStep = first ? stepOfPath(first.path) : null;
  const { preview, create } = review;
  const { diff } = wizard;
  return (
    <div className={styles.section}>
      <dl className={styles.summary}>
        {summaryRows(wizard.program).map(([term, value]) => (
          <React.Fragment key={term}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.definition}>{value}</dd>
          </React.Fragment>
        ))}
      </dl>

      {first && firstStep !== null && (
        <div className={styles.section} id={CREATE_REASON_ID}>
          <IssueStatus ok={false}>
            {diff ? "Save" : "Create"} is not available yet: {first.message} (on the {STEPS[firstStep]} step
            {wizard.issues.length > 1 ? `; ${wizard.issues.length} issues in all` : ""})
          </IssueStatus>
          <div className={styles.actionsRow}>
            <Button onClick={() => onGoTo(firstStep)}>Go to {STEPS[firstStep]}</Button>
          </div>
        </div>
      )}

      {create.status === "done" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody className={shared.wrap}>
            <MessageBarTitle>Program created</MessageBarTitle>“{create.created.summary.name}” with{" "}
            {formatNumber(create.created.summary.partners)}{" "}
            {create.created.summary.partners === 1 ? "partner" : "partners"}, on{" "}
            {[...new Set(create.created.preview.sheets.map((s) => s.name))].join(" and ")}: tables{" "}
            {create.created.preview.sheets.flatMap((s) => s.tables.map((t) => t.name)).join(", ")}.
          </MessageBarBody>
        </MessageBar>
      )}
      {create.status === "done" && (
        <div className={styles.actionsRow}>
          <Button className={shared.touch} onClick={onShowPrograms}>
            See programs
          </Button>
        </div>
      )}
      {create.status === "failed" && !diff && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody className={shared.wrap}>
            <MessageBarTitle>The program was not created</MessageBarTitle>
            {create.message} The workbook was left as it was.
          </MessageBarBody>
        </MessageBar>
      )}
      {create.status === "saved" && <SavedMessage changes={create.updated.changes} notes={create.updated.notes} />}
      {create.status === "failed" && diff && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody className={shared.wrap}>
            <MessageBarTitle>The changes were not saved</MessageBarTitle>
            {create.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {create.status === "creating" && (
        <Spinner size="small" label={diff ? "Saving the changes…" : "Writing the program into the workbook…"} />
      )}

      {diff ? (
        <ChangeList diff={diff} reasonId={first ? undefined : CREATE_REASON_ID} />
      ) : (
        <section className={styles.section} aria-labelledby="write-preview-heading">
          <h3 className={styles.subheading} id="write-preview-heading">
            What will be written
          </h3>
          {preview.status === "waiting" && <Text>Shown once every step is complete.</Text>}
          {preview.status === "loading" && <Spinner size="small" label="Working out what will be written…" />}
          {preview.status === "failed" && (
            <MessageBar intent="error" layout="multiline" id={first ? undefined : CREATE_REASON_ID}>
              <MessageBarBody className={shared.wrap}>
                <MessageBarTitle>Could not prepare the preview</MessageBarTitle>
                {preview.message} Nothing can be created until it is shown.
              </MessageBarBody>
            </MessageBar>
          )}
          {preview.status === "ready" && <WritePreviewList preview={preview.preview} headingLevel={4} />}
        </section>
      )}
    </div>
  );
}

const DIFF_GROUPS: [keyof Omit<ProgramDiff, "blocked">, string][] = [
  ["settings", "Settings"],
  ["kpis", "KPIs"],
  ["tiers", "Tiers"],
];

/** Editing: the settings, KPIs and tier rows that differ from the program as it is in the workbook. */
function ChangeList({ diff, reasonId }: { diff: ProgramDiff; reasonId: string | undefined }): React.JSX.Element {
  const styles = useWizardStyles();
  const empty = diffIsEmpty(diff);
  return (
    <section className={styles.section} aria-labelledby="what-will-change-heading">
      <h3 className={styles.subheading} id="what-will-change-heading">
        What will change
      </h3>
      {empty && (
        <Text id={reasonId}>Nothing has changed yet: edit the program on the steps above to save changes.</Text>
      )}
      {DIFF_GROUPS.filter(([k]) => diff[k].length > 0).map(([k, title]) => (
        <ul key={k} className={styles.changeList} aria-label={title}>
          {diff[k].map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ))}
      {diff.blocked && (
        <div id={empty ? undefined : reasonId}>
          <IssueStatus ok={false}>{diff.blocked}</IssueStatus>
        </div>
      )}
      {!empty && !diff.blocked && (
        <Text className={styles.explain}>
          Saved in place in the program&apos;s own tables, as one undo step; your other columns and rows are kept.
        </Text>
      )}
    </section>
  );
}

/** After Save changes: what the workbook layer says it changed, and what it left for the user. */
function SavedMessage({ changes, notes }: { changes: readonly string[]; notes: readonly string[] }) {
  const shared = useSharedStyles();
  const styles = useWizardStyles();
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody className={shared.wrap}>
        <MessageBarTitle>Changes saved</MessageBarTitle>
        {changes.length === 0 ? (
          "Nothing needed changing in the workbook."
        ) : (
          <ul className={styles.changeList} aria-label="Changes saved">
            {changes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        )}
        {notes.length > 0 && (
          <ul className={styles.changeList} aria-label="Notes">
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
