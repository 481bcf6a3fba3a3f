#!/usr/bin/env node
/* eslint-disable no-undef */
/*
 * npm start: serve the add-in at https://localhost:3000 with trusted dev certificates and load it
 * into Excel. Windows and macOS: office-addin-debugging sideloads into desktop Excel. Elsewhere
 * (Linux): the server keeps running and the exact steps to sideload into Excel on the web are
 * printed. Every step is checked here, since the Office tools exit 0 even when they fail.
 */
const { spawn } = require("child_process");
const fs = require("fs");
const https = require("https");
const path = require("path");

const { trustAdvice } = require("./trustAdvice");

const ROOT = path.resolve(__dirname, "..");
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const PAGE = `https://localhost:${PORT}/taskpane.html`;
const PID_FILE = path.join(ROOT, ".tmp", "dev-server.pid");
const MANIFEST = path.join(ROOT, "manifest.xml");

function fail(message) {
  console.error(`\n✖ ${message}`);
  process.exit(1);
}

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

/** Resolves true once the task pane page answers 200 over https, false after `timeoutMs`. */
function waitForServer(ca, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve) => {
    const attempt = () => {
      const req = https.get(PAGE, { ca, timeout: 5000 }, (res) => {
        res.resume();
        if (res.statusCode === 200) resolve(true);
        else retry();
      });
      req.on("error", retry);
      req.on("timeout", () => req.destroy());
    };
    const retry = () => (Date.now() > deadline ? resolve(false) : setTimeout(attempt, 1000));
    attempt();
  });
}

async function certificates() {
  try {
    return await require("./devCerts").devHttpsOptions();
  } catch (e) {
    return fail(`Could not create the localhost certificates: ${e.message}`);
  }
}

async function startDesktop() {
  const code = await run("npx", [
    "office-addin-debugging",
    "start",
    MANIFEST,
    "desktop",
    "--app",
    "excel",
    "--dev-server",
    "npm run dev-server",
    "--dev-server-port",
    String(PORT),
  ]);
  if (code !== 0) fail(`office-addin-debugging exited with code ${code}.`);
  const { ca } = await certificates();
  if (!(await waitForServer(ca, 10000))) fail(`The dev server does not answer at ${PAGE}.`);
  console.log(`\n✔ Serving ${PAGE} and sideloading into desktop Excel. Stop with: npm stop`);
}

function commandExists(name) {
  return (process.env.PATH || "").split(path.delimiter).some((dir) => fs.existsSync(path.join(dir, name)));
}

/** Resolves true when something already listens on the port. */
function portInUse(port) {
  return new Promise((resolve) => {
    const probe = require("net").createServer();
    probe.once("error", () => resolve(true));
    probe.once("listening", () => probe.close(() => resolve(false)));
    probe.listen(port);
  });
}

async function startForExcelOnTheWeb() {
  if (await portInUse(PORT))
    fail(`Port ${PORT} is already in use. Is the add-in already running? Stop it with: npm stop`);
  const { ca, trusted, reason, caPath } = await certificates();
  // webpack itself, not through npx, so the pid recorded for `npm stop` is the server's own.
  const webpackCli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  const server = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, ADDIN_DEV_CERTS_READY: "1" },
  });
  fs.mkdirSync(path.dirname(PID_FILE), { recursive: true });
  fs.writeFileSync(PID_FILE, String(server.pid));
  let exited = false;
  server.on("exit", (code) => {
    exited = true;
    fs.rmSync(PID_FILE, { force: true });
    if (code) fail(`The dev server stopped with code ${code}.`);
    process.exit(0);
  });
  process.on("SIGINT", () => server.kill("SIGINT"));
  process.on("SIGTERM", () => server.kill("SIGTERM"));

  // The first build takes about a minute and webpack says little meanwhile: say that it is working.
  console.log(`\n… Building the add-in and starting the server at ${PAGE} (about a minute the first time).`);
  const started = Date.now();
  const heartbeat = setInterval(
    () => console.log(`… still building (${Math.round((Date.now() - started) / 1000)} s)`),
    15000,
  );
  const up = await waitForServer(ca, 180000);
  clearInterval(heartbeat);
  if (exited) return;
  if (!up) {
    server.kill();
    fail(`The dev server did not answer at ${PAGE} within 3 minutes.`);
  }
  console.log(`
✔ The add-in is served at ${PAGE}
  Desktop Excel cannot be sideloaded automatically on ${process.platform}; use Excel on the web:
${
  trusted
    ? ""
    : `
  0. ${trustAdvice({
    caPath,
    reason: String(reason).split("\n")[0].trim(),
    isRoot: typeof process.getuid === "function" && process.getuid() === 0,
    hasSudo: commandExists("sudo"),
  }).join("\n     ")}
`
}
  1. Open https://excel.cloud.microsoft (or https://www.office.com → Excel) and open or create a workbook.
  2. Home → Add-ins → More Add-ins → My Add-ins → Upload My Add-in.
  3. Choose this file: ${MANIFEST}
  4. The "Partner Incentives" button appears on the Home tab; in any cell type =INCENTIVE.PAYOUT(

  Leave this running while you work. Stop with Ctrl+C or, from another terminal: npm stop
`);
}

if (process.platform === "win32" || process.platform === "darwin") startDesktop();
else startForExcelOnTheWeb();
