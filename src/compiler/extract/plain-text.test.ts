import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { renderPostHtml } from '../markdown.ts';
import { htmlToParagraphs, postSentences, splitSentences } from './plain-text.ts';

/** The paragraphs as a full HTML parse reads them: what `htmlToParagraphs` must give on sanitized HTML. */
function parsedParagraphs(html: string): string[] {
  const skipped = new Set(['code', 'pre', 'kbd', 'samp']);
  const blocks = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'tr', 'td', 'th', 'table', 'section', 'article', 'header', 'footer', 'figure', 'figcaption', 'hr', 'dd', 'dt', 'caption']);
  const paragraphs: string[] = [];
  let current = '';
  let skipDepth = 0;
  const flush = () => {
    const text = current.replace(/\b(?:h[tx]{2}ps?|ftp|s?ftp)(?:\[:\]|:)\/\/\S+|\bwww\d?\.\S+|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\/\S*/gi, ' ').replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
    current = '';
  };
  const parser = new Parser(
    {
      onopentag: (name) => (skipped.has(name) ? skipDepth++ : blocks.has(name) && flush()),
      onclosetag: (name) => (skipped.has(name) ? (skipDepth = Math.max(0, skipDepth - 1)) : blocks.has(name) && flush()),
      ontext: (text) => void (skipDepth === 0 && (current += text)),
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return paragraphs;
}

describe('htmlToParagraphs', () => {
  it('keeps link text, drops addresses, code and the markup', () => {
    const html =
      '<p>Read <a href="https://evil.example/lazarus">the Lazarus report</a> at https://example.com/x or www.example.org now.</p>' +
      '<pre><code>APT28 --target windows</code></pre><p>Defanged hxxp://bad[.]example/gate and <code>Telegram</code> stay out.</p>';
    expect(htmlToParagraphs(html)).toEqual(['Read the Lazarus report at or now.', 'Defanged and stay out.']);
  });

  it('breaks paragraphs at block elements and line breaks', () => {
    expect(htmlToParagraphs('<p>One<br>Two</p><ul><li>Three</li><li>Four</li></ul>')).toEqual(['One', 'Two', 'Three', 'Four']);
  });

  it('reads sanitized HTML as a full HTML parse does, however broken the markup was', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '<p>', '</p>', '<div>', '</div>', '<span>', '</span>', '<font>', '</font>', '<code>', '</code>', '<pre>', '</pre>', '<kbd>',
        '<li>', '</li>', '<ul>', '</ul>', '<table>', '<tr>', '<td>', '</td>', '<th>', '</tr>', '<tbody>', '<thead>', '<tfoot>', '<dl>', '<dd>', '<dt>',
        '<h2>', '</h3>', '<address>', '<a href="https://x.example/a">', '</a>', '<br>', '</br>', '<br/>', '<hr>', '<img src="https://x.example/i.png">',
        '<wbr>', '</wbr>', '<section>', '<form>', '<input>', '<select>', '<option>', '<script>', '</script>', '<style>', '<textarea>', '<iframe>',
        '<!-- note -->', '<svg>', '</svg>', '<ruby>', '<rt>', '<rp>', '<b>', '</b>', '<blockquote>', '<caption>', '<figure>', '<figcaption>',
        '&amp;', '&lt;', '&gt;', '&quot;', '&nbsp;', '&amp;lt;', ' ', '\n', '\n\n', '# ', '* ', '1. ', '`', '```\n', '> ', '| a | b |\n|---|---|\n',
        'www.example.com', 'https://a.example/b', 'hxxp://evil[.]com/x', 'a/b', 'Lazarus', 'word.', 'x < y', 'a > b',
      ),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const html = renderPostHtml(pieces.join(''));
        expect(htmlToParagraphs(html)).toEqual(parsedParagraphs(html));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('splitSentences', () => {
  it('splits at sentence ends but not after abbreviations', () => {
    expect(splitSentences('The U.S. Treasury fined them. Mr. Smith said so! Was it 2019? Yes.')).toEqual([
      'The U.S. Treasury fined them.',
      'Mr. Smith said so!',
      'Was it 2019?',
      'Yes.',
    ]);
  });

  it('keeps "Rs." with its amount', () => {
    expect(splitSentences('The court froze Rs. 12,50,000 held in its accounts. Then it ended.')).toEqual([
      'The court froze Rs. 12,50,000 held in its accounts.',
      'Then it ended.',
    ]);
  });

  it('keeps a quoted sentence end with its sentence', () => {
    expect(splitSentences('He said "stop." Then it ended.')).toEqual(['He said "stop."', 'Then it ended.']);
  });

  it('does not split decimals or lower-case continuations', () => {
    expect(splitSentences('They stole $4.8 million. e.g. this stays.')).toEqual(['They stole $4.8 million. e.g. this stays.']);
  });
});

describe('postSentences', () => {
  it('puts the title first, as paragraph 0', () => {
    expect(postSentences('Title here', htmlToParagraphs('<p>Body one. Body two.</p>'))).toEqual([
      { text: 'Title here', paragraph: 0 },
      { text: 'Body one.', paragraph: 1 },
      { text: 'Body two.', paragraph: 1 },
    ]);
  });
});
