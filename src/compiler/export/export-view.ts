/**
 * The view flags of `npm run export` (`--actor lazarus-group --victim GB --from 2019-01-01`): the
 * explorer's URL keys as command-line options, read by the parser the app reads its URL with
 * (src/model/view/view-state.ts), so a flag means what the same URL parameter means in the app.
 * Where the app drops a value with a notice, the command refuses it, naming the flag, why, and the
 * ids nearest to what was typed.
 */
import { FACETS, type Facet, type KnownValues, normalizeFacetValue, parseViewState, type ViewState } from '../../model/view/view-state.ts';

/** The flags, as `util.parseArgs` gives them: facet values (repeated, or comma-separated), search, dates, all. */
export type ViewFlags = Partial<Record<Facet, string[]>> & { q?: string; from?: string; to?: string; all?: boolean };

/** The `util.parseArgs` options of the view flags. */
export const VIEW_FLAG_OPTIONS = {
  ...(Object.fromEntries(FACETS.map((facet) => [facet, { type: 'string', multiple: true }])) as Record<Facet, { type: 'string'; multiple: true }>),
  q: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  all: { type: 'boolean', default: false },
} as const;

/** The view of the flags, or what is wrong with them. */
export interface FlagView {
  /** Newest first, as exports are: a search narrows the posts and does not reorder them. */
  view: ViewState;
  /** One line per unusable value: `--actor lazarus: no such actor; did you mean lazarus-group (Lazarus Group)?` */
  errors: string[];
}

/**
 * Reads the flags into a view. `known` is the facet engine's (the values the collection holds, as the
 * explorer checks its URL against); `names` gives each value's display name, for suggestions.
 */
export function viewFromFlags(flags: ViewFlags, known: KnownValues, names: Readonly<Record<Facet, ReadonlyMap<string, string>>>): FlagView {
  const params = new URLSearchParams();
  for (const facet of FACETS) {
    for (const given of flags[facet] ?? []) {
      // `--victim GB,PL` is `--victim GB --victim PL`: no id holds a comma.
      for (const value of given.split(',')) if (value.trim()) params.append(facet, value.trim());
    }
  }
  if (flags.q !== undefined) params.append('q', flags.q);
  if (flags.from !== undefined) params.append('from', flags.from);
  if (flags.to !== undefined) params.append('to', flags.to);
  if (flags.all) params.append('all', '1');

  const { state, ignored } = parseViewState(params, known);
  const errors = ignored.map(({ key, value, reason }) => {
    const near = (FACETS as readonly string[]).includes(key) ? nearest(key as Facet, value.replace(/^-/, ''), names[key as Facet]) : [];
    const hint = near.length > 0 ? `; did you mean ${near.map((id) => `${id} (${names[key as Facet].get(id) ?? id})`).join(', ')}?` : '';
    return `--${key} ${value}: ${reason}${hint}`;
  });
  return { view: { ...state, sort: 'date' }, errors };
}

// ISO 3166-1 codes reserved for the United Kingdom and Greece, which people type for GB and GR.
const RESERVED_COUNTRY_CODES: Readonly<Record<string, string>> = { uk: 'GB', el: 'GR' };

/** Up to three known ids closest to what was typed: by id or name, then by edit distance. */
export function nearest(facet: Facet, typed: string, names: ReadonlyMap<string, string>): string[] {
  const wanted = slug(typed);
  if (!wanted) return [];
  const reserved = facet === 'victim' || facet === 'origin' ? RESERVED_COUNTRY_CODES[wanted] : undefined;
  if (reserved && names.has(reserved)) return [reserved];
  const scored: { id: string; score: number }[] = [];
  for (const [id, name] of names) {
    const key = slug(id);
    const named = slug(name);
    let score: number;
    if (wanted === key || wanted === named) score = 0;
    else if (key.startsWith(wanted) || named.startsWith(wanted) || (wanted.length > 2 && (key.includes(wanted) || named.includes(wanted)))) score = 1;
    else {
      const distance = Math.min(editDistance(wanted, key), editDistance(wanted, named));
      // Close enough to be a slip: a letter or two, more in a long name.
      if (distance > Math.max(1, Math.floor(wanted.length / 4))) continue;
      score = 1 + distance;
    }
    scored.push({ id: normalizeFacetValue(facet, id) ?? id, score });
  }
  scored.sort((a, b) => a.score - b.score || (a.id < b.id ? -1 : 1));
  return scored.slice(0, 3).map(({ id }) => id);
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Levenshtein distance, for short ids and names. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
