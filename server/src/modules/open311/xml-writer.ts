import { type Node, NodeList, type Open311Document } from './document.js';

// No XML library is installed, and GeoReport needs only elements and text: a small writer does, as long
// as it escapes the five markup characters and drops what XML 1.0 cannot carry at all (control
// characters, lone surrogates, U+FFFE/U+FFFF), which a description typed on a phone may contain.
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
// Element names come from code, never from input; a bad one is a bug, refused before it reaches a client.
const XML_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

export function escapeXmlText(text: string): string {
  return text.replace(INVALID_XML_CHARS, '').replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function children(node: { [key: string]: Node }): string {
  return Object.entries(node)
    .map(([key, value]) => element(key, value))
    .join('');
}

function element(name: string, node: Node): string {
  if (!XML_NAME.test(name)) throw new Error(`not an XML element name: ${name}`);
  if (node === null || node === '') return `<${name}/>`;
  if (node instanceof NodeList) {
    return `<${name}>${node.items.map((item) => element(node.itemName, item)).join('')}</${name}>`;
  }
  if (typeof node === 'object') return `<${name}>${children(node)}</${name}>`;
  return `<${name}>${escapeXmlText(String(node))}</${name}>`;
}

/** The document with the XML declaration the standard requires; the caller sends it as UTF-8. */
export function renderXml(doc: Open311Document): string {
  const body = doc.body;
  const inner =
    body instanceof NodeList
      ? body.items.map((item) => element(body.itemName, item)).join('')
      : children(body);
  if (!XML_NAME.test(doc.root)) throw new Error(`not an XML element name: ${doc.root}`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${doc.root}>${inner}</${doc.root}>\n`;
}
