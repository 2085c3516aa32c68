import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { childOf, elementsOf, parseXml, textOf } from '../../test/xml-parser.js';
import { list, type Open311Document } from './document.js';
import { renderXml } from './xml-writer.js';

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

const requests: Open311Document = {
  root: 'service_requests',
  body: list('request', [
    {
      service_request_id: '220104004-20261123-0007',
      status: 'open',
      status_notes: null,
      service_name: '井盖 & 路灯',
      description: `<b>"q"</b> & 'a'`,
      agency_responsible: '',
      service_notice: '',
      requested_datetime: '2026-11-23T09:30:00+08:00',
      address: '南关区 1 号',
      address_id: 0,
      zipcode: null,
      lat: 43.88,
      long: 125.35,
      media_url: null,
      ok: true,
      no: false,
      attributes: {},
      keywords: list('keyword', []),
      values: list('value', [
        { key: 'a', name: 'A' },
        { key: 'b', name: 'B' },
      ]),
      nested: list('group', [list('item', ['x', 'y']), { k: 'v' }]),
    },
    { service_request_id: '220104004-20261123-0008', status: 'closed' },
  ]),
};

/** What the hand-written writer wrote for `requests`, byte for byte, which GeoReport clients have read. */
const HAND_WRITTEN =
  `${DECLARATION}<service_requests><request><service_request_id>220104004-20261123-0007</service_request_id>` +
  '<status>open</status><status_notes/><service_name>井盖 &amp; 路灯</service_name>' +
  '<description>&lt;b&gt;&quot;q&quot;&lt;/b&gt; &amp; &apos;a&apos;</description>' +
  '<agency_responsible/><service_notice/><requested_datetime>2026-11-23T09:30:00+08:00</requested_datetime>' +
  '<address>南关区 1 号</address><address_id>0</address_id><zipcode/><lat>43.88</lat><long>125.35</long>' +
  '<media_url/><ok>true</ok><no>false</no><attributes></attributes><keywords></keywords>' +
  '<values><value><key>a</key><name>A</name></value><value><key>b</key><name>B</name></value></values>' +
  '<nested><group><item>x</item><item>y</item></group><group><k>v</k></group></nested></request>' +
  '<request><service_request_id>220104004-20261123-0008</service_request_id><status>closed</status></request>' +
  '</service_requests>\n';

const descriptionOf = (xml: string): string =>
  textOf(childOf(childOf(parseXml(xml), 'request'), 'description'));

const withDescription = (description: string): Open311Document => ({
  root: 'service_requests',
  body: list('request', [{ description }]),
});

describe('the Open311 XML writer', () => {
  it('writes what the hand-written writer wrote, byte for byte: order, empty elements and escapes', () => {
    expect(renderXml(requests)).toBe(HAND_WRITTEN);
  });

  it('writes only documents XMLValidator accepts, each opening with the UTF-8 declaration', () => {
    const documents: Open311Document[] = [
      requests,
      { root: 'errors', body: list('error', []) },
      { root: 'discovery', body: {} },
      withDescription('\u0000<&>\uFFFF'),
    ];
    for (const doc of documents) {
      const xml = renderXml(doc);
      expect(xml.startsWith(DECLARATION)).toBe(true);
      expect(XMLValidator.validate(xml)).toBe(true);
      expect(parseXml(xml).name).toBe(doc.root);
    }
  });

  it('keeps list items in order, an empty one in its place', () => {
    const xml = renderXml({ root: 'r', body: list('item', ['a', null, 'b', '', { c: 'd' }]) });
    expect(xml).toBe(
      `${DECLARATION}<r><item>a</item><item></item><item>b</item><item></item><item><c>d</c></item></r>\n`,
    );
    expect(elementsOf(parseXml(xml), 'item')).toHaveLength(5);
  });

  it('escapes the five markup characters, and a strict parser reads the text back', () => {
    const text = `a & b < c > d "e" 'f' &amp;`;
    const xml = renderXml(withDescription(text));
    expect(xml).toContain('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos; &amp;amp;');
    expect(descriptionOf(xml)).toBe(text);
  });

  it('drops the characters XML 1.0 forbids and keeps every other one', () => {
    // Low before high, so that the two surrogates stay lone rather than pair into one character.
    const forbidden = '\u0000\u0001\u0008\u000B\u000C\u000E\u001F\uDFFF\uD800\uFFFE\uFFFF';
    const allowed = '\t\n井\u007F\u0085\uE000\uFFFD😀\u{10FFFF}';
    const xml = renderXml(withDescription(`[${forbidden}${allowed}]`));
    expect(xml).toContain(`<description>[${allowed}]</description>`);
    expect(descriptionOf(xml)).toBe(`[${allowed}]`);
  });

  it.each([
    ['a name with a space', { root: 'a b', body: {} }],
    ['a name starting with a digit', { root: 'a', body: { '1x': 'y' } }],
    ['an empty name', { root: 'a', body: { '': 'y' } }],
    ['the builder’s text key', { root: 'a', body: { '#text': 'y' } }],
    ['the builder’s attribute prefix', { root: 'a', body: { '@_x': 'y' } }],
    ['a processing instruction', { root: 'a', body: { '?pi': 'y' } }],
    ['a bad list item name', { root: 'a', body: list('b c', ['y']) }],
    ['markup in a nested name', { root: 'a', body: { b: { 'c><d': 'y' } } }],
  ])('refuses %s (a bug, never input)', (_what, doc: Open311Document) => {
    expect(() => renderXml(doc)).toThrow(/not an XML element name/);
  });
});
