import * as React from "react";
import type { ProgramDefinition, SheetLanguage } from "../../../engine/program/types";
import { useI18n } from "../../i18n/I18nProvider";
import { useWorkbookService } from "../../services/WorkbookServiceContext";
import {
  errorMessage,
  type CreatedProgram,
  type ProgramSummary,
  type WriteOptions,
  type WritePreview,
} from "../../services/WorkbookService";

export type ProgramListState =
  { status: "loading" } | { status: "ready"; programs: ProgramSummary[] } | { status: "failed"; message: string };

/**
 * "Insert sample program": the preview is prepared first, the dialog shows it (and nothing else
 * changes while it is open), then the write runs with its progress and result on the screen.
 */
export type SampleState =
  | { step: "idle" }
  | { step: "preparing" }
  | { step: "confirm"; preview: WritePreview }
  | { step: "inserting" }
  | { step: "inserted"; created: CreatedProgram }
  | { step: "failed"; message: string; wrote: boolean };

export interface ProgramsState {
  list: ProgramListState;
  sample: SampleState;
  /** The program deleted last, with the sheets that went, until the next action. */
  deleted: { name: string; sheets: string[] } | null;
  programDeleted: (program: ProgramSummary, sheets: string[]) => void;
  /** A program saved in place (Update partners): its line shows the new partner count, nothing reloads. */
  programUpdated: (summary: ProgramSummary) => void;
  refresh: () => void;
  openSample: () => void;
  confirmSample: () => void;
  cancelSample: () => void;
}

const SAMPLE_OPTIONS: WriteOptions = { withSolarWaveSample: true };
/**
 * The sample in the pane's language: its names and its sheets, as the wizard's templates. The
 * templates come when the sample is asked for (the wizard's chunk has them too), not on the first screen.
 */
const sampleProgram = (language: SheetLanguage): Promise<ProgramDefinition> =>
  import("../../../engine/program/templates").then((m) => m.programTemplate("solarwave", language));

/** State of the Programs screen: the list from the workbook and the sample-program flow. */
export function usePrograms(active: boolean): ProgramsState {
  const service = useWorkbookService();
  const { language } = useI18n();
  const [list, setList] = React.useState<ProgramListState>({ status: "loading" });
  const [sample, setSample] = React.useState<SampleState>({ step: "idle" });
  const [deleted, setDeleted] = React.useState<ProgramsState["deleted"]>(null);
  const request = React.useRef(0);

  const refresh = React.useCallback(() => {
    const id = ++request.current;
    setList({ status: "loading" });
    service.list().then(
      (programs) => id === request.current && setList({ status: "ready", programs }),
      (e: unknown) => id === request.current && setList({ status: "failed", message: errorMessage(e) }),
    );
  }, [service]);

  // Every time the screen is shown: a program may have been created or edited meanwhile.
  React.useEffect(() => {
    if (active) refresh();
  }, [active, refresh]);

  const programDeleted = React.useCallback(
    (program: ProgramSummary, sheets: string[]) => {
      setDeleted({ name: program.name, sheets });
      refresh();
    },
    [refresh],
  );

  const openSample = React.useCallback(() => {
    setDeleted(null);
    setSample({ step: "preparing" });
    sampleProgram(language)
      .then((program) => service.preview(program, SAMPLE_OPTIONS))
      .then(
        (preview) => setSample({ step: "confirm", preview }),
        (e: unknown) => setSample({ step: "failed", message: errorMessage(e), wrote: false }),
      );
  }, [service, language]);

  const confirmSample = React.useCallback(() => {
    setSample({ step: "inserting" });
    sampleProgram(language)
      .then((program) => service.create(program, SAMPLE_OPTIONS))
      .then(
        (created) => {
          setSample({ step: "inserted", created });
          refresh();
        },
        (e: unknown) => setSample({ step: "failed", message: errorMessage(e), wrote: true }),
      );
  }, [service, refresh, language]);

  const cancelSample = React.useCallback(() => setSample((s) => (s.step === "confirm" ? { step: "idle" } : s)), []);

  const programUpdated = React.useCallback((summary: ProgramSummary) => {
    setList((l) =>
      l.status === "ready"
        ? { ...l, programs: l.programs.map((p) => (p.key === summary.key ? { ...p, partners: summary.partners } : p)) }
        : l,
    );
  }, []);

  return {
    list,
    sample,
    deleted,
    programDeleted,
    programUpdated,
    refresh,
    openSample,
    confirmSample,
    cancelSample,
  };
}
