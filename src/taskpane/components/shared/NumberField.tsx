import * as React from "react";
import { Field, Input, type FieldProps } from "@fluentui/react-components";
import { clean, numberText, parseNumberText } from "./format";
import { useSharedStyles } from "./useSharedStyles";

export interface NumberFieldProps {
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  /** Shown and typed in %, held as a fraction (70 ↔ 0.7). */
  percent?: boolean;
  /** Empty gives NaN instead of null, for numbers the model cannot leave empty (validation then reports it). */
  emptyIsNaN?: boolean;
  /** Shown after the number: "%", "CNY", "installs". */
  unit?: string;
  hint?: string;
  /** The engine's message for this field, if it is to be shown. */
  issue?: string;
  /** Label for screen readers only (the column title is visible above). */
  hideLabel?: boolean;
  required?: boolean;
  className?: string;
  describedBy?: string;
  invalid?: boolean;
}

const same = (a: number | null, b: number | null) => Object.is(a, b);

/**
 * A number input that keeps what the user types ("1." stays "1.") while the program holds the
 * number: text is only replaced when the value changes from outside (a template, a paste).
 */
export function NumberField(props: NumberFieldProps): React.JSX.Element {
  const { value, percent = false } = props;
  const shared = useSharedStyles();
  const [text, setText] = React.useState(() => numberText(value, percent));
  const [shown, setShown] = React.useState<number | null>(value);
  if (!same(value, shown)) {
    setShown(value);
    setText(numberText(value, percent));
  }

  const onChange = (next: string) => {
    setText(next);
    const parsed = parseNumberText(next);
    const v =
      parsed === null
        ? props.emptyIsNaN
          ? NaN
          : null
        : percent && Number.isFinite(parsed)
          ? clean(parsed / 100)
          : parsed;
    setShown(v);
    props.onChange(v);
  };

  const fieldProps: FieldProps = {
    className: props.className,
    label: props.hideLabel ? { children: props.label, className: shared.visuallyHidden } : props.label,
    hint: props.hint,
    required: props.required,
    validationState: props.issue ? "error" : "none",
    validationMessage: props.issue,
  };
  const unit = percent ? "%" : props.unit;
  return (
    <Field {...fieldProps}>
      <Input
        className={shared.fill}
        inputMode="decimal"
        value={text}
        onChange={(_, d) => onChange(d.value)}
        contentAfter={unit ? <span aria-hidden="true">{unit}</span> : undefined}
        aria-describedby={props.describedBy}
        aria-invalid={props.invalid || undefined}
      />
    </Field>
  );
}
