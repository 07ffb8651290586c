/**
 * Reads a feed file as XML: checks it is well formed, then builds a small namespace-aware element
 * tree that remembers where each element starts, so a bad item is reported at its own line.
 *
 * fast-xml-parser does the parsing (see docs/decisions/0003-feed-parser.md). Its parser is lenient
 * and would read a truncated file as a shorter feed, so the file goes through its validator first.
 */
import { EntityDecoder } from '@nodable/entities';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { positionAt, type Position } from '../compiler/problems.ts';

/** One XML element, with its namespace resolved from the `xmlns` declarations in scope. */
export interface XmlElement {
  /** Namespace URI; `''` for an element in no namespace (RSS 2.0). */
  ns: string;
  /** The name without its prefix. */
  local: string;
  /** Attributes by name as written (`href`, `xml:base`). */
  attrs: Readonly<Record<string, string>>;
  children: XmlElement[];
  /** The element's own text (and CDATA), not its children's. */
  text: string;
  /** Offsets of the element in the source: `source.slice(start, end)` is the element as written. */
  start: number;
  end: number;
  /** Line and column of the start tag. */
  at: Position;
}

/** A feed file that cannot be read as XML, with where and how to fix it. */
export class FeedFileError extends Error {
  constructor(
    message: string,
    readonly at: Position,
    readonly fix: string,
    /** Well-formed XML of another kind (a page, a Blogger template): a folder may hold such files beside its feeds. */
    readonly notAFeed = false,
  ) {
    super(message);
  }
}

const FIX_XML =
  'give an RSS 2.0 or Atom feed saved as it was downloaded, or a Blogger export (.xml or feed.atom); download or export it again if it was cut short';

/**
 * A feed file's bytes as text, in the encoding its byte order mark or XML declaration names (older
 * feeds are often ISO-8859-1 or windows-1252); UTF-8 otherwise, as XML prescribes.
 */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  // The declaration is ASCII in every encoding a feed may use, so reading its first bytes as Latin-1 finds it.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /^(?:\uFEFF|\u00EF\u00BB\u00BF)?<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared ?? 'utf-8');
  } catch {
    throw new FeedFileError(`the file declares the encoding "${declared}", which is not known`, { line: 1, column: 1 }, 'save the feed as UTF-8 and change its declaration to encoding="UTF-8"');
  }
  // TextDecoder drops a byte order mark itself.
  return decoder.decode(bytes);
}

/** Parses `text` into its root element; throws `FeedFileError` when it is not well-formed XML. */
export function readXml(text: string): XmlElement {
  const validation = XMLValidator.validate(text);
  if (validation !== true) throw notWellFormed(text, validation.err);

  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    captureMetaData: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    // XML's own character references (&#8217;) are decoded; DOCTYPE entities are refused, so a
    // hostile feed cannot expand "billion laughs" or smuggle markup through an entity.
    entityDecoder: new EntityDecoder({ numericAllowed: true, onInputEntity: () => 'block' }),
  });
  const nodes: unknown = parser.parse(text);
  const locate = lineLocator(text);
  const root = Array.isArray(nodes) ? nodes.map((node) => toElement(node, new Map(), text.length, locate)).find((el) => el !== null) : null;
  if (!root) throw new FeedFileError('the file holds no XML element', { line: 1, column: 1 }, FIX_XML);
  return root;
}

/** The first child element with this namespace and local name. */
export function child(element: XmlElement, ns: string | readonly string[], local: string): XmlElement | undefined {
  return element.children.find((el) => el.local === local && inNamespace(el, ns));
}

/** Every child element with this namespace and local name, in document order. */
export function children(element: XmlElement, ns: string | readonly string[], local: string): XmlElement[] {
  return element.children.filter((el) => el.local === local && inNamespace(el, ns));
}

/** The trimmed text of the first such child, or `null` when it is missing or blank. */
export function childText(element: XmlElement, ns: string | readonly string[], local: string): string | null {
  return child(element, ns, local)?.text.trim() || null;
}

function inNamespace(element: XmlElement, ns: string | readonly string[]): boolean {
  return typeof ns === 'string' ? element.ns === ns : ns.includes(element.ns);
}

const META = XMLParser.getMetaDataSymbol();
const ATTRIBUTES = ':@';
const TEXT = '#text';

// One node of fast-xml-parser's `preserveOrder` output: { name: [children], ':@': { attrs } } or { '#text': '...' }.
function toElement(node: unknown, parentScope: ReadonlyMap<string, string>, sourceLength: number, locate: (offset: number) => Position): XmlElement | null {
  if (!isRecord(node)) return null;
  const name = Object.keys(node).find((key) => key !== ATTRIBUTES && key !== TEXT);
  const content = name === undefined ? undefined : node[name];
  if (name === undefined || !Array.isArray(content)) return null;

  const attrs: Record<string, string> = {};
  const rawAttrs = node[ATTRIBUTES];
  if (isRecord(rawAttrs)) for (const [key, value] of Object.entries(rawAttrs)) attrs[key] = String(value);

  const scope = new Map(parentScope);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'xmlns') scope.set('', value.trim());
    else if (key.startsWith('xmlns:')) scope.set(key.slice(6), value.trim());
  }
  const colon = name.indexOf(':');
  const prefix = colon === -1 ? '' : name.slice(0, colon);

  const meta = (node as Record<symbol, unknown>)[META as symbol];
  const start = isRecord(meta) && typeof meta.startIndex === 'number' ? meta.startIndex : 0;
  const end = isRecord(meta) && typeof meta.endIndex === 'number' ? meta.endIndex : sourceLength;

  const element: XmlElement = {
    // An undeclared prefix keeps a namespace of its own, so it never matches a known one by accident.
    ns: scope.get(prefix) ?? (prefix ? `undeclared:${prefix}` : ''),
    local: colon === -1 ? name : name.slice(colon + 1),
    attrs,
    children: [],
    text: '',
    start,
    end,
    at: locate(start),
  };
  for (const item of content) {
    if (isRecord(item) && TEXT in item) {
      element.text += String(item[TEXT]);
      continue;
    }
    const childElement = toElement(item, scope, sourceLength, locate);
    if (childElement) element.children.push(childElement);
  }
  return element;
}

// Elements are met in document order, so the line count only moves forward: one pass over the file
// however many items it holds (positionAt from the start for each would be quadratic in a large export).
function lineLocator(text: string): (offset: number) => Position {
  let offset = 0;
  let line = 1;
  let lineStart = 0;
  return (target) => {
    if (target < offset) [offset, line, lineStart] = [0, 1, 0];
    for (; offset < target && offset < text.length; offset++) {
      if (text.charCodeAt(offset) === 10) {
        line++;
        lineStart = offset + 1;
      }
    }
    return { line, column: target - lineStart + 1 };
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface ValidationFailure {
  code: string;
  msg: string;
  line: number;
  col: number;
}

function notWellFormed(text: string, err: ValidationFailure): FeedFileError {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (!start.startsWith('<')) {
    const kind = start.startsWith('{') ? 'JSON' : 'plain text or another format';
    return new FeedFileError(`the file is not XML (it starts like ${kind})`, { line: 1, column: 1 }, FIX_XML);
  }
  // The validator reports tags left open at the end of the file as `Invalid '["rss","channel","item"]' found.`
  const unclosed = /^Invalid '\[(.*)\]' found/.exec(err.msg);
  if (err.code === 'InvalidXml' && unclosed?.[1] !== undefined) {
    const open = [...unclosed[1].matchAll(/"([^"]+)"/g)].map((match) => `<${match[1]}>`);
    return new FeedFileError(
      `the file ends before ${open.reverse().join(', ') || 'its elements'} ${open.length === 1 ? 'is' : 'are'} closed: it looks cut short`,
      positionAt(text, text.trimEnd().length),
      FIX_XML,
    );
  }
  return new FeedFileError(`the file is not well-formed XML: ${err.msg.replace(/\.$/, '')}`, { line: err.line, column: err.col }, FIX_XML);
}
