/*
 * The payout-cycle panel's state: the program's periods as read (open, last closed), and the one
 * activity in progress — Close period (preview, confirm, write, protect, result), Check closed
 * periods (findings), Re-open (reason, result). No business rule here: the workbook layer and the
 * engine decide; refusals come back as CycleError codes, worded by the panel.
 */
import * as React from "react";
import type {
  AdjustmentsUpdate,
  ClosedPeriodsCheck,
  ClosedResult,
  PeriodClosePreview,
  ReopenedPeriod,
} from "../../services/CycleService";
import { cycleRefusalOf } from "../../services/CycleService";
import { useCycleService } from "../../services/CycleServiceContext";
import { errorMessage } from "../../services/WorkbookService";
import { useStrings } from "../../i18n/I18nProvider";
import type { Catalog } from "../../i18n/catalog";

export type PeriodsStatus =
  | { readonly phase: "reading" }
  | { readonly phase: "ready"; readonly preview: PeriodClosePreview }
  | { readonly phase: "failed"; readonly message: string };

export type CycleActivity =
  | { readonly kind: "idle" }
  | { readonly kind: "previewing" }
  | { readonly kind: "confirmClose"; readonly preview: PeriodClosePreview }
  | { readonly kind: "writing" }
  | { readonly kind: "protecting" }
  | { readonly kind: "closed"; readonly result: ClosedResult; readonly protectFailure: string | null }
  | { readonly kind: "checking" }
  | { readonly kind: "checked"; readonly check: ClosedPeriodsCheck }
  | { readonly kind: "reopenForm"; readonly label: string; readonly sheet: string }
  | { readonly kind: "reopening" }
  | { readonly kind: "reopened"; readonly result: ReopenedPeriod }
  | {
      readonly kind: "adjustForm";
      readonly closed: readonly string[];
      readonly period: string;
      /** What the chosen period's update would add; null while it is worked out. */
      readonly preview: AdjustmentsUpdate | null;
    }
  | { readonly kind: "adjusting" }
  | { readonly kind: "adjusted"; readonly result: AdjustmentsUpdate }
  | { readonly kind: "failed"; readonly what: "close" | "check" | "reopen" | "adjust"; readonly message: string };

/** A failure as the panel says it: a refusal in the pane's words, anything else as the error says. */
export function failureText(e: unknown, t: Catalog): string {
  const refusal = cycleRefusalOf(e);
  if (refusal && refusal.code in t.cycle.refusals) {
    const word = t.cycle.refusals[refusal.code as keyof Catalog["cycle"]["refusals"]];
    return word(refusal.params.period ?? refusal.params.partner ?? "");
  }
  return errorMessage(e);
}

export interface CycleState {
  readonly status: PeriodsStatus;
  readonly activity: CycleActivity;
  readonly busy: boolean;
  startClose(): void;
  confirmClose(): void;
  check(): void;
  startReopen(): void;
  confirmReopen(reason: string): void;
  updateAdjustments(): void;
  /** Update adjustments for a closed period the user chooses: the form, a period chosen, confirmed. */
  startAdjustEarlier(): void;
  chooseAdjustPeriod(period: string): void;
  confirmAdjust(): void;
  cancel(): void;
}

export function useCycle(key: string): CycleState {
  const service = useCycleService();
  const t = useStrings();
  const [status, setStatus] = React.useState<PeriodsStatus>({ phase: "reading" });
  const [activity, setActivity] = React.useState<CycleActivity>({ kind: "idle" });
  const alive = React.useRef(true);
  React.useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );
  const set = (a: CycleActivity) => alive.current && setActivity(a);
  // The period whose preview the form waits for: a preview of one chosen before it is dropped.
  const previewFor = React.useRef<string | null>(null);
  const previewPeriod = (closed: readonly string[], period: string) => {
    previewFor.current = period;
    set({ kind: "adjustForm", closed, period, preview: null });
    service.previewAdjustments(key, period).then(
      (preview) => previewFor.current === period && set({ kind: "adjustForm", closed, period, preview }),
      (e: unknown) =>
        previewFor.current === period && set({ kind: "failed", what: "adjust", message: failureText(e, t) }),
    );
  };
  const adjust = (period?: string) => {
    previewFor.current = null;
    set({ kind: "adjusting" });
    (period === undefined ? service.updateAdjustments(key) : service.updateAdjustments(key, period)).then(
      (result) => set({ kind: "adjusted", result }),
      (e: unknown) => set({ kind: "failed", what: "adjust", message: failureText(e, t) }),
    );
  };

  const readStatus = React.useCallback(async (): Promise<PeriodClosePreview | null> => {
    try {
      const preview = await service.previewClose(key);
      if (alive.current) setStatus({ phase: "ready", preview });
      return preview;
    } catch (e) {
      if (alive.current) setStatus({ phase: "failed", message: failureText(e, t) });
      return null;
    }
  }, [service, key, t]);

  React.useEffect(() => {
    void readStatus();
  }, [readStatus]);

  const busy = ["previewing", "writing", "protecting", "checking", "reopening", "adjusting"].includes(activity.kind);

  return {
    status,
    activity,
    busy,
    startClose() {
      set({ kind: "previewing" });
      void readStatus().then((preview) => set(preview ? { kind: "confirmClose", preview } : { kind: "idle" }));
    },
    confirmClose() {
      if (activity.kind !== "confirmClose") return;
      const label = activity.preview.period.label;
      set({ kind: "writing" });
      void (async () => {
        let result: ClosedResult;
        try {
          result = await service.close(key, label);
        } catch (e) {
          set({ kind: "failed", what: "close", message: failureText(e, t) });
          void readStatus();
          return;
        }
        // Protection after the write, as its own step: the user was told it cannot be undone.
        set({ kind: "protecting" });
        let protectFailure: string | null = null;
        try {
          await service.protect(result.sheet);
        } catch (e) {
          protectFailure = errorMessage(e);
        }
        set({ kind: "closed", result, protectFailure });
        void readStatus();
      })();
    },
    check() {
      set({ kind: "checking" });
      service.check(key).then(
        (check) => set({ kind: "checked", check }),
        (e: unknown) => set({ kind: "failed", what: "check", message: failureText(e, t) }),
      );
    },
    startReopen() {
      if (status.phase !== "ready" || !status.preview.lastClosed) return;
      const last = status.preview.lastClosed;
      set({ kind: "reopenForm", label: last.period.label, sheet: last.sheet });
    },
    confirmReopen(reason) {
      if (activity.kind !== "reopenForm") return;
      const label = activity.label;
      set({ kind: "reopening" });
      service.reopen(key, label, reason).then(
        (result) => {
          set({ kind: "reopened", result });
          void readStatus();
        },
        (e: unknown) => set({ kind: "failed", what: "reopen", message: failureText(e, t) }),
      );
    },
    updateAdjustments() {
      adjust();
    },
    startAdjustEarlier() {
      set({ kind: "previewing" });
      // One read gives the form its periods and the preview of the one it starts on (before the
      // latest); the panel's buttons are disabled until it arrives.
      service.previewEarlierAdjustments(key).then(
        (preview) => {
          const period = preview.forPeriod ?? "";
          previewFor.current = period;
          set({ kind: "adjustForm", closed: preview.closed, period, preview });
        },
        (e: unknown) => set({ kind: "failed", what: "adjust", message: failureText(e, t) }),
      );
    },
    chooseAdjustPeriod(period) {
      if (activity.kind === "adjustForm" && period !== activity.period) previewPeriod(activity.closed, period);
    },
    confirmAdjust() {
      if (activity.kind === "adjustForm" && activity.preview) adjust(activity.period);
    },
    cancel() {
      previewFor.current = null;
      set({ kind: "idle" });
    },
  };
}
