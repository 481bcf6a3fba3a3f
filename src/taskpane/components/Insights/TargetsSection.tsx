import * as React from "react";
import { Spinner, Text } from "@fluentui/react-components";
import type { ProgramDefinition } from "../../../engine/program/types";
import { useI18n } from "../../i18n/I18nProvider";
import { NumberField } from "../shared/NumberField";
import { formatDate, formatPercent } from "../shared/format";
import type { InsightsPartner, InsightsSource, ProgramActivity } from "../../services/InsightsSource";
import {
  DEFAULT_SHARE,
  HISTORY_PERIODS,
  MAX_DECREASE,
  MAX_INCREASE,
  kpiValue,
  median,
  suggestTargets,
  type Fx,
  type HistoryTable,
  type KpiSuggestion,
} from "./insightsModel";
import { ShowMoreList } from "./ShowMoreList";
import { TargetsWriter } from "./TargetsWriter";
import type { Loadable } from "./useInsights";
import { useInsightsStyles } from "./useInsightsStyles";

export interface TargetsSectionProps {
  program: ProgramDefinition;
  partners: readonly InsightsPartner[];
  share: number | null;
  setShare: (share: number | null) => void;
  history: HistoryTable | null;
  activity: Loadable<ProgramActivity | null> | null;
  /** Where reviewed targets are written; without them no write is offered. */
  programKey?: string;
  source?: InsightsSource;
  reload?: () => Promise<void>;
}

/** Suggested targets for the next period, with the method next to each number; reviewed, then written. */
export function TargetsSection(props: TargetsSectionProps): React.JSX.Element {
  const styles = useInsightsStyles();
  const { strings, locale } = useI18n();
  const t = strings;
  const fx = React.useMemo(() => ({ t, locale }), [t, locale]);
  const share =
    props.share !== null && Number.isFinite(props.share) && props.share > 0 && props.share <= 1 ? props.share : null;
  const suggestions = React.useMemo(
    () => suggestTargets(props.program, props.partners, share ?? DEFAULT_SHARE, props.history, fx),
    [props.program, props.partners, share, props.history, fx],
  );
  return (
    <section className={styles.section} aria-labelledby="insights-targets">
      <h3 id="insights-targets" className={styles.sectionHeading}>
        {t.insights.targetsHeading}
      </h3>
      <NumberField
        label={t.insights.shareLabel}
        percent
        value={props.share}
        onChange={props.setShare}
        hint={t.insights.shareHint}
        issue={share === null ? t.insights.shareIssue : undefined}
      />
      {suggestions.map((s) => (
        <KpiTargets key={s.index} {...props} s={s} shown={share ?? DEFAULT_SHARE} fx={fx} />
      ))}
    </section>
  );
}

function KpiTargets(props: TargetsSectionProps & { s: KpiSuggestion; shown: number; fx: Fx }) {
  const { s, shown, program, history, activity, fx } = props;
  const { t, locale } = fx;
  const styles = useInsightsStyles();
  const k = s.kpi;
  const title = `${(s.index + 1).toLocaleString(locale)}. ${k.name}`;
  const share = formatPercent(shown, 0, locale);
  return (
    <div className={styles.card} role="group" aria-label={title}>
      <Text className={styles.strong}>{title}</Text>
      <Text>
        {s.currentTarget === null
          ? t.insights.currentOwn
          : t.insights.currentTarget(kpiValue(k, s.currentTarget, locale))}
      </Text>
      <Text data-testid={`population-${s.index}`}>
        <span className={styles.strong}>{kpiValue(k, s.population, locale)}</span>{" "}
        {k.direction === "higher" ? t.insights.populationMethod(share) : t.insights.populationMethodLower(share)}
        {s.population === null ? t.insights.populationNone : ""}.
      </Text>
      {s.history === null ? (
        activity?.status === "loading" ? (
          <Spinner size="tiny" label={t.insights.lookingForHistory} />
        ) : (
          <Text className={styles.muted} data-testid={`history-${s.index}`}>
            {activity?.status === "ready" && activity.value && activity.value.kpi !== s.index
              ? t.insights.noHistoryOther(k.name)
              : t.insights.noHistory(k.name)}
          </Text>
        )
      ) : (
        <HistoryTargets s={s} program={program} history={history} fx={fx} />
      )}
      {props.source?.writeTargets && props.programKey !== undefined && (
        <TargetsWriter
          program={program}
          partners={props.partners}
          s={s}
          fx={fx}
          programKey={props.programKey}
          source={props.source}
          reload={props.reload}
        />
      )}
    </div>
  );
}

function HistoryTargets({
  s,
  program,
  history,
  fx,
}: {
  s: KpiSuggestion;
  program: ProgramDefinition;
  history: HistoryTable | null;
  fx: Fx;
}) {
  const styles = useInsightsStyles();
  const { t, locale } = fx;
  const list = s.history ?? [];
  const trend = list.filter((x) => x.suggestion.method === "trend");
  const mid = median(trend.map((x) => x.suggestion.suggested));
  const bounded = trend.filter((x) => x.suggestion.bounded).length;
  const span = history?.periods.length
    ? t.insights.span(
        formatDate(history.periods[0].split(" – ")[0], locale),
        formatDate(history.periods[history.periods.length - 1].split(" – ")[1], locale),
      )
    : "";
  const n = (x: number) => x.toLocaleString(locale);
  const value = (x: number | null) => kpiValue(s.kpi, x, locale);
  return (
    <>
      <Text data-testid={`history-${s.index}`}>
        <span className={styles.strong}>{mid === null ? "—" : value(mid)}</span> {t.insights.median}{" "}
        {t.insights.historyMethod(
          t.insights.period[program.frequency](n(HISTORY_PERIODS)),
          span,
          formatPercent(MAX_INCREASE, 0, locale),
          formatPercent(MAX_DECREASE, 0, locale),
        )}{" "}
        {bounded
          ? t.insights.enoughHistoryBounded(n(trend.length), n(list.length), n(bounded))
          : t.insights.enoughHistory(n(trend.length), n(list.length))}
      </Text>
      <ShowMoreList
        label={t.insights.perPartnerList(s.kpi.name)}
        items={list}
        limit={5}
        itemKey={(x, i) => `${x.name}-${i}`}
        render={(x) =>
          x.suggestion.method === "no history"
            ? t.insights.keptNoHistory(x.name, value(x.suggestion.suggested))
            : x.suggestion.bounded
              ? t.insights.trendLimited(x.name, value(x.suggestion.suggested), value(x.suggestion.projected))
              : t.insights.trendPlain(x.name, value(x.suggestion.suggested))
        }
      />
    </>
  );
}
