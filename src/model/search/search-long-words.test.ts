/**
 * What analysts paste into the search (issue 13, item 7): hashes, IPs, CVE ids and domains are
 * found as whole words, a word no post holds empties the list, and a word past the index's length
 * limit empties it too rather than being dropped from the query unseen.
 */
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../compiler/search/search-files.ts';
import { searchPosts } from './search.ts';
import { MAX_TOKEN_LENGTH } from './tokens.ts';

const SHA512 = 'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e';
const OTHER_SHA512 = SHA512.replace(/^cf/, '0a');
const SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const BLOB = 'SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQA'.repeat(8);

const POSTS = [
  { title: 'Lazarus loader analysed', text: `The Lazarus loader has the SHA-512 hash ${SHA512} and calls 185.220.101.4.` },
  { title: 'Lazarus sanctions', text: 'Treasury named more Lazarus fronts; no indicators were published.' },
  { title: 'Updater abused', text: `Victims fetched update-check.example, then a file with SHA-256 ${SHA256}.` },
  { title: 'Update check', text: 'An update to the check-in app was pushed to every example device.' },
  { title: 'PowerShell dropper', text: `The dropper ran powershell -enc ${BLOB} on each host, exploiting CVE-2021-44228.` },
];

function search(query: string) {
  const { files, manifest } = buildSearchIndex(POSTS.map((post) => ({ title: post.title, text: [post.text] })), 8);
  return searchPosts(query, {
    manifest,
    loadFile: async (file) => JSON.parse(files.get(file) ?? 'null') as unknown,
  });
}

const rows = async (query: string) => [...(await search(query)).rows];

describe('search for what analysts paste', () => {
  it('finds a post by a SHA-512 hash it holds, and narrows a search with it', async () => {
    expect(await rows(SHA512)).toEqual([0]);
    expect((await rows('lazarus')).sort()).toEqual([0, 1]);
    expect(await rows(`lazarus ${SHA512}`)).toEqual([0]);
    expect(await rows(`Lazarus ${SHA512.toUpperCase()}`)).toEqual([0]);
  });

  it('empties the list for a hash no post holds, and names it', async () => {
    const result = await search(`lazarus ${OTHER_SHA512}`);
    expect(result.searched).toBe(true);
    expect([...result.rows]).toEqual([]);
    expect(result.unknown).toEqual([OTHER_SHA512]);
    expect(result.ignored).toEqual([]);
  });

  it('finds IPs, CVE ids, SHA-256 hashes and domains as whole words', async () => {
    expect(await rows('185.220.101.4')).toEqual([0]);
    expect(await rows('cve-2021-44228')).toEqual([4]);
    expect(await rows(SHA256)).toEqual([2]);
    // The domain, not every post with "update", "check" and "example" in it.
    expect(await rows('update-check.example')).toEqual([2]);
    expect((await rows('update check example')).sort()).toEqual([2, 3]);
  });

  it(`empties the list for a word over ${MAX_TOKEN_LENGTH} characters, even one a post holds`, async () => {
    expect(BLOB.length).toBeGreaterThan(MAX_TOKEN_LENGTH);
    const result = await search(`powershell ${BLOB}`);
    expect(result.searched).toBe(true);
    expect([...result.rows]).toEqual([]);
    expect(result.unknown).toEqual([BLOB]);
    expect(result.ignored).toEqual([]);
    // The post is still found by its other words.
    expect(await rows('powershell dropper')).toEqual([4]);
  });
});
