/**
 * Everything the compiler finds in one post: threat actors, malware, platforms, countries by role,
 * regions and money figures. Built once per catalog, then run on every post.
 */
import type { Figure } from '../../model/format/data-format.ts';
import type { Catalog } from '../catalog/load-catalog.ts';
import { createEntityFinder } from './entities.ts';
import { extractFigures } from './money.ts';
import { createPlaceFinder } from './places.ts';
import { postSentences } from './plain-text.ts';

/** A post's entities, as catalog ids, ISO2 codes and region ids, in a stable order. */
export interface PostEntities {
  actors: string[];
  malware: string[];
  platforms: string[];
  victims: string[];
  origins: string[];
  /** Regions the text names as victim areas. */
  namedRegions: string[];
  /** Named regions plus the regions of the victim countries. */
  regions: string[];
  figures: Figure[];
}

/** What the extractor reads of a post. */
export interface ExtractionInput {
  title: string;
  /** The body as plain paragraphs (`htmlToParagraphs` of the sanitized HTML; the source line is already gone). */
  paragraphs: readonly string[];
  /** The post's calendar day, `YYYY-MM-DD`, for the year of currency rates. */
  day: string;
  /**
   * The post's language (ISO 639-1, `und` when it cannot be told): the Spanish, Portuguese, French and
   * German cues are read in posts that are not in English. Unknown when left out.
   */
  language?: string;
}

/** An extractor for one catalog. */
export type Extractor = (post: ExtractionInput) => PostEntities;

/** An empty result, for posts compiled without a catalog. */
export const NO_ENTITIES: PostEntities = {
  actors: [],
  malware: [],
  platforms: [],
  victims: [],
  origins: [],
  namedRegions: [],
  regions: [],
  figures: [],
};

/** Builds the extractor: the name matchers are compiled here, once. */
export function createExtractor(catalog: Catalog): Extractor {
  const findEntities = createEntityFinder(catalog);
  const findPlaces = createPlaceFinder(catalog);
  return (post) => {
    const sentences = postSentences(post.title, post.paragraphs);
    const entities = findEntities(sentences);
    const { mentions: _mentions, ...places } = findPlaces(sentences, post.language ?? 'und');
    return { ...entities, ...places, figures: extractFigures(sentences, post.day) };
  };
}
