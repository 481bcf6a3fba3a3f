/**
 * @jest-environment jsdom
 */
import * as React from "react";
import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ErrorBoundary } from "../../src/taskpane/components/ErrorBoundary/ErrorBoundary";

let shouldThrow = true;
function Fragile(): React.JSX.Element {
  if (shouldThrow) throw new Error("The tier editor failed.");
  return <p>Recovered</p>;
}

test("a failing screen shows a readable message, not a blank pane, and can be retried", () => {
  const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
  render(
    <FluentProvider theme={webLightTheme}>
      <ErrorBoundary>
        <Fragile />
      </ErrorBoundary>
    </FluentProvider>,
  );
  expect(screen.getByText("Something went wrong in the pane.")).toBeTruthy();
  expect(screen.getByText(/The tier editor failed\./)).toBeTruthy();
  shouldThrow = false;
  fireEvent.click(screen.getByRole("button", { name: "Try again" }));
  expect(screen.getByText("Recovered")).toBeTruthy();
  quiet.mockRestore();
});
