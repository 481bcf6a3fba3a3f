/* eslint-disable */
/*
 * Served in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js in the end-to-end
 * tests (the CDN is not reachable there, and the real script only says "not in Office" outside a
 * host). It plays the host: Office.onReady / Office.initialize report Excel, Office.context has a
 * display language, a theme, requirement sets and document settings, and CustomFunctions records
 * what the functions bundle registers. Excel itself is the recording Excel injected before the page.
 *
 * Configure with window.__officeConfig = { host, platform, displayLanguage, officeTheme,
 * requirementSets: { ExcelApi: "1.20" }, readyDelayMs } set before this script runs.
 */
(function () {
  "use strict";
  const config = Object.assign(
    {
      host: "Excel",
      platform: "OfficeOnline",
      displayLanguage: "en-US",
      officeTheme: {
        bodyBackgroundColor: "#FFFFFF",
        bodyForegroundColor: "#000000",
        controlBackgroundColor: "#FFFFFF",
        controlForegroundColor: "#000000",
        isDarkTheme: false,
      },
      requirementSets: {
        ExcelApi: "1.20",
        SharedRuntime: "1.1",
        CustomFunctionsRuntime: "1.3",
        AddinCommands: "1.1",
        DialogApi: "1.2",
        RibbonApi: "1.1",
      },
      readyDelayMs: 0,
    },
    window.__officeConfig || {},
  );
  const calls = [];
  window.__officeCalls = calls;

  function versionAtLeast(have, want) {
    const a = String(have).split(".").map(Number);
    const b = String(want || "1.1")
      .split(".")
      .map(Number);
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const x = a[i] || 0;
      const y = b[i] || 0;
      if (x !== y) return x > y;
    }
    return true;
  }

  const settings = new Map(Object.entries(config.settings || {}));
  const asyncResult = (value) => ({ status: "succeeded", value });
  const ready = { host: config.host, platform: config.platform };

  const Office = {
    HostType: {
      Excel: "Excel",
      Word: "Word",
      PowerPoint: "PowerPoint",
      Outlook: "Outlook",
      OneNote: "OneNote",
      Project: "Project",
      Access: "Access",
    },
    PlatformType: {
      PC: "PC",
      OfficeOnline: "OfficeOnline",
      Mac: "Mac",
      iOS: "iOS",
      Android: "Android",
      Universal: "Universal",
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Text: "text", Matrix: "matrix", Table: "table" },
    EventType: {
      DocumentSelectionChanged: "documentSelectionChanged",
      SettingsChanged: "settingsChanged",
      DialogMessageReceived: "dialogMessageReceived",
    },
    StartupBehavior: { none: "None", load: "Load" },
    VisibilityMode: { hidden: "Hidden", taskpane: "Taskpane" },
    context: {
      host: config.host,
      platform: config.platform,
      displayLanguage: config.displayLanguage,
      contentLanguage: config.displayLanguage,
      officeTheme: config.officeTheme,
      touchEnabled: false,
      commerceAllowed: true,
      diagnostics: { host: config.host, platform: config.platform, version: "16.0.0.0" },
      requirements: {
        isSetSupported(name, version) {
          const have = config.requirementSets[name];
          return have !== undefined && versionAtLeast(have, version);
        },
      },
      document: {
        url: "https://example.invalid/Book1.xlsx",
        mode: "readWrite",
        settings: {
          get: (k) => (settings.has(k) ? settings.get(k) : null),
          set: (k, v) => {
            calls.push({ api: "document.settings.set", args: [k, v] });
            settings.set(k, v);
          },
          remove: (k) => {
            calls.push({ api: "document.settings.remove", args: [k] });
            settings.delete(k);
          },
          saveAsync: (opts, cb) => {
            calls.push({ api: "document.settings.saveAsync" });
            const done = typeof opts === "function" ? opts : cb;
            if (done) setTimeout(() => done(asyncResult()), 0);
          },
          addHandlerAsync: (t, h, o, cb) => cb && cb(asyncResult()),
        },
        addHandlerAsync: (t, h, o, cb) =>
          (typeof o === "function" ? o : cb) && (typeof o === "function" ? o : cb)(asyncResult()),
        removeHandlerAsync: (t, o, cb) =>
          (typeof o === "function" ? o : cb) && (typeof o === "function" ? o : cb)(asyncResult()),
      },
      ui: {
        displayDialogAsync: (url, o, cb) => {
          calls.push({ api: "ui.displayDialogAsync", args: [url] });
          const done = typeof o === "function" ? o : cb;
          if (done)
            done({
              status: "failed",
              error: { code: 12007, message: "Dialogs are not available in the end-to-end test." },
            });
        },
        messageParent: () => undefined,
      },
    },
    actions: {
      associate(id, fn) {
        calls.push({ api: "actions.associate", args: [id] });
        (window.__officeActions = window.__officeActions || {})[id] = fn;
      },
    },
    addin: {
      showAsTaskpane: () => (calls.push({ api: "addin.showAsTaskpane" }), Promise.resolve()),
      hide: () => (calls.push({ api: "addin.hide" }), Promise.resolve()),
      onVisibilityModeChanged: () => Promise.resolve(() => Promise.resolve()),
      setStartupBehavior: (b) => (calls.push({ api: "addin.setStartupBehavior", args: [b] }), Promise.resolve()),
      getStartupBehavior: () => Promise.resolve("None"),
      beforeDocumentCloseNotification: {
        enable: () => Promise.resolve(),
        disable: () => Promise.resolve(),
        onCloseActionCancelled: () => Promise.resolve(() => Promise.resolve()),
      },
    },
    ribbon: { requestUpdate: (r) => (calls.push({ api: "ribbon.requestUpdate", args: [r] }), Promise.resolve()) },
    onReady(callback) {
      calls.push({ api: "onReady" });
      return new Promise((resolve) => {
        const go = () => {
          if (typeof callback === "function") callback(ready);
          resolve(ready);
        };
        if (domReady) setTimeout(go, config.readyDelayMs);
        else waiting.push(go);
      });
    },
    initialize: undefined,
  };

  // Like office.js: ready once the DOM is, then Office.initialize (if set) and onReady callbacks.
  let domReady = false;
  const waiting = [];
  function fire() {
    domReady = true;
    setTimeout(() => {
      if (typeof Office.initialize === "function") Office.initialize("new");
      for (const go of waiting.splice(0)) go();
    }, config.readyDelayMs);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fire);
  else fire();

  class CustomFunctionsError extends Error {
    constructor(code, message) {
      super(message || "");
      this.code = code;
      this.name = "CustomFunctions.Error";
    }
  }
  window.__customFunctions = {};
  window.CustomFunctions = {
    Error: CustomFunctionsError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
    associate(id, fn) {
      if (typeof id === "object") for (const k of Object.keys(id)) window.__customFunctions[k] = id[k];
      else window.__customFunctions[id] = fn;
    },
  };

  window.Office = Office;
  window.OfficeRuntime = window.OfficeRuntime || {
    storage: (function () {
      const m = new Map();
      return {
        getItem: (k) => Promise.resolve(m.has(k) ? m.get(k) : null),
        setItem: (k, v) => (m.set(k, String(v)), Promise.resolve()),
        removeItem: (k) => (m.delete(k), Promise.resolve()),
      };
    })(),
  };
})();
