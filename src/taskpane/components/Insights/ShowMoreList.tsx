import * as React from "react";
import { Button } from "@fluentui/react-components";
import { useI18n } from "../../i18n/I18nProvider";
import { useInsightsStyles } from "./useInsightsStyles";

/** A list that shows its first `limit` items and offers the rest on request. */
export function ShowMoreList<T>(props: {
  label: string;
  items: readonly T[];
  render: (item: T) => React.ReactNode;
  itemKey: (item: T, index: number) => string;
  limit?: number;
}): React.JSX.Element {
  const styles = useInsightsStyles();
  const { strings, locale } = useI18n();
  const limit = props.limit ?? 8;
  const [all, setAll] = React.useState(false);
  const shown = all ? props.items : props.items.slice(0, limit);
  return (
    <>
      <ul className={styles.list} aria-label={props.label}>
        {shown.map((item, i) => (
          <li key={props.itemKey(item, i)} className={styles.item}>
            {props.render(item)}
          </li>
        ))}
      </ul>
      {props.items.length > limit && (
        <Button className={styles.touch} appearance="subtle" onClick={() => setAll((a) => !a)}>
          {all
            ? strings.insights.showFirst(limit.toLocaleString(locale))
            : strings.insights.showAll(props.items.length.toLocaleString(locale))}
        </Button>
      )}
    </>
  );
}
