import * as React from "react";
import { MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import type { ProgramDefinition } from "../../../engine/program/types";
import { tableName } from "../../../workbook/names";
import { useI18n } from "../../i18n/I18nProvider";
import { formatDate, formatPercent } from "../shared/format";
import { BarRows } from "./Charts";
import type { InsightsPartner, ProgramActivity } from "../../services/InsightsSource";
import { impactView } from "./insightsModel";
import { ShowMoreList } from "./ShowMoreList";
import type { Loadable } from "./useInsights";
import { useInsightsStyles } from "./useInsightsStyles";

export interface ImpactSectionProps {
  programKey: string;
  program: ProgramDefinition;
  partners: readonly InsightsPartner[];
  activity: Loadable<ProgramActivity | null> | null;
}

/** Before vs after the program's start, overall and per partner, from dated events. */
export function ImpactSection(props: ImpactSectionProps): React.JSX.Element {
  const styles = useInsightsStyles();
  const t = useI18n().strings;
  return (
    <section className={styles.section} aria-labelledby="insights-impact">
      <h3 id="insights-impact" className={styles.sectionHeading}>
        {t.insights.impactHeading}
      </h3>
      <ImpactBody {...props} />
    </section>
  );
}

function ImpactBody({ programKey, program, partners, activity }: ImpactSectionProps): React.JSX.Element {
  const styles = useInsightsStyles();
  const { strings, locale } = useI18n();
  const t = strings;
  const view = React.useMemo(
    () =>
      activity?.status === "ready" && activity.value
        ? impactView(program, partners, activity.value, { t, locale })
        : null,
    [activity, program, partners, t, locale],
  );
  const pct = (x: number) => formatPercent(x, 1, locale);
  if (activity === null || activity.status === "loading")
    return <Spinner size="tiny" label={t.insights.lookingForEvents} />;
  if (activity.status === "failed")
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody className={styles.muted}>{t.insights.eventsFailed(activity.message)}</MessageBarBody>
      </MessageBar>
    );
  if (!activity.value || !view) {
    return (
      <Text className={styles.muted} data-testid="impact-needs">
        {t.insights.impactNeeds(
          formatDate(program.periodStart, locale),
          tableName(programKey, "Installations"),
          program.name,
        )}
      </Text>
    );
  }
  const o = view.impact.overall;
  const canChart = o.before.share !== null && o.after.share !== null;
  return (
    <>
      {view.change !== null && (
        <Text className={styles.big} data-testid="impact-change">
          {view.change}
        </Text>
      )}
      <Text data-testid="impact-sentence">{view.sentence}</Text>
      {canChart && (
        <BarRows
          name={t.insights.impactChartName(
            view.start,
            pct(o.before.share!),
            pct(o.after.share!),
            view.change ?? t.insights.noChangeFigure,
          )}
          tableCaption={t.insights.impactChartTable(view.start)}
          category={t.insights.periodColumn}
          measure={t.insights.onTimeShare}
          full={1}
          bars={[
            { label: t.insights.before, value: o.before.share!, text: pct(o.before.share!) },
            { label: t.insights.after, value: o.after.share!, text: pct(o.after.share!) },
          ]}
        />
      )}
      <Text data-testid="impact-not-cause">{t.insights.impactNotCause}</Text>
      <Text className={styles.muted} size={200}>
        {t.insights.impactRule(activity.value.source)}
      </Text>
      <Text className={styles.strong}>{t.insights.largestRise}</Text>
      <ShowMoreList
        label={t.insights.impactList}
        items={view.partners}
        itemKey={(x, i) => `${x.name}-${i}`}
        render={(x) => t.insights.impactRow(x.name, x.before, x.after, x.change)}
      />
    </>
  );
}
