import * as React from "react";
import { Button, Field, MessageBar, MessageBarBody, Select, Spinner } from "@fluentui/react-components";
import { useWorkbookService } from "../../services/WorkbookServiceContext";
import { errorMessage, type PartnerRecord, type ProgramSummary } from "../../services/WorkbookService";
import { useSharedStyles } from "../useSharedStyles";
import { useProgramsStyles } from "./useProgramsStyles";
import { useStrings } from "../../i18n/I18nProvider";
import type { SheetLanguageChoice } from "../SheetLanguageSelect";

/** What is happening, not its words: the view says it in the pane's current language. */
type Status =
  | { phase: "idle" }
  /** partner: whose statement is being written; null while the partners are read. */
  | { phase: "working"; partner: string | null }
  | { phase: "done"; partner: string; sheet: string }
  /** message: Excel's reason; null when the data table has no partners. */
  | { phase: "failed"; message: string | null };

/**
 * One partner's values-only statement on a sheet of its own: what finance sends a partner, who
 * must see only their own figures. Partners are read from the data table when first asked for.
 */
export function PartnerStatement({
  program,
  language,
}: {
  program: ProgramSummary;
  /** The statements' language chosen on the program; null: the program's own. */
  language: SheetLanguageChoice;
}): React.JSX.Element {
  const service = useWorkbookService();
  const styles = useProgramsStyles();
  const shared = useSharedStyles();
  const t = useStrings();
  const [partners, setPartners] = React.useState<PartnerRecord[] | null>(null);
  const [chosen, setChosen] = React.useState(0);
  const [status, setStatus] = React.useState<Status>({ phase: "idle" });

  const loadPartners = () => {
    setStatus({ phase: "working", partner: null });
    service.readPartnerInputs(program.key).then(
      (list) => {
        setPartners(list);
        setChosen(0);
        setStatus(list.length === 0 ? { phase: "failed", message: null } : { phase: "idle" });
      },
      (e: unknown) => setStatus({ phase: "failed", message: errorMessage(e) }),
    );
  };

  const write = () => {
    const partner = partners?.[chosen];
    if (!partner) return;
    setStatus({ phase: "working", partner: partner.name });
    const written = language
      ? service.generateValuesOnlyStatements(program.key, chosen, { language })
      : service.generateValuesOnlyStatements(program.key, chosen);
    written.then(
      (g) => setStatus({ phase: "done", partner: partner.name, sheet: g.sheet }),
      (e: unknown) => setStatus({ phase: "failed", message: errorMessage(e) }),
    );
  };

  const working = status.phase === "working";
  return (
    <section aria-label={t.programs.statementFor(program.name)} className={styles.programActions}>
      {partners === null || partners.length === 0 ? (
        <Button className={styles.touch} disabledFocusable={working} onClick={loadPartners}>
          {t.programs.onePartner}
        </Button>
      ) : (
        <>
          <Field label={t.programs.partner}>
            <Select value={String(chosen)} onChange={(_, d) => setChosen(Number(d.value))}>
              {partners.map((p, i) => (
                <option key={`${p.id}-${i}`} value={i}>
                  {p.id ? `${p.id} · ${p.name}` : p.name}
                </option>
              ))}
            </Select>
          </Field>
          <Button className={styles.touch} disabledFocusable={working} onClick={write}>
            {t.programs.valuesForPartner}
          </Button>
        </>
      )}
      <div aria-live="polite">
        {status.phase === "working" && (
          <Spinner
            size="small"
            label={status.partner === null ? t.programs.readingPartners : t.programs.writingStatement(status.partner)}
          />
        )}
        {status.phase === "done" && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody className={shared.wrap}>
              {t.programs.statementWritten(status.partner, status.sheet)}
            </MessageBarBody>
          </MessageBar>
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
