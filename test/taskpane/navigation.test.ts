/**
 * @jest-environment jsdom
 */
import { initialView, rememberView, storedView, viewFromHash } from "../../src/taskpane/navigation";

beforeEach(() => {
  window.localStorage.clear();
  window.history.replaceState(null, "", "/");
});

test("hashes a ribbon button can use", () => {
  expect(viewFromHash("#new")).toBe("new");
  expect(viewFromHash("#/programs")).toBe("programs");
  expect(viewFromHash("#NEW")).toBe("new");
  expect(viewFromHash("#insights")).toBe("insights");
  expect(viewFromHash("#dashboard")).toBeNull();
  expect(viewFromHash("")).toBeNull();
});

test("hash first, then the remembered view, then Programs", () => {
  expect(initialView()).toBe("programs");
  rememberView("new");
  expect(storedView()).toBe("new");
  expect(initialView()).toBe("new");
  window.history.replaceState(null, "", "/#programs");
  expect(initialView()).toBe("programs");
});

test("a stored value that is not a view is ignored", () => {
  window.localStorage.setItem("partnerIncentives.lastView", "settings");
  expect(initialView()).toBe("programs");
});
