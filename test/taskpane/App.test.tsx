/**
 * @jest-environment jsdom
 */
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import { webDarkTheme, webLightTheme, teamsHighContrastTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { fluentThemeFor } from "../../src/taskpane/theme";

describe("task pane first screen", () => {
  test("says what the add-in does and lists the ten functions with an example each", () => {
    render(<App theme={webLightTheme} />);
    expect(screen.getByRole("heading", { level: 1, name: "Partner Incentives" })).toBeTruthy();
    expect(screen.getByText(/Pay partners by results/)).toBeTruthy();
    const list = screen.getByRole("list", { name: "INCENTIVE functions" });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(10);
    for (const name of ["PAYOUT", "TIER", "RATE", "GAP", "ATTAINMENT", "BONUS", "SCORE", "ONTIME", "PRICE", "EXPLAIN"]) {
      expect(within(list).getByText(name)).toBeTruthy();
      expect(within(list).getByText(new RegExp(`=INCENTIVE\\.${name}\\(`))).toBeTruthy();
    }
  });
});

describe("Office theme → Fluent theme", () => {
  test("light by default and for a light Office background", () => {
    expect(fluentThemeFor(undefined)).toBe(webLightTheme);
    expect(fluentThemeFor({ bodyBackgroundColor: "#FFFFFF" })).toBe(webLightTheme);
  });

  test("dark for a dark Office theme or background", () => {
    expect(fluentThemeFor({ isDarkTheme: true })).toBe(webDarkTheme);
    expect(fluentThemeFor({ bodyBackgroundColor: "#262626" })).toBe(webDarkTheme);
  });

  test("high contrast when the system forces colours", () => {
    expect(fluentThemeFor({ bodyBackgroundColor: "#FFFFFF" }, true)).toBe(teamsHighContrastTheme);
  });
});
