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
import { WriteResult } from "./WriteResult";
import { FunctionHelp } from "../Help/FunctionHelp";
import { RefreshIcon } from "../shared/icons";
import { useSharedStyles } from "../shared/useSharedStyles";
import { usePrograms, type ProgramsState } from "./usePrograms";
import { useProgramsStyles } from "./useProgramsStyles";
import type { ProgramSummary } from "../../services/WorkbookService";
import type { EditRequest } from "../shared/editRequest";
import { useI18n, useStrings } from "../../i18n/I18nProvider";
import type { Catalog } from "../../i18n/catalog";
import { formatCount } from "../shared/format";
import { listText } from "../shared/listText";

export interface ProgramsProps {
  /** Whether the Programs tab is showing: the list is read again each time it is. */
  active: boolean;
  onNewProgram: () => void;
  /** Opens a program, as read from its tables, in the wizard. */
  onEditProgram?: (request: EditRequest) => void;
}

const partners = (n: number, t: Catalog, locale: string) =>
  formatCount(n, t.common.partnersOne, t.common.partnersMany, locale);
const sheetNames = (p: ProgramSummary) =>
  p.planSheet === p.dataSheet || !p.dataSheet ? [p.planSheet] : [p.planSheet, p.dataSheet];
const sheets = (p: ProgramSummary, t: Catalog) =>
  sheetNames(p).length === 1
    ? t.programs.sheetOne(p.planSheet)
    : t.programs.sheetsMany(sheetNames(p).join(t.common.listSeparator));

/** The programs found in the workbook; on a first run, what the add-in does and a sample to try. */
export function Programs({ active, onNewProgram, onEditProgram }: ProgramsProps): React.JSX.Element {
  const state = usePrograms(active);
  const styles = useProgramsStyles();
  const shared = useSharedStyles();
  const { strings: t, locale } = useI18n();
  const { list, sample, deleted } = state;
  const empty = list.status === "ready" && list.programs.length === 0;
  return (
    <section className={styles.root} aria-labelledby="programs-heading">
      <div className={styles.header}>
        <Subtitle1 as="h2" id="programs-heading" className={styles.heading}>
          {t.programs.heading}
        </Subtitle1>
        <Button
          className={styles.touch}
          appearance="subtle"
          icon={<RefreshIcon />}
          onClick={state.refresh}
          disabled={list.status === "loading"}
        >
          {t.programs.refresh}
        </Button>
      </div>

      <SampleProgress state={state} />

      {deleted && (
        <WriteResult title={t.programs.deletedTitle(deleted.name)} sheet={null}>
          {deleted.sheets.length === 1
            ? t.programs.sheetDeletedOne(deleted.sheets[0])
            : t.programs.sheetsDeletedMany(deleted.sheets.join(t.common.listSeparator))}
        </WriteResult>
      )}

      {list.status === "loading" && <Spinner size="small" label={t.programs.looking} />}

      {list.status === "failed" && (
        <>
          <Body1 as="p">{t.programs.firstRun}</Body1>
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody className={shared.wrap}>
              <MessageBarTitle>{t.programs.readFailedTitle}</MessageBarTitle>
              {list.message}
            </MessageBarBody>
          </MessageBar>
          <Button className={styles.touch} onClick={onNewProgram}>
            {t.programs.designAnyway}
          </Button>
        </>
      )}

      <SampleConfirmation state={state} />

      {empty && sample.step !== "confirm" && (
        <>
          <Body1 as="p">{t.programs.firstRun}</Body1>
          <Text>{t.programs.noPrograms}</Text>
          <div className={styles.actions}>
            <Button
              className={styles.touch}
              appearance="primary"
              onClick={state.openSample}
              disabledFocusable={sample.step === "preparing" || sample.step === "inserting"}
            >
              {t.programs.insertSample}
            </Button>
            <Button className={styles.touch} onClick={onNewProgram}>
              {t.programs.createProgram}
            </Button>
          </div>
        </>
      )}

      {list.status === "ready" && list.programs.length > 0 && (
        <ul className={styles.list} aria-label={t.programs.listLabel}>
          {list.programs.map((p) => (
            <ProgramItem
              key={p.key}
              program={p}
              detail={`${partners(p.partners, t, locale)} · ${sheets(p, t)}`}
              onDeleted={state.programDeleted}
              onEdit={onEditProgram}
              onUpdated={state.programUpdated}
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
  const { strings: t, locale } = useI18n();
  switch (sample.step) {
    case "preparing":
      return <Spinner size="small" label={t.programs.samplePreparing} />;
    case "inserting":
      return <Spinner size="small" label={t.programs.sampleInserting} />;
    case "inserted": {
      const s = sample.created.summary;
      return (
        <WriteResult title={t.programs.sampleInsertedTitle} sheet={s.dataSheet || s.planSheet}>
          {t.programs.sampleInsertedBody(
            s.name,
            partners(s.partners, t, locale),
            listText(sheetNames(s).map(t.common.sheetInText), t),
          )}
        </WriteResult>
      );
    }
    case "failed":
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody className={shared.wrap}>
            <MessageBarTitle>
              {sample.wrote ? t.programs.sampleNotInserted : t.programs.samplePrepareFailed}
            </MessageBarTitle>
            {sample.message}
            {sample.wrote && ` ${t.common.leftAsItWas}`}
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
  const t = useStrings();
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
        {t.programs.sampleConfirmHeading}
      </h3>
      <Body1 as="p" id="sample-confirm-intro" className={styles.flush}>
        {t.programs.sampleConfirmIntro}
      </Body1>
      <WritePreviewList preview={sample.preview} headingLevel={4} />
      <div className={styles.confirmActions}>
        <Button className={styles.touch} appearance="primary" onClick={state.confirmSample}>
          {t.programs.insert}
        </Button>
        <Button className={styles.touch} onClick={state.cancelSample}>
          {t.common.cancel}
        </Button>
      </div>
    </section>
  );
}
