import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Caption1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { FUNCTION_GUIDE } from "./functionGuide";
import { useStrings } from "../../i18n/I18nProvider";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  item: { listStyleType: "none", display: "flex", flexDirection: "column", minWidth: 0 },
  intro: { marginBottom: tokens.spacingVerticalS },
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
    color: tokens.colorNeutralForeground2,
  },
});

/** Help: the ten INCENTIVE functions, one line and one formula each, folded away until asked for. */
export function FunctionHelp(): React.JSX.Element {
  const styles = useStyles();
  const t = useStrings();
  return (
    <Accordion collapsible>
      <AccordionItem value="functions">
        <AccordionHeader as="h2" size="medium">
          {t.help.heading}
        </AccordionHeader>
        <AccordionPanel>
          <Body1 as="p" className={styles.intro}>
            {/* introAfter carries its own leading space or punctuation, as each language needs. */}
            {t.help.introBefore} <strong>=INCENTIVE.</strong>
            {t.help.introAfter}
          </Body1>
          <ul className={styles.list} aria-label={t.help.listLabel}>
            {FUNCTION_GUIDE.map((f) => (
              <li key={f.name} className={styles.item}>
                <Body1>
                  <strong>{f.name}</strong>
                </Body1>
                <Caption1>{t.help.functions[f.name]}</Caption1>
                <code className={styles.formula}>{f.example}</code>
              </li>
            ))}
          </ul>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
