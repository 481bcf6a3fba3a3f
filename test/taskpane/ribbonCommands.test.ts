/**
 * @jest-environment jsdom
 */
import { RIBBON_COMMANDS, registerRibbonCommands } from "../../src/taskpane/ribbonCommands";
import * as fs from "fs";
import * as path from "path";

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

test("without Office nothing is registered", () => {
  expect(registerRibbonCommands()).toBe(false);
});

test("each ribbon button sets its view and shows the pane, and always completes the event", async () => {
  const handlers = new Map<string, (event: { completed: () => void }) => Promise<void>>();
  const showAsTaskpane = jest.fn().mockResolvedValue(undefined);
  (globalThis as { Office?: unknown }).Office = {
    actions: { associate: (name: string, fn: never) => handlers.set(name, fn) },
    addin: { showAsTaskpane },
  };
  expect(registerRibbonCommands()).toBe(true);
  const completed = jest.fn();
  await handlers.get("openNewProgram")!({ completed });
  expect(window.location.hash).toBe("#new");
  expect(showAsTaskpane).toHaveBeenCalledTimes(1);
  showAsTaskpane.mockRejectedValueOnce(new Error("not now"));
  await expect(handlers.get("openPrograms")!({ completed })).rejects.toThrow("not now");
  expect(window.location.hash).toBe("#programs");
  expect(completed).toHaveBeenCalledTimes(2);
});

test("the manifest's ExecuteFunction buttons name exactly these functions", () => {
  const manifest = fs.readFileSync(path.join(__dirname, "../../manifest.xml"), "utf8");
  const names = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]).sort();
  expect(names).toEqual(Object.keys(RIBBON_COMMANDS).sort());
});
