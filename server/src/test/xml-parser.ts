import { type EntityDecoderOptions, XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * The XML reader of the Open311 contract tests, which must read every XML answer the way a strict client
 * would and refuse what is not well-formed. fast-xml-parser does the work; what it lets through is
 * checked here:
 * - XMLValidator checks the nesting and matching of tags, names, attribute syntax and uniqueness, bare
 *   `&` and `<`, and the place of the XML declaration;
 * - the characters XML 1.0 allows are checked on the whole document, as the library passes control
 *   characters and lone surrogates on;
 * - entities are decoded here, as the library leaves an unknown entity as text and silently drops a
 *   reference to a character XML forbids; a DOCTYPE is refused, as GeoReport documents have none;
 * - one root element and a UTF-8 declaration, if any, are checked on the parsed document, as the
 *   validator accepts two roots when the first is an empty-element tag (`<a/><b/>`).
 * Still let through, as the writer cannot produce them: `]]>` in text, `--` in a comment, and text after
 * a root written as an empty-element tag (`<a/>x`), which the validator misses and the parser drops.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

export class XmlSyntaxError extends Error {}

const XML_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const XML_SPACE = /^[ \t\r\n]*$/;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const CHARACTER_REFERENCE = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/;

/** `&amp;` and the four other predefined entities, or `&#…;` naming a character XML allows. */
function decodeReference(body: string): string {
  if (Object.hasOwn(PREDEFINED, body)) return PREDEFINED[body] as string;
  const digits = CHARACTER_REFERENCE.exec(body);
  const codePoint = digits ? Number.parseInt(digits[1] ?? digits[2] ?? '', digits[1] ? 16 : 10) : Number.NaN;
  const char = codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : '';
  if (char === '' || !XML_CHARS.test(char)) throw new XmlSyntaxError(`&${body}; is not an XML reference`);
  return char;
}

const strictEntities: EntityDecoderOptions = {
  decode: (text) =>
    text.replace(/&([^&;]*);|&/g, (_match, body?: string) => {
      if (body === undefined) throw new XmlSyntaxError('a bare "&" is not allowed');
      return decodeReference(body);
    }),
  // The parser hands a DOCTYPE's entities over here, whether it declares any or not.
  addInputEntities: () => {
    throw new XmlSyntaxError('a DOCTYPE is not expected');
  },
  setExternalEntities: () => undefined,
  reset: () => undefined,
  setXmlVersion: () => undefined,
};

const parser = new XMLParser({
  preserveOrder: true, // children in document order, text between elements included
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false, // text stays text: "007" is not 7
  parseAttributeValue: false,
  trimValues: false, // whitespace in text is content
  entityDecoder: strictEntities,
});

/** A node of XMLParser's preserveOrder output: one key (a tag name, `#text`, `?target`), attributes under `:@`. */
type OrderedNode = Record<string, unknown>;

function nameOf(node: OrderedNode): string {
  const name = Object.keys(node).find((key) => key !== ':@');
  if (name === undefined) throw new XmlSyntaxError('the parser returned an empty node');
  return name;
}

function attributesOf(node: OrderedNode): Record<string, string> {
  const attributes = (node[':@'] ?? {}) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name, String(value)]));
}

/** Elements and text in order; text around CDATA and comments is one text, as a client reads it. */
function childrenOf(nodes: OrderedNode[]): XmlNode[] {
  const children: XmlNode[] = [];
  let text = '';
  for (const node of nodes) {
    const name = nameOf(node);
    if (name === '#text') text += String(node[name]);
    else if (!name.startsWith('?')) {
      if (text) children.push(text);
      text = '';
      children.push({
        name,
        attributes: attributesOf(node),
        children: childrenOf(node[name] as OrderedNode[]),
      });
    }
  }
  if (text) children.push(text);
  return children;
}

function requireUtf8(nodes: OrderedNode[]): void {
  const declaration = nodes.find((node) => nameOf(node) === '?xml');
  const encoding = declaration && attributesOf(declaration).encoding;
  if (encoding !== undefined && encoding.toLowerCase() !== 'utf-8') {
    throw new XmlSyntaxError(`encoding ${encoding} is not UTF-8`);
  }
}

function rootOf(nodes: OrderedNode[]): XmlElement {
  const [root, ...more] = childrenOf(nodes).filter(
    (node) => typeof node !== 'string' || !XML_SPACE.test(node),
  );
  if (typeof root !== 'object' || more.length > 0) {
    throw new XmlSyntaxError('a document is one root element, with nothing but space around it');
  }
  return root;
}

function parseOrdered(source: string): OrderedNode[] {
  try {
    return parser.parse(source) as OrderedNode[];
  } catch (error) {
    if (error instanceof XmlSyntaxError) throw error;
    throw new XmlSyntaxError(error instanceof Error ? error.message : String(error));
  }
}

/** Parses a whole document; throws XmlSyntaxError on anything that is not well-formed XML 1.0. */
export function parseXml(source: string): XmlElement {
  if (!XML_CHARS.test(source)) throw new XmlSyntaxError('the document holds characters XML does not allow');
  const valid = XMLValidator.validate(source);
  if (valid !== true) throw new XmlSyntaxError(`${valid.err.msg} (line ${valid.err.line})`);
  const nodes = parseOrdered(source);
  requireUtf8(nodes);
  return rootOf(nodes);
}

/** The element children, optionally only those of one name. */
export const elementsOf = (el: XmlElement, name?: string): XmlElement[] =>
  el.children.filter(
    (c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name),
  );

/** The text directly inside an element; an element that has child elements has no text of its own. */
export function textOf(el: XmlElement): string {
  if (elementsOf(el).length > 0) throw new Error(`<${el.name}> has child elements, not text`);
  return el.children.filter((c): c is string => typeof c === 'string').join('');
}

/** The one child of that name; fails when there is none or more than one. */
export function childOf(el: XmlElement, name: string): XmlElement {
  const found = elementsOf(el, name);
  if (found.length !== 1) throw new Error(`<${el.name}> has ${found.length} <${name}> children, not one`);
  return found[0] as XmlElement;
}

/** A flat record (`<request><status>open</status>…`) as an object of texts; nested elements are kept as elements. */
export function recordOf(el: XmlElement): Record<string, string | XmlElement> {
  const out: Record<string, string | XmlElement> = {};
  for (const child of elementsOf(el)) {
    if (Object.hasOwn(out, child.name)) throw new Error(`<${el.name}> repeats <${child.name}>`);
    out[child.name] = elementsOf(child).length > 0 ? child : textOf(child);
  }
  return out;
}
