/*
 * The few icons the pane needs, drawn in currentColor so they follow every theme (high contrast
 * included). Always decorative: the text next to them carries the meaning.
 */
import * as React from "react";

type IconProps = { className?: string };

function Icon(props: IconProps & { children: React.ReactNode }): React.JSX.Element {
  return (
    <svg
      className={props.className}
      width="1em"
      height="1em"
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.6}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {props.children}
    </svg>
  );
}

export const CheckIcon = (p: IconProps) => (
  <Icon {...p}>
    <circle cx="10" cy="10" r="7.5" />
    <path d="M6.5 10.2l2.3 2.3 4.7-4.9" />
  </Icon>
);

export const WarningIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M10 2.8l7.6 13.4H2.4z" />
    <path d="M10 8v3.8" />
    <circle cx="10" cy="14" r="0.4" fill="currentColor" />
  </Icon>
);

export const ArrowUpIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M10 16V4M5 9l5-5 5 5" />
  </Icon>
);

export const ArrowDownIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M10 4v12M5 11l5 5 5-5" />
  </Icon>
);

export const DeleteIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M3.5 5.5h13M8 5.5V3.5h4v2M5.5 5.5l.8 11h7.4l.8-11M8.5 8.5v5.5M11.5 8.5v5.5" />
  </Icon>
);

export const AddIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M10 4v12M4 10h12" />
  </Icon>
);

export const RefreshIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M15.5 10a5.5 5.5 0 1 1-1.6-3.9" />
    <path d="M14.5 2.8v3.7h-3.7" />
  </Icon>
);
