import * as React from "react";
import { Field, makeStyles, Select } from "@fluentui/react-components";
import { SHEET_LANGUAGES, type SheetLanguage } from "../../../engine/program/types";
import { useStrings } from "../../i18n/I18nProvider";

// A select is as wide as its longest option unless told otherwise: let it shrink to its grid cell.
const useStyles = makeStyles({
  field: { minWidth: 0 },
  select: { width: "100%", minWidth: 0, "& select": { minWidth: 0 } },
});

/** A chosen sheet language, or null for the program's own (what the workbook layer uses by default). */
export type SheetLanguageChoice = SheetLanguage | null;

export interface SheetLanguageSelectProps {
  label: string;
  hint?: string;
  value: SheetLanguageChoice;
  onChange: (value: SheetLanguageChoice) => void;
  /** Offer "As the program" (null) first: for sheets generated from an existing program. */
  programDefault?: boolean;
  disabled?: boolean;
}

/**
 * Which language sheets are written in: a program's plan and data (wizard), or a dashboard and
 * statements generated from it, so head office can read the dashboard in English while partners
 * get Chinese statements.
 */
export function SheetLanguageSelect(props: SheetLanguageSelectProps): React.JSX.Element {
  const t = useStrings();
  const styles = useStyles();
  return (
    <Field className={styles.field} label={props.label} hint={props.hint}>
      <Select
        className={styles.select}
        value={props.value ?? ""}
        disabled={props.disabled}
        onChange={(_, d) => props.onChange(d.value === "" ? null : (d.value as SheetLanguage))}
      >
        {props.programDefault && <option value="">{t.programs.programsLanguage}</option>}
        {SHEET_LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {t.common.sheetLanguages[l]}
          </option>
        ))}
      </Select>
    </Field>
  );
}
