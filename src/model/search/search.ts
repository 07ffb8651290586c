/**
 * Full-text search over the sharded index (docs/decisions/0002-search-index.md). A query is read
 * into parts, all of which a post must match (AND): words (`ransomware`), quoted phrases
 * (`"credit card"`) and names of catalog entities (`hidden cobra`), which also match the posts tagged
 * with the entity. Only the shards of the query's terms are loaded, through the caller's loader, so
 * the caller decides how shards are cached and shared between queries (react-query in the app).
 * Posts come best first: the sum of the stored BM25F scores of the parts, newest first on a tie.
 */
import type { SearchManifest } from '../format/data-format.ts';
import { type AliasIndex, type AliasKind, type EntityName, findNames, nameWords } from './aliases.ts';
import {
  decodePositions,
  decodePostings,
  type Postings,
  readShard,
  readTable,
  type SearchTerms,
  searchPositionsFile,
  searchShardFile,
  shardOf,
  termEntry,
} from './codec.ts';
import { addTagged, intersectAll, type Matches, matchPhrase, NO_MATCHES, unionRows } from './matches.ts';
import { isAsked, queryTokens, tokenize } from './tokens.ts';

/** One part of a query, which every result matches. */
export type QueryPart =
  | { kind: 'term'; text: string; term: string }
  /** A quoted phrase: its terms at their word offsets from the first. */
  | { kind: 'phrase'; text: string; terms: { term: string; offset: number }[] }
  /** Words that name entities: matched by their words in the text, or by the entities' tags. */
  | { kind: 'name'; text: string; terms: string[]; names: readonly EntityName[] };

/** A query as the search reads it. */
export interface ParsedQuery {
  parts: QueryPart[];
  /** Stopwords and lone letters left out ("the", "a"). */
  ignored: string[];
}

/** A name of the query read as an entity, for the notice "“Hidden Cobra” is an alias of Lazarus Group". */
export interface AliasFold {
  /** The words as the query wrote them ("hidden cobra"). */
  text: string;
  /** The name they matched, as the catalog spells it ("Hidden Cobra"). */
  alias: string;
  kind: AliasKind;
  id: string;
  name: string;
  /** Results found only through the entity's tags, not by the words themselves. */
  added: number;
}

/** The answer to a search. */
export interface SearchResult {
  /** False when the query holds nothing to search (empty, or stopwords only): show the list unsearched. */
  searched: boolean;
  /** Matching rows, best first: pass them to the facet engine's `query(view, rows)`. */
  rows: Uint32Array;
  /** The score of each of `rows`. */
  scores: Float64Array;
  /** What to highlight in each result row's text, for `snippet`: terms, phrases and entity names. */
  terms: ReadonlyMap<number, readonly string[]>;
  folded: AliasFold[];
  ignored: string[];
  /** Query words no post contains; any of them empties an AND search. */
  unknown: string[];
  /** The shard files the search read, relative to the data folder. */
  files: string[];
}

/** Where the shards are and how to get them. */
export interface SearchOptions {
  manifest: SearchManifest;
  /**
   * Loads a search file (a path relative to the data folder) as parsed JSON. The search calls it for
   * each file it needs, each time: cache in the loader (the app's react-query cache does).
   */
  loadFile(file: string): Promise<unknown>;
  /**
   * Catalog names to fold; without them, names are searched as words only. Given as a promise, the
   * files of the query's words load while it settles: a name's words are searched too, so which
   * words are names changes none of the files.
   */
  aliases?: AliasIndex | Promise<AliasIndex>;
}

const QUOTED = /["\u201c\u201d\u201e]([^"\u201c\u201d\u201e]*)["\u201c\u201d\u201e]?/g;

/** Reads a query into parts; names are recognised only with `aliases`. */
export function parseQuery(query: string, aliases?: AliasIndex): ParsedQuery {
  const parts: { at: number; part: QueryPart }[] = [];
  const ignored: string[] = [];
  const seen = new Set<string>();
  const addPart = (at: number, part: QueryPart) => {
    const key = part.kind === 'term' ? `t:${part.term}` : `${part.kind}:${part.text.toLowerCase()}`;
    if (!seen.has(key)) parts.push({ at, part });
    seen.add(key);
  };
  const ignore = (word: string) => {
    ignored.push(word);
  };

  let last = 0;
  for (const match of query.matchAll(QUOTED)) {
    readWords(query.slice(last, match.index), last, aliases, addPart, ignore);
    const inside = match[1] ?? '';
    const tokens = queryTokens(inside);
    const first = tokens[0];
    for (const token of tokenize(inside)) if (!isAsked(token)) ignore(token.word);
    if (tokens.length === 1 && first) addPart(match.index, { kind: 'term', text: inside.trim(), term: first.term });
    else if (first) {
      const terms = tokens.map((token) => ({ term: token.term, offset: token.position - first.position }));
      addPart(match.index, { kind: 'phrase', text: inside.trim(), terms });
    }
    last = match.index + match[0].length;
  }
  readWords(query.slice(last), last, aliases, addPart, ignore);
  parts.sort((a, b) => a.at - b.at);
  return { parts: parts.map((item) => item.part), ignored };
}

/** Reads unquoted query words: names first, then the remaining words as terms. */
function readWords(
  text: string,
  at: number,
  aliases: AliasIndex | undefined,
  addPart: (at: number, part: QueryPart) => void,
  ignore: (word: string) => void,
): void {
  const words = nameWords(text);
  const named = new Set<number>();
  for (const match of aliases ? findNames(text, words, aliases) : []) {
    const first = words[match.from];
    const lastWord = words[match.to - 1];
    if (!first || !lastWord) continue;
    const name = text.slice(first.start, lastWord.end);
    for (let i = match.from; i < match.to; i++) named.add(words[i]?.position ?? -1);
    addPart(at + first.start, { kind: 'name', text: name, terms: queryTokens(name).map((token) => token.term), names: match.names });
  }
  for (const token of tokenize(text)) {
    if (named.has(token.position)) continue;
    if (!isAsked(token)) ignore(token.word);
    else if (token.kind !== 'part') addPart(at + token.start, { kind: 'term', text: text.slice(token.start, token.end), term: token.term });
  }
}

/** Searches the index; see the module comment for how a query is read. */
export async function searchPosts(query: string, options: SearchOptions): Promise<SearchResult> {
  if (options.aliases instanceof Promise) {
    // Only started here: the search below asks for the same files again, from the loader's cache.
    loadTerms(parseQuery(query).parts, options).catch(() => undefined);
  }
  const { parts, ignored } = parseQuery(query, await options.aliases);
  if (parts.length === 0) {
    return { searched: false, rows: new Uint32Array(0), scores: new Float64Array(0), terms: new Map(), folded: [], ignored, unknown: [], files: [] };
  }
  const { postingsOf, positionsOf, files } = await loadTerms(parts, options);

  const unknown: string[] = [];
  const partMatches: Matches[] = [];
  const names: NameRows[] = [];
  for (const part of parts) {
    if (part.kind === 'term') {
      const found = postingsOf(part.term);
      if (!found) unknown.push(part.text);
      partMatches.push(found ?? NO_MATCHES);
    } else if (part.kind === 'phrase') {
      if (part.terms.some(({ term }) => !postingsOf(term))) unknown.push(part.text);
      partMatches.push(matchPhrase(part.terms, postingsOf, positionsOf));
    } else {
      const literal = intersectAll(part.terms.map((term) => postingsOf(term) ?? NO_MATCHES));
      const tagged = unionRows(part.names.map(({ entity }) => entity.rows));
      partMatches.push(addTagged(literal, tagged));
      names.push({ part, literal: new Set(literal.rows), tagged: new Set(tagged) });
    }
  }

  const matched = intersectAll(partMatches);
  const order = Array.from(matched.rows.keys()).sort((a, b) => (matched.scores[b] ?? 0) - (matched.scores[a] ?? 0) || a - b);
  const rows = Uint32Array.from(order, (i) => matched.rows[i] ?? 0);
  const scores = Float64Array.from(order, (i) => matched.scores[i] ?? 0);
  const { terms, added } = highlightTerms(parts, names, rows);
  const folded: AliasFold[] = [];
  names.forEach(({ part }, i) => {
    for (const { entity, spelling } of part.names) {
      folded.push({ text: part.text, alias: spelling, kind: entity.kind, id: entity.id, name: entity.name, added: added[i] ?? 0 });
    }
  });
  return { searched: true, rows, scores, terms, folded, ignored, unknown, files };
}

/** A name part, with the rows its words matched and the rows its entities' tags matched. */
interface NameRows {
  part: QueryPart & { kind: 'name' };
  literal: Set<number>;
  tagged: Set<number>;
}

/** Loads the shards of the parts' terms (and positions for phrases), all at once, each file once. */
async function loadTerms(parts: readonly QueryPart[], options: Pick<SearchOptions, 'manifest' | 'loadFile'>) {
  const { manifest } = options;
  const table = readTable(manifest.table, await options.loadFile(manifest.table), manifest);
  const shardFiles = new Map<number, Promise<SearchTerms>>();
  const positionFiles = new Map<number, Promise<SearchTerms>>();
  const load = (file: string) => options.loadFile(file).then((data) => readShard(file, data));
  const need = (term: string, positions: boolean) => {
    const shard = shardOf(term, manifest.shardCount);
    if (!shardFiles.has(shard)) shardFiles.set(shard, load(searchShardFile(table, shard)));
    if (positions && !positionFiles.has(shard)) positionFiles.set(shard, load(searchPositionsFile(table, shard)));
  };
  for (const part of parts) {
    if (part.kind === 'term') need(part.term, false);
    else if (part.kind === 'name') for (const term of part.terms) need(term, false);
    else for (const { term } of part.terms) need(term, true);
  }
  const [shards, positionShards] = await Promise.all([loadAll(shardFiles), loadAll(positionFiles)]);

  const decoded = new Map<string, Postings | null>();
  const postingsOf = (term: string): Postings | null => {
    if (!decoded.has(term)) {
      const shard = shards.get(shardOf(term, manifest.shardCount));
      const entry = shard ? termEntry(shard, term) : null;
      decoded.set(term, entry === null ? null : decodePostings(entry, manifest.postCount));
    }
    return decoded.get(term) ?? null;
  };
  const positionsOf = (term: string): number[][] => {
    const file = positionShards.get(shardOf(term, manifest.shardCount));
    const entry = file ? termEntry(file, term) : null;
    return entry === null ? [] : decodePositions(entry);
  };
  const files = [
    manifest.table,
    ...[...shardFiles.keys()].map((shard) => searchShardFile(table, shard)),
    ...[...positionFiles.keys()].map((shard) => searchPositionsFile(table, shard)),
  ];
  return { postingsOf, positionsOf, files };
}

async function loadAll<T>(files: Map<number, Promise<T>>): Promise<Map<number, T>> {
  const entries = await Promise.all([...files].map(async ([shard, file]) => [shard, await file] as const));
  return new Map(entries);
}

/**
 * What to highlight in each row: the query's terms and phrases, and for each name its words where
 * the row says them, and the entity's names where the row was found by its tag. Also counts, per
 * name, the rows found only by the tag.
 */
function highlightTerms(parts: readonly QueryPart[], names: readonly NameRows[], rows: Uint32Array) {
  const base: string[] = [];
  for (const part of parts) {
    if (part.kind === 'term') base.push(part.term);
    else if (part.kind === 'phrase') base.push(part.text);
  }
  // Rows that matched every name the same way share one list.
  const shared = new Map<string, readonly string[]>();
  const terms = new Map<number, readonly string[]>();
  const added = names.map(() => 0);
  for (const row of rows) {
    let key = '';
    names.forEach(({ literal, tagged }, i) => {
      const byWords = literal.has(row);
      key += byWords ? (tagged.has(row) ? 'b' : 'w') : 't';
      if (!byWords) added[i] = (added[i] ?? 0) + 1;
    });
    let list = shared.get(key);
    if (!list) {
      const extra: string[] = [];
      names.forEach(({ part }, i) => {
        if (key[i] !== 't') extra.push(...part.terms);
        if (key[i] !== 'w') for (const { entity } of part.names) extra.push(...entity.names);
      });
      list = [...new Set([...base, ...extra])];
      shared.set(key, list);
    }
    terms.set(row, list);
  }
  return { terms, added };
}
