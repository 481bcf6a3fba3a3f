import * as React from "react";
import {
  Body1,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
} from "@fluentui/react-components";
import type { ProgramSummary } from "../../services/WorkbookService";
import { useWorkbookService } from "../../services/WorkbookServiceContext";
import { IssuesList } from "../Explain/IssuesList";
import { useSharedStyles } from "../shared/useSharedStyles";
import { useProgramActions, type Generated, type ProgramAction, type ProgramActionsState } from "./useProgramActions";
import { useProgramsStyles } from "./useProgramsStyles";
import type { EditRequest } from "../shared/editRequest";
import { useI18n, useStrings } from "../../i18n/I18nProvider";
import type { Catalog } from "../../i18n/catalog";
import type { GeneratedSheet } from "../../services/WorkbookService";
import { formatCount } from "../shared/format";
import { undoSentence } from "../shared/undoSentence";
import { joinSentences } from "../shared/sentences";
import { Confidential } from "./Confidential";
import { onDemand, useOnDemand } from "../shared/useOnDemand";
import { OnDemandStatus } from "../shared/OnDemandStatus";
import { WriteResult } from "./WriteResult";
import { loadEnglishScreenWords } from "../../i18n/englishCatalog";
import { MoreActions } from "./MoreActions";

// The payout-cycle panel and its English words come in chunks of their own, when first opened.
const cyclePanel = onDemand(() =>
  Promise.all([import(/* webpackChunkName: "cycle" */ "../Cycle/CyclePanel"), loadEnglishScreenWords()]).then(
    ([m]) => m,
  ),
);

// The card's confirmations: fetched when the first is opened.
const cardDialogs = onDemand(() => import(/* webpackChunkName: "card-dialogs" */ "./cardDialogs"));

export interface ProgramItemProps {
  program: ProgramSummary;
  /** e.g. "60 partners · Sheets: SolarWave Plan, SolarWave Data" */
  detail: string;
  onDeleted: (program: ProgramSummary, sheets: string[]) => void;
  /** Opens the program, as read from its tables, in the wizard. */
  onEdit?: (request: EditRequest) => void;
  /** The program was saved in place (Update partners). */
  onUpdated?: (summary: ProgramSummary) => void;
}

/** The write whose confirmation is open on the card, if any. */
type Dialog = Generated | "send" | "cycle" | null;

/**
 * One program: its primary action (the dashboard), the send action (one partner's statement), the
 * rest in a menu; each write opens its confirmation (language, what will be written) in the card,
 * then shows its progress and result; and its error cells.
 */
export function ProgramItem({ program, detail, onDeleted, onEdit, onUpdated }: ProgramItemProps): React.JSX.Element {
  const state = useProgramActions(program, onDeleted, onEdit, onUpdated);
  const styles = useProgramsStyles();
  const t = useStrings();
  const { busy, generate } = state;
  const [dialog, setDialog] = React.useState<Dialog>(null);
  const [dialogs, requestDialogs] = useOnDemand(cardDialogs);
  const loaded = dialogs.status === "ready" ? dialogs.module : null;
  const [cycle, requestCycle] = useOnDemand(cyclePanel);
  const nameId = `program-${program.key}-name`;
  // Opening a confirmation or the cycle panel asks for its chunk (each time: again after a failed load).
  const open = (d: Exclude<Dialog, null>) => () => {
    state.cancelDelete();
    setDialog(d);
    if (d === "cycle") requestCycle();
    else requestDialogs();
  };
  const closing =
    <A extends unknown[]>(f: (...a: A) => void) =>
    (...a: A) => {
      setDialog(null);
      f(...a);
    };
  return (
    <li className={styles.item} aria-labelledby={nameId}>
      <Text id={nameId} className={styles.name}>
        {program.name}
      </Text>
      <Text size={200} className={styles.detail}>
        {detail}
      </Text>
      {program.partners === 0 && !program.source && <EmptyDataNote program={program} />}
      <div className={styles.programActions} role="group" aria-label={t.programs.actionsFor(program.name)}>
        <Button className={styles.touch} appearance="primary" disabledFocusable={busy} onClick={open("dashboard")}>
          {state.hasDashboard ? t.programs.refreshDashboard : t.programs.generateDashboard}
        </Button>
        <Button className={styles.touch} disabledFocusable={busy} onClick={open("send")}>
          {t.programs.sendStatement}
        </Button>
        <MoreActions
          label={t.programs.moreActions}
          disabled={busy}
          actions={[
            ...(onEdit ? [{ label: t.programs.editProgram, onClick: closing(state.edit) }] : []),
            ...(program.source
              ? [{ label: t.programs.updatePartners(program.source), onClick: closing(state.updatePartners) }]
              : []),
            { label: t.programs.statementsMenu, onClick: open("statements") },
            { label: t.programs.valuesMenu, onClick: open("values") },
            { label: t.programs.payoutPeriods, onClick: open("cycle") },
            { label: t.programs.deleteProgram, onClick: closing(state.askDelete) },
          ]}
        />
      </div>
      {dialog !== null && (
        <OnDemandStatus state={dialog === "cycle" ? cycle : dialogs} loading={t.onDemand.loadingDialog} />
      )}
      {dialog === "send" && loaded && <loaded.PartnerStatement program={program} onClose={() => setDialog(null)} />}
      {dialog === "cycle" && cycle.status === "ready" && (
        <cycle.module.CyclePanel programKey={program.key} programName={program.name} onHide={() => setDialog(null)} />
      )}
      {dialog !== null && dialog !== "send" && dialog !== "cycle" && loaded && (
        <loaded.GenerateDialog
          key={dialog}
          program={program}
          what={dialog}
          existing={state.existingSheet(dialog)}
          onGenerate={(language) => {
            setDialog(null);
            generate(dialog, language);
          }}
          onCancel={() => setDialog(null)}
        />
      )}
      <div aria-live="polite" className={styles.status}>
        <ActionStatus state={state} programName={program.name} dataSheet={program.dataSheet} />
      </div>
      <DeleteConfirmation program={program} state={state} />
      <IssuesList program={program} />
    </li>
  );
}

/** A program over a new data table that has no partners yet: where to add them, and a way there. */
function EmptyDataNote({ program }: { program: ProgramSummary }): React.JSX.Element {
  const service = useWorkbookService();
  const shared = useSharedStyles();
  const t = useStrings();
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody className={shared.wrap}>
        <MessageBarTitle>{t.programs.emptyTitle}</MessageBarTitle>
        {t.programs.emptyBody(t.common.sheetInText(program.dataSheet))}
      </MessageBarBody>
      <MessageBarActions>
        <Button
          onClick={() => {
            service.selectCell(program.dataSheet, "A1").catch(() => undefined);
          }}
        >
          {t.programs.goToDataTable}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** What a finished generate says: which sheet, for how many partners, and what to do with it. */
function doneMessage(action: ProgramAction, g: GeneratedSheet, t: Catalog, locale: string): string {
  const partners = formatCount(g.partners, t.common.partnersOne, t.common.partnersMany, locale);
  switch (action) {
    case "dashboard":
      return (g.inPlace ? t.programs.dashboardRefreshed : t.programs.dashboardAdded)(g.sheet, partners);
    case "statements":
      return (g.inPlace ? t.programs.statementsRefreshed : t.programs.statementsAdded)(g.sheet, partners);
    default:
      return t.programs.valuesWritten(partners, g.sheet);
  }
}

function ActionStatus({
  state,
  programName,
  dataSheet,
}: {
  state: ProgramActionsState;
  programName: string;
  dataSheet: string;
}) {
  const shared = useSharedStyles();
  const { strings: t, locale } = useI18n();
  const { action, deletion } = state;
  if (deletion.step === "reading") return <Spinner size="small" label={t.programs.findingSheets} />;
  switch (action.phase) {
    case "running":
      return (
        <Spinner
          size="small"
          label={
            action.action === "dashboard" && state.hasDashboard
              ? t.programs.running.refreshDashboard
              : t.programs.running[action.action]
          }
        />
      );
    case "done":
      return (
        <>
          <WriteResult
            key={action.generated.sheet}
            title={t.programs.doneTitle[action.action]}
            sheet={action.generated.sheet}
          >
            {joinSentences(t, [
              doneMessage(action.action, action.generated, t, locale),
              ...(action.generated.notes ?? []),
              undoSentence(t, action.generated.undo),
            ])}
          </WriteResult>
          {action.action === "values" && <Confidential />}
        </>
      );
    case "updated":
      return (
        <WriteResult title={t.programs.doneTitle.partners} sheet={dataSheet}>
          {[
            t.programs.partnersUpdated(
              formatCount(action.partners, t.common.partnersOne, t.common.partnersMany, locale),
            ),
            ...action.notes,
          ].join(" ")}
        </WriteResult>
      );
    case "failed":
    case "refused":
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody className={shared.wrap}>
            <MessageBarTitle>{t.programs.failedTitle[action.action]}</MessageBarTitle>
            {action.phase === "failed"
              ? action.message
              : action.reason === "unsupported"
                ? t.programs.deleteUnsupported
                : t.programs.deleteNothing(programName)}
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
  const t = useStrings();
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
        {t.programs.deleteHeading(program.name)}
      </h3>
      <Body1 as="p" className={styles.flush}>
        {sheets.length === 1 ? t.programs.deleteBodyOne : t.programs.deleteBodyMany(sheets.length)}
      </Body1>
      <ul className={styles.sheetList} aria-label={t.programs.sheetsToDelete}>
        {sheets.map((s) => (
          <li key={s.name}>
            {s.name}{" "}
            <span className={styles.detail}>
              ({s.role in t.programs.roles ? t.programs.roles[s.role as keyof typeof t.programs.roles] : s.role})
            </span>
          </li>
        ))}
      </ul>
      <div className={styles.confirmActions}>
        <Button className={styles.touch} appearance="primary" onClick={state.confirmDelete}>
          {sheets.length === 1 ? t.programs.deleteOne : t.programs.deleteMany(sheets.length)}
        </Button>
        <Button className={styles.touch} onClick={state.cancelDelete}>
          {t.common.cancel}
        </Button>
      </div>
    </section>
  );
}
