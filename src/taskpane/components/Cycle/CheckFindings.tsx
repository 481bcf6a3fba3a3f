import * as React from "react";
import { Body1, Link, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ClosedPeriodsCheck, PeriodCheck, RowFinding } from "../../services/CycleService";
import { useWorkbookService } from "../../services/WorkbookServiceContext";
import { useI18n } from "../../i18n/I18nProvider";
import type { Catalog } from "../../i18n/catalog";
import { joinSentences } from "../shared/sentences";
import { useSharedStyles } from "../shared/useSharedStyles";
import { useCycleStyles } from "./useCycleStyles";
import { MoneyFormat, findingValue } from "./findingValue";

/** A snapshot row's key ("partner P3", "tier 2", "total") in the pane's words. */
export function rowName(key: string, t: Catalog): string {
  const [kind, ...rest] = key.split(" ");
  const of = rest.join(" ");
  switch (kind) {
    case "partner":
      return t.cycle.rows.partner(of);
    case "kpi":
      return t.cycle.rows.kpi(of);
    case "tier":
      return t.cycle.rows.tier(of);
    case "adjustment":
      return t.cycle.rows.adjustment(of);
    case "plan":
      return t.cycle.rows.plan;
    case "period":
      return t.cycle.rows.period;
    case "total":
      return t.cycle.rows.total;
    default:
      return key;
  }
}

type FieldWords = Catalog["cycle"]["fields"];
type PlainField = { [K in keyof FieldWords]: FieldWords[K] extends string ? K : never }[keyof FieldWords];

/** A snapshot field in the pane's words ("payout", "KPI 1 target"); its own name when the pane has none. */
export function fieldName(field: string, t: Catalog): string {
  const kpi = /^kpi(\d+)\.(target|attainment)$/.exec(field);
  if (kpi) return kpi[2] === "target" ? t.cycle.fields.target(kpi[1]) : t.cycle.fields.attainment(kpi[1]);
  if (!(field in t.cycle.fields) || field === "target" || field === "attainment") return field;
  return t.cycle.fields[field as PlainField];
}

/** Check closed periods' findings: each period intact, edited (its rows and cells, with a way to each) or missing. */
export function CheckFindings({
  check,
  currency,
  decimals,
}: { check: ClosedPeriodsCheck } & MoneyFormat): React.JSX.Element {
  const shared = useSharedStyles();
  const { strings: t, locale } = useI18n();
  const shown = (field: string, text: string) => findingValue(field, text, { currency, decimals }, locale);
  const ref = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => ref.current?.focus(), []);
  if (check.periods.length === 0)
    return (
      <MessageBar ref={ref} tabIndex={-1} intent="info" layout="multiline">
        <MessageBarBody className={shared.wrap}>{t.cycle.checkNothing}</MessageBarBody>
      </MessageBar>
    );
  const intact = check.periods.every((p) => p.status === "intact");
  return (
    <MessageBar ref={ref} tabIndex={-1} intent={intact ? "success" : "error"} layout="multiline">
      <MessageBarBody className={shared.wrap}>
        <MessageBarTitle>{intact ? t.cycle.checkIntactTitle : t.cycle.checkEditedTitle}</MessageBarTitle>
        {check.periods.map((p) => (
          <PeriodFinding key={p.period.label} p={p} t={t} shown={shown} />
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}

type Shown = (field: string, text: string) => string;

function PeriodFinding({ p, t, shown }: { p: PeriodCheck; t: Catalog; shown: Shown }) {
  const styles = useCycleStyles();
  const sheet = t.common.sheetInText(p.sheet);
  if (p.status === "intact")
    return (
      <Body1 as="p" className={styles.flush}>
        {t.cycle.intact(p.period.label, sheet)}
      </Body1>
    );
  if (p.status === "missing")
    return (
      <Body1 as="p" className={styles.flush}>
        {t.cycle.missing(p.period.label, sheet)}
      </Body1>
    );
  return (
    <>
      <Body1 as="p" className={styles.flush}>
        {joinSentences(t, [
          t.cycle.edited(p.period.label, sheet),
          p.rowFingerprintsMatch ? undefined : t.cycle.rowsMoved,
        ])}
      </Body1>
      {p.rows.length > 0 && (
        <ul className={styles.list} aria-label={t.cycle.findingsFor(p.period.label)}>
          {p.rows.map((r) => (
            <RowItem key={r.address} row={r} sheet={p.sheet} t={t} shown={shown} />
          ))}
        </ul>
      )}
    </>
  );
}

/** A row and its cells as a plain list; each names its cell in a link that selects it. */
function RowItem({ row, sheet, t, shown }: { row: RowFinding; sheet: string; t: Catalog; shown: Shown }) {
  const service = useWorkbookService();
  const styles = useCycleStyles();
  const go = (address: string) => () => {
    service.selectCell(sheet, address).catch(() => undefined);
  };
  return (
    <li>
      <Link as="button" inline className={styles.finding} onClick={go(row.address)}>
        {t.cycle.rowEdited(rowName(row.key, t), row.address)}
      </Link>
      {row.cells.length === 0 ? (
        <span> {t.cycle.noCellNamed}</span>
      ) : (
        <ul className={styles.list}>
          {row.cells.map((c) => (
            <li key={c.address}>
              <Link as="button" inline className={styles.finding} onClick={go(c.address)}>
                {t.cycle.cellEdited(
                  c.address,
                  fieldName(c.field, t),
                  shown(c.field, c.found),
                  shown(c.field, c.expected),
                )}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
