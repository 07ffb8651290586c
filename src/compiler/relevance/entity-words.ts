/** The catalog's threat group and malware names that are one word, folded as the index folds them. */
import type { Catalog } from '../catalog/load-catalog.ts';
import { queryTokens } from '../../model/search/tokens.ts';
import type { EntityWords } from './features.ts';

function singleWords(entries: readonly { names: readonly { name: string; ambiguous: boolean }[] }[]): Set<string> {
  const words = new Set<string>();
  for (const entry of entries) {
    for (const { name, ambiguous } of entry.names) {
      // An ordinary word ("Lazarus", "Turla" are not; "Play", "Royal" are) says nothing alone.
      if (ambiguous) continue;
      const tokens = queryTokens(name);
      const only = tokens[0];
      if (tokens.length === 1 && only && only.term.length >= 4) words.add(only.term);
    }
  }
  return words;
}

/** The one-word names of the catalog's actors and malware. */
export function entityWordsOf(catalog: Catalog): EntityWords {
  return { actors: singleWords(catalog.actors), malware: singleWords(catalog.malware) };
}
