/**
 * What the relevance model reads of a post: its words (title and body apart), the security words of
 * every language it knows, whether it names a threat group or malware family of the catalog, a CVE,
 * and its source. `postFeatures` spells every feature out (for training); `wordFeatures` and
 * `otherFeatures` give the same features to the classifier without building a name per word.
 */
import type { TermStats } from '../search/post-terms.ts';
import { FOREIGN_STOPWORDS, SECURITY_WORDS } from './lexicon.ts';

/** Names the catalog gives threat groups and malware, as single folded words (`lazarus`, `emotet`). */
export interface EntityWords {
  actors: ReadonlySet<string>;
  malware: ReadonlySet<string>;
}

/** A post's features: a map from name to value. */
export type Features = Map<string, number>;

const CVE = /^cve-\d{4}-\d{4,}$/;

/** The words a post's word features are made of: those in its title (`t:word`) and in its body (`b:word`). */
export function wordFeatures(stats: TermStats, visit: (term: string, inTitle: boolean, inBody: boolean) => void): void {
  for (const [term, entry] of stats.terms) {
    if (isWordFeature(term)) visit(term, entry.title > 0, entry.body > 0);
  }
}

/** Whether a word can be a word feature: not a function word of another language. */
export function isWordFeature(term: string): boolean {
  return !FOREIGN_STOPWORDS.has(term);
}

// The lists a word is on, as bits, so each of a post's words is looked up once.
const SECURITY = 1;
const ACTOR = 2;
const MALWARE = 4;
const SECURITY_ONLY: ReadonlyMap<string, number> = new Map([...SECURITY_WORDS].map((word) => [word, SECURITY]));
const listsByEntities = new WeakMap<EntityWords, Map<string, number>>();

function wordLists(entityWords: EntityWords | null): ReadonlyMap<string, number> {
  if (!entityWords) return SECURITY_ONLY;
  let lists = listsByEntities.get(entityWords);
  if (!lists) {
    lists = new Map(SECURITY_ONLY);
    for (const word of entityWords.actors) lists.set(word, (lists.get(word) ?? 0) | ACTOR);
    for (const word of entityWords.malware) lists.set(word, (lists.get(word) ?? 0) | MALWARE);
    listsByEntities.set(entityWords, lists);
  }
  return lists;
}

/** The features that are not single words, by name, with their values. */
export function otherFeatures(stats: TermStats, entityWords: EntityWords | null, source: string | null): [string, number][] {
  const lists = wordLists(entityWords);
  let securityTitle = 0;
  let securityBody = 0;
  let actors = 0;
  let malware = 0;
  let cve = 0;
  for (const [term, entry] of stats.terms) {
    const on = lists.get(term);
    if (on !== undefined) {
      if (on & SECURITY) {
        securityTitle += entry.title;
        securityBody += entry.body;
      }
      if (on & ACTOR) actors++;
      if (on & MALWARE) malware++;
    }
    if (term.charCodeAt(0) === 99 && CVE.test(term)) cve++; // c
  }
  const features: [string, number][] = [];
  // Counts grow slowly: the tenth mention of "hack" says less than the first.
  if (securityTitle) features.push(['security words in the title', Math.log1p(securityTitle)]);
  if (securityBody) features.push(['security words', Math.log1p(securityBody)]);
  if (actors) features.push(['a threat group', 1]);
  if (malware) features.push(['a malware family', 1]);
  if (cve) features.push(['a CVE', 1]);
  if (stats.bodyLength < 20) features.push(['no body', 1]);
  if (source) features.push([`source:${source}`, 1]);
  return features;
}

/** Every feature of a post by name (`t:word`, `b:word` and the others). */
export function postFeatures(stats: TermStats, entityWords: EntityWords | null, source: string | null): Features {
  const features: Features = new Map();
  wordFeatures(stats, (term, inTitle, inBody) => {
    if (inTitle) features.set(`t:${term}`, 1);
    if (inBody) features.set(`b:${term}`, 1);
  });
  for (const [name, value] of otherFeatures(stats, entityWords, source)) features.set(name, value);
  return features;
}
