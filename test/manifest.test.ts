/* global describe, test, expect, __dirname */
/*
 * Offline structural check of manifest.xml (no XSD ships in any npm package, and
 * `office-addin-manifest validate` needs Microsoft's online service). The rules live in
 * test/support/manifestCheck.ts so the same check can run on dist/manifest.xml after a build.
 */
import * as fs from "fs";
import * as path from "path";
import { checkManifest } from "./support/manifestCheck";
import { childrenNamed, descendants, parseXml, XmlElement } from "./support/xml";

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const ASSETS = path.join(ROOT, "assets");
const DEV_ORIGIN = "https://localhost:3000/";
const source = fs.readFileSync(MANIFEST, "utf8");
const root = parseXml(source);
const all = descendants(root);

const child = (el: XmlElement, name: string): XmlElement => {
  const found = childrenNamed(el, name);
  expect(found).toHaveLength(1);
  return found[0];
};
const resource = (id: string): string | undefined =>
  all.find((e) => (e.name === "bt:Url" || e.name === "bt:Image" || e.name === "bt:String") && e.attributes.id === id)
    ?.attributes.DefaultValue;

describe("manifest.xml", () => {
  test("passes the structural check, with every URL on the dev origin and every icon file present", () => {
    expect(checkManifest(source, { assetsDir: ASSETS, origin: DEV_ORIGIN })).toEqual([]);
  });

  test("is an Excel-only task pane add-in with a fresh GUID, version 1.0.0.0 and en-US strings", () => {
    expect(root.name).toBe("OfficeApp");
    expect(root.attributes.xmlns).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
    expect(root.attributes["xsi:type"]).toBe("TaskPaneApp");
    expect(child(root, "Id").text.trim()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(child(root, "Version").text.trim()).toBe("1.0.0.0");
    expect(child(root, "ProviderName").text.trim()).toBe("Partner Incentives");
    expect(child(root, "DefaultLocale").text.trim()).toBe("en-US");
    expect(child(root, "DisplayName").attributes.DefaultValue).toBe("Partner Incentives");
    expect(childrenNamed(child(root, "Hosts"), "Host").map((h) => h.attributes.Name)).toEqual(["Workbook"]);
    expect(child(root, "Permissions").text.trim()).toBe("ReadWriteDocument");
  });

  test("top-level elements appear in the schema's order (OfficeApp sequence, then the TaskPaneApp extension)", () => {
    expect(root.children.map((c) => c.name)).toEqual([
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ]);
  });

  test("requires exactly SharedRuntime 1.1 and CustomFunctionsRuntime 1.2 (CustomFunctions.Error), nothing newer", () => {
    const sets = child(child(root, "Requirements"), "Sets");
    const declared = childrenNamed(sets, "Set").map((s) => [
      s.attributes.Name,
      s.attributes.MinVersion ?? sets.attributes.DefaultMinVersion,
    ]);
    expect(declared.sort()).toEqual([
      ["CustomFunctionsRuntime", "1.2"],
      ["SharedRuntime", "1.1"],
    ]);
  });

  test("requires SharedRuntime 1.1 and runs everything in one long-lived runtime on the task pane page", () => {
    const sets = child(child(root, "Requirements"), "Sets");
    const shared = childrenNamed(sets, "Set").filter((s) => s.attributes.Name === "SharedRuntime");
    expect(shared).toHaveLength(1);
    expect(shared[0].attributes.MinVersion ?? sets.attributes.DefaultMinVersion).toBe("1.1");

    const runtimes = all.filter((e) => e.name === "Runtime");
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].attributes.lifetime).toBe("long");
    const resid = runtimes[0].attributes.resid;
    expect(resid).toBe("Taskpane.Url");
    expect(resource(resid)).toBe("https://localhost:3000/taskpane.html");

    const cf = all.filter((e) => e.name === "ExtensionPoint" && e.attributes["xsi:type"] === "CustomFunctions");
    expect(cf).toHaveLength(1);
    expect(child(child(cf[0], "Page"), "SourceLocation").attributes.resid).toBe(resid);
    expect(all.filter((e) => e.name === "FunctionFile").map((e) => e.attributes.resid)).toEqual([resid]);
    const show = all.filter((e) => e.name === "Action" && e.attributes["xsi:type"] === "ShowTaskpane");
    expect(show).toHaveLength(1);
    expect(child(show[0], "SourceLocation").attributes.resid).toBe(resid);
    expect(child(show[0], "TaskpaneId").text.trim()).toBe("ButtonId1");
    expect(child(child(root, "DefaultSettings"), "SourceLocation").attributes.DefaultValue).toBe(resource(resid));
  });

  test("custom functions: namespace INCENTIVE, script and metadata from the build output", () => {
    const cf = all.find(
      (e) => e.name === "ExtensionPoint" && e.attributes["xsi:type"] === "CustomFunctions",
    ) as XmlElement;
    expect(resource(child(cf, "Namespace").attributes.resid)).toBe("INCENTIVE");
    expect(resource(child(child(cf, "Script"), "SourceLocation").attributes.resid)).toBe(
      "https://localhost:3000/functions.js",
    );
    expect(resource(child(child(cf, "Metadata"), "SourceLocation").attributes.resid)).toBe(
      "https://localhost:3000/functions.json",
    );
  });

  test("the Home tab's Partner Incentives group opens the pane, or a specific view of it", () => {
    const tab = all.find((e) => e.name === "OfficeTab") as XmlElement;
    expect(tab.attributes.id).toBe("TabHome");
    const group = child(tab, "Group");
    expect(resource(child(group, "Label").attributes.resid)).toBe("Partner Incentives");
    const controls = group.children.filter((c) => c.name === "Control");
    const describe = (c: XmlElement) => {
      const action = child(c, "Action");
      const target =
        action.attributes["xsi:type"] === "ShowTaskpane"
          ? "pane"
          : action.children.find((a) => a.name === "FunctionName")?.text.trim();
      return [resource(child(c, "Label").attributes.resid), action.attributes["xsi:type"], target];
    };
    expect(controls.map(describe)).toEqual([
      ["Partner Incentives", "ShowTaskpane", "pane"],
      ["New program", "ExecuteFunction", "openNewProgram"],
      ["Programs", "ExecuteFunction", "openPrograms"],
    ]);
    for (const c of controls) {
      expect(c.attributes["xsi:type"]).toBe("Button");
      expect(resource(child(child(c, "Supertip"), "Description").attributes.resid)).toBeTruthy();
    }
  });

  test("the icon files exist as PNGs of the right size, including 64 (high-resolution icon) and 128 (store listing)", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      const buf = fs.readFileSync(path.join(ASSETS, `icon-${size}.png`));
      expect(buf.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect([buf.readUInt32BE(16), buf.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  // `npm test` builds dist/ first (pretest), with the default production URL.
  test("dist/manifest.xml, as the production build rewrote it, passes the same check on the production origin", () => {
    const built = fs.readFileSync(path.join(ROOT, "dist", "manifest.xml"), "utf8");
    expect(built).not.toContain("localhost");
    expect(
      checkManifest(built, {
        assetsDir: path.join(ROOT, "dist", "assets"),
        origin: "https://partner-incentives.example.com/",
      }),
    ).toEqual([]);
  });
});

describe("Chinese", () => {
  test("zh-CN Excel gets the Chinese function descriptions and ribbon text; names stay INCENTIVE.*", () => {
    expect(source).toContain('<bt:Override Locale="zh-CN" Value="https://localhost:3000/functions.zh-cn.json"/>');
    expect(source).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="INCENTIVE"\/>/);
    expect(source).toMatch(
      /<bt:String id="TaskpaneButton.Label"[^>]*>\s*<bt:Override Locale="zh-CN" Value="合作伙伴激励"\/>/,
    );
  });
});

describe("production URL rewrite", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { rewriteManifestUrls } = require("../scripts/manifestUrls") as {
    rewriteManifestUrls: (xml: string, dev: string, prod: string) => string;
  };
  const DEV = "https://localhost:3000/";

  test("rewrites every localhost URL, not only the first, and the result passes the check", () => {
    const occurrences = source.split(DEV).length - 1;
    expect(occurrences).toBeGreaterThan(5);
    const rewritten = rewriteManifestUrls(source, DEV, "https://addin.contoso.com/incentives");
    expect(rewritten).not.toContain("localhost");
    expect(rewritten.split("https://addin.contoso.com/incentives/").length - 1).toBe(occurrences);
    expect(checkManifest(rewritten, { origin: "https://addin.contoso.com/incentives/" })).toEqual([]);
  });

  test.each(["http://addin.contoso.com/", "addin.contoso.com", "https://"])("refuses the non-https URL %s", (url) => {
    expect(() => rewriteManifestUrls(source, DEV, url)).toThrow(/https/);
  });
});

describe("checkManifest reports broken manifests", () => {
  /** Applies a textual change that must actually occur in the manifest (so no case passes vacuously). */
  const mutate = (...edits: [string | RegExp, string][]): string => {
    let text = source;
    for (const [from, to] of edits) {
      const next = text.replace(from, to);
      if (next === text) throw new Error(`mutation did not apply: ${String(from)}`);
      text = next;
    }
    return text;
  };
  const check = (text: string): string[] => checkManifest(text, { assetsDir: ASSETS, origin: DEV_ORIGIN });

  const cases: [string, () => string, RegExp][] = [
    [
      "an undefined resid (and the now unused resource)",
      () =>
        mutate(['<SourceLocation resid="Functions.Metadata.Url"/>', '<SourceLocation resid="Functions.Missing.Url"/>']),
      /resid "Functions\.Missing\.Url" on <SourceLocation> .* is not defined/,
    ],
    [
      "an http URL",
      () => mutate(["https://localhost:3000/functions.js", "http://localhost:3000/functions.js"]),
      /"http:\/\/localhost:3000\/functions\.js" is not https/,
    ],
    [
      "an http SupportUrl",
      () => mutate(['<SupportUrl DefaultValue="https://', '<SupportUrl DefaultValue="http://']),
      /SupportUrl: .* is not https/,
    ],
    [
      "top-level elements out of order",
      () =>
        mutate([
          /(\s*<DefaultSettings>[\s\S]*?<\/DefaultSettings>)(\s*<Permissions>ReadWriteDocument<\/Permissions>)/,
          "$2$1",
        ]),
      /OfficeApp: <DefaultSettings> .* is out of order/,
    ],
    [
      "a missing DefaultSettings (required for a TaskPaneApp)",
      () => mutate([/\s*<DefaultSettings>[\s\S]*?<\/DefaultSettings>/, ""]),
      /missing required <DefaultSettings>/,
    ],
    [
      "Runtimes after AllFormFactors",
      () => mutate([/(\s*<Runtimes>[\s\S]*?<\/Runtimes>)(\s*<AllFormFactors>[\s\S]*?<\/AllFormFactors>)/, "$2$1"]),
      /Host: <Runtimes> .* is out of order/,
    ],
    ["a short-lived runtime", () => mutate(['lifetime="long"', 'lifetime="short"']), /Runtime lifetime is "short"/],
    [
      "a function file on another page than the runtime",
      () =>
        mutate(
          ['<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Commands.Url"/>'],
          ["</bt:Urls>", '<bt:Url id="Commands.Url" DefaultValue="https://localhost:3000/commands.html"/></bt:Urls>'],
        ),
      /FunctionFile resid "Commands\.Url" .* differs from the Runtime resid "Taskpane\.Url"/,
    ],
    [
      "custom functions on their own page",
      () =>
        mutate(
          [/(<Page>\s*<SourceLocation resid=")Taskpane\.Url/, "$1Functions.Page.Url"],
          [
            "</bt:Urls>",
            '<bt:Url id="Functions.Page.Url" DefaultValue="https://localhost:3000/functions.html"/></bt:Urls>',
          ],
        ),
      /custom functions Page resid "Functions\.Page\.Url" differs from the Runtime resid/,
    ],
    [
      "a task pane button on another page than the runtime",
      () =>
        mutate(
          [/(<TaskpaneId>ButtonId1<\/TaskpaneId>\s*<SourceLocation resid=")Taskpane\.Url/, "$1Other.Url"],
          ["</bt:Urls>", '<bt:Url id="Other.Url" DefaultValue="https://localhost:3000/other.html"/></bt:Urls>'],
        ),
      /ShowTaskpane SourceLocation resid "Other\.Url" .* differs from the Runtime resid/,
    ],
    [
      "another host besides Excel",
      () => mutate(['<Host Name="Workbook"/>', '<Host Name="Workbook"/><Host Name="Document"/>']),
      /Hosts are \[Workbook, Document\], expected only Workbook/,
    ],
    [
      "broader permissions",
      () => mutate(["<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadWriteMailbox</Permissions>"]),
      /Permissions is "ReadWriteMailbox"/,
    ],
    [
      "no SharedRuntime requirement",
      () =>
        mutate([
          '<Set Name="SharedRuntime" MinVersion="1.1"/>',
          '<Set Name="CustomFunctionsRuntime" MinVersion="1.1"/>',
        ]),
      /Requirements do not include the SharedRuntime set/,
    ],
    [
      "no CustomFunctionsRuntime 1.2 (CustomFunctions.Error needs it)",
      () => mutate([/\s*<Set Name="CustomFunctionsRuntime" MinVersion="1.2"\/>/, ""]),
      /Requirements do not include the CustomFunctionsRuntime set/,
    ],
    [
      "CustomFunctionsRuntime 1.1 (no CustomFunctions.Error)",
      () =>
        mutate([
          '<Set Name="CustomFunctionsRuntime" MinVersion="1.2"/>',
          '<Set Name="CustomFunctionsRuntime" MinVersion="1.1"/>',
        ]),
      /CustomFunctionsRuntime MinVersion is 1\.1, expected 1\.2/,
    ],
    [
      "a requirement set the add-in does not need to load",
      () =>
        mutate([
          '<Set Name="SharedRuntime" MinVersion="1.1"/>',
          '<Set Name="SharedRuntime" MinVersion="1.1"/><Set Name="ExcelApi" MinVersion="1.20"/>',
        ]),
      /Requirements declare ExcelApi 1\.20, which the add-in does not need to load/,
    ],
    [
      "a resource defined twice",
      () =>
        mutate([
          "</bt:Urls>",
          '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/></bt:Urls>',
        ]),
      /resource id "Taskpane\.Url" is defined more than once/,
    ],
    [
      "a resource defined but never used",
      () =>
        mutate(["</bt:Urls>", '<bt:Url id="Unused.Url" DefaultValue="https://localhost:3000/unused.html"/></bt:Urls>']),
      /resource "Unused\.Url" is defined but never used/,
    ],
    [
      "a label pointing at a long string",
      () => mutate(['<Label resid="Group.Label"/>', '<Label resid="TaskpaneButton.Tooltip"/>']),
      /resid "TaskpaneButton\.Tooltip" on <Label> .* must be a short resource but is a long/,
    ],
    [
      "a short string over 125 characters",
      () => mutate(['DefaultValue="Partner Incentives is ready"', `DefaultValue="${"x".repeat(126)}"`]),
      /short string "GetStarted\.Title" is 126 characters \(at most 125\)/,
    ],
    [
      "a long string over 250 characters",
      () => mutate([/(<bt:String id="TaskpaneButton\.Tooltip" DefaultValue=")[^"]*/, `$1${"y".repeat(251)}`]),
      /long string "TaskpaneButton\.Tooltip" is 251 characters \(at most 250\)/,
    ],
    [
      "another namespace",
      () =>
        mutate([
          '<bt:String id="Functions.Namespace" DefaultValue="INCENTIVE"/>',
          '<bt:String id="Functions.Namespace" DefaultValue="CONTOSO"/>',
        ]),
      /custom functions namespace is "CONTOSO", expected "INCENTIVE"/,
    ],
    [
      "an Id that is not a GUID",
      () => mutate([/<Id>[^<]*<\/Id>/, "<Id>partner-incentives</Id>"]),
      /Id "partner-incentives" is not a GUID/,
    ],
    [
      "the OfficeDev template's Id",
      () => mutate([/<Id>[^<]*<\/Id>/, "<Id>05c2e1c9-3e1d-406e-9a91-e9ac64854143</Id>"]),
      /copied from an OfficeDev template/,
    ],
    [
      "an icon file that does not exist",
      () => mutate(["assets/icon-80.png", "assets/icon-81.png"]),
      /has no file .*icon-81\.png/,
    ],
    [
      "an icon declared with the wrong size",
      () =>
        mutate([
          '<bt:Image id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-16.png"/>',
          '<bt:Image id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-32.png"/>',
        ]),
      /icon-32\.png is 32x32, expected 16x16/,
    ],
    [
      "a button without the mandatory 80px icon",
      () => mutate([/(<Control[\s\S]*?<Icon>[\s\S]*?)\s*<bt:Image size="80" resid="Icon\.80x80"\/>/, "$1"]),
      /Icon \(line \d+\) has no 80px image/,
    ],
    ["a manifest that is not well-formed", () => mutate(["</Permissions>", ""]), /not well-formed XML/],
    [
      "a URL left on another origin",
      () => mutate(["https://localhost:3000/functions.json", "https://cdn.example.com/functions.json"]),
      /"https:\/\/cdn\.example\.com\/functions\.json" is not under https:\/\/localhost:3000\//,
    ],
  ];

  test.each(cases)("%s", (_name, make, expected) => {
    const problems = check(make());
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join("\n")).toMatch(expected);
  });

  test("several problems at once are all reported", () => {
    const problems = check(
      mutate(
        ['lifetime="long"', 'lifetime="short"'],
        ["https://localhost:3000/functions.js", "http://localhost:3000/functions.js"],
        ["<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Restricted</Permissions>"],
      ),
    );
    expect(problems.length).toBeGreaterThanOrEqual(3);
  });
});

describe("the test XML parser", () => {
  test("reads elements, attributes, text, entities and CDATA, skipping the declaration and comments", () => {
    const doc = parseXml(
      '\ufeff<?xml version="1.0"?>\n<!-- c --><a x="1" y=\'t &amp; &#65;&#x42;\'><b/><!-- c2 -->hi &lt;there&gt;<![CDATA[<raw>]]><c:d e="f"></c:d></a>\n',
    );
    expect(doc.name).toBe("a");
    expect(doc.attributes).toEqual({ x: "1", y: "t & AB" });
    expect(doc.children.map((c) => c.name)).toEqual(["b", "c:d"]);
    expect(doc.text).toBe("hi <there><raw>");
    expect(doc.children[1].attributes.e).toBe("f");
    expect(doc.children[1].parent).toBe(doc);
  });

  test.each([
    ["a mismatched end tag", "<a><b></a></b>", /<\/a> closes <b>/],
    ["an unclosed element", "<a><b></b>", /<a> is never closed/],
    ["a duplicate attribute", '<a x="1" x="2"/>', /duplicate attribute x/],
    ["an unknown entity", "<a>&nbsp;</a>", /unknown entity/],
    ["a bare ampersand", "<a>fish & chips</a>", /unterminated character reference/],
    ["a DOCTYPE", "<!DOCTYPE a><a/>", /DOCTYPE is not supported/],
    ["text after the root", "<a/>junk", /text outside the root element/],
    ["a second root", "<a/><b/>", /content after the root element/],
    ["an unquoted attribute", "<a x=1/>", /must be quoted/],
    ["a < in an attribute", '<a x="<"/>', /"<" in the value/],
    ["an unterminated comment", "<a><!-- oops </a>", /unterminated comment/],
    ["an empty document", "  ", /no root element/],
  ])("rejects %s", (_name, xml, message) => {
    expect(() => parseXml(xml)).toThrow(message);
  });
});
