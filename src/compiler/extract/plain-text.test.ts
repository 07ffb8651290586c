import { describe, expect, it } from 'vitest';
import { htmlToParagraphs, postSentences, splitSentences } from './plain-text.ts';

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
