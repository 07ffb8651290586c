import { describe, expect, it } from 'vitest';
import { createAliasIndex, findNames, nameKey, nameWords } from './aliases.ts';

const CATALOG = {
  actors: [
    {
      id: 'lazarus-group',
      name: 'Lazarus Group',
      kind: 'state' as const,
      country: 'KP',
      firstSeen: null,
      attackId: null,
      parent: null,
      aliases: [
        { name: 'Hidden Cobra', by: 'US government' },
        { name: 'APT-C-26', by: null },
        { name: 'Guardians of Peace', by: null },
      ],
      description: '',
      links: [],
    },
  ],
  malware: [
    { id: 'x', name: 'X', type: 'rat', aliases: [], actors: [], platforms: [], firstSeen: null, attackId: null, description: '', links: [] },
  ],
  platforms: [
    { id: 'macos', name: 'macOS', category: 'os', aliases: [{ name: 'Mac OS X', by: null }] },
    { id: 'signal', name: 'Signal', category: 'messenger', aliases: [], ambiguous: true },
  ],
};

const TABLE = {
  actors: [['lazarus-group'], [], ['lazarus-group', 'lazarus-group']],
  malware: [[], ['x'], []],
  platforms: [['macos'], ['signal'], []],
};

describe('nameKey', () => {
  it('ignores case, spaces and punctuation', () => {
    for (const spelling of ['APT 38', 'apt-38', 'APT38', 'Apt.38']) expect(nameKey(spelling)).toBe('apt38');
    expect(nameKey('Hidden  Cobra')).toBe(nameKey('hidden-cobra'));
  });
});

describe('createAliasIndex', () => {
  it('indexes names and aliases of actors, malware and platforms with their rows', () => {
    const index = createAliasIndex(CATALOG, TABLE);
    const [hidden] = index.byKey.get('hiddencobra') ?? [];
    expect(hidden?.spelling).toBe('Hidden Cobra');
    expect(hidden?.entity).toMatchObject({ kind: 'actor', id: 'lazarus-group', name: 'Lazarus Group' });
    // A row listing the id twice counts once.
    expect([...(hidden?.entity.rows ?? [])]).toEqual([0, 2]);
    expect(index.byKey.get('macosx')?.[0]?.entity.id).toBe('macos');
    expect(index.byKey.get('aptc26')?.[0]?.entity.id).toBe('lazarus-group');
  });

  it('leaves out names too short to fold safely', () => {
    expect(createAliasIndex(CATALOG, TABLE).byKey.has('x')).toBe(false);
  });
});

describe('findNames', () => {
  it('takes the longest name first, left to right, and not from a stopword', () => {
    const index = createAliasIndex(CATALOG, TABLE);
    const text = 'the guardians of peace hit mac os x users';
    const words = nameWords(text);
    const found = findNames(text, words, index).map((match) =>
      words
        .slice(match.from, match.to)
        .map((token) => token.word)
        .join(' '),
    );
    expect(found).toEqual(['guardians of peace', 'mac os x']);
  });

  it('folds a name marked ambiguous only when written in the catalog’s case', () => {
    const index = createAliasIndex(CATALOG, TABLE);
    const names = (text: string) => findNames(text, nameWords(text), index).map((match) => match.names[0]?.entity.id);
    expect(names('Signal app')).toEqual(['signal']);
    expect(names('weak signal')).toEqual([]);
  });
});
