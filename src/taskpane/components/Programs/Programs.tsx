import * as React from "react";
import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle1,
  Text,
} from "@fluentui/react-components";
import { WritePreviewList } from "../WritePreview/WritePreviewList";
import { ExplainPanel } from "../Explain/ExplainPanel";
import { ProgramItem } from "./ProgramItem";
import { FunctionHelp } from "../Help/FunctionHelp";
import { RefreshIcon } from "../icons";
import { useSharedStyles } from "../useSharedStyles";
import { usePrograms, type ProgramsState } from "./usePrograms";
import { useProgramsStyles } from "./useProgramsStyles";
import type { ProgramSummary } from "../../services/WorkbookService";
import type { EditRequest } from "../Wizard/wizardModel";

export interface ProgramsProps {
  /** Whether the Programs tab is showing: the list is read again each time it is. */
  active: boolean;
  onNewProgram: () => void;
  /** Opens a program, as read from its tables, in the wizard. */
  onEditProgram?: (request: EditRequest) => void;
}

export const FIRST_RUN_LINE =
  "Partner Incentives turns an incentive plan into live Excel tables and formulas that pay each partner by results.";

const partners = (n: number) => `${n.toLocaleString("en-US")} ${n === 1 ? "partner" : "partners"}`;
const sheetNames = (p: ProgramSummary) =>
  p.planSheet === p.dataSheet || !p.dataSheet ? [p.planSheet] : [p.planSheet, p.dataSheet];
const sheets = (p: ProgramSummary) => `${sheetNames(p).length === 1 ? "Sheet" : "Sheets"}: ${sheetNames(p).join(", ")}`;

/** The programs found in the workbook; on a first run, what the add-in does and a sample to try. */
export function Programs({ active, onNewProgram, onEditProgram }: ProgramsProps): React.JSX.Element {
  const state = usePrograms(active);
  const styles = useProgramsStyles();
  const shared = useSharedStyles();
  const { list, sample, deleted } = state;
  const empty = list.status === "ready" && list.programs.length === 0;
  return (
    <section className={styles.root} aria-labelledby="programs-heading">
      <div className={styles.header}>
        <Subtitle1 as="h2" id="programs-heading" className={styles.heading}>
          Programs
        </Subtitle1>
        <Button
          className={styles.touch}
          appearance="subtle"
          icon={<RefreshIcon />}
          onClick={state.refresh}
          disabled={list.status === "loading"}
        >
          Refresh
        </Button>
      </div>

      <SampleProgress state={state} />

      {deleted && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody className={shared.wrap}>
            <MessageBarTitle>“{deleted.name}” deleted</MessageBarTitle>
            {deleted.sheets.length === 1 ? "Sheet deleted: " : "Sheets deleted: "}
            {deleted.sheets.join(", ")}. Your other sheets were not changed.
          </MessageBarBody>
        </MessageBar>
      )}

      {list.status === "loading" && <Spinner size="small" label="Looking for programs in this workbook…" />}

      {list.status === "failed" && (
        <>
          <Body1 as="p">{FIRST_RUN_LINE}</Body1>
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody className={shared.wrap}>
              <MessageBarTitle>Could not read the workbook</MessageBarTitle>
              {list.message}
            </MessageBarBody>
          </MessageBar>
          <Button className={styles.touch} onClick={onNewProgram}>
            Design a program anyway
          </Button>
        </>
      )}

      <SampleConfirmation state={state} />

      {empty && sample.step !== "confirm" && (
        <>
          <Body1 as="p">{FIRST_RUN_LINE}</Body1>
          <Text>No programs in this workbook yet.</Text>
          <div className={styles.actions}>
            <Button
              className={styles.touch}
              appearance="primary"
              onClick={state.openSample}
              disabledFocusable={sample.step === "preparing" || sample.step === "inserting"}
            >
              Insert sample program
            </Button>
            <Button className={styles.touch} onClick={onNewProgram}>
              Create a program
            </Button>
          </div>
        </>
      )}

      {list.status === "ready" && list.programs.length > 0 && (
        <ul className={styles.list} aria-label="Programs in this workbook">
          {list.programs.map((p) => (
            <ProgramItem
              key={p.key}
              program={p}
              detail={`${partners(p.partners)} · ${sheets(p)}`}
              onDeleted={state.programDeleted}
              onEdit={onEditProgram}
            />
          ))}
        </ul>
      )}

      {list.status === "ready" && <ExplainPanel active={active} />}

      <FunctionHelp />
    </section>
  );
}

/** Progress and result of the sample insert, on the screen rather than in the dialog. */
function SampleProgress({ state }: { state: ProgramsState }): React.JSX.Element | null {
  const { sample } = state;
  const shared = useSharedStyles();
  switch (sample.step) {
    case "preparing":
      return <Spinner size="small" label="Working out what the sample will add…" />;
    case "inserting":
      return <Spinner size="small" label="Inserting the sample program…" />;
    case "inserted": {
      const s = sample.created.summary;
      return (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody className={shared.wrap}>
            <MessageBarTitle>Sample program inserted</MessageBarTitle>“{s.name}” with {partners(s.partners)}, on{" "}
            {sheetNames(s).join(" and ")}.
          </MessageBarBody>
        </MessageBar>
      );
    }
    case "failed":
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody className={shared.wrap}>
            <MessageBarTitle>
              {sample.wrote ? "The sample was not inserted" : "Could not prepare the sample"}
            </MessageBarTitle>
            {sample.message}
            {sample.wrote && " The workbook was left as it was."}
          </MessageBarBody>
        </MessageBar>
      );
    default:
      return null;
  }
}

/**
 * Shows exactly what the sample will add, in the pane itself (a narrow pane has no room for a
 * dialog); nothing is written until Insert. Focus moves to its heading when it appears.
 */
function SampleConfirmation({ state }: { state: ProgramsState }): React.JSX.Element | null {
  const styles = useProgramsStyles();
  const heading = React.useRef<HTMLHeadingElement>(null);
  const { sample } = state;
  const open = sample.step === "confirm";
  React.useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);
  if (sample.step !== "confirm") return null;
  return (
    <section
      className={styles.confirm}
      aria-labelledby="sample-confirm-heading"
      aria-describedby="sample-confirm-intro"
    >
      <h3 ref={heading} tabIndex={-1} id="sample-confirm-heading" className={styles.confirmHeading}>
        Insert the sample program?
      </h3>
      <Body1 as="p" id="sample-confirm-intro" className={styles.flush}>
        The SolarWave installer program with sample data for 60 partners, as ordinary Excel tables and formulas you can
        edit. Your own sheets are not changed. It adds:
      </Body1>
      <WritePreviewList preview={sample.preview} headingLevel={4} />
      <div className={styles.confirmActions}>
        <Button className={styles.touch} appearance="primary" onClick={state.confirmSample}>
          Insert
        </Button>
        <Button className={styles.touch} onClick={state.cancelSample}>
          Cancel
        </Button>
      </div>
    </section>
  );
}
