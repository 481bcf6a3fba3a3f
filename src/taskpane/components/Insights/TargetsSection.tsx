import * as React from "react";
import { Button, Spinner, Text, Tooltip } from "@fluentui/react-components";
import type { ProgramDefinition } from "../../../engine/program/types";
import { NumberField } from "../Wizard/fields/NumberField";
import { formatPercent } from "../Wizard/format";
import type { InsightsPartner, ProgramActivity } from "./InsightsSource";
import {
  DEFAULT_SHARE,
  HISTORY_PERIODS,
  MAX_DECREASE,
  MAX_INCREASE,
  kpiValue,
  median,
  suggestTargets,
  type HistoryTable,
  type KpiSuggestion,
} from "./insightsModel";
import { ShowMoreList } from "./ShowMoreList";
import type { Loadable } from "./useInsights";
import { useInsightsStyles } from "./useInsightsStyles";

export interface TargetsSectionProps {
  program: ProgramDefinition;
  partners: readonly InsightsPartner[];
  share: number | null;
  setShare: (share: number | null) => void;
  history: HistoryTable | null;
  activity: Loadable<ProgramActivity | null> | null;
}

const PERIOD_WORDS = { monthly: "months", quarterly: "quarters", annual: "years" } as const;

const TARGETS_REASON =
  "Coming next: writing suggested targets into the program's KPI table. Copy the numbers you want into the plan sheet for now.";

/** Suggested targets for the next period, with the method next to each number. */
export function TargetsSection(props: TargetsSectionProps): React.JSX.Element {
  const styles = useInsightsStyles();
  const share =
    props.share !== null && Number.isFinite(props.share) && props.share > 0 && props.share <= 1 ? props.share : null;
  const suggestions = React.useMemo(
    () => suggestTargets(props.program, props.partners, share ?? DEFAULT_SHARE, props.history),
    [props.program, props.partners, share, props.history],
  );
  return (
    <section className={styles.section} aria-labelledby="insights-targets">
      <h3 id="insights-targets" className={styles.sectionHeading}>
        Suggested targets
      </h3>
      <NumberField
        label="Share of partners who reached it (%)"
        percent
        value={props.share}
        onChange={props.setShare}
        hint="The population method suggests the value this share of partners reached this period."
        issue={share === null ? "Enter a share between 1% and 100%." : undefined}
      />
      {suggestions.map((s) => (
        <KpiTargets key={s.index} {...props} s={s} shown={share ?? DEFAULT_SHARE} />
      ))}
      <div className={styles.actions}>
        <Tooltip content={TARGETS_REASON} relationship="description">
          <Button className={styles.touch} disabledFocusable aria-describedby="insights-targets-reason">
            Write targets to the program
          </Button>
        </Tooltip>
      </div>
      <Text size={200} id="insights-targets-reason" className={styles.muted}>
        {TARGETS_REASON}
      </Text>
    </section>
  );
}

function KpiTargets({
  s,
  shown,
  program,
  history,
  activity,
}: TargetsSectionProps & { s: KpiSuggestion; shown: number }) {
  const styles = useInsightsStyles();
  const k = s.kpi;
  const title = `${s.index + 1}. ${k.name}`;
  const periods = PERIOD_WORDS[program.frequency] ?? "periods";
  const reached = k.direction === "higher" ? "reached" : "stayed at or below";
  return (
    <div className={styles.card} role="group" aria-label={title}>
      <Text className={styles.strong}>{title}</Text>
      <Text>
        Current target: {s.currentTarget === null ? "one per partner (data table)" : kpiValue(k, s.currentTarget)}
      </Text>
      <Text data-testid={`population-${s.index}`}>
        <span className={styles.strong}>{kpiValue(k, s.population)}</span> — population method: the value{" "}
        {formatPercent(shown, 0)} of partners {reached} this period
        {s.population === null ? " (no partner has a result yet)" : ""}.
      </Text>
      {s.history === null ? (
        activity?.status === "loading" ? (
          <Spinner size="tiny" label="Looking for history…" />
        ) : (
          <Text className={styles.muted} data-testid={`history-${s.index}`}>
            History method: no history. The workbook holds only this period&apos;s results for {k.name}, so there is no
            trend to project
            {activity?.status === "ready" && activity.value && activity.value.kpi !== s.index
              ? "; the dated events found measure another KPI"
              : "; dated results from earlier periods (such as the SolarWave sample's installations) are needed"}
            .
          </Text>
        )
      ) : (
        <HistoryTargets s={s} periods={periods} history={history} />
      )}
    </div>
  );
}

function HistoryTargets({ s, periods, history }: { s: KpiSuggestion; periods: string; history: HistoryTable | null }) {
  const styles = useInsightsStyles();
  const list = s.history ?? [];
  const trend = list.filter((x) => x.suggestion.method === "trend");
  const mid = median(trend.map((x) => x.suggestion.suggested));
  const bounded = trend.filter((x) => x.suggestion.bounded).length;
  const span = history?.periods.length
    ? `${history.periods[0].split(" – ")[0]} to ${history.periods[history.periods.length - 1].split(" – ")[1]}`
    : "";
  return (
    <>
      <Text data-testid={`history-${s.index}`}>
        <span className={styles.strong}>{mid === null ? "—" : kpiValue(s.kpi, mid)}</span> (median) — history method:
        each partner&apos;s own trend over the last {HISTORY_PERIODS} {periods} before the program ({span}), projected
        one period ahead, the change from the current target capped at +{formatPercent(MAX_INCREASE, 0)} and floored at
        −{formatPercent(MAX_DECREASE, 0)}. {trend.length} of {list.length} partners have enough history
        {bounded ? `; the cap or floor applies to ${bounded}` : ""}.
      </Text>
      <ShowMoreList
        label={`Suggested ${s.kpi.name} target per partner`}
        items={list}
        limit={5}
        itemKey={(x, i) => `${x.name}-${i}`}
        render={(x) => (
          <>
            {x.name}: {kpiValue(s.kpi, x.suggestion.suggested)}
            {x.suggestion.method === "no history"
              ? " (no history: current target kept)"
              : x.suggestion.bounded
                ? ` (trend ${kpiValue(s.kpi, x.suggestion.projected)}, limited)`
                : " (trend)"}
          </>
        )}
      />
    </>
  );
}
