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
import { useI18n } from "../../i18n/I18nProvider";
import { RefreshIcon } from "../shared/icons";
import { useSharedStyles } from "../shared/useSharedStyles";
import { CostSection } from "./CostSection";
import { createExcelInsightsSource } from "../../services/excelInsightsSource";
import { ImpactSection } from "./ImpactSection";
import { PlanHealthSection } from "./PlanHealthSection";
import { RecognitionSection } from "../Recognition/RecognitionSection";
import type { InsightsSource } from "../../services/InsightsSource";
import { describeCost } from "./insightsModel";
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
  const { strings, locale, language } = useI18n();
  const t = strings;
  const fx = React.useMemo(() => ({ t, locale, language }), [t, locale, language]);
  // Engine messages follow the pane's language, so the worded cost is redone when it changes.
  const cost = React.useMemo(
    () =>
      data?.status === "ready" && !("error" in data.value.cost)
        ? describeCost(data.value.program, data.value.partners, data.value.cost, fx)
        : null,
    [data, fx],
  );
  return (
    <section className={styles.root} aria-labelledby="insights-heading">
      <div className={styles.header}>
        <Subtitle1 as="h2" id="insights-heading" className={styles.heading}>
          {t.insights.heading}
        </Subtitle1>
        <Button
          className={styles.touch}
          appearance="subtle"
          icon={<RefreshIcon />}
          aria-label={t.insights.readAgain}
          title={t.insights.readAgain}
          onClick={state.refresh}
        />
      </div>
      <Text className={styles.intro}>{t.insights.intro}</Text>

      {programs.status === "loading" && <Spinner size="small" label={t.insights.lookingForPrograms} />}
      {programs.status === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody className={shared.wrap}>
            <MessageBarTitle>{t.insights.readFailed}</MessageBarTitle>
            {programs.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {programs.status === "ready" && programs.value.length === 0 && <Text>{t.insights.noProgram}</Text>}
      {programs.status === "ready" && programs.value.length > 0 && (
        <Field label={t.insights.program}>
          <Select
            className={styles.selectRoot}
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

      {data?.status === "loading" && <Spinner size="small" label={t.insights.readingProgram} />}
      {data?.status === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody className={shared.wrap}>
            <MessageBarTitle>{t.insights.programFailed}</MessageBarTitle>
            {data.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {data?.status === "ready" &&
        state.selected !== null &&
        ("error" in data.value.cost ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody className={shared.wrap}>
              <MessageBarTitle>{t.insights.cannotCost}</MessageBarTitle>
              {data.value.cost.error}
            </MessageBarBody>
          </MessageBar>
        ) : data.value.partners.length === 0 ? (
          <Text>{t.insights.noPartners}</Text>
        ) : (
          <>
            {cost && <CostSection program={data.value.program} view={cost} />}
            {cost && (
              <PlanHealthSection
                program={data.value.program}
                partners={data.value.partners}
                cost={cost.cost}
                dispatch={state.dispatch}
              />
            )}
            {state.scenario && (
              <WhatIfSection
                current={data.value.program}
                partners={data.value.partners}
                scenario={state.scenario}
                dispatch={state.dispatch}
                outcome={state.outcome}
                pending={state.pending}
                programKey={state.selected}
                source={src}
                language={language}
                reload={state.reload}
              />
            )}
            <TargetsSection
              program={data.value.program}
              partners={data.value.partners}
              share={state.share}
              setShare={state.setShare}
              history={state.history}
              activity={state.activity}
              programKey={state.selected}
              source={src}
              reload={state.reload}
            />
            <ImpactSection
              programKey={state.selected}
              program={data.value.program}
              partners={data.value.partners}
              activity={state.activity}
            />
            <RecognitionSection
              programKey={state.selected}
              program={data.value.program}
              partners={data.value.partners}
              source={src}
            />
          </>
        ))}
    </section>
  );
}
