/* npm start's advice when the development CA could not be trusted: the right cause, and steps per browser. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { trustAdvice } = require("../scripts/trustAdvice") as {
  trustAdvice: (o: { caPath: string; reason: string; isRoot: boolean; hasSudo: boolean }) => string[];
};

const base = { caPath: "/root/.office-addin-dev-certs/ca.crt", reason: "sudo: not found" };

test("root without sudo is not told to get admin rights", () => {
  const text = trustAdvice({ ...base, isRoot: true, hasSudo: false }).join("\n");
  expect(text).toMatch(/you are root, but the tool runs `sudo`, which is not installed/);
  expect(text).not.toMatch(/needs admin rights/);
});

test("a normal user is told about admin rights; root with sudo that the store update failed", () => {
  expect(trustAdvice({ ...base, isRoot: false, hasSudo: true })[0]).toMatch(
    /needs admin rights: run `sudo npx office-addin-dev-certs install`/,
  );
  expect(trustAdvice({ ...base, isRoot: true, hasSudo: true })[0]).toMatch(/the trust store update itself failed/);
});

test("steps for Chrome/Edge and Firefox name the certificate file", () => {
  const text = trustAdvice({ ...base, isRoot: true, hasSudo: false }).join("\n");
  expect(text).toMatch(/Chrome or Edge: .*Authorities/);
  expect(text).toMatch(/Firefox: .*Authorities → Import/);
  expect(text).toMatch(/certutil .* -i \/root\/\.office-addin-dev-certs\/ca\.crt/);
});
