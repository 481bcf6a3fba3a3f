import * as React from "react";
import { Body1, Caption1, Card, CardHeader, Subtitle2, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { FUNCTION_GUIDE } from "./functionGuide";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    maxWidth: "100%",
    boxSizing: "border-box",
  },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  item: { listStyleType: "none" },
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
    color: tokens.colorNeutralForeground2,
  },
});

/** First screen: what the add-in does and the functions it adds to Excel. */
export function Welcome(): React.JSX.Element {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title3 as="h1">Partner Incentives</Title3>
      <Body1>
        Pay partners by results with exact, traceable formulas: type <strong>=INCENTIVE.</strong> in any cell to
        compute commissions, rebates, bonuses and discounts from your own tier tables.
      </Body1>
      <Subtitle2 as="h2">Functions</Subtitle2>
      <ul className={styles.list} aria-label="INCENTIVE functions">
        {FUNCTION_GUIDE.map((f) => (
          <li key={f.name} className={styles.item}>
            <Card size="small" appearance="subtle">
              <CardHeader header={<Body1><strong>{f.name}</strong></Body1>} description={<Caption1>{f.summary}</Caption1>} />
              <code className={styles.formula}>{f.example}</code>
            </Card>
          </li>
        ))}
      </ul>
    </main>
  );
}
