import * as React from "react";
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { applyHealthFix, planHealth, type HealthEdit, type PlanCost } from "../../../engine/analytics";
import type { ProgramDefinition } from "../../../engine/program/types";
import { useI18n } from "../../i18n/I18nProvider";
import type { InsightsPartner } from "../../services/InsightsSource";
import { errorMessage } from "../../services/WorkbookService";
import { IssueStatus } from "../shared/IssueStatus";
import { WarningIcon } from "../shared/icons";
import { describeHealth, type HealthItem } from "./healthModel";
import { ShowMoreList } from "./ShowMoreList";
import type { ScenarioAction } from "./useInsights";
import { useInsightsStyles } from "./useInsightsStyles";

const useHealthStyles = makeStyles({
  icon: {
    color: tokens.colorPaletteRedForeground1,
    verticalAlign: "-3px",
    marginInlineEnd: tokens.spacingHorizontalXXS,
  },
  fix: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXS },
});

export interface PlanHealthSectionProps {
  program: ProgramDefinition;
  partners: readonly InsightsPartner[];
  /** The plan's cost over the same partners (already worked out by the Cost section). */
  cost: PlanCost;
  /** The what-if's dispatch: a suggested fix replaces the scenario with the plan and the fix. */
  dispatch: (a: ScenarioAction) => void;
}

/** Plan health: what in the plan's design may pay badly, the numbers behind it and a fix to try in What if. */
export function PlanHealthSection({ program, partners, cost, dispatch }: PlanHealthSectionProps): React.JSX.Element {
  const styles = useInsightsStyles();
  const { strings, locale, language } = useI18n();
  const t = strings;
  const [tried, setTried] = React.useState<string | null>(null);
  const health = React.useMemo(() => {
    try {
      return {
        ok: true as const,
        value: planHealth(
          program,
          partners.map((x) => x.input),
          cost,
        ),
      };
    } catch (e) {
      return { ok: false as const, message: errorMessage(e) };
    }
  }, [program, partners, cost]);
  const items = React.useMemo(
    () => (health.ok ? describeHealth(program, partners, health.value, { t, locale, language }) : []),
    [health, program, partners, t, locale, language],
  );
  const tryFix = (text: string, edits: readonly HealthEdit[]) => {
    dispatch({ type: "reset", program: applyHealthFix(program, edits) });
    setTried(text);
    // Bring the what-if into view; jsdom has no scrolling.
    document.getElementById("insights-whatif")?.scrollIntoView?.({ block: "start", behavior: "smooth" });
  };
  return (
    <section className={styles.section} aria-labelledby="insights-health">
      <h3 id="insights-health" className={styles.sectionHeading}>
        {t.insights.health.heading}
      </h3>
      <Text className={styles.muted}>{t.insights.health.intro}</Text>
      {!health.ok ? (
        <IssueStatus ok={false}>{`${t.insights.health.cannotCheck} ${health.message}`}</IssueStatus>
      ) : items.length === 0 ? (
        <IssueStatus ok>{t.insights.health.allClear}</IssueStatus>
      ) : (
        <ul className={styles.list} aria-label={t.insights.health.findings}>
          {items.map((item, i) => (
            <li key={`${item.check}-${i}`} className={styles.item}>
              <Finding item={item} index={i} onTry={tryFix} />
            </li>
          ))}
        </ul>
      )}
      <div role="status" aria-live="polite">
        {tried && <Text className={styles.muted}>{t.insights.health.tried(tried)}</Text>}
      </div>
    </section>
  );
}

function Finding({
  item,
  index,
  onTry,
}: {
  item: HealthItem;
  index: number;
  onTry: (text: string, edits: readonly HealthEdit[]) => void;
}): React.JSX.Element {
  const styles = useInsightsStyles();
  const own = useHealthStyles();
  const { strings: t } = useI18n();
  const titleId = `insights-health-${index}`;
  const fixId = `insights-health-fix-${index}`;
  const title =
    item.severity === "warning" ? t.insights.health.warning(item.title) : t.insights.health.info(item.title);
  return (
    <div className={styles.card} role="group" aria-labelledby={titleId}>
      <h4 id={titleId} className={styles.subheading}>
        {item.severity === "warning" && <WarningIcon aria-hidden="true" className={own.icon} />}
        {title}
      </h4>
      <Text>{item.detail}</Text>
      {item.partners && (
        <ShowMoreList
          label={item.partners.label}
          items={item.partners.items}
          itemKey={(x, i) => `${x}-${i}`}
          render={(x) => x}
          limit={5}
        />
      )}
      {item.fix && (
        <div className={own.fix}>
          <Text id={fixId} className={styles.strong}>
            {item.fix.text}
          </Text>
          {item.fix.edits && (
            <Button
              className={styles.touch}
              aria-describedby={fixId}
              onClick={() => onTry(item.fix!.text, item.fix!.edits!)}
            >
              {t.insights.health.tryFix}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
