/**
 * A small, strict XML 1.0 parser for the tests: no XML parser package is installed, and the Open311
 * contract tests must read every XML answer the way a real client would, refusing what is not
 * well-formed. It checks the declaration, names, nesting and matching of tags, a single root, attribute
 * syntax and uniqueness, the characters XML allows, and decodes the predefined entities and character
 * references (CDATA, comments and processing instructions are read and skipped). It does not read DTDs:
 * a document with a DOCTYPE is refused, as GeoReport documents have none.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

export class XmlSyntaxError extends Error {}

const NAME_START =
  ':A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D' +
  '\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;
const NAME = new RegExp(`[${NAME_START}][${NAME_CHAR}]*`, 'uy');
const XML_CHAR = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const isValidCodePoint = (cp: number) =>
  cp === 0x9 ||
  cp === 0xa ||
  cp === 0xd ||
  (cp >= 0x20 && cp <= 0xd7ff) ||
  (cp >= 0xe000 && cp <= 0xfffd) ||
  (cp >= 0x10000 && cp <= 0x10ffff);

class Reader {
  pos = 0;
  constructor(readonly src: string) {}

  fail(message: string): never {
    const line = this.src.slice(0, this.pos).split('\n').length;
    throw new XmlSyntaxError(`${message} (line ${line}, offset ${this.pos})`);
  }
  startsWith(s: string): boolean {
    return this.src.startsWith(s, this.pos);
  }
  expect(s: string): void {
    if (!this.startsWith(s)) this.fail(`expected ${JSON.stringify(s)}`);
    this.pos += s.length;
  }
  skipSpace(): boolean {
    const start = this.pos;
    while (this.pos < this.src.length && ' \t\r\n'.includes(this.src[this.pos] ?? '')) this.pos++;
    return this.pos > start;
  }
  name(): string {
    NAME.lastIndex = this.pos;
    const m = NAME.exec(this.src);
    if (!m) this.fail('expected a name');
    this.pos += m[0].length;
    return m[0];
  }
  until(end: string, what: string): string {
    const at = this.src.indexOf(end, this.pos);
    if (at < 0) this.fail(`unterminated ${what}`);
    const body = this.src.slice(this.pos, at);
    this.pos = at + end.length;
    return body;
  }
  /** Text up to the next `<` (or `quote` in an attribute value), with references decoded. */
  characters(stop: string): string {
    let out = '';
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos] ?? '';
      if (ch === '<' || ch === stop) break;
      if (ch === '&') {
        out += this.reference();
        continue;
      }
      if (stop === '<' && this.startsWith(']]>')) this.fail('"]]>" is not allowed in text');
      out += ch;
      this.pos++;
    }
    return out;
  }
  reference(): string {
    this.expect('&');
    const body = this.until(';', 'reference');
    if (body.startsWith('#')) {
      const hex = body.startsWith('#x');
      const digits = body.slice(hex ? 2 : 1);
      if (!(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) this.fail(`bad character reference &${body};`);
      const cp = Number.parseInt(digits, hex ? 16 : 10);
      if (!isValidCodePoint(cp)) this.fail(`character reference &${body}; is not an XML character`);
      return String.fromCodePoint(cp);
    }
    const value = PREDEFINED[body];
    if (value === undefined) this.fail(`unknown entity &${body};`);
    return value;
  }
}

function skipMisc(r: Reader): void {
  for (;;) {
    r.skipSpace();
    if (r.startsWith('<!--')) comment(r);
    else if (r.startsWith('<?')) processingInstruction(r);
    else return;
  }
}

function comment(r: Reader): void {
  r.expect('<!--');
  const body = r.until('-->', 'comment');
  if (body.includes('--') || body.endsWith('-')) r.fail('"--" is not allowed inside a comment');
}

function processingInstruction(r: Reader): void {
  r.expect('<?');
  const target = r.name();
  if (target.toLowerCase() === 'xml') r.fail('the XML declaration may appear only at the very start');
  if (!r.startsWith('?>') && !r.skipSpace())
    r.fail('expected a space after the processing instruction target');
  r.until('?>', 'processing instruction');
}

function declaration(r: Reader): void {
  if (!r.startsWith('<?xml') || /[^\s?]/.test(r.src[5] ?? '')) return;
  const body = r.until('?>', 'XML declaration').slice(5);
  const m =
    /^\s+version\s*=\s*(["'])1\.[0-9]+\1(\s+encoding\s*=\s*(["'])([A-Za-z][A-Za-z0-9._-]*)\3)?(\s+standalone\s*=\s*(["'])(yes|no)\6)?\s*$/.exec(
      body,
    );
  if (!m) r.fail('malformed XML declaration');
  const encoding = m[4];
  if (encoding !== undefined && encoding.toLowerCase() !== 'utf-8')
    r.fail(`encoding ${encoding} is not UTF-8`);
}

function element(r: Reader): XmlElement {
  r.expect('<');
  const name = r.name();
  const attributes: Record<string, string> = {};
  for (;;) {
    const spaced = r.skipSpace();
    if (r.startsWith('/>')) {
      r.pos += 2;
      return { name, attributes, children: [] };
    }
    if (r.startsWith('>')) {
      r.pos += 1;
      break;
    }
    if (!spaced) r.fail('expected a space before an attribute');
    const attr = r.name();
    r.skipSpace();
    r.expect('=');
    r.skipSpace();
    const quote = r.src[r.pos];
    if (quote !== '"' && quote !== "'") r.fail('an attribute value must be quoted');
    r.pos++;
    const value = r.characters(quote);
    if (r.startsWith('<')) r.fail('"<" is not allowed in an attribute value');
    r.expect(quote);
    if (Object.hasOwn(attributes, attr)) r.fail(`attribute ${attr} appears twice`);
    attributes[attr] = value;
  }
  const children: XmlNode[] = [];
  let text = '';
  for (;;) {
    if (r.pos >= r.src.length) r.fail(`element <${name}> is not closed`);
    if (r.startsWith('</')) {
      r.pos += 2;
      const closing = r.name();
      if (closing !== name) r.fail(`</${closing}> closes <${name}>`);
      r.skipSpace();
      r.expect('>');
      if (text) children.push(text);
      return { name, attributes, children };
    }
    if (r.startsWith('<!--')) comment(r);
    else if (r.startsWith('<![CDATA[')) {
      r.pos += 9;
      text += r.until(']]>', 'CDATA section');
    } else if (r.startsWith('<?')) processingInstruction(r);
    else if (r.startsWith('<!')) r.fail('declarations are not allowed inside an element');
    else if (r.startsWith('<')) {
      if (text) children.push(text);
      text = '';
      children.push(element(r));
    } else text += r.characters('<');
  }
}

/** Parses a whole document; throws XmlSyntaxError on anything that is not well-formed XML 1.0. */
export function parseXml(source: string): XmlElement {
  if (!XML_CHAR.test(source)) throw new XmlSyntaxError('the document holds characters XML does not allow');
  const r = new Reader(source);
  declaration(r);
  skipMisc(r);
  if (r.startsWith('<!DOCTYPE')) r.fail('a DOCTYPE is not expected');
  if (!r.startsWith('<')) r.fail('expected the root element');
  const root = element(r);
  skipMisc(r);
  if (r.pos !== source.length) r.fail('content after the root element');
  return root;
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
