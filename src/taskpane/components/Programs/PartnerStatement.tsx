import * as React from "react";
import { Button, Field, MessageBar, MessageBarBody, Select, Spinner } from "@fluentui/react-components";
import { useWorkbookService } from "../../services/WorkbookServiceContext";
import { errorMessage, type PartnerRecord, type ProgramSummary } from "../../services/WorkbookService";
import { useSharedStyles } from "../useSharedStyles";
import { useProgramsStyles } from "./useProgramsStyles";

type Status =
  | { phase: "idle" }
  | { phase: "working"; label: string }
  | { phase: "done"; message: string }
  | { phase: "failed"; message: string };

/**
 * One partner's values-only statement on a sheet of its own: what finance sends a partner, who
 * must see only their own figures. Partners are read from the data table when first asked for.
 */
export function PartnerStatement({ program }: { program: ProgramSummary }): React.JSX.Element {
  const service = useWorkbookService();
  const styles = useProgramsStyles();
  const shared = useSharedStyles();
  const [partners, setPartners] = React.useState<PartnerRecord[] | null>(null);
  const [chosen, setChosen] = React.useState(0);
  const [status, setStatus] = React.useState<Status>({ phase: "idle" });

  const loadPartners = () => {
    setStatus({ phase: "working", label: "Reading the partners…" });
    service.readPartnerInputs(program.key).then(
      (list) => {
        setPartners(list);
        setChosen(0);
        setStatus(
          list.length === 0 ? { phase: "failed", message: "The data table has no partners yet." } : { phase: "idle" },
        );
      },
      (e: unknown) => setStatus({ phase: "failed", message: errorMessage(e) }),
    );
  };

  const write = () => {
    const partner = partners?.[chosen];
    if (!partner) return;
    setStatus({ phase: "working", label: `Writing the statement of ${partner.name}…` });
    service.generateValuesOnlyStatements(program.key, chosen).then(
      (g) =>
        setStatus({
          phase: "done",
          message: `Wrote ${partner.name}'s statement as values only on “${g.sheet}”. To send it, right-click the sheet tab, Move or Copy… to (new book), and save it.`,
        }),
      (e: unknown) => setStatus({ phase: "failed", message: errorMessage(e) }),
    );
  };

  const working = status.phase === "working";
  return (
    <section aria-label={`Statement for one partner of ${program.name}`} className={styles.programActions}>
      {partners === null || partners.length === 0 ? (
        <Button className={styles.touch} disabledFocusable={working} onClick={loadPartners}>
          Statement for one partner…
        </Button>
      ) : (
        <>
          <Field label="Partner">
            <Select value={String(chosen)} onChange={(_, d) => setChosen(Number(d.value))}>
              {partners.map((p, i) => (
                <option key={`${p.id}-${i}`} value={i}>
                  {p.id ? `${p.id} · ${p.name}` : p.name}
                </option>
              ))}
            </Select>
          </Field>
          <Button className={styles.touch} disabledFocusable={working} onClick={write}>
            Values-only statement for this partner
          </Button>
        </>
      )}
      <div aria-live="polite">
        {status.phase === "working" && <Spinner size="small" label={status.label} />}
        {(status.phase === "done" || status.phase === "failed") && (
          <MessageBar intent={status.phase === "done" ? "success" : "error"} layout="multiline">
            <MessageBarBody className={shared.wrap}>{status.message}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
