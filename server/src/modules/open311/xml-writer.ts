import { XMLBuilder } from 'fast-xml-parser';
import { type Node, NodeList, type Open311Document } from './document.js';

/** The plain object XMLBuilder writes: a key is an element, an array repeats it, null is an empty element. */
type Tree = string | null | Tree[] | { [name: string]: Tree };

// XMLBuilder escapes the five markup characters but passes every other character through, and XML 1.0
// cannot carry control characters, lone surrogates or U+FFFE/U+FFFF at all, which a description typed on
// a phone may contain; they are dropped, as the hand-written writer did, rather than making a client fail.
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
// Element names come from code, never from input; a bad one is a bug, refused before it reaches a client.
// The builder would write `#text` as text and `?x` as a processing instruction, so names are checked here.
const XML_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

// Without `format` the builder writes no whitespace, so the bytes are the elements and their text only.
// A null value is written `<x/>` and an empty object or list `<x></x>`, the forms GeoReport clients have
// always had from this server.
const builder = new XMLBuilder({ format: false, suppressEmptyNode: false, processEntities: true });
const DECLARATION: string = new XMLBuilder({ ignoreAttributes: false }).build({
  '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
});

function elementName(name: string): string {
  if (!XML_NAME.test(name)) throw new Error(`not an XML element name: ${name}`);
  return name;
}

/** Keys keep the document's order: none is an array index, since a name cannot start with a digit. */
function treeOfObject(node: { [key: string]: Node }): Tree {
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [elementName(key), treeOf(value)]));
}

/**
 * A list is its items, each under the item name (`<services><service>…<service>…`). XMLBuilder writes a
 * null array item ahead of all its siblings, so an empty item is given as '' (`<item></item>`) to keep
 * the items in order.
 */
function treeOfList(list: NodeList): Tree {
  return { [elementName(list.itemName)]: list.items.map((item) => treeOf(item) ?? '') };
}

function treeOf(node: Node): Tree {
  if (node === null || node === '') return null;
  if (node instanceof NodeList) return treeOfList(node);
  if (typeof node === 'object') return treeOfObject(node);
  return String(node).replace(INVALID_XML_CHARS, '');
}

/** The document with the XML declaration the standard requires; the caller sends it as UTF-8. */
export function renderXml(doc: Open311Document): string {
  const body = doc.body instanceof NodeList ? treeOfList(doc.body) : treeOfObject(doc.body);
  const root: string = builder.build({ [elementName(doc.root)]: body });
  return `${DECLARATION}\n${root}\n`;
}
