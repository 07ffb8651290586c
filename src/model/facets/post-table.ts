/**
 * The facets file decoded for the app: every post's day and facet values, by row (posts newest
 * first). What a row's list fields are (slug, title) comes with the list pages, fetched per screen.
 * Pure: built from the data the compiler wrote, shared by every route.
 */
import type { DataFacet, FacetsFile } from '../format/data-format.ts';
import { decodeDays, decodeRows } from '../format/number-codec.ts';

/** The posts of the facets file, by column; `i` is a post's row everywhere. */
export interface PostTable {
  size: number;
  /** The author's calendar day of each post, `YYYY-MM-DD`. */
  day: string[];
  /** The same days as day numbers (days since 1970-01-01). */
  dayNumber: Int32Array;
  /** Source id per post, or `null`. */
  source: (string | null)[];
  /** Threat actor ids per post (catalog slugs such as `lazarus-group`), umbrella groups included. */
  actors: readonly string[][];
  /** Victim countries per post, ISO 3166-1 alpha-2 in upper case. */
  victims: readonly string[][];
  /** Countries the attackers come from or act for, per post, ISO 3166-1 alpha-2 in upper case. */
  origins: readonly string[][];
  /** Region slugs per post (`europe`, `middle-east`). */
  regions: readonly string[][];
  /** Platform ids per post (`windows`, `telegram`). */
  platforms: readonly string[][];
  /** Malware ids per post (`applejeus`). */
  malware: readonly string[][];
  /** ISO 639-1 code of each post's language, or `und`. */
  language: string[];
  /** The rows that are security news, ascending. */
  security: Uint32Array;
  /** 1 for a row that is security news, 0 for an off-topic one. */
  isSecurity: Uint8Array;
  /** Display names of every facet value the file lists, sources included. */
  names: Record<DataFacet, ReadonlyMap<string, string>>;
}

const NONE: string[] = [];

/** Decodes the facets file. */
export function createPostTable(file: FacetsFile): PostTable {
  const size = file.postCount;
  const dayNumber = decodeDays(file.days, 'the facets file');
  const dayText = new Map<number, string>();
  const day = Array.from(dayNumber, (number) => {
    let text = dayText.get(number);
    if (text === undefined) dayText.set(number, (text = new Date(number * 86_400_000).toISOString().slice(0, 10)));
    return text;
  });
  const names = {} as Record<DataFacet, Map<string, string>>;
  const column = (facet: DataFacet): string[][] => {
    const out: string[][] = new Array<string[]>(size).fill(NONE);
    const facetNames = new Map<string, string>();
    names[facet] = facetNames;
    for (const [id, name, rows] of file.facets[facet] ?? []) {
      facetNames.set(id, name);
      for (const row of decodeRows(rows, 'the facets file')) {
        if (row >= size) continue;
        const list = out[row];
        if (list === NONE || list === undefined) out[row] = [id];
        else list.push(id);
      }
    }
    return out;
  };
  const sources = column('source');
  const languages = column('language');
  const security = decodeRows(file.security, 'the facets file');
  const isSecurity = new Uint8Array(size);
  for (const row of security) if (row < size) isSecurity[row] = 1;
  return {
    size,
    day,
    dayNumber,
    source: sources.map((ids) => ids[0] ?? null),
    actors: column('actor'),
    victims: column('victim'),
    origins: column('origin'),
    regions: column('region'),
    platforms: column('platform'),
    malware: column('malware'),
    language: languages.map((codes) => codes[0] ?? 'und'),
    security,
    isSecurity,
    names,
  };
}
