/**
 * Citation anchors (src/model/cite/anchor.ts) find sentences without the compiler's splitter, by
 * trying runs of pieces between every possible sentence end. This holds them to the splitter: every
 * sentence it finds in the shipped posts, figures' sentences included, is found again.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseForAnchor, resolveCiteAnchor, sentenceAnchor } from '../../model/cite/anchor.ts';
import { compilePost } from '../compile-post.ts';
import { postSentences } from './plain-text.ts';

const POSTS = path.resolve(import.meta.dirname, '../../../public/content/posts');

describe('citation anchors and the sentence splitter', () => {
  it('find every sentence of every shipped post again, as written', () => {
    let sentences = 0;
    for (const file of readdirSync(POSTS).filter((name) => name.endsWith('.md'))) {
      const { post } = compilePost(`posts/${file}`, readFileSync(path.join(POSTS, file), 'utf8'));
      if (!post) continue;
      const cited = { title: post.title, text: post.text };
      for (const sentence of postSentences(post.title, post.text)) {
        const anchor = sentenceAnchor(cited, sentence.text);
        expect(anchor, `${file}: "${sentence.text}"`).not.toBeNull();
        const found = anchor ? resolveCiteAnchor(anchor, cited) : null;
        // Found as written, or as an earlier sentence that differs only in case, quotes or dashes.
        expect(normaliseForAnchor(found?.sentence ?? ''), `${file}: "${sentence.text}"`).toBe(normaliseForAnchor(sentence.text));
        sentences++;
      }
    }
    expect(sentences).toBeGreaterThan(500);
  });
});
