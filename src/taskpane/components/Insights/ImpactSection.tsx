import * as React from "react";
import { MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import type { ProgramDefinition } from "../../../engine/program/types";
import { tableName } from "../../../workbook/names";
import { formatPercent } from "../Wizard/format";
import { BarRows } from "./Charts";
import type { InsightsPartner, ProgramActivity } from "./InsightsSource";
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

const article = (w: string) => (/^[aeiou]/i.test(w) ? "an" : "a");

/** Before vs after the program's start, overall and per partner, from dated events. */
export function ImpactSection(props: ImpactSectionProps): React.JSX.Element {
  const styles = useInsightsStyles();
  return (
    <section className={styles.section} aria-labelledby="insights-impact">
      <h3 id="insights-impact" className={styles.sectionHeading}>
        Program impact
      </h3>
      <ImpactBody {...props} />
    </section>
  );
}

function ImpactBody({ programKey, program, partners, activity }: ImpactSectionProps): React.JSX.Element {
  const styles = useInsightsStyles();
  const view = React.useMemo(
    () => (activity?.status === "ready" && activity.value ? impactView(program, partners, activity.value) : null),
    [activity, program, partners],
  );
  if (activity === null || activity.status === "loading")
    return <Spinner size="tiny" label="Looking for dated events in the workbook…" />;
  if (activity.status === "failed")
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody className={styles.muted}>Could not read the dated events: {activity.message}</MessageBarBody>
      </MessageBar>
    );
  if (!activity.value || !view) {
    return (
      <Text className={styles.muted} data-testid="impact-needs">
        Impact needs dated events to compare before and after the program start ({program.periodStart}): a table named{" "}
        {tableName(programKey, "Installations")} with the columns Partner ID, Due date and Completed date, one row per
        installation, including some from before the start. Programs created with the SolarWave sample have it; this
        workbook has none for “{program.name}”.
      </Text>
    );
  }
  const o = view.impact.overall;
  const word = activity.value.itemWord ?? "item";
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
          name={`On-time share before and after ${view.startIso}: ${formatPercent(o.before.share!, 1)} before, ${formatPercent(o.after.share!, 1)} after (${view.change ?? "no change figure"}).`}
          tableCaption={`On-time share before and after ${view.startIso}`}
          category="Period"
          measure="On-time share"
          full={1}
          bars={[
            { label: "Before", value: o.before.share!, text: formatPercent(o.before.share!, 1) },
            { label: "After", value: o.after.share!, text: formatPercent(o.after.share!, 1) },
          ]}
        />
      )}
      <Text className={styles.muted} size={200}>
        From {activity.value.source}: {article(word)} {word} counts as on time when completed by its due date; one still
        open past its due date at the data cut-off counts as late.
      </Text>
      <Text className={styles.strong}>Per partner, largest rise first</Text>
      <ShowMoreList
        label="On-time share per partner, before and after"
        items={view.partners}
        itemKey={(x, i) => `${x.name}-${i}`}
        render={(x) => (
          <>
            {x.name}: {x.before} → {x.after} ({x.change})
          </>
        )}
      />
    </>
  );
}
