import { describe, expect, it } from 'vitest';
import { decodePostKeys, encodePostKeys, POST_KEY_BITS, postKeyOf } from './post-keys.ts';

describe('post keys', () => {
  it('gives a post the same key in every build, and different posts different keys', () => {
    expect(postKeyOf('lazarus-telegram-crypto-theft')).toBe(postKeyOf('lazarus-telegram-crypto-theft'));
    expect(postKeyOf('lazarus-telegram-crypto-theft')).not.toBe(postKeyOf('lazarus-telegram-crypto-theft-2'));
    for (const slug of ['', 'a', 'apt28-phishing', 'ünïcode-slug']) {
      const key = postKeyOf(slug);
      expect(key).toBeGreaterThanOrEqual(0);
      expect(key).toBeLessThan(2 ** POST_KEY_BITS);
    }
  });

  it('reads back the keys of every row in order', () => {
    const keys = ['b', 'a', 'c', 'a-post-with-a-long-slug'].map(postKeyOf);
    expect([...decodePostKeys(encodePostKeys(keys), keys.length)]).toEqual(keys);
    expect([...decodePostKeys('', 0)]).toEqual([]);
  });

  it('refuses a list shorter than the collection, or one with a character the codec never writes', () => {
    const keys = encodePostKeys([postKeyOf('a'), postKeyOf('b')]);
    expect(() => decodePostKeys(keys, 3)).toThrow(/2 keys for 3 posts/);
    expect(() => decodePostKeys('!!', 1)).toThrow(/unexpected character/);
  });
});
