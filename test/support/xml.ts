/**
 * A minimal, strict XML element-tree parser for checking the add-in manifest in tests (no XML
 * library is installed). It handles what a manifest uses: the XML declaration and other
 * processing instructions (skipped), comments (skipped), elements, attributes in single or double
 * quotes, self-closing tags, text, CDATA, and the predefined and numeric character references.
 *
 * It refuses what it does not understand rather than guessing: a DOCTYPE, an unknown entity,
 * a mismatched or unclosed tag, a duplicate attribute, a raw "<" in an attribute value, text or a
 * second element outside the root. Namespace prefixes are kept as part of the name ("bt:Image");
 * the caller checks which URI each prefix is bound to.
 */

export interface XmlElement {
  /** Qualified name as written, e.g. "OfficeApp" or "bt:Image". */
  name: string;
  /** Attributes by qualified name as written, values with references resolved. */
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Concatenated character data directly inside this element (not its descendants). */
  text: string;
  /** 1-based line of the start tag, for messages. */
  line: number;
  parent: XmlElement | null;
}

export class XmlParseError extends Error {
  constructor(message: string, line: number, column: number) {
    super(`${message} (line ${line}, column ${column})`);
    this.name = "XmlParseError";
  }
}

const NAME_START = /[A-Za-z_:]/;
const NAME_CHAR = /[-A-Za-z0-9_.:]/;
const PREDEFINED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function parseXml(source: string): XmlElement {
  let pos = 0;
  // Strip a UTF-8 byte-order mark.
  if (source.charCodeAt(0) === 0xfeff) pos = 1;

  const fail = (message: string, at: number = pos): never => {
    const before = source.slice(0, at);
    const line = before.split("\n").length;
    const column = at - before.lastIndexOf("\n");
    throw new XmlParseError(message, line, column);
  };
  const lineAt = (at: number): number => source.slice(0, at).split("\n").length;
  const startsWith = (s: string): boolean => source.startsWith(s, pos);

  const decode = (raw: string, at: number): string =>
    raw.replace(/&([^;&\s]*);?/g, (match, ref: string) => {
      if (!match.endsWith(";")) fail(`unterminated character reference "${match}"`, at);
      if (ref.startsWith("#x") || ref.startsWith("#X")) {
        if (!/^#[xX][0-9a-fA-F]+$/.test(ref)) fail(`bad character reference "&${ref};"`, at);
        return String.fromCodePoint(parseInt(ref.slice(2), 16));
      }
      if (ref.startsWith("#")) {
        if (!/^#[0-9]+$/.test(ref)) fail(`bad character reference "&${ref};"`, at);
        return String.fromCodePoint(parseInt(ref.slice(1), 10));
      }
      if (!(ref in PREDEFINED)) fail(`unknown entity "&${ref};"`, at);
      return PREDEFINED[ref];
    });

  const readName = (): string => {
    const start = pos;
    if (!NAME_START.test(source[pos] ?? "")) fail("expected a name");
    pos++;
    while (pos < source.length && NAME_CHAR.test(source[pos])) pos++;
    return source.slice(start, pos);
  };
  const skipSpace = (): void => {
    while (pos < source.length && /\s/.test(source[pos])) pos++;
  };

  /** Skips whitespace, comments and processing instructions outside the root element. */
  const skipMisc = (): void => {
    for (;;) {
      const before = pos;
      skipSpace();
      if (startsWith("<!--")) {
        const end = source.indexOf("-->", pos + 4);
        if (end < 0) fail("unterminated comment");
        if (source.slice(pos + 4, end).includes("--")) fail('"--" inside a comment');
        pos = end + 3;
      } else if (startsWith("<?")) {
        const end = source.indexOf("?>", pos + 2);
        if (end < 0) fail("unterminated processing instruction");
        pos = end + 2;
      } else if (startsWith("<!DOCTYPE") || startsWith("<!doctype")) {
        fail("DOCTYPE is not supported (and has no place in a manifest)");
      }
      if (pos === before) break;
    }
    if (pos < source.length && source[pos] !== "<") fail("text outside the root element");
  };

  const parseElement = (parent: XmlElement | null): XmlElement => {
    const tagStart = pos;
    pos++; // "<"
    const name = readName();
    const element: XmlElement = { name, attributes: {}, children: [], text: "", line: lineAt(tagStart), parent };
    // Attributes.
    for (;;) {
      const hadSpace = /\s/.test(source[pos] ?? "");
      skipSpace();
      if (pos >= source.length) fail(`unterminated start tag <${name}>`, tagStart);
      if (startsWith("/>")) {
        pos += 2;
        return element;
      }
      if (source[pos] === ">") {
        pos++;
        break;
      }
      if (!hadSpace) fail(`expected whitespace before an attribute in <${name}>`);
      const attrName = readName();
      skipSpace();
      if (source[pos] !== "=") fail(`expected "=" after attribute ${attrName}`);
      pos++;
      skipSpace();
      const quote = source[pos];
      if (quote !== '"' && quote !== "'") fail(`attribute ${attrName} value must be quoted`);
      const valueStart = pos + 1;
      const valueEnd = source.indexOf(quote, valueStart);
      if (valueEnd < 0) fail(`unterminated value of attribute ${attrName}`);
      const raw = source.slice(valueStart, valueEnd);
      if (raw.includes("<")) fail(`"<" in the value of attribute ${attrName}`, valueStart);
      if (Object.prototype.hasOwnProperty.call(element.attributes, attrName)) {
        fail(`duplicate attribute ${attrName} on <${name}>`);
      }
      // Attribute-value normalisation: literal whitespace characters become spaces.
      element.attributes[attrName] = decode(raw.replace(/[\t\n\r]/g, " "), valueStart);
      pos = valueEnd + 1;
    }
    // Content.
    for (;;) {
      if (pos >= source.length) fail(`<${name}> is never closed`, tagStart);
      if (startsWith("</")) {
        pos += 2;
        const closing = readName();
        if (closing !== name) fail(`</${closing}> closes <${name}> (opened on line ${element.line})`);
        skipSpace();
        if (source[pos] !== ">") fail(`expected ">" to end </${closing}>`);
        pos++;
        return element;
      }
      if (startsWith("<!--")) {
        const end = source.indexOf("-->", pos + 4);
        if (end < 0) fail("unterminated comment");
        if (source.slice(pos + 4, end).includes("--")) fail('"--" inside a comment');
        pos = end + 3;
      } else if (startsWith("<![CDATA[")) {
        const end = source.indexOf("]]>", pos + 9);
        if (end < 0) fail("unterminated CDATA section");
        element.text += source.slice(pos + 9, end);
        pos = end + 3;
      } else if (startsWith("<?")) {
        const end = source.indexOf("?>", pos + 2);
        if (end < 0) fail("unterminated processing instruction");
        pos = end + 2;
      } else if (startsWith("<!")) {
        fail("unsupported markup declaration");
      } else if (source[pos] === "<") {
        element.children.push(parseElement(element));
      } else {
        const next = source.indexOf("<", pos);
        const end = next < 0 ? source.length : next;
        const raw = source.slice(pos, end);
        if (raw.includes("]]>")) fail('"]]>" in text');
        element.text += decode(raw, pos);
        pos = end;
      }
    }
  };

  skipMisc();
  if (pos >= source.length || source[pos] !== "<") fail("no root element");
  const root = parseElement(null);
  skipMisc();
  if (pos < source.length) fail("content after the root element");
  return root;
}

/** All elements in document order (the element itself first). */
export function descendants(element: XmlElement): XmlElement[] {
  const out: XmlElement[] = [element];
  for (const child of element.children) out.push(...descendants(child));
  return out;
}

/** Direct children with the given qualified name. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

/** The path of an element from the root, e.g. "OfficeApp/VersionOverrides/Hosts/Host", for messages. */
export function pathOf(element: XmlElement): string {
  const parts: string[] = [];
  for (let e: XmlElement | null = element; e; e = e.parent) parts.unshift(e.name);
  return parts.join("/");
}
