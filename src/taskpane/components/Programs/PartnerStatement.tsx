import * as React from "react";
import {
  Body1,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  mergeClasses,
} from "@fluentui/react-components";
import { useWorkbookService } from "../../services/WorkbookServiceContext";
import { errorMessage, type PartnerRecord, type ProgramSummary } from "../../services/WorkbookService";
import { useSharedStyles } from "../shared/useSharedStyles";
import { useProgramsStyles } from "./useProgramsStyles";
import { useI18n } from "../../i18n/I18nProvider";
import { SheetLanguageSelect, type SheetLanguageChoice } from "../shared/SheetLanguageSelect";
import { GeneratePreview } from "../WritePreview/GeneratePreview";
import { WriteResult } from "./WriteResult";
import { formatNumber } from "../shared/format";
import { useStatementFiles } from "../StatementFile/useStatementFiles";
import { StatementFileStatus } from "../StatementFile/StatementFileStatus";

/** What is happening, not its words: the view says it in the pane's current language. */
type Status =
  | { phase: "idle" }
  /** partner: whose statement is being written; null while the partners are read. */
  | { phase: "working"; partner: string | null }
  | { phase: "done"; partner: string; sheet: string }
  /** message: Excel's reason; null when the data table has no partners. */
  | { phase: "failed"; message: string | null };

const partnerName = (p: PartnerRecord) => p.name || p.id;

/**
 * The send action: one partner's values-only statement as a new workbook of its own (Excel opens
 * it unsaved; the user saves and sends it), or every partner's in turn — what a partner, who must
 * see only their own figures, is sent. Where Excel cannot open a workbook (before ExcelApi 1.8),
 * and on request, the statement goes on a sheet of its own here instead. The partners are read
 * when it opens; focus moves to its heading, then to the result.
 */
export function PartnerStatement({
  program,
  onClose,
}: {
  program: ProgramSummary;
  onClose: () => void;
}): React.JSX.Element {
  const service = useWorkbookService();
  const styles = useProgramsStyles();
  const shared = useSharedStyles();
  const { strings: t, locale } = useI18n();
  const [partners, setPartners] = React.useState<PartnerRecord[] | null>(null);
  const [chosen, setChosen] = React.useState(0);
  const [language, setLanguage] = React.useState<SheetLanguageChoice>(null);
  const [status, setStatus] = React.useState<Status>({ phase: "working", partner: null });
  const heading = React.useRef<HTMLHeadingElement>(null);
  const { key } = program;
  const canOpen = service.canOpenStatementFiles();
  const files = useStatementFiles(service, key, language);

  React.useEffect(() => {
    heading.current?.focus();
    let live = true;
    service.readPartnerInputs(key).then(
      (list) => {
        if (!live) return;
        setPartners(list);
        setStatus(list.length === 0 ? { phase: "failed", message: null } : { phase: "idle" });
      },
      (e: unknown) => live && setStatus({ phase: "failed", message: errorMessage(e) }),
    );
    return () => {
      live = false;
    };
  }, [service, key]);

  const partner = partners?.[chosen];
  const write = () => {
    if (!partner) return;
    files.cancel();
    setStatus({ phase: "working", partner: partnerName(partner) });
    const written = language
      ? service.generateValuesOnlyStatements(key, chosen, { language })
      : service.generateValuesOnlyStatements(key, chosen);
    written.then(
      (g) => setStatus({ phase: "done", partner: partnerName(partner), sheet: g.sheet }),
      (e: unknown) => setStatus({ phase: "failed", message: errorMessage(e) }),
    );
  };

  const openFile = () => {
    if (!partner) return;
    setStatus({ phase: "idle" });
    files.openOne(chosen, partnerName(partner));
  };
  const openEvery = () => {
    setStatus({ phase: "idle" });
    files.openEvery(partners?.length ?? 0);
  };

  const working = status.phase === "working" || files.busy || files.status.phase === "confirming";
  const headingId = `send-${key}-heading`;
  return (
    <section aria-labelledby={headingId} className={styles.confirm}>
      <h3 ref={heading} tabIndex={-1} id={headingId} className={styles.confirmHeading}>
        {t.programs.sendHeading}
      </h3>
      <Body1 as="p" className={styles.flush}>
        {canOpen ? t.statementFile.intro : t.programs.sendIntro}
      </Body1>
      {canOpen ? (
        <Body1 as="p" className={mergeClasses(styles.flush, shared.muted)}>
          {t.statementFile.allowNote}
        </Body1>
      ) : (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody className={shared.wrap}>{t.statementFile.notSupported}</MessageBarBody>
        </MessageBar>
      )}
      {partners !== null && partners.length > 0 && (
        <>
          <Field label={t.programs.partner}>
            <Select
              className={styles.selectRoot}
              select={{ className: styles.select }}
              value={String(chosen)}
              onChange={(_, d) => setChosen(Number(d.value))}
            >
              {partners.map((p, i) => (
                <option key={`${p.id}-${i}`} value={i}>
                  {p.id ? `${p.id} · ${p.name}` : p.name}
                </option>
              ))}
            </Select>
          </Field>
          <SheetLanguageSelect
            label={t.programs.statementsLanguage}
            value={language}
            onChange={setLanguage}
            programDefault
          />
          {partner && (
            <GeneratePreview
              lines={[
                canOpen
                  ? t.statementFile.previewFile(partnerName(partner))
                  : t.programs.previewOnePartner(partnerName(partner)),
                language === null
                  ? t.programs.previewProgramLanguage
                  : t.programs.previewLanguage(t.common.sheetLanguages[language]),
              ]}
            />
          )}
        </>
      )}
      <div className={styles.confirmActions}>
        {partner && (
          <Button
            className={styles.touch}
            appearance="primary"
            disabledFocusable={working}
            onClick={canOpen ? openFile : write}
          >
            {t.programs.statementForPartner(partnerName(partner))}
          </Button>
        )}
        {partner && canOpen && (
          <Button className={styles.touch} disabledFocusable={working} onClick={write}>
            {t.statementFile.onSheet}
          </Button>
        )}
        {canOpen && partners !== null && partners.length > 1 && (
          <Button className={styles.touch} disabledFocusable={working} onClick={openEvery}>
            {t.statementFile.every(formatNumber(partners.length, 0, locale))}
          </Button>
        )}
        <Button className={styles.touch} onClick={onClose}>
          {status.phase === "done" || files.status.phase !== "idle" ? t.programs.close : t.common.cancel}
        </Button>
      </div>
      <StatementFileStatus files={files} />
      <div aria-live="polite" className={shared.wrap}>
        {status.phase === "working" && (
          <Spinner
            size="small"
            label={status.partner === null ? t.programs.readingPartners : t.programs.writingStatement(status.partner)}
          />
        )}
        {status.phase === "done" && (
          <WriteResult key={`${status.sheet}-${status.partner}`} title={t.programs.statementReady} sheet={status.sheet}>
            {t.programs.statementWritten(status.partner, status.sheet)}
          </WriteResult>
        )}
        {status.phase === "failed" && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody className={shared.wrap}>{status.message ?? t.programs.noPartners}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
