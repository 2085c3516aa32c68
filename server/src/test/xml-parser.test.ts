import { describe, expect, it } from 'vitest';
import { childOf, parseXml, recordOf, textOf, XmlSyntaxError } from './xml-parser.js';

describe('the strict XML parser the contract tests read with', () => {
  it('reads elements, attributes, text, entities, character references and CDATA', () => {
    const doc = parseXml(
      `<?xml version="1.0" encoding="UTF-8"?>\n<!-- c --><a x="1" y='&lt;2&gt;'><b>井盖 &amp; 路灯 &#x1F600; &#65;</b><c/><d><![CDATA[<raw>]]></d></a>\n`,
    );
    expect(doc.name).toBe('a');
    expect(doc.attributes).toEqual({ x: '1', y: '<2>' });
    expect(textOf(childOf(doc, 'b'))).toBe('井盖 & 路灯 😀 A');
    expect(recordOf(doc)).toEqual({ b: '井盖 & 路灯 😀 A', c: '', d: '<raw>' });
  });

  it('keeps children in document order, space as text, and one text around CDATA, comments and PIs', () => {
    const doc = parseXml('<a> <b n="007"/>x<![CDATA[&amp;]]>y<!-- c -->z<?pi data?><c>1</c>\t</a>');
    expect(doc).toEqual({
      name: 'a',
      attributes: {},
      children: [
        ' ',
        { name: 'b', attributes: { n: '007' }, children: [] },
        'x&amp;yz',
        { name: 'c', attributes: {}, children: ['1'] },
        '\t',
      ],
    });
  });

  it('decodes references in attribute values and reads every predefined entity', () => {
    const doc = parseXml(`<a t="&quot;&#x4E95;&#30422;&apos;">&lt;&gt;&amp;&quot;&apos;</a>`);
    expect(doc.attributes).toEqual({ t: `"井盖'` });
    expect(textOf(doc)).toBe(`<>&"'`);
  });

  it('accepts a document without a declaration, and comments, PIs and space around the root', () => {
    expect(parseXml('\n<!-- before --><?pi x?>\n<a/>\n<!-- after -->\n<?pi y?>\n').name).toBe('a');
    expect(parseXml(`<?xml version='1.0' encoding='utf-8' standalone='yes'?><a/>`).name).toBe('a');
  });

  it.each([
    ['an unclosed element', '<a><b></a>'],
    ['a mismatched end tag', '<a></b>'],
    ['two roots', '<a/><b/>'],
    ['two roots, the first closed by an end tag', '<a></a><b/>'],
    ['text after the root', '<a></a>x'],
    ['text after an empty root, before a PI', '<a/>x<?pi?>'],
    ['text before the root', 'x<a/>'],
    ['a bare ampersand', '<a>x & y</a>'],
    ['a bare ampersand in an attribute', '<a x="&"/>'],
    ['a bare less-than', '<a>x < y</a>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['an unknown entity in an attribute', '<a x="&nbsp;"/>'],
    ['a reference to an invalid character', '<a>&#0;</a>'],
    ['a reference to a control character', '<a>&#x1B;</a>'],
    ['a reference to a surrogate', '<a>&#xD800;</a>'],
    ['a reference beyond Unicode', '<a>&#x110000;</a>'],
    ['a control character', '<a>\u0001</a>'],
    ['a lone surrogate', '<a>\uD800</a>'],
    ['an unquoted attribute', '<a x=1/>'],
    ['a repeated attribute', '<a x="1" x="2"/>'],
    ['a bad name', '<1a/>'],
    ['a declaration not at the start', ' <?xml version="1.0"?><a/>'],
    ['a non-UTF-8 declaration', '<?xml version="1.0" encoding="GBK"?><a/>'],
    ['a DOCTYPE', '<!DOCTYPE a><a/>'],
    ['a DOCTYPE declaring an entity', '<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>'],
    ['a DOCTYPE inside the root', '<a><!DOCTYPE a></a>'],
    ['nothing at all', ''],
    ['only space', ' \n'],
  ])('refuses %s', (_what, xml) => {
    expect(() => parseXml(xml)).toThrow(XmlSyntaxError);
  });
});
