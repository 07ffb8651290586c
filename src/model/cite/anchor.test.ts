import { describe, expect, it } from 'vitest';
import {
  formatCiteAnchor,
  normaliseForAnchor,
  paragraphAnchor,
  parseCiteAnchor,
  resolveCiteAnchor,
  sentenceAnchor,
  textHash,
  type CiteText,
} from './anchor.ts';

const FIGURE_SENTENCE = 'Last fall, Group-IB said that a North Korean group of hackers stole $571 million in cryptocurrencies.';

const post: CiteText = {
  title: 'Kaspersky Lab reports North Korean Hacker group Lazarus stealing cryptocurrencies using the Telegram messenger',
  text: [
    'A group of hackers calling themselves Lazarus is attacking cryptocurrency exchanges. The U.S. Treasury said so in 2019.',
    `The group used a fake trading app. ${FIGURE_SENTENCE} Kaspersky Lab did not name the victims.`,
    'The attackers now use Telegram groups to reach their targets.',
  ],
};

/** The passage a sentence citation of `sentence` in `before` points at once the post reads `after`. */
function follow(before: CiteText, sentence: string, after: CiteText) {
  const anchor = sentenceAnchor(before, sentence);
  expect(anchor, `"${sentence}" is in the post`).not.toBeNull();
  return anchor ? resolveCiteAnchor(parseCiteAnchor(`#${formatCiteAnchor(anchor)}`) ?? anchor, after) : null;
}

describe('citation anchors', () => {
  it('find the cited sentence, as the post writes it, in its paragraph', () => {
    expect(follow(post, FIGURE_SENTENCE, post)).toEqual({ paragraph: 1, sentence: FIGURE_SENTENCE });
  });

  it('find a paragraph by its content', () => {
    const anchor = paragraphAnchor(post, 2);
    expect(anchor?.sentence).toBeNull();
    expect(anchor && resolveCiteAnchor(anchor, post)).toEqual({ paragraph: 2, sentence: null });
  });

  it('are the same for the same text whatever its spacing, quotes, dashes or case', () => {
    expect(textHash('He said “it was — a  heist”.')).toBe(textHash("he said \"it was - a heist\"."));
    expect(textHash(' Stole\u00a0$571 million.\n')).toBe(textHash('stole $571 million.'));
    expect(normaliseForAnchor('Ｌazarus\u2019s  attack')).toBe("lazarus's attack");
  });

  it('differ for different sentences, even one word or one figure apart', () => {
    const sentences = [
      FIGURE_SENTENCE,
      FIGURE_SENTENCE.replace('$571 million', '$517 million'),
      FIGURE_SENTENCE.replace('North Korean', 'South Korean'),
      'Last fall, Group-IB said that a North Korean group of hackers stole $571 million.',
      ...post.text,
      post.title,
    ];
    expect(new Set(sentences.map(textHash)).size).toBe(sentences.length);
    for (const hash of sentences.map(textHash)) expect(hash).toMatch(/^[0-9a-f]{8}$/);
  });

  it('survive edits elsewhere in the post: another paragraph changed, added, removed or moved', () => {
    const edited: CiteText = {
      title: `${post.title} (updated)`,
      text: ['An editor’s note opens the post now.', post.text[2] ?? '', post.text[1] ?? '', 'A new closing paragraph.'],
    };
    expect(follow(post, FIGURE_SENTENCE, edited)).toEqual({ paragraph: 2, sentence: FIGURE_SENTENCE });
    const anchor = paragraphAnchor(post, 2);
    expect(anchor && resolveCiteAnchor(anchor, edited)).toEqual({ paragraph: 1, sentence: null });
  });

  it('survive an edit of another sentence of the same paragraph, and the paragraph split in two', () => {
    const rephrased: CiteText = { ...post, text: [post.text[0] ?? '', `The group used a fake app to trade. ${FIGURE_SENTENCE} Victims were not named.`] };
    expect(follow(post, FIGURE_SENTENCE, rephrased)).toEqual({ paragraph: 1, sentence: FIGURE_SENTENCE });
    const split: CiteText = { ...post, text: [post.text[0] ?? '', 'The group used a fake trading app.', `${FIGURE_SENTENCE} Kaspersky Lab did not name the victims.`] };
    expect(follow(post, FIGURE_SENTENCE, split)).toEqual({ paragraph: 2, sentence: FIGURE_SENTENCE });
  });

  it('keep sentences with abbreviations whole, whatever a splitter does with "U.S."', () => {
    const sentence = 'The U.S. Treasury said so in 2019.';
    expect(follow(post, sentence, post)).toEqual({ paragraph: 0, sentence });
  });

  it('find a sentence of the title', () => {
    const titled: CiteText = { title: 'Hackers stole $571 million. Kaspersky names Lazarus', text: post.text };
    expect(follow(titled, 'Hackers stole $571 million.', titled)).toEqual({ paragraph: 'title', sentence: 'Hackers stole $571 million.' });
  });

  it('find nothing once the cited passage itself was edited', () => {
    const corrected: CiteText = { ...post, text: post.text.map((text) => text.replace('$571 million', '$517 million')) };
    expect(follow(post, FIGURE_SENTENCE, corrected)).toBeNull();
    const anchor = paragraphAnchor(post, 1);
    expect(anchor && resolveCiteAnchor(anchor, corrected)).toBeNull();
  });

  it('read only their own spelling from a link', () => {
    expect(parseCiteAnchor('#cite-0a1b2c3d')).toEqual({ paragraph: '0a1b2c3d', sentence: null });
    expect(parseCiteAnchor('cite-0a1b2c3d-99aabbcc')).toEqual({ paragraph: '0a1b2c3d', sentence: '99aabbcc' });
    for (const hash of ['', '#figure-0', '#cite-', '#cite-0A1B2C3D', '#cite-0a1b2c3d-', '#cite-0a1b2c3d-99aabbcc-1', '#cite-12345678x']) {
      expect(parseCiteAnchor(hash), hash).toBeNull();
    }
  });

  it('give no anchor for a sentence the post does not hold, or an empty paragraph', () => {
    expect(sentenceAnchor(post, 'Nobody wrote this.')).toBeNull();
    expect(paragraphAnchor({ title: 'x', text: ['   '] }, 0)).toBeNull();
    expect(paragraphAnchor(post, 9)).toBeNull();
  });
});
