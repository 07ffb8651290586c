import { describe, expect, it } from 'vitest';
import { buildSearchIndex, type SearchDoc } from '../../compiler/search/search-files.ts';
import type { CatalogData } from '../format/catalog-format.ts';
import { type AliasIndex, createAliasIndex } from './aliases.ts';
import { parseQuery, searchPosts, type SearchOptions } from './search.ts';
import { snippet } from './snippet.ts';

// Made-up posts, newest first; rows are their indices.
const POSTS: ({ title: string; text: string } & { actors?: string[]; platforms?: string[] })[] = [
  { title: 'Clinic files locked', text: 'Ransomware was named once in a long report about doctors, nurses, patients and their records.' },
  { title: 'Ransomware strikes a clinic', text: 'Doctors could not open files for a week.' },
  { title: 'Bank phishing wave', text: 'Phishing e-mails hit bank customers in three countries.' },
  {
    title: 'North Korean crew steals crypto over Telegram',
    text: 'The Lazarus crew used Telegram bots to steal crypto from traders.',
    actors: ['lazarus-group'],
    platforms: ['telegram'],
  },
  {
    title: 'Treasury sanctions three persons',
    text: 'Officials sanctioned three persons tied to the state hackers.',
    actors: ['lazarus-group'],
  },
  { title: 'Card fraud roundup', text: 'Credit card skimmers were found; a credit union warned that card data and credit scores leaked.' },
  { title: 'Card reader flaw', text: 'The card could give credit to attackers.' },
  { title: 'Log4Shell still exploited', text: 'Attackers exploit CVE-2021-44228 in unpatched servers, and hospitals are hit by ransomware.' },
  { title: 'Bank heist in Asia', text: 'A bank lost crypto to APT38, part of Lazarus Group.', actors: ['apt38', 'lazarus-group'] },
];

const CATALOG: Pick<CatalogData, 'actors' | 'malware' | 'platforms'> = {
  actors: [
    {
      id: 'lazarus-group',
      name: 'Lazarus Group',
      kind: 'state',
      country: 'KP',
      firstSeen: 2009,
      attackId: 'G0032',
      parent: null,
      aliases: [
        { name: 'Lazarus', by: null },
        { name: 'Hidden Cobra', by: 'US government' },
        { name: 'Guardians of Peace', by: null },
      ],
      description: '',
      links: [],
    },
    {
      id: 'apt38',
      name: 'APT38',
      kind: 'state',
      country: 'KP',
      firstSeen: 2014,
      attackId: 'G0082',
      parent: 'lazarus-group',
      aliases: [{ name: 'BlueNoroff', by: null }],
      description: '',
      links: [],
    },
  ],
  malware: [],
  platforms: [{ id: 'telegram', name: 'Telegram', category: 'messenger', aliases: [{ name: 'Telegram Messenger', by: null }] }],
};

function setup(shardCount = 16) {
  const docs: SearchDoc[] = POSTS.map((post) => ({ title: post.title, text: [post.text] }));
  const { files, manifest } = buildSearchIndex(docs, shardCount);
  const loaded: string[] = [];
  const loadFile = async (file: string): Promise<unknown> => {
    loaded.push(file);
    const text = files.get(file);
    if (text === undefined) throw new Error(`no file ${file}`);
    return JSON.parse(text);
  };
  const table = {
    actors: POSTS.map((post) => post.actors ?? []),
    malware: POSTS.map(() => []),
    platforms: POSTS.map((post) => post.platforms ?? []),
  };
  const aliases = createAliasIndex(CATALOG, table);
  const options = { manifest, loadFile, aliases } satisfies SearchOptions;
  return { files, manifest, loaded, options, search: (query: string, extra: Partial<SearchOptions> = {}) => searchPosts(query, { ...options, ...extra }) };
}

describe('searchPosts', () => {
  it('finds posts by a word of their title or body, plurals folded', async () => {
    const { search } = setup();
    expect([...(await search('hospital')).rows]).toEqual([7]);
    expect([...(await search('HOSPITALS')).rows]).toEqual([7]);
  });

  it('requires every word (AND)', async () => {
    const { search } = setup();
    expect([...(await search('ransomware')).rows].sort()).toEqual([0, 1, 7]);
    expect([...(await search('ransomware hospital')).rows]).toEqual([7]);
    expect([...(await search('ransomware phishing')).rows]).toEqual([]);
  });

  it('ranks a title match above a body match', async () => {
    const { search } = setup();
    const rows = [...(await search('ransomware')).rows];
    // Row 1 has the word in its title; rows 0 and 7 only in the body.
    expect(rows[0]).toBe(1);
  });

  it('scores best first, newest first on a tie', async () => {
    const { search } = setup();
    const result = await search('bank');
    for (let i = 1; i < result.rows.length; i++) {
      const [before, after] = [result.scores[i - 1] ?? 0, result.scores[i] ?? 0];
      expect(before).toBeGreaterThanOrEqual(after);
      if (before === after) expect(result.rows[i - 1] ?? 0).toBeLessThan(result.rows[i] ?? 0);
    }
  });

  it('loads only the shards of the query’s terms, through the caller’s loader', async () => {
    const { search, loaded, manifest } = setup(64);
    const result = await search('phishing bank');
    expect(new Set(loaded)).toEqual(new Set(result.files));
    // The table, then one postings file per word; no positions without a phrase.
    expect(loaded[0]).toBe(manifest.table);
    expect(loaded.length).toBeLessThanOrEqual(3);
  });

  it('lets queries share shards the caller keeps', async () => {
    const { search, options } = setup(4);
    const cache = new Map<string, Promise<unknown>>();
    let fetched = 0;
    const loadFile = (file: string) => {
      let entry = cache.get(file);
      if (!entry) {
        fetched++;
        cache.set(file, (entry = options.loadFile(file)));
      }
      return entry;
    };
    await search('ransomware', { loadFile });
    const first = fetched;
    await search('ransomware clinic', { loadFile });
    await search('ransomware', { loadFile });
    // The table and the word's shard; then at most the second word's shard.
    expect(first).toBe(2);
    expect(fetched).toBeLessThanOrEqual(3);
  });

  it('matches a quoted phrase only with its words together, reading positions', async () => {
    const { search } = setup();
    const phrase = await search('"credit card"');
    expect([...phrase.rows]).toEqual([5]);
    const words = await search('credit card');
    // The phrase also read the positions files of its words.
    expect(phrase.files.length).toBeGreaterThan(words.files.length);
    expect([...words.rows].sort()).toEqual([5, 6]);
    expect([...(await search('"card credit"')).rows]).toEqual([]);
  });

  it('finds identifiers as written and by their parts', async () => {
    const { search } = setup();
    expect([...(await search('CVE-2021-44228')).rows]).toEqual([7]);
    expect([...(await search('44228')).rows]).toEqual([7]);
  });

  it('says which query words no post contains', async () => {
    const { search } = setup();
    const result = await search('ransomware zebra');
    expect(result.searched).toBe(true);
    expect([...result.rows]).toEqual([]);
    expect(result.unknown).toEqual(['zebra']);
  });

  it('treats an empty or stopword-only query as no search', async () => {
    const { search, loaded } = setup();
    for (const query of ['', '   ', 'the of a', '""', '!!']) {
      const result = await search(query);
      expect(result.searched, query).toBe(false);
      expect(result.rows.length).toBe(0);
    }
    expect(loaded).toEqual([]);
    expect((await search('the of')).ignored).toEqual(['the', 'of']);
  });

  it('gives each row the terms to highlight, which snippet marks', async () => {
    const { search } = setup();
    const result = await search('ransomware hospitals');
    const row = result.rows[0] ?? -1;
    const terms = result.terms.get(row) ?? [];
    expect(terms).toEqual(['ransomware', 'hospital']);
    const text = POSTS[row]?.text ?? '';
    const found = snippet(text, terms);
    expect(found.highlights.map(([start, end]) => found.text.slice(start, end))).toEqual(['hospitals', 'ransomware']);
  });
});

describe('alias folding', () => {
  it('finds, for "Hidden Cobra", a post that only says "Lazarus", through its tag, and says why', async () => {
    const { search } = setup();
    const result = await search('Hidden Cobra');
    expect([...result.rows].sort()).toEqual([3, 4, 8]);
    expect(result.folded).toEqual([
      { text: 'Hidden Cobra', alias: 'Hidden Cobra', kind: 'actor', id: 'lazarus-group', name: 'Lazarus Group', added: 3 },
    ]);
    // The highlight terms of a tagged post are the entity's names, so its snippet shows "Lazarus".
    const terms = result.terms.get(3) ?? [];
    expect(terms).toContain('Lazarus');
    const found = snippet(POSTS[3]?.text ?? '', terms);
    expect(found.highlights.map(([start, end]) => found.text.slice(start, end))).toContain('Lazarus');
  });

  it('is tolerant of case, spaces and punctuation in names', async () => {
    const { search } = setup();
    for (const query of ['hidden cobra', 'HIDDEN-COBRA', 'apt 38', 'APT-38', 'apt38']) {
      const result = await search(query);
      expect(result.folded.length, query).toBe(1);
    }
    expect((await search('apt 38')).folded[0]).toMatchObject({ text: 'apt 38', alias: 'APT38', id: 'apt38' });
    expect([...(await search('apt 38')).rows]).toEqual([8]);
  });

  it('counts text matches of the name too, and ranks them above tag-only ones', async () => {
    const { search } = setup();
    const result = await search('lazarus');
    expect([...result.rows].sort()).toEqual([3, 4, 8]);
    // Rows 3 and 8 say "Lazarus"; row 4 is only tagged.
    expect(result.rows[2]).toBe(4);
    expect(result.folded[0]?.added).toBe(1);
  });

  it('ANDs the remaining words as text terms', async () => {
    const { search } = setup();
    const result = await search('hidden cobra crypto');
    expect([...result.rows].sort()).toEqual([3, 8]);
    expect(result.folded.map((fold) => fold.id)).toEqual(['lazarus-group']);
  });

  it('reads several names in one query', async () => {
    const { search } = setup();
    const result = await search('guardians of peace telegram');
    expect([...result.rows]).toEqual([3]);
    expect(result.folded.map((fold) => fold.id)).toEqual(['lazarus-group', 'telegram']);
  });

  it('loads the words’ files while the aliases are still on their way, and folds names once they come', async () => {
    const { search, loaded, options } = setup();
    let settle: (aliases: AliasIndex) => void = () => undefined;
    const aliases = new Promise<AliasIndex>((resolve) => (settle = resolve));
    const result = search('hidden cobra', { aliases });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const beforeAliases = new Set(loaded);
    settle(options.aliases);
    const found = await result;
    // Every file the search read was asked for before the aliases came.
    expect(found.files.every((file) => beforeAliases.has(file))).toBe(true);
    expect(found.folded.map((fold) => fold.id)).toEqual(['lazarus-group']);
    expect([...found.rows]).toEqual([...(await search('hidden cobra')).rows]);
  });

  it('searches the words only, without aliases or inside quotes', async () => {
    const { search } = setup();
    expect([...(await search('hidden cobra', { aliases: undefined })).rows]).toEqual([]);
    const quoted = await search('"hidden cobra"');
    expect(quoted.folded).toEqual([]);
    expect([...quoted.rows]).toEqual([]);
  });
});

describe('parseQuery', () => {
  it('reads words, phrases and names in the order written', () => {
    const { options } = setup();
    const parsed = parseQuery('the "credit card" Hidden Cobra attacks', options.aliases);
    expect(parsed.parts.map((part) => [part.kind, part.text])).toEqual([
      ['phrase', 'credit card'],
      ['name', 'Hidden Cobra'],
      ['term', 'attacks'],
    ]);
    expect(parsed.ignored).toEqual(['the']);
  });

  it('reads an unclosed quote as a phrase to the end, and drops repeated words', () => {
    const parsed = parseQuery('bank bank "credit card');
    expect(parsed.parts.map((part) => part.kind)).toEqual(['term', 'phrase']);
  });
});
