import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { xmlAttribute, xmlText } from './xml.ts';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', trimValues: false, parseTagValue: false, parseAttributeValue: false, htmlEntities: true });

/** `value` written as an element's text and as an attribute, then read back by an XML parser. */
function roundTrip(value: string): { text: unknown; attribute: unknown } {
  const xml = `<a b="${xmlAttribute(value)}">${xmlText(value)}</a>`;
  expect(XMLValidator.validate(xml)).toBe(true);
  const parsed = parser.parse(xml) as { a: { '#text'?: unknown; '@_b'?: unknown } | string };
  return typeof parsed.a === 'string' ? { text: parsed.a, attribute: undefined } : { text: parsed.a['#text'] ?? '', attribute: parsed.a['@_b'] };
}

describe('XML escaping', () => {
  it('escapes markup so hostile text reads back as the same text', () => {
    for (const hostile of ['</title><script>alert(1)</script>', 'a ]]> b ]]> c', '&amp; is not &', '"quoted" and \'single\'', '<![CDATA[x]]>', '<!-- -->']) {
      expect(roundTrip(hostile)).toEqual({ text: hostile, attribute: hostile });
    }
  });

  it('keeps line breaks and tabs in attributes', () => {
    expect(roundTrip('one\ttwo\nthree').attribute).toBe('one\ttwo\nthree');
  });

  it('drops characters XML 1.0 cannot hold and keeps the rest of the text', () => {
    expect(xmlText('bell\u0007 null\u0000 esc\u001b ok')).toBe('bell null esc ok');
    expect(xmlText('lone \uD800 surrogate, \uFFFE')).toBe('lone  surrogate, ');
    expect(xmlText('emoji \u{1F600} and \u00e9')).toBe('emoji \u{1F600} and \u00e9');
  });
});
