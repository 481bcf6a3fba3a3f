import * as React from "react";
import { Body1, Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text } from "@fluentui/react-components";
import type { ProgramSummary } from "../../services/WorkbookService";
import { IssuesList } from "../Explain/IssuesList";
import { PartnerStatement } from "./PartnerStatement";
import { useSharedStyles } from "../useSharedStyles";
import { useProgramActions, type ProgramAction, type ProgramActionsState } from "./useProgramActions";
import { useProgramsStyles } from "./useProgramsStyles";
import type { EditRequest } from "../Wizard/wizardModel";

export interface ProgramItemProps {
  program: ProgramSummary;
  /** e.g. "60 partners · Sheets: SolarWave Plan, SolarWave Data" */
  detail: string;
  onDeleted: (program: ProgramSummary, sheets: string[]) => void;
  /** Opens the program, as read from its tables, in the wizard. */
  onEdit?: (request: EditRequest) => void;
}

const ROLE_WORDS: Record<string, string> = {
  plan: "plan",
  data: "partner data",
  installations: "installations",
  dashboard: "dashboard",
  statements: "statements",
  statementValues: "values-only statements",
};

/** One program: what it is, its generate and delete actions with their progress, and its error cells. */
export function ProgramItem({ program, detail, onDeleted, onEdit }: ProgramItemProps): React.JSX.Element {
  const state = useProgramActions(program, onDeleted, onEdit);
  const styles = useProgramsStyles();
  const { busy, generate } = state;
  const nameId = `program-${program.key}-name`;
  return (
    <li className={styles.item} aria-labelledby={nameId}>
      <Text id={nameId} className={styles.name}>
        {program.name}
      </Text>
      <Text size={200} className={styles.detail}>
        {detail}
      </Text>
      <div className={styles.programActions} role="group" aria-label={`Actions for ${program.name}`}>
        <Button
          className={styles.touch}
          appearance="primary"
          disabledFocusable={busy}
          onClick={() => generate("dashboard")}
        >
          {state.hasDashboard ? "Refresh dashboard" : "Generate dashboard"}
        </Button>
        {onEdit && (
          <Button className={styles.touch} disabledFocusable={busy} onClick={state.edit}>
            Edit program
          </Button>
        )}
        <Button className={styles.touch} disabledFocusable={busy} onClick={() => generate("statements")}>
          Generate statements
        </Button>
        <Button className={styles.touch} disabledFocusable={busy} onClick={() => generate("values")}>
          Values-only statements (to send)
        </Button>
        <Button className={styles.touch} appearance="subtle" disabledFocusable={busy} onClick={state.askDelete}>
          Delete program
        </Button>
      </div>
      <div aria-live="polite" className={styles.status}>
        <ActionStatus state={state} />
      </div>
      <PartnerStatement program={program} />
      <DeleteConfirmation program={program} state={state} />
      <IssuesList program={program} />
    </li>
  );
}

const RUNNING: Record<ProgramAction, (refresh: boolean) => string> = {
  dashboard: (refresh) => (refresh ? "Refreshing the dashboard…" : "Generating the dashboard…"),
  statements: () => "Generating statements…",
  values: () => "Writing values-only statements…",
  delete: () => "Deleting the program's sheets…",
  edit: () => "Reading the program from its tables…",
};

const DONE_TITLE: Record<ProgramAction, string> = {
  dashboard: "Dashboard ready",
  statements: "Statements ready",
  values: "Values-only statements ready",
  delete: "Program deleted",
  edit: "Program opened",
};

const FAILED_TITLE: Record<ProgramAction, string> = {
  dashboard: "The dashboard was not generated",
  statements: "The statements were not generated",
  values: "The values-only statements were not written",
  delete: "The program was not deleted",
  edit: "The program could not be opened for editing",
};

function ActionStatus({ state }: { state: ProgramActionsState }): React.JSX.Element | null {
  const shared = useSharedStyles();
  const { action, deletion } = state;
  if (deletion.step === "reading") return <Spinner size="small" label="Finding the program's sheets…" />;
  switch (action.phase) {
    case "running":
      return <Spinner size="small" label={RUNNING[action.action](state.hasDashboard)} />;
    case "done":
      return (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody className={shared.wrap}>
            <MessageBarTitle>{DONE_TITLE[action.action]}</MessageBarTitle>
            {action.message}
          </MessageBarBody>
        </MessageBar>
      );
    case "failed":
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody className={shared.wrap}>
            <MessageBarTitle>{FAILED_TITLE[action.action]}</MessageBarTitle>
            {action.message}
          </MessageBarBody>
        </MessageBar>
      );
    default:
      return null;
  }
}

/** Lists exactly the sheets that will be deleted; nothing is deleted until Delete. Focus moves to its heading. */
function DeleteConfirmation({ program, state }: { program: ProgramSummary; state: ProgramActionsState }) {
  const styles = useProgramsStyles();
  const heading = React.useRef<HTMLHeadingElement>(null);
  const open = state.deletion.step === "confirm";
  React.useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);
  if (state.deletion.step !== "confirm") return null;
  const { sheets } = state.deletion;
  const headingId = `delete-${program.key}-heading`;
  return (
    <section className={styles.confirm} aria-labelledby={headingId}>
      <h3 ref={heading} tabIndex={-1} id={headingId} className={styles.confirmHeading}>
        Delete “{program.name}”?
      </h3>
      <Body1 as="p" className={styles.flush}>
        {sheets.length === 1
          ? "This sheet the add-in created will be deleted"
          : `These ${sheets.length} sheets the add-in created will be deleted`}
        , with their tables. Your other sheets are not changed. Excel cannot undo deleting sheets.
      </Body1>
      <ul className={styles.sheetList} aria-label="Sheets to delete">
        {sheets.map((s) => (
          <li key={s.name}>
            {s.name} <span className={styles.detail}>({ROLE_WORDS[s.role] ?? s.role})</span>
          </li>
        ))}
      </ul>
      <div className={styles.confirmActions}>
        <Button className={styles.touch} appearance="primary" onClick={state.confirmDelete}>
          {sheets.length === 1 ? "Delete 1 sheet" : `Delete ${sheets.length} sheets`}
        </Button>
        <Button className={styles.touch} onClick={state.cancelDelete}>
          Cancel
        </Button>
      </div>
    </section>
  );
}
