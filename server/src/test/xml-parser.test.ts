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

  it.each([
    ['an unclosed element', '<a><b></a>'],
    ['a mismatched end tag', '<a></b>'],
    ['two roots', '<a/><b/>'],
    ['text after the root', '<a/>x'],
    ['a bare ampersand', '<a>x & y</a>'],
    ['a bare less-than', '<a>x < y</a>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['a reference to an invalid character', '<a>&#0;</a>'],
    ['a control character', '<a>\u0001</a>'],
    ['a lone surrogate', '<a>\uD800</a>'],
    ['an unquoted attribute', '<a x=1/>'],
    ['a repeated attribute', '<a x="1" x="2"/>'],
    ['a bad name', '<1a/>'],
    ['a declaration not at the start', ' <?xml version="1.0"?><a/>'],
    ['a non-UTF-8 declaration', '<?xml version="1.0" encoding="GBK"?><a/>'],
    ['a DOCTYPE', '<!DOCTYPE a><a/>'],
    ['"]]>" in text', '<a>]]></a>'],
    ['"--" in a comment', '<a><!-- a -- b --></a>'],
    ['nothing at all', ''],
  ])('refuses %s', (_what, xml) => {
    expect(() => parseXml(xml)).toThrow(XmlSyntaxError);
  });
});
