/**
 * Finds catalog names in text, tolerant of case and punctuation ("APT 38" = "APT38" = "apt-38",
 * "Hidden Cobra" = "HIDDEN COBRA") but only on word boundaries: "Turla" never matches inside another
 * word. Names marked `exact` match only as written, so "US" is not "us" and "Windows" not "windows".
 */
import type { CatalogName } from '../catalog/countries.ts';

/** One name found in a text. Offsets are UTF-16 indices into the text. */
export interface NameMatch<T> {
  value: T;
  /** The catalog name that matched. */
  name: CatalogName;
  start: number;
  end: number;
  /** The text as written. */
  surface: string;
}

/** A word of a text, as the matcher reads it. */
export interface Token {
  /** Lowercased. */
  key: string;
  /** As written. */
  raw: string;
  start: number;
  end: number;
}

interface Candidate<T> {
  keys: string[];
  /** The name's tokens as written, for exact names. */
  raws: string[];
  name: CatalogName;
  value: T;
  /**
   * A word shortened with a dot needs it: "Calif." and "Mass." are abbreviations, "Calif" and "Mass"
   * are not. Initials need not: "U.S" is still the US.
   */
  needsDot: boolean;
}

// Words are letters or digits; "APT38" splits into "APT" and "38" so that it meets "APT 38".
const TOKEN = /\p{L}+|\p{N}+/gu;
// What may stand between two words of one name: a space, or the dot, dash or apostrophe of "U.S.",
// "APT-C-26"; nothing, where a name's letters meet its digits ("APT38"). A comma or slash separates names.
const JOINABLE = /^(?:[ \t\u00a0]{1,2}|[.\-_’'][ \t\u00a0]?|)$/;

/** The words of a text: runs of letters or of digits, with their offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    tokens.push({ key: match[0].toLowerCase(), raw: match[0], start, end: start + match[0].length });
  }
  return tokens;
}

/** A matcher over a set of named values, built once and used for every post. */
export class NameMatcher<T> {
  /**
   * Candidates by their first word, and those of two words or more by their second word too: "the",
   * "south" and "new" begin dozens of names, and most of them are ruled out by the next word alone.
   */
  private readonly byFirstToken = new Map<string, { longer: Map<string, Candidate<T>[]>; single: Candidate<T>[] }>();

  constructor(entries: Iterable<{ value: T; names: readonly CatalogName[] }>) {
    for (const { value, names } of entries) {
      for (const name of names) {
        const tokens = tokenize(name.name);
        const first = tokens[0];
        if (!first) continue;
        const candidate: Candidate<T> = { keys: tokens.map((t) => t.key), raws: tokens.map((t) => t.raw), name, value, needsDot: name.name.endsWith('.') && (tokens.at(-1)?.raw.length ?? 0) > 1 };
        let entry = this.byFirstToken.get(first.key);
        if (!entry) {
          entry = { longer: new Map(), single: [] };
          this.byFirstToken.set(first.key, entry);
        }
        const second = tokens[1];
        if (!second) entry.single.push(candidate);
        else {
          const list = entry.longer.get(second.key);
          if (list) list.push(candidate);
          else entry.longer.set(second.key, [candidate]);
        }
      }
    }
    // Longest names first, so "Papua New Guinea" wins over "Papua" and "Northern Ireland" over "Northern";
    // names of one word come after all longer ones.
    for (const entry of this.byFirstToken.values()) for (const list of entry.longer.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  }

  /**
   * Every name in the text, leftmost-longest, without overlaps. Pass `tokens` (from `tokenize(text)`)
   * when several matchers read the same text, so it is split into words once.
   */
  find(text: string, tokens: Token[] = tokenize(text)): NameMatch<T>[] {
    const matches: NameMatch<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (!token) continue;
      // A name starts on a word boundary: not at the "38" of "APT38".
      const previous = tokens[i - 1];
      if (previous && previous.end === token.start) continue;
      const entry = this.byFirstToken.get(token.key);
      if (!entry) continue;
      const next = tokens[i + 1];
      const longer = next ? entry.longer.get(next.key) : undefined;
      const found =
        longer?.find((candidate) => this.matchesAt(text, tokens, i, candidate)) ?? entry.single.find((candidate) => this.matchesAt(text, tokens, i, candidate));
      if (!found) continue;
      const last = tokens[i + found.keys.length - 1];
      if (!last) continue;
      // "U.S." keeps its last dot, so the words after it are read from after the name.
      const end = found.name.name.endsWith('.') && text[last.end] === '.' ? last.end + 1 : last.end;
      matches.push({ value: found.value, name: found.name, start: token.start, end, surface: text.slice(token.start, end) });
      i += found.keys.length - 1;
    }
    return matches;
  }

  private matchesAt(text: string, tokens: Token[], at: number, candidate: Candidate<T>): boolean {
    const count = candidate.keys.length;
    for (let k = 0; k < count; k++) {
      const token = tokens[at + k];
      if (!token || token.key !== candidate.keys[k]) return false;
      if (candidate.name.exact && token.raw !== candidate.raws[k]) return false;
      if (k > 0) {
        const previous = tokens[at + k - 1];
        if (!previous || !JOINABLE.test(text.slice(previous.end, token.start))) return false;
      }
    }
    // The name must end on a word boundary: "APT3" is not the start of "APT38".
    const last = tokens[at + count - 1];
    const next = tokens[at + count];
    if (candidate.needsDot && last && text[last.end] !== '.') return false;
    return !(last && next && next.start === last.end);
  }
}
