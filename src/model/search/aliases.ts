/**
 * Alias folding for search: a query that names a threat actor, malware family or platform by any of
 * its catalog names ("Hidden Cobra", "APT 38", "Mac OS X") also finds the posts tagged with that
 * entity, and says so. Names are compared as their words run together, so case, spaces and
 * punctuation do not matter: "APT 38", "apt-38" and "APT38" are one name.
 */
import type { CatalogData } from '../format/catalog-format.ts';
import type { PostTable } from '../facets/post-table.ts';
import { type Token, tokenize } from './tokens.ts';

/** The facets whose entities have names to fold. */
export type AliasKind = 'actor' | 'malware' | 'platform';

/** An entity a name can stand for, and the rows tagged with it. */
export interface AliasEntity {
  kind: AliasKind;
  id: string;
  /** The catalog's name ("Lazarus Group"). */
  name: string;
  /** The name and every alias, for highlighting the posts found through the entity. */
  names: readonly string[];
  /** Rows tagged with the entity, ascending. */
  rows: Uint32Array;
}

/** One of an entity's names, as the catalog spells it. */
export interface EntityName {
  entity: AliasEntity;
  /** "Hidden Cobra" */
  spelling: string;
  /** A name that is also an ordinary word ("LEAD", "Signal"): it folds only when written in the catalog's case. */
  exactCase: boolean;
}

/** Entities by name key (`nameKey`), built once per collection with `createAliasIndex`. */
export interface AliasIndex {
  byKey: ReadonlyMap<string, readonly EntityName[]>;
  /** The most words a name has: the longest run of query words worth trying. */
  maxWords: number;
}

// Keys shorter than this ("X", "Go") fold ordinary query words too often to help.
const MIN_KEY_LENGTH = 3;

/** Words of a name or query as folded by the tokenizer, with identifiers read as their parts. */
export function nameWords(text: string): Token[] {
  return tokenize(text).filter((token) => token.kind !== 'whole');
}

/** The comparison key of a name: its folded words run together ("APT 38" -> `apt38`). */
export function nameKey(text: string): string {
  return nameWords(text)
    .map((token) => token.word)
    .join('');
}

/** An entry of the compiled catalog with names to fold: an actor, a malware family or a platform. */
type Named = CatalogData['actors'][number] | CatalogData['malware'][number] | CatalogData['platforms'][number];

/** Indexes the names of the catalog's actors, malware and platforms, with the rows of each entity. */
export function createAliasIndex(
  catalog: Pick<CatalogData, 'actors' | 'malware' | 'platforms'>,
  table: Pick<PostTable, 'actors' | 'malware' | 'platforms'>,
): AliasIndex {
  const byKey = new Map<string, EntityName[]>();
  let maxWords = 1;
  const add = (kind: AliasKind, entries: readonly Named[], column: readonly (readonly string[])[]) => {
    const rowsById = rowsOfIds(column);
    for (const entry of entries) {
      const spellings = [
        { name: entry.name, exactCase: entry.ambiguous === true },
        ...entry.aliases.map((alias) => ({ name: alias.name, exactCase: alias.ambiguous === true })),
      ];
      const names = spellings.map((spelling) => spelling.name);
      const entity: AliasEntity = { kind, id: entry.id, name: entry.name, names, rows: Uint32Array.from(rowsById.get(entry.id) ?? []) };
      const keys = new Set<string>();
      for (const { name, exactCase } of spellings) {
        const key = nameKey(name);
        if (key.length < MIN_KEY_LENGTH || keys.has(key)) continue;
        keys.add(key);
        maxWords = Math.max(maxWords, nameWords(name).length);
        const list = byKey.get(key);
        if (list) list.push({ entity, spelling: name, exactCase });
        else byKey.set(key, [{ entity, spelling: name, exactCase }]);
      }
    }
  };
  add('actor', catalog.actors, table.actors);
  add('malware', catalog.malware, table.malware);
  add('platform', catalog.platforms, table.platforms);
  return { byKey, maxWords };
}

function rowsOfIds(column: readonly (readonly string[])[]): Map<string, number[]> {
  const rows = new Map<string, number[]>();
  column.forEach((ids, row) => {
    for (const id of new Set(ids)) {
      const list = rows.get(id);
      if (list) list.push(row);
      else rows.set(id, [row]);
    }
  });
  return rows;
}

/** A run of query words that names entities. */
export interface NameMatch {
  /** Index of the first and one past the last word, in `words`. */
  from: number;
  to: number;
  names: readonly EntityName[];
}

// Letters and digits only, case kept: how an exact-case name is compared with the query's words.
const compact = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The names in a run of query words (`nameWords(text)`), longest first from left to right: in
 * "hidden cobra telegram" both "hidden cobra" (Lazarus Group) and "telegram" (Telegram) are names.
 */
export function findNames(text: string, words: readonly Token[], aliases: AliasIndex): NameMatch[] {
  const matches: NameMatch[] = [];
  let from = 0;
  while (from < words.length) {
    let found: NameMatch | null = null;
    // A name never starts with a stopword ("the", "of"); "Guardians of Peace" holds one inside.
    if (!words[from]?.stop) {
      for (let to = Math.min(words.length, from + aliases.maxWords); to > from && !found; to--) {
        const key = words
          .slice(from, to)
          .map((token) => token.word)
          .join('');
        const written = compact(text.slice(words[from]?.start ?? 0, words[to - 1]?.end ?? 0));
        const names = aliases.byKey.get(key)?.filter((name) => !name.exactCase || compact(name.spelling) === written);
        if (names && names.length > 0) found = { from, to, names };
      }
    }
    if (found) {
      matches.push(found);
      from = found.to;
    } else from++;
  }
  return matches;
}
