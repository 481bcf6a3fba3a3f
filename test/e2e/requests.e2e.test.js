/* eslint-disable no-undef */
/*
 * The harness's request check can fail: a page that reaches for another origin in any of the ways
 * a page can (fetch, sendBeacon, an image, a script element, a WebSocket, a popup) is caught by
 * checkRequests, which harness.js runs after every browser test and in close(), whether or not
 * the test called pane.assertClean().
 */
const { startHarness, checkRequests } = require("./harness");

let h;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  if (h) await h.close();
});

const blank = () => h.openPane({ page: "__e2e/blank.html", waitFor: false });

const ATTEMPTS = {
  fetch: () => fetch("https://example.com/fetch").catch(() => undefined),
  sendBeacon: () => navigator.sendBeacon("https://example.com/beacon", "x"),
  image: () => {
    new Image().src = "https://example.com/pixel.gif";
  },
  script: () => {
    const s = document.createElement("script");
    s.src = "https://example.com/x.js";
    document.head.appendChild(s);
  },
  webSocket: () => {
    try {
      new WebSocket("wss://example.com/socket");
    } catch {
      // blocked or refused: the attempt is what counts
    }
  },
  windowOpen: () => window.open("https://example.com/popup"),
};

/** The check's error once the attempt has been reported (reports arrive asynchronously), or null. */
async function caught(pane) {
  const deadline = Date.now() + 15000;
  for (;;) {
    try {
      checkRequests(h);
    } catch (e) {
      return e.message;
    }
    if (Date.now() > deadline) return null;
    h.unchecked.push(pane); // nothing reported yet: check this pane again
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test.each(Object.keys(ATTEMPTS))("a page that tries %s fails the check", async (name) => {
  const pane = await blank();
  await pane.page.evaluate(ATTEMPTS[name]);
  expect(await caught(pane)).toMatch(/requests outside the add-in's origin and office\.js: .*example\.com/);
  // Reported once: the check after this test is clean again.
  expect(() => checkRequests(h)).not.toThrow();
});

test("the add-in's own origin is clean", async () => {
  const pane = await blank();
  await pane.page.evaluate(() => fetch("/taskpane.html").then((r) => r.text()));
  expect(() => checkRequests(h)).not.toThrow();
});
