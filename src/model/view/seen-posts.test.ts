import { describe, expect, it } from 'vitest';
import { postKeyOf } from '../format/post-keys.ts';
import { countNewPosts, seenPostsOf } from './seen-posts.ts';

// Rows of a collection and their posts' keys; a rebuild that adds a post moves the rows after it.
const before = ['new-post', 'middle-post', 'old-post'].map(postKeyOf);
const after = ['newest-post', 'new-post', 'middle-post', 'imported-old-post', 'old-post'].map(postKeyOf);

describe('seen posts of a saved view', () => {
  it('counts nothing new while the data is the one the view was opened on, keys or not', () => {
    const seen = seenPostsOf('build 1', before, [0, 1, 2]);
    expect(countNewPosts(seen, 'build 1', null, [0, 1, 2])).toBe(0);
    expect(countNewPosts(seen, 'build 1', before, [0, 1, 2])).toBe(0);
  });

  it('counts posts added since, by key, whatever their dates and rows', () => {
    const seen = seenPostsOf('build 1', before, [0, 1, 2]);
    // A new post on top and an old-dated one among the old posts: both are new to the view.
    expect(countNewPosts(seen, 'build 2', after, [0, 1, 2, 3, 4])).toBe(2);
    // The view now holding only posts it held then: nothing new, although their rows moved.
    expect(countNewPosts(seen, 'build 2', after, [1, 2, 4])).toBe(0);
  });

  it('counts a post that enters the view as new to it, and not a post that left', () => {
    const seen = seenPostsOf('build 1', before, [0]);
    expect(countNewPosts(seen, 'build 2', after, [1, 2])).toBe(1);
    expect(countNewPosts(seenPostsOf('build 1', before, [0, 1]), 'build 2', after, [2])).toBe(0);
  });

  it('stores each key once, in a few characters a post', () => {
    const keys = Array.from({ length: 1000 }, (_, i) => postKeyOf(`post-${i}`));
    const rows = Array.from({ length: 1000 }, (_, i) => i);
    const seen = seenPostsOf('g', keys, [...rows, ...rows]);
    expect(seen.keys.length).toBeLessThan(1000 * 5);
    expect(countNewPosts(seen, 'h', keys, rows)).toBe(0);
  });

  it('cannot tell without a record, without keys for changed data, or from damaged keys', () => {
    expect(countNewPosts(null, 'build 2', after, [0])).toBeNull();
    expect(countNewPosts(seenPostsOf('build 1', before, [0]), 'build 2', null, [0])).toBeNull();
    expect(countNewPosts({ generation: 'build 1', keys: '%%' }, 'build 2', after, [0])).toBeNull();
  });
});
