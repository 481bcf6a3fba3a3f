import { Theme, teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";

/** The colours Office reports for its current theme (Office.context.officeTheme). */
export interface OfficeThemeColors {
  bodyBackgroundColor?: string;
  isDarkTheme?: boolean;
}

/**
 * Picks the Fluent theme that matches Office's: dark when Office says so or its background is
 * dark, high contrast when the system forces colours, light otherwise.
 */
export function fluentThemeFor(office: OfficeThemeColors | undefined, forcedColors = false): Theme {
  if (forcedColors) return teamsHighContrastTheme;
  if (office?.isDarkTheme === true) return webDarkTheme;
  const background = office?.bodyBackgroundColor;
  if (background && luminance(background) < 0.4) return webDarkTheme;
  return webLightTheme;
}

/** Relative luminance (0 black … 1 white) of a #rrggbb colour; 1 for anything unreadable. */
export function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return 1;
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
