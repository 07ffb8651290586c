/**
 * What the relevance model reads of a post: its words (title and body apart), the security words of
 * every language it knows, whether it names a threat group or malware family of the catalog, a CVE,
 * and its source. Features are sparse: a map from name to value.
 */
import type { TermStats } from '../search/post-terms.ts';
import { FOREIGN_STOPWORDS, SECURITY_WORDS } from './lexicon.ts';

/** Names the catalog gives threat groups and malware, as single folded words (`lazarus`, `emotet`). */
export interface EntityWords {
  actors: ReadonlySet<string>;
  malware: ReadonlySet<string>;
}

/** A post's features. */
export type Features = Map<string, number>;

const CVE = /^cve-\d{4}-\d{4,}$/;

/** The features of a post from its counted words. */
export function postFeatures(stats: TermStats, entityWords: EntityWords | null, source: string | null): Features {
  const features: Features = new Map();
  let securityTitle = 0;
  let securityBody = 0;
  let actors = 0;
  let malware = 0;
  let cve = 0;
  for (const [term, entry] of stats.terms) {
    if (!FOREIGN_STOPWORDS.has(term)) {
      if (entry.title > 0) features.set(`t:${term}`, 1);
      if (entry.body > 0) features.set(`b:${term}`, 1);
    }
    if (SECURITY_WORDS.has(term)) {
      securityTitle += entry.title;
      securityBody += entry.body;
    }
    if (entityWords?.actors.has(term)) actors++;
    if (entityWords?.malware.has(term)) malware++;
    if (CVE.test(term)) cve++;
  }
  // Counts grow slowly: the tenth mention of "hack" says less than the first.
  if (securityTitle) features.set('security words in the title', Math.log1p(securityTitle));
  if (securityBody) features.set('security words', Math.log1p(securityBody));
  if (actors) features.set('a threat group', 1);
  if (malware) features.set('a malware family', 1);
  if (cve) features.set('a CVE', 1);
  if (stats.bodyLength < 20) features.set('no body', 1);
  if (source) features.set(`source:${source}`, 1);
  return features;
}
