import * as React from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Subtitle1,
  Text,
} from "@fluentui/react-components";
import { RefreshIcon } from "../icons";
import { useSharedStyles } from "../useSharedStyles";
import { CostSection } from "./CostSection";
import { createExcelInsightsSource } from "./excelInsightsSource";
import { ImpactSection } from "./ImpactSection";
import type { InsightsSource } from "./InsightsSource";
import { TargetsSection } from "./TargetsSection";
import { useInsights } from "./useInsights";
import { useInsightsStyles } from "./useInsightsStyles";
import { WhatIfSection } from "./WhatIfSection";

export interface InsightsProps {
  /** Whether the Insights tab is showing: the workbook is read the first time it is. */
  active?: boolean;
  /** Where programs are read from: the open workbook by default, a fake in tests. */
  source?: InsightsSource;
  /** How long the what-if waits after the last change before recomputing (ms). */
  debounceMs?: number;
}

let defaultSource: InsightsSource | null = null;
const excelSource = () => (defaultSource ??= createExcelInsightsSource());

/** Insights: plan cost, what-if, suggested targets and program impact, all computed in the pane. */
export function Insights({ active = true, source, debounceMs }: InsightsProps): React.JSX.Element {
  const src = React.useMemo(() => source ?? excelSource(), [source]);
  const state = useInsights(src, active, debounceMs);
  const styles = useInsightsStyles();
  const shared = useSharedStyles();
  const { programs, data } = state;
  return (
    <section className={styles.root} aria-labelledby="insights-heading">
      <div className={styles.header}>
        <Subtitle1 as="h2" id="insights-heading" className={styles.heading}>
          Insights
        </Subtitle1>
        <Button
          className={styles.touch}
          appearance="subtle"
          icon={<RefreshIcon />}
          aria-label="Read the workbook again"
          title="Read the workbook again"
          onClick={state.refresh}
        />
      </div>
      <Text className={styles.intro}>
        What the program costs, what a change would cost and who it moves, targets for next period, and the
        program&apos;s effect. Worked out here from the workbook&apos;s data; nothing is written.
      </Text>

      {programs.status === "loading" && <Spinner size="small" label="Looking for programs in this workbook…" />}
      {programs.status === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody className={shared.wrap}>
            <MessageBarTitle>Could not read the workbook</MessageBarTitle>
            {programs.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {programs.status === "ready" && programs.value.length === 0 && (
        <Text>There is no program in this workbook yet. Create one under New program, then come back here.</Text>
      )}
      {programs.status === "ready" && programs.value.length > 0 && (
        <Field label="Program">
          <Select
            select={{ className: styles.select }}
            value={state.selected ?? ""}
            onChange={(_, d) => state.select(d.value)}
          >
            {programs.value.map((p) => (
              <option key={p.key} value={p.key}>
                {p.name}
              </option>
            ))}
          </Select>
        </Field>
      )}

      {data?.status === "loading" && <Spinner size="small" label="Reading the program and its partners…" />}
      {data?.status === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody className={shared.wrap}>
            <MessageBarTitle>Could not read the program</MessageBarTitle>
            {data.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {data?.status === "ready" &&
        state.selected !== null &&
        ("error" in data.value.cost ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody className={shared.wrap}>
              <MessageBarTitle>The program cannot be costed</MessageBarTitle>
              {data.value.cost.error}
            </MessageBarBody>
          </MessageBar>
        ) : data.value.partners.length === 0 ? (
          <Text>The program&apos;s data table has no partners yet, so there is nothing to cost.</Text>
        ) : (
          <>
            <CostSection program={data.value.program} view={data.value.cost} />
            {state.scenario && (
              <WhatIfSection
                current={data.value.program}
                partners={data.value.partners}
                scenario={state.scenario}
                dispatch={state.dispatch}
                outcome={state.outcome}
                pending={state.pending}
              />
            )}
            <TargetsSection
              program={data.value.program}
              partners={data.value.partners}
              share={state.share}
              setShare={state.setShare}
              history={state.history}
              activity={state.activity}
            />
            <ImpactSection
              programKey={state.selected}
              program={data.value.program}
              partners={data.value.partners}
              activity={state.activity}
            />
          </>
        ))}
    </section>
  );
}
