/* global Buffer, URL */
/**
 * Offline structural check of the add-in only (XML) manifest. No XSD for the manifest ships in
 * any npm package and `office-addin-manifest validate` needs Microsoft's online service, so this
 * checks what breaks sideloading or the shared runtime, against the schema as published by
 * Microsoft:
 *   - element order and occurrence: OfficeAppManifestV1_1.xsd (OfficeApp + TaskPaneApp types),
 *     TaskPaneAppVersionOverridesV1_0.xsd and OfficeAppBasicTypesV1_0.xsd
 *     (github.com/OfficeDev/office-js-docs-pr docs/overview/schemas/taskpane, and [MS-OWEMXML]
 *     for the newer Host > Runtimes/AllFormFactors elements);
 *   - shared runtime wiring: learn.microsoft.com "Configure your Office Add-in to use a shared
 *     runtime" (Runtime, custom functions Page and FunctionFile all on one resid).
 *
 * `checkManifest` returns a list of problems (empty = fine), so it can also be run on
 * dist/manifest.xml after a production build, where the URLs have been rewritten.
 */
import * as fs from "fs";
import * as path from "path";
import { childrenNamed, descendants, parseXml, pathOf, XmlElement } from "./xml";

export interface CheckOptions {
  /**
   * Folder holding the icon files. When given, every manifest URL whose path starts with
   * /assets/ must name an existing file there, and PNG icons must have the pixel size they are
   * declared with.
   */
  assetsDir?: string;
  /**
   * When given, every URL in the manifest must start with this (e.g. "https://localhost:3000/" for
   * the source manifest, the production URL for dist/manifest.xml).
   */
  origin?: string;
  /** Expected custom-functions namespace; defaults to "INCENTIVE". */
  namespace?: string;
}

export const NS = {
  officeApp: "http://schemas.microsoft.com/office/appforoffice/1.1",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
  basicTypes: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  taskpaneOverrides: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
};

/**
 * The requirement sets the manifest declares, and only these: what the add-in cannot load without.
 * Newer APIs are checked at run time (src/workbook/excelFeatures.ts), so they never lock a host out.
 * - SharedRuntime 1.1: the task pane and the functions share one runtime
 *   (learn.microsoft.com/javascript/api/requirement-sets/common/shared-runtime-requirement-sets).
 * - CustomFunctionsRuntime 1.2: CustomFunctions.Error, how every function reports a bad cell
 *   ("[ API set: CustomFunctionsRuntime 1.2 ]",
 *   learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.error). Every host
 *   with SharedRuntime 1.1 for Excel has it (Windows 2002 vs 1909, Mac 16.35 vs 16.34:
 *   learn.microsoft.com/javascript/api/requirement-sets/excel/custom-functions-requirement-sets),
 *   so declaring it locks no one out. Nothing needs 1.3 ("adds ... new ErrorCode options"): the
 *   functions write their codes as strings (src/functions/excelErrors.ts) and never read the
 *   CustomFunctions.ErrorCode enum at run time.
 */
export const REQUIRED_SETS: Readonly<Record<string, string>> = {
  SharedRuntime: "1.1",
  CustomFunctionsRuntime: "1.2",
};

/** [element name, minOccurs, maxOccurs] in schema sequence order. */
type Particle = [string, number, number];
const MANY = Number.POSITIVE_INFINITY;

/**
 * OfficeApp (abstract) followed by its TaskPaneApp extension, as in OfficeAppManifestV1_1.xsd.
 * DefaultSettings and Permissions are required (minOccurs=1) for a TaskPaneApp.
 */
export const OFFICE_APP_SEQUENCE: Particle[] = [
  ["Id", 1, 1],
  ["AlternateId", 0, 1],
  ["Version", 1, 1],
  ["ProviderName", 1, 1],
  ["DefaultLocale", 1, 1],
  ["DisplayName", 1, 1],
  ["Description", 1, 1],
  ["IconUrl", 0, 1],
  ["HighResolutionIconUrl", 0, 1],
  ["SupportUrl", 0, 1],
  ["AppDomains", 0, 1],
  ["Hosts", 0, 1],
  // TaskPaneApp extension:
  ["Requirements", 0, 1],
  ["DefaultSettings", 1, 1],
  ["Permissions", 1, 1],
  ["Dictionary", 0, 1],
  ["VersionOverrides", 0, 1],
  ["ExtendedOverrides", 0, 1],
];

const SEQUENCES: Record<string, Particle[]> = {
  "OfficeApp/Requirements": [
    ["Sets", 0, 1],
    ["Methods", 0, 1],
  ],
  VersionOverrides: [
    ["Description", 0, 1],
    ["Requirements", 0, 1],
    ["Hosts", 0, 1],
    ["Resources", 0, 1],
    ["WebApplicationInfo", 0, 1],
    ["EquivalentAddins", 0, 1],
  ],
  "VersionOverrides/Host": [
    ["Runtimes", 0, 1],
    ["AllFormFactors", 0, 1],
    ["DesktopFormFactor", 0, 1],
  ],
  DesktopFormFactor: [
    ["GetStarted", 0, 1],
    ["FunctionFile", 0, 1],
    ["ExtensionPoint", 1, MANY],
  ],
  "ExtensionPoint[CustomFunctions]": [
    ["Script", 1, 1],
    ["Page", 1, 1],
    ["Metadata", 1, 1],
    ["Namespace", 0, 1],
  ],
  GetStarted: [
    ["Title", 1, 1],
    ["Description", 1, 1],
    ["LearnMoreUrl", 1, 1],
  ],
  Group: [
    ["Label", 1, 1],
    ["Icon", 1, 1],
    ["Control", 1, MANY],
  ],
  "Control[Button]": [
    ["Label", 1, 1],
    ["Supertip", 1, 1],
    ["Icon", 1, 1],
    ["Action", 1, 1],
  ],
  Supertip: [
    ["Title", 1, 1],
    ["Description", 1, 1],
  ],
  "Action[ShowTaskpane]": [
    ["TaskpaneId", 0, 1],
    ["SourceLocation", 1, 1],
    ["Title", 0, 1],
  ],
  Resources: [
    ["bt:Images", 0, 1],
    ["bt:Urls", 0, 1],
    ["bt:ShortStrings", 0, 1],
    ["bt:LongStrings", 0, 1],
  ],
};

type ResourceKind = "image" | "url" | "short" | "long";

/** Which kind of resource a resid on each referencing element must point at (from the XSD types). */
function expectedKind(el: XmlElement): ResourceKind | null {
  switch (el.name) {
    case "bt:Image":
      return "image";
    case "SourceLocation":
    case "FunctionFile":
    case "LearnMoreUrl":
    case "Runtime":
    case "Override":
      return "url";
    case "Label":
    case "Title":
    case "Namespace":
      return "short";
    case "Description":
      return "long";
    default:
      return null;
  }
}

const SHORT_MAX = 125;
const LONG_MAX = 250;
const RESID_MAX = 32;
const MANDATORY_ICON_SIZES = [16, 32, 80];
/** Ids of the OfficeDev templates: a copied Id collides with every other add-in that kept it. */
const TEMPLATE_IDS = new Set(["05c2e1c9-3e1d-406e-9a91-e9ac64854143", "ca968be6-628b-4f14-ba3c-3e614effa9bd"]);
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

function typeOf(el: XmlElement): string | undefined {
  return el.attributes["xsi:type"];
}

/** Checks the children of `el` against a schema sequence; pushes problems. */
function checkSequence(el: XmlElement, sequence: Particle[], label: string, problems: string[]): void {
  const names = sequence.map(([n]) => n);
  const counts = new Map<string, number>();
  let cursor = 0;
  for (const child of el.children) {
    const index = names.indexOf(child.name);
    if (index < 0) {
      problems.push(`${label}: unexpected child <${child.name}> (line ${child.line}); allowed: ${names.join(", ")}`);
      continue;
    }
    if (index < cursor) {
      problems.push(
        `${label}: <${child.name}> (line ${child.line}) is out of order; the schema order is ${names.join(", ")}`,
      );
    } else {
      cursor = index;
    }
    counts.set(child.name, (counts.get(child.name) ?? 0) + 1);
  }
  for (const [name, min, max] of sequence) {
    const n = counts.get(name) ?? 0;
    if (n < min) problems.push(`${label}: missing required <${name}>`);
    if (n > max) problems.push(`${label}: <${name}> appears ${n} times (at most ${max} allowed)`);
  }
}

/** Width and height from a PNG's IHDR chunk, or null if the file is not a PNG. */
function pngSize(file: string): { width: number; height: number } | null {
  const buf = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (buf.length < 24 || !buf.subarray(0, 8).equals(signature) || buf.toString("ascii", 12, 16) !== "IHDR") {
    return null;
  }
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

export function checkManifest(xmlText: string, options: CheckOptions = {}): string[] {
  const problems: string[] = [];
  const expectedNamespace = options.namespace ?? "INCENTIVE";

  let root: XmlElement;
  try {
    root = parseXml(xmlText);
  } catch (e) {
    return [`manifest is not well-formed XML: ${(e as Error).message}`];
  }
  const all = descendants(root);

  // ---- Root element and namespaces ----
  if (root.name !== "OfficeApp") problems.push(`root element is <${root.name}>, expected <OfficeApp>`);
  const rootNs: [string, string][] = [
    ["xmlns", NS.officeApp],
    ["xmlns:xsi", NS.xsi],
    ["xmlns:bt", NS.basicTypes],
  ];
  for (const [attr, uri] of rootNs) {
    if (root.attributes[attr] !== uri) {
      problems.push(`OfficeApp ${attr} is "${root.attributes[attr] ?? ""}", expected "${uri}"`);
    }
  }
  if (typeOf(root) !== "TaskPaneApp")
    problems.push(`OfficeApp xsi:type is "${typeOf(root) ?? ""}", expected "TaskPaneApp"`);
  // Every prefix used must be bound on the element or an ancestor.
  for (const el of all) {
    const prefixed = [el.name, ...Object.keys(el.attributes)].filter((n) => n.includes(":") && !n.startsWith("xmlns:"));
    for (const qname of prefixed) {
      const prefix = qname.split(":")[0];
      if (prefix === "xml") continue;
      let bound = false;
      for (let e: XmlElement | null = el; e && !bound; e = e.parent) bound = `xmlns:${prefix}` in e.attributes;
      if (!bound) problems.push(`prefix "${prefix}" of ${qname} (line ${el.line}) is not bound to a namespace`);
    }
  }

  // ---- Top-level order and required elements ----
  checkSequence(root, OFFICE_APP_SEQUENCE, "OfficeApp", problems);
  const top = (name: string): XmlElement | undefined => childrenNamed(root, name)[0];

  const id = top("Id")?.text.trim() ?? "";
  if (!GUID.test(id)) problems.push(`Id "${id}" is not a GUID`);
  else if (TEMPLATE_IDS.has(id.toLowerCase()))
    problems.push(`Id ${id} is copied from an OfficeDev template; generate a fresh GUID`);
  const version = top("Version")?.text.trim() ?? "";
  if (!/^[0-9]{1,5}(\.[0-9]{1,5}){0,3}$/.test(version))
    problems.push(`Version "${version}" is not of the form n.n.n.n`);
  const checkLength = (what: string, value: string | undefined, max: number): void => {
    if (value === undefined || value.length === 0) problems.push(`${what} is empty`);
    else if (value.length > max) problems.push(`${what} is ${value.length} characters (at most ${max})`);
  };
  checkLength("ProviderName", top("ProviderName")?.text.trim(), SHORT_MAX);
  checkLength("DisplayName", top("DisplayName")?.attributes.DefaultValue, SHORT_MAX);
  checkLength("Description", top("Description")?.attributes.DefaultValue, LONG_MAX);

  // ---- Hosts: Excel only ----
  const hostNames = childrenNamed(top("Hosts") ?? root, "Host").map((h) => h.attributes.Name);
  if (!top("Hosts")) problems.push("OfficeApp has no <Hosts>: the add-in would target every host");
  else if (hostNames.length !== 1 || hostNames[0] !== "Workbook") {
    problems.push(`Hosts are [${hostNames.join(", ")}], expected only Workbook`);
  }

  // ---- Permissions ----
  const permissions = top("Permissions")?.text.trim();
  if (permissions !== "ReadWriteDocument")
    problems.push(`Permissions is "${permissions ?? ""}", expected ReadWriteDocument`);

  // ---- Requirements: exactly the sets the add-in needs to load ----
  const requirements = top("Requirements");
  if (requirements)
    checkSequence(requirements, SEQUENCES["OfficeApp/Requirements"], "OfficeApp/Requirements", problems);
  const sets = requirements ? childrenNamed(requirements, "Sets")[0] : undefined;
  const declared = sets ? childrenNamed(sets, "Set") : [];
  for (const [name, version] of Object.entries(REQUIRED_SETS)) {
    const set = declared.find((s) => s.attributes.Name === name);
    if (!set) {
      problems.push(`Requirements do not include the ${name} set`);
      continue;
    }
    const min = set.attributes.MinVersion ?? sets?.attributes.DefaultMinVersion ?? "1.1";
    if (min !== version) problems.push(`${name} MinVersion is ${min}, expected ${version}`);
  }
  for (const set of declared) {
    const name = set.attributes.Name ?? "";
    if (!(name in REQUIRED_SETS)) {
      problems.push(
        `Requirements declare ${name} ${set.attributes.MinVersion ?? ""}, which the add-in does not need to load: ` +
          "hosts without it could not install the add-in (check newer APIs at run time instead)",
      );
    }
  }

  // ---- VersionOverrides ----
  const overrides = top("VersionOverrides");
  if (!overrides) {
    problems.push("OfficeApp has no <VersionOverrides> (custom functions and the ribbon button live there)");
    return problems;
  }
  if (overrides.attributes.xmlns !== NS.taskpaneOverrides) {
    problems.push(
      `VersionOverrides xmlns is "${overrides.attributes.xmlns ?? ""}", expected "${NS.taskpaneOverrides}"`,
    );
  }
  if (typeOf(overrides) !== "VersionOverridesV1_0") {
    problems.push(`VersionOverrides xsi:type is "${typeOf(overrides) ?? ""}", expected "VersionOverridesV1_0"`);
  }
  checkSequence(overrides, SEQUENCES.VersionOverrides, "VersionOverrides", problems);
  const overrideHosts = childrenNamed(childrenNamed(overrides, "Hosts")[0] ?? overrides, "Host");
  if (overrideHosts.length !== 1 || typeOf(overrideHosts[0]) !== "Workbook") {
    problems.push(`VersionOverrides hosts are [${overrideHosts.map(typeOf).join(", ")}], expected only Workbook`);
  }

  // Order inside the VersionOverrides tree.
  for (const el of descendants(overrides)) {
    const where = pathOf(el);
    if (el.name === "Host" && el.parent?.parent === overrides)
      checkSequence(el, SEQUENCES["VersionOverrides/Host"], where, problems);
    if (el.name === "DesktopFormFactor") checkSequence(el, SEQUENCES.DesktopFormFactor, where, problems);
    if (el.name === "ExtensionPoint" && typeOf(el) === "CustomFunctions") {
      checkSequence(el, SEQUENCES["ExtensionPoint[CustomFunctions]"], `${where}[CustomFunctions]`, problems);
    }
    if (el.name === "GetStarted") checkSequence(el, SEQUENCES.GetStarted, where, problems);
    if (el.name === "Group") checkSequence(el, SEQUENCES.Group, where, problems);
    if (el.name === "Control" && typeOf(el) === "Button")
      checkSequence(el, SEQUENCES["Control[Button]"], `${where}[Button]`, problems);
    if (el.name === "Supertip") checkSequence(el, SEQUENCES.Supertip, where, problems);
    if (el.name === "Action" && typeOf(el) === "ShowTaskpane") {
      checkSequence(el, SEQUENCES["Action[ShowTaskpane]"], `${where}[ShowTaskpane]`, problems);
    }
    if (el.name === "Resources") checkSequence(el, SEQUENCES.Resources, where, problems);
    if (el.name === "Icon") {
      const sizes = childrenNamed(el, "bt:Image").map((i) => Number(i.attributes.size));
      for (const size of MANDATORY_ICON_SIZES) {
        if (!sizes.includes(size))
          problems.push(`${where} (line ${el.line}) has no ${size}px image (16, 32 and 80 are mandatory)`);
      }
    }
  }

  // ---- Resources: definitions ----
  interface Resource {
    kind: ResourceKind;
    value: string;
    el: XmlElement;
  }
  const resources = new Map<string, Resource>();
  const resourcesEl = childrenNamed(overrides, "Resources")[0];
  if (!resourcesEl) problems.push("VersionOverrides has no <Resources>");
  const groups: [string, string, ResourceKind][] = [
    ["bt:Images", "bt:Image", "image"],
    ["bt:Urls", "bt:Url", "url"],
    ["bt:ShortStrings", "bt:String", "short"],
    ["bt:LongStrings", "bt:String", "long"],
  ];
  for (const [groupName, itemName, kind] of groups) {
    for (const group of resourcesEl ? childrenNamed(resourcesEl, groupName) : []) {
      for (const item of group.children) {
        if (item.name !== itemName) {
          problems.push(`<${groupName}> contains <${item.name}> (line ${item.line}); only <${itemName}> is allowed`);
          continue;
        }
        const rid = item.attributes.id;
        const value = item.attributes.DefaultValue;
        if (!rid) {
          problems.push(`<${itemName}> on line ${item.line} has no id`);
          continue;
        }
        if (rid.length > RESID_MAX) problems.push(`resource id "${rid}" is longer than ${RESID_MAX} characters`);
        if (resources.has(rid)) problems.push(`resource id "${rid}" is defined more than once`);
        if (value === undefined) problems.push(`resource "${rid}" has no DefaultValue`);
        resources.set(rid, { kind, value: value ?? "", el: item });
        const values = [value, ...childrenNamed(item, "bt:Override").map((o) => o.attributes.Value)];
        for (const v of values) {
          if (v === undefined) continue;
          if (kind === "short") checkLength(`short string "${rid}"`, v, SHORT_MAX);
          if (kind === "long") checkLength(`long string "${rid}"`, v, LONG_MAX);
        }
      }
    }
  }

  // ---- Resources: references ----
  const used = new Set<string>();
  for (const el of all) {
    const rid = el.attributes.resid;
    if (rid === undefined) continue;
    used.add(rid);
    if (rid.length > RESID_MAX)
      problems.push(`resid "${rid}" (line ${el.line}) is longer than ${RESID_MAX} characters`);
    const def = resources.get(rid);
    if (!def) {
      problems.push(`resid "${rid}" on <${el.name}> (line ${el.line}) is not defined in Resources`);
      continue;
    }
    const kind = expectedKind(el);
    if (kind && kind !== def.kind) {
      problems.push(`resid "${rid}" on <${el.name}> (line ${el.line}) must be a ${kind} resource but is a ${def.kind}`);
    }
  }
  for (const rid of resources.keys()) {
    if (!used.has(rid)) problems.push(`resource "${rid}" is defined but never used`);
  }
  const urlOf = (rid: string | undefined): string | undefined => (rid ? resources.get(rid)?.value : undefined);

  // ---- Shared runtime: one URL for the runtime, the functions page, the function file and the task pane ----
  const runtimes = all.filter((e) => e.name === "Runtime" && e.parent?.name === "Runtimes");
  if (runtimes.length !== 1) problems.push(`expected exactly one <Runtime>, found ${runtimes.length}`);
  const runtime = runtimes[0];
  const runtimeResid = runtime?.attributes.resid;
  if (runtime && runtime.attributes.lifetime !== "long") {
    problems.push(`Runtime lifetime is "${runtime.attributes.lifetime ?? ""}", expected "long"`);
  }
  const customFunctions = all.filter((e) => e.name === "ExtensionPoint" && typeOf(e) === "CustomFunctions");
  if (customFunctions.length !== 1)
    problems.push(`expected one CustomFunctions extension point, found ${customFunctions.length}`);
  const sourceIn = (parent: XmlElement | undefined, name: string): XmlElement | undefined => {
    const holder = parent ? childrenNamed(parent, name)[0] : undefined;
    return holder ? childrenNamed(holder, "SourceLocation")[0] : undefined;
  };
  const cf = customFunctions[0];
  if (cf) {
    if (cf.parent?.name !== "AllFormFactors")
      problems.push("the CustomFunctions extension point must be inside <AllFormFactors>");
    const page = sourceIn(cf, "Page");
    if (page?.attributes.resid !== runtimeResid) {
      problems.push(
        `custom functions Page resid "${page?.attributes.resid ?? ""}" differs from the Runtime resid "${runtimeResid ?? ""}"`,
      );
    }
    const script = urlOf(sourceIn(cf, "Script")?.attributes.resid);
    if (!script || !/\.js([?#].*)?$/.test(script))
      problems.push(`custom functions Script URL "${script ?? ""}" is not a .js file`);
    const metadata = urlOf(sourceIn(cf, "Metadata")?.attributes.resid);
    if (!metadata || !/\.json([?#].*)?$/.test(metadata)) {
      problems.push(`custom functions Metadata URL "${metadata ?? ""}" is not a .json file`);
    }
    const nsEl = childrenNamed(cf, "Namespace")[0];
    const nsRes = nsEl ? resources.get(nsEl.attributes.resid ?? "") : undefined;
    if (!nsEl) problems.push("the CustomFunctions extension point has no <Namespace>");
    else if (nsRes?.value !== expectedNamespace) {
      problems.push(`custom functions namespace is "${nsRes?.value ?? ""}", expected "${expectedNamespace}"`);
    }
  }
  const functionFiles = all.filter((e) => e.name === "FunctionFile");
  for (const ff of functionFiles) {
    if (ff.attributes.resid !== runtimeResid) {
      problems.push(
        `FunctionFile resid "${ff.attributes.resid ?? ""}" (line ${ff.line}) differs from the Runtime resid "${runtimeResid ?? ""}"`,
      );
    }
  }
  const showTaskpanes = all.filter((e) => e.name === "Action" && typeOf(e) === "ShowTaskpane");
  if (showTaskpanes.length === 0) problems.push("no ShowTaskpane action: nothing opens the task pane");
  const taskpaneIds = new Set<string>();
  for (const action of showTaskpanes) {
    const src = childrenNamed(action, "SourceLocation")[0];
    if (src?.attributes.resid !== runtimeResid) {
      problems.push(
        `ShowTaskpane SourceLocation resid "${src?.attributes.resid ?? ""}" (line ${action.line}) differs from the Runtime resid "${runtimeResid ?? ""}"`,
      );
    }
    const tpId = childrenNamed(action, "TaskpaneId")[0]?.text.trim();
    if (!tpId)
      problems.push(
        `ShowTaskpane action on line ${action.line} has no TaskpaneId (a shared runtime supports one task pane)`,
      );
    else taskpaneIds.add(tpId);
  }
  if (taskpaneIds.size > 1)
    problems.push(
      `ShowTaskpane actions use several TaskpaneIds [${[...taskpaneIds].join(", ")}]; a shared runtime supports one task pane`,
    );
  const runtimeUrl = urlOf(runtimeResid);
  const defaultSource = childrenNamed(top("DefaultSettings") ?? root, "SourceLocation")[0]?.attributes.DefaultValue;
  if (runtimeUrl !== undefined && defaultSource !== runtimeUrl) {
    problems.push(
      `DefaultSettings SourceLocation "${defaultSource ?? ""}" differs from the runtime page "${runtimeUrl}"`,
    );
  }

  // ---- URLs: https only (and on the expected origin) ----
  const urls: [string, string][] = [];
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    const el = top(name);
    if (el) urls.push([name, el.attributes.DefaultValue ?? ""]);
  }
  if (defaultSource !== undefined) urls.push(["DefaultSettings/SourceLocation", defaultSource]);
  for (const [rid, r] of resources) {
    if (r.kind === "url" || r.kind === "image") urls.push([`resource "${rid}"`, r.value]);
  }
  for (const el of all) {
    if (el.name === "AppDomain") urls.push(["AppDomain", el.text.trim()]);
    for (const [attr, value] of Object.entries(el.attributes)) {
      if (attr === "xmlns" || attr.startsWith("xmlns:")) continue; // namespace names, not locations
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
        urls.push([`${el.name} ${attr} (line ${el.line})`, value]);
      }
    }
  }
  const seenUrl = new Set<string>();
  for (const [what, value] of urls) {
    if (seenUrl.has(value)) continue; // report each URL once, under the first place it was found
    seenUrl.add(value);
    let parsed: URL | null = null;
    try {
      parsed = new URL(value);
    } catch {
      problems.push(`${what}: "${value}" is not a valid absolute URL`);
      continue;
    }
    if (parsed.protocol !== "https:") problems.push(`${what}: "${value}" is not https`);
    if (options.origin && !value.startsWith(options.origin))
      problems.push(`${what}: "${value}" is not under ${options.origin}`);
  }

  // ---- Icon files ----
  if (options.assetsDir) {
    const fileFor = (url: string): string | null => {
      let pathname: string;
      try {
        pathname = new URL(url).pathname;
      } catch {
        return null;
      }
      const m = /\/assets\/(.+)$/.exec(pathname);
      return m ? path.join(options.assetsDir as string, decodeURIComponent(m[1])) : null;
    };
    const expectSize = (what: string, url: string | undefined, size: number | null): void => {
      if (!url) return;
      const file = fileFor(url);
      if (!file) return;
      if (!fs.existsSync(file)) {
        problems.push(`${what}: ${url} has no file ${file}`);
        return;
      }
      if (size !== null && file.toLowerCase().endsWith(".png")) {
        const dims = pngSize(file);
        if (!dims) problems.push(`${what}: ${file} is not a PNG`);
        else if (dims.width !== size || dims.height !== size) {
          problems.push(`${what}: ${file} is ${dims.width}x${dims.height}, expected ${size}x${size}`);
        }
      }
    };
    expectSize("IconUrl", top("IconUrl")?.attributes.DefaultValue, 32);
    expectSize("HighResolutionIconUrl", top("HighResolutionIconUrl")?.attributes.DefaultValue, 64);
    for (const [rid, r] of resources)
      if (r.kind === "image" || r.kind === "url") expectSize(`resource "${rid}"`, r.value, null);
    for (const el of all) {
      if (el.name === "bt:Image" && el.attributes.resid && el.attributes.size) {
        expectSize(
          `<bt:Image size="${el.attributes.size}"> (line ${el.line})`,
          urlOf(el.attributes.resid),
          Number(el.attributes.size),
        );
      }
    }
  }

  return problems;
}
