import { describe, expect, it } from 'vitest';
import { postSummary } from './post-summary.ts';

describe('post summary', () => {
  it('is the opening of the text, paragraphs joined, whole words, with an ellipsis when cut', () => {
    expect(postSummary(['Lazarus stole $1 million.', '', 'Banks in Chile were hit.'])).toBe('Lazarus stole $1 million. Banks in Chile were hit.');
    const long = postSummary(['word '.repeat(100)], 40);
    expect(long).toBe(`${'word '.repeat(8).trim()}\u2026`);
    expect(long.length).toBeLessThanOrEqual(40);
    expect(postSummary([])).toBe('');
  });

  it('cuts a single long word (a hash, a URL) inside it, never through a surrogate pair', () => {
    const hash = 'a'.repeat(50);
    expect(postSummary([hash], 20)).toBe(`${'a'.repeat(19)}\u2026`);
    const emoji = postSummary([`${'a'.repeat(18)}\u{1F600}${'b'.repeat(20)}`], 20);
    expect(emoji).toBe(`${'a'.repeat(18)}\u2026`);
  });
});
