import * as React from "react";
import {
  Button,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
} from "@fluentui/react-components";
import type { ProgramIssue } from "../../../engine/program/validate";
import { useWorkbookService } from "../../services/WorkbookServiceContext";
import type { ProgramDefinition } from "../../../engine/program/types";
import { WritePreviewList } from "../WritePreview/WritePreviewList";
import { formatCount, formatDate, formatMoney, formatNumber, formatPercent, formatWithUnit } from "../shared/format";
import { IssueStatus } from "../shared/IssueStatus";
import type { ReviewState } from "./useReview";
import type { WizardState } from "./useWizardState";
import { useWizardStyles } from "./useWizardStyles";
import { useSharedStyles } from "../shared/useSharedStyles";
import { stepOfPath } from "./wizardModel";
import { useI18n, useStrings } from "../../i18n/I18nProvider";
import type { Catalog } from "../../i18n/catalog";
import { changeLines, diffIsEmpty, type ProgramDiff } from "../shared/programDiff";
import { undoSentence } from "../shared/undoSentence";
import { joinSentences } from "../shared/sentences";
import { listText } from "../shared/listText";
import type { UndoOutcome } from "../../../workbook/undoGroup";
import type { CreatedProgram } from "../../services/WorkbookService";

export const CREATE_REASON_ID = "create-blocked-reason";

function summaryRows(p: ProgramDefinition, t: Catalog, locale: string): [string, React.ReactNode][] {
  const money = (n: number | null) => (n === null ? "–" : formatMoney(n, p.currency, p.decimals, locale));
  // A blank number (NaN while typed) says so, rather than "%" alone.
  const percent = (n: number, decimals = 1) =>
    Number.isNaN(n) ? t.wizard.blankValue : formatPercent(n, decimals, locale);
  const withUnit = (n: number, unit: string) => formatWithUnit(n, unit, locale);
  const basis = p.basisKpi === null ? undefined : p.kpis[p.basisKpi];
  const boundsInPercent = p.payKind === "bonus" || p.payKind === "discount" || p.boundsRelativeToTarget;
  const bound = (b: number) =>
    Number.isNaN(b) ? t.wizard.blankValue : boundsInPercent ? percent(b) : formatNumber(b, 6, locale);
  let pays = t.wizard.payKinds[p.payKind].title;
  if ((p.payKind === "commission" || p.payKind === "rebate") && basis)
    pays = t.wizard.paysOn(pays, basis.name, t.wizard.methodWords[p.method]);
  if (p.payKind === "bonus") pays += t.wizard.paysTargetIncentive(money(p.targetIncentive));
  if (p.payKind === "discount") pays += t.wizard.paysListPrice(money(p.listPrice));
  if (p.cap !== null && p.payKind !== "discount")
    pays += t.wizard.paysCapped(p.payKind === "bonus" ? t.explain.capOfTarget(percent(p.cap)) : money(p.cap));
  const frequency = t.wizard.frequencies[p.frequency].toLocaleLowerCase(locale);
  // Lists inside one summary line are separated by the language's clause separator ("; ", "；").
  return [
    [t.wizard.summary.name, p.name],
    [
      t.wizard.summary.period,
      t.wizard.periodValue(formatDate(p.periodStart, locale), formatDate(p.periodEnd, locale), frequency),
    ],
    [t.wizard.summary.currency, t.wizard.currencyValue(p.currency, p.decimals)],
    [t.wizard.summary.pays, pays],
    [
      t.wizard.summary.kpis,
      p.kpis
        .map((k) => {
          const target =
            k.targetMode === "perPartner"
              ? t.wizard.targetEach
              : k.target === null
                ? t.wizard.noTarget
                : t.wizard.targetValue(withUnit(k.target, k.unit));
          const gate = k.gate === null ? "" : t.wizard.gateValue(withUnit(k.gate, k.unit));
          return t.wizard.kpiSummary(k.name, percent(k.weight), target, gate);
        })
        .join(t.common.clauseSeparator),
    ],
    [
      t.wizard.summary.tiers,
      p.tiers
        .map((tier, i) =>
          t.wizard.tierSummary(tier.label || t.wizard.tierGroup(i + 1), bound(tier.bound), percent(tier.rate, 2)),
        )
        .join(t.common.clauseSeparator),
    ],
    [
      t.wizard.summary.data,
      p.source.kind === "new" ? t.wizard.dataNew : t.wizard.dataExisting(p.source.source, p.source.partnerColumn),
    ],
  ];
}

export interface ReviewStepProps {
  wizard: WizardState;
  review: ReviewState;
  /** Shows the issue's step and moves focus to its field. */
  onGoToIssue: (issue: ProgramIssue) => void;
  onShowPrograms: () => void;
}

/** Moves focus to a result when it appears, so keyboard and screen reader users land on what happened. */
function useFocusOnMount<T extends HTMLElement>(): React.RefObject<T | null> {
  const ref = React.useRef<T>(null);
  React.useEffect(() => ref.current?.focus(), []);
  return ref;
}

/**
 * Step 4: the program in brief, exactly what will be written, and the result of Create. When
 * editing: what will change instead of the write preview, and the result of Save changes.
 */
export function ReviewStep({ wizard, review, onGoToIssue, onShowPrograms }: ReviewStepProps): React.JSX.Element {
  const styles = useWizardStyles();
  const shared = useSharedStyles();
  const { strings: t, locale } = useI18n();
  const first = wizard.issues[0];
  const { preview, create } = review;
  const { diff } = wizard;
  return (
    <div className={styles.section}>
      <dl className={styles.summary}>
        {summaryRows(wizard.program, t, locale).map(([term, value]) => (
          <React.Fragment key={term}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.definition}>{value}</dd>
          </React.Fragment>
        ))}
      </dl>

      {first && (
        <div className={styles.section} id={CREATE_REASON_ID}>
          <IssueStatus ok={false}>
            {(diff ? t.wizard.saveBlocked : t.wizard.createBlocked)(t.wizard.issueCount(wizard.issues.length))}
          </IssueStatus>
          <ul className={styles.changeList} aria-label={t.wizard.issuesToFix}>
            {wizard.issues.map((issue, i) => (
              <li key={`${issue.path}-${i}`}>
                <Link as="button" onClick={() => onGoToIssue(issue)}>
                  {t.wizard.issueLink(issue.message, t.wizard.stepTitles[stepOfPath(issue.path)])}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}

      {create.status === "done" && <CreatedMessage created={create.created} onShowPrograms={onShowPrograms} />}
      {create.status === "failed" && !diff && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody className={shared.wrap}>
            <MessageBarTitle>{t.wizard.notCreatedTitle}</MessageBarTitle>
            {create.message} {t.common.leftAsItWas}
          </MessageBarBody>
        </MessageBar>
      )}
      {create.status === "saved" && (
        <SavedMessage
          changes={Object.values(changeLines(create.updated.changes, create.updated.program, t, locale)).flat()}
          notes={create.updated.notes}
          undo={create.updated.undo}
        />
      )}
      {create.status === "failed" && diff && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody className={shared.wrap}>
            <MessageBarTitle>{t.wizard.notSavedTitle}</MessageBarTitle>
            {create.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {create.status === "creating" && <Spinner size="small" label={diff ? t.wizard.saving : t.wizard.writing} />}

      {diff ? (
        <ChangeList diff={diff} reasonId={first ? undefined : CREATE_REASON_ID} />
      ) : (
        <section className={styles.section} aria-labelledby="write-preview-heading">
          <h3 className={styles.subheading} id="write-preview-heading">
            {t.wizard.previewHeading}
          </h3>
          {preview.status === "waiting" && <Text>{t.wizard.previewWaiting}</Text>}
          {preview.status === "loading" && <Spinner size="small" label={t.wizard.previewLoading} />}
          {preview.status === "failed" && (
            <MessageBar intent="error" layout="multiline" id={first ? undefined : CREATE_REASON_ID}>
              <MessageBarBody className={shared.wrap}>
                <MessageBarTitle>{t.wizard.previewFailedTitle}</MessageBarTitle>
                {preview.message} {t.wizard.previewFailedNote}
              </MessageBarBody>
            </MessageBar>
          )}
          {preview.status === "ready" && <WritePreviewList preview={preview.preview} headingLevel={4} />}
        </section>
      )}
    </div>
  );
}

/** After Create: what was written (focus moves here) and, over a new empty data table, what to do next. */
function CreatedMessage({
  created,
  onShowPrograms,
}: {
  created: CreatedProgram;
  onShowPrograms: () => void;
}): React.JSX.Element {
  const service = useWorkbookService();
  const shared = useSharedStyles();
  const styles = useWizardStyles();
  const { strings: t, locale } = useI18n();
  const ref = useFocusOnMount<HTMLDivElement>();
  const { summary } = created;
  const empty = summary.partners === 0 && !summary.source;
  return (
    <>
      <MessageBar ref={ref} tabIndex={-1} intent="success" layout="multiline">
        <MessageBarBody className={shared.wrap}>
          <MessageBarTitle>{t.wizard.createdTitle}</MessageBarTitle>
          {joinSentences(t, [
            t.wizard.createdBody(
              summary.name,
              formatCount(summary.partners, t.common.partnersOne, t.common.partnersMany, locale),
              listText([...new Set(created.preview.sheets.map((s) => s.name))].map(t.common.sheetInText), t),
              created.preview.sheets.flatMap((s) => s.tables.map((x) => x.name)).join(t.common.listSeparator),
            ),
            undoSentence(t, created.undo),
          ])}
        </MessageBarBody>
      </MessageBar>
      {empty && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody className={shared.wrap}>
            <MessageBarTitle>{t.wizard.emptyNextTitle}</MessageBarTitle>
            {t.wizard.emptyNext(t.common.sheetInText(summary.dataSheet), t.wizard.sourceExisting)}
          </MessageBarBody>
          <MessageBarActions>
            <Button
              appearance="primary"
              onClick={() => {
                service.selectCell(summary.dataSheet, "A1").catch(() => undefined);
              }}
            >
              {t.wizard.goToDataTable}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <div className={styles.actionsRow}>
        <Button className={shared.touch} onClick={onShowPrograms}>
          {t.wizard.seePrograms}
        </Button>
      </div>
    </>
  );
}

const DIFF_GROUPS: (keyof Omit<ProgramDiff, "blocked">)[] = ["settings", "kpis", "tiers"];

/** Editing: the settings, KPIs and tier rows that differ from the program as it is in the workbook. */
function ChangeList({ diff, reasonId }: { diff: ProgramDiff; reasonId: string | undefined }): React.JSX.Element {
  const styles = useWizardStyles();
  const t = useStrings();
  const empty = diffIsEmpty(diff);
  return (
    <section className={styles.section} aria-labelledby="what-will-change-heading">
      <h3 className={styles.subheading} id="what-will-change-heading">
        {t.wizard.changeHeading}
      </h3>
      {empty && <Text id={reasonId}>{t.wizard.nothingChanged}</Text>}
      {DIFF_GROUPS.filter((k) => diff[k].length > 0).map((k) => (
        <ul key={k} className={styles.changeList} aria-label={t.wizard.changeGroups[k]}>
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
      {!empty && !diff.blocked && <Text className={styles.explain}>{t.wizard.savedInPlace}</Text>}
    </section>
  );
}

/**
 * After Save changes: what the workbook layer says it changed, worded as the review words it
 * (programDiff.ts), and what it left for the user.
 */
function SavedMessage({
  changes,
  notes,
  undo,
}: {
  changes: readonly string[];
  notes: readonly string[];
  undo: UndoOutcome | undefined;
}) {
  const shared = useSharedStyles();
  const styles = useWizardStyles();
  const t = useStrings();
  const ref = useFocusOnMount<HTMLDivElement>();
  return (
    <MessageBar ref={ref} tabIndex={-1} intent="success" layout="multiline">
      <MessageBarBody className={shared.wrap}>
        <MessageBarTitle>{t.wizard.savedTitle}</MessageBarTitle>
        {changes.length === 0 ? (
          t.wizard.savedNothing
        ) : (
          <ul className={styles.changeList} aria-label={t.wizard.savedList}>
            {changes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        )}
        {notes.length > 0 && (
          <ul className={styles.changeList} aria-label={t.wizard.savedNotes}>
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
        {undo && <Text block>{undoSentence(t, undo)}</Text>}
      </MessageBarBody>
    </MessageBar>
  );
}
