import * as React from "react";
import { Field, Select } from "@fluentui/react-components";
import { SHEET_LANGUAGES, type SheetLanguage } from "../../engine/program/types";
import { useStrings } from "../i18n/I18nProvider";

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
  return (
    <Field label={props.label} hint={props.hint}>
      <Select
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
