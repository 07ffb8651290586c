/**
 * The explorer's view state and its one URL spelling (docs/url-format.md): which facet values are
 * included or excluded, the search text, the date range, the sort order and the page.
 * `parseViewState` never throws: what it cannot use it drops and reports, so the page can say so.
 * `viewStateToSearch` writes the canonical query string, and `parseViewState(viewStateToSearch(s))`
 * gives back `canonicalViewState(s)`.
 */
import { parsePostDate } from '../post-date.ts';

/** The facets a view filters on, in their URL order; each is also its URL key. */
export const FACETS = ['actor', 'victim', 'origin', 'region', 'platform', 'malware', 'source', 'language'] as const;

/** A facet: `actor`, `victim`, `origin`, `region`, `platform`, `malware`, `source` or `language`. */
export type Facet = (typeof FACETS)[number];

/** How posts are ordered: newest first, or by search relevance (only with a search). */
export type SortOrder = 'date' | 'relevance';

/** The values of one facet a view includes (any of them) and excludes (none of them). */
export interface FacetSelection {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
}

/** Everything a URL says about an explorer view. Build one with `createViewState` or the edit helpers. */
export interface ViewState {
  readonly filters: Readonly<Record<Facet, FacetSelection>>;
  /** Full-text search, whitespace collapsed; `''` for none. */
  readonly q: string;
  /** First day shown, `YYYY-MM-DD`, inclusive; `null` for no lower bound. */
  readonly from: string | null;
  /** Last day shown, `YYYY-MM-DD`, inclusive; `null` for no upper bound. */
  readonly to: string | null;
  /** `relevance` only with a search; without one the order is always `date`. */
  readonly sort: SortOrder;
  /** Counts from 1. */
  readonly page: number;
  /** Every post, security news or not; by default only security news (URL `all=1`). */
  readonly all: boolean;
}

/** A URL parameter the parser dropped, and why, for a visible notice. */
export interface IgnoredParam {
  key: string;
  value: string;
  reason: string;
}

/**
 * The ids that exist, per facet (a `Set` or `Map` will do); a facet left out accepts any well-formed
 * id. `has` is asked with canonical ids: lower-case slugs, upper-case country codes.
 */
export type KnownValues = Partial<Record<Facet, { has(id: string): boolean }>>;

/** What the parser read and what it dropped. */
export interface ParsedViewState {
  state: ViewState;
  ignored: IgnoredParam[];
}

/** The values of a `ViewState` to build; anything left out is empty or the default. */
export interface ViewStateInit {
  filters?: Partial<Record<Facet, { include?: readonly string[]; exclude?: readonly string[] }>>;
  q?: string;
  from?: string | null;
  to?: string | null;
  /** Defaults to `relevance` with a search, `date` without. */
  sort?: SortOrder;
  page?: number;
  all?: boolean;
}

const EMPTY_SELECTION: FacetSelection = Object.freeze({ include: Object.freeze([]), exclude: Object.freeze([]) });

/** The view with no filter, no search, page 1: the home page. */
export const EMPTY_VIEW_STATE: ViewState = Object.freeze({
  filters: Object.freeze(Object.fromEntries(FACETS.map((facet) => [facet, EMPTY_SELECTION])) as Record<Facet, FacetSelection>),
  q: '',
  from: null,
  to: null,
  sort: 'date',
  page: 1,
  all: false,
});

/**
 * Limits on what one URL can ask for, so a pasted or crafted link cannot make a page do unbounded
 * work or list thousands of notices (docs/url-format.md). Values past a limit are dropped with a notice.
 */
export const URL_LIMITS = {
  /** Values per facet, included and excluded together. */
  facetValues: 50,
  /** Characters of one facet value: catalog ids and source slugs are far shorter. */
  idLength: 200,
  /** Characters of the search, once spaces are collapsed; it is cut at the last whole word. */
  queryLength: 500,
  /** Parameters read from one URL; the rest are dropped with one notice. */
  params: 500,
} as const;

const COUNTRY_FACETS: ReadonlySet<Facet> = new Set(['victim', 'origin']);
// Ids are slugs (src/compiler/slug.ts): words of letters, marks and digits of any script, joined by dashes.
const ID_PATTERN = /^[\p{L}\p{M}\p{N}_]+(?:-[\p{L}\p{M}\p{N}_]+)*$/u;
const COUNTRY_PATTERN = /^[A-Z]{2}$/;
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const NOUNS: Record<Facet, string> = {
  actor: 'actor',
  victim: 'country',
  origin: 'country',
  region: 'region',
  platform: 'platform',
  malware: 'malware family',
  source: 'source',
  language: 'language',
};

/** Whether a string is one of the facet keys. */
export function isFacet(key: string): key is Facet {
  return (FACETS as readonly string[]).includes(key);
}

/** The canonical form of a facet value (ids lower case, country codes upper case), or `null` if malformed. */
export function normalizeFacetValue(facet: Facet, value: string): string | null {
  const trimmed = value.trim();
  if (trimmed.length > URL_LIMITS.idLength) return null;
  if (COUNTRY_FACETS.has(facet)) {
    const code = trimmed.toUpperCase();
    return COUNTRY_PATTERN.test(code) ? code : null;
  }
  const id = trimmed.toLowerCase().normalize('NFC');
  return ID_PATTERN.test(id) ? id : null;
}

// A lone surrogate cannot be written to a URL: URLSearchParams writes U+FFFD for it, so the state
// must hold U+FFFD too, or it would not read back as itself.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function collapseQuery(q: string): string {
  return q.replace(LONE_SURROGATE, '\uFFFD').trim().replace(/\s+/g, ' ');
}

/** Cuts a collapsed search to `URL_LIMITS.queryLength` at the last whole word; `''` if one word is longer. */
function cutQuery(q: string): string {
  if (q.length <= URL_LIMITS.queryLength) return q;
  const space = q.lastIndexOf(' ', URL_LIMITS.queryLength);
  return space > 0 ? q.slice(0, space) : '';
}

/**
 * Search text as the URL keeps it: trimmed, runs of whitespace made one space, lone surrogates
 * replaced, and at most `URL_LIMITS.queryLength` characters of whole words.
 */
export function normalizeQuery(q: string): string {
  return cutQuery(collapseQuery(q));
}

/** Whether `text` is a real calendar day written `YYYY-MM-DD`. */
export function isDay(text: string): boolean {
  return DAY_PATTERN.test(text) && parsePostDate(text) !== null;
}

/** Reads a view from URL parameters; never throws. Unusable parameters are dropped and listed in `ignored`. */
export function parseViewState(params: URLSearchParams, known: KnownValues = {}): ParsedViewState {
  const ignored: IgnoredParam[] = [];
  const chosen = {} as Record<Facet, { include: Set<string>; exclude: Set<string> }>;
  for (const facet of FACETS) chosen[facet] = { include: new Set(), exclude: new Set() };
  const single = new Map<string, string>();
  const ignore = (key: string, value: string, reason: string) => ignored.push({ key, value, reason });
  let read = 0;
  let unread: IgnoredParam | null = null;
  let unreadCount = 0;

  for (const [key, raw] of params) {
    if (read === URL_LIMITS.params) {
      unread ??= { key, value: raw, reason: '' };
      unreadCount++;
      continue;
    }
    read++;
    const value = raw.trim();
    // An empty value carries nothing (forms send `q=`): the same as leaving the key out.
    if (value === '') continue;
    if (isFacet(key)) {
      const lists = chosen[key];
      const excluded = value.startsWith('-');
      const bare = excluded ? value.slice(1) : value;
      const id = normalizeFacetValue(key, bare);
      const [into, other] = excluded ? [lists.exclude, lists.include] : [lists.include, lists.exclude];
      if (bare.trim().length > URL_LIMITS.idLength) ignore(key, raw, `longer than ${URL_LIMITS.idLength} characters, too long for an id`);
      else if (id === null) ignore(key, raw, malformedReason(key));
      else if (known[key] !== undefined && !known[key].has(id)) ignore(key, raw, `no such ${NOUNS[key]}`);
      else if (other.has(id)) ignore(key, raw, `${id} is also ${excluded ? 'included' : 'excluded'}; the first one is kept`);
      else if (!into.has(id) && into.size + other.size >= URL_LIMITS.facetValues) {
        ignore(key, raw, `more than ${URL_LIMITS.facetValues} ${key} values; the first ${URL_LIMITS.facetValues} are kept`);
      } else into.add(id);
      continue;
    }
    const reason = singleValueProblem(key, value);
    if (reason !== null) ignore(key, raw, reason);
    else if (single.has(key)) ignore(key, raw, `${key} is given twice; the first one is kept`);
    else single.set(key, value);
  }

  let from = single.get('from') ?? null;
  let to = single.get('to') ?? null;
  if (from !== null && to !== null && from > to) {
    ignore('from', from, `the range ends before it starts (to=${to}); both dates are ignored`);
    ignore('to', to, `the range ends before it starts (from=${from}); both dates are ignored`);
    from = null;
    to = null;
  }
  const fullQuery = collapseQuery(single.get('q') ?? '');
  const q = cutQuery(fullQuery);
  if (q !== fullQuery) {
    ignore(
      'q',
      fullQuery,
      q === ''
        ? `one word longer than ${URL_LIMITS.queryLength} characters; the search is left out`
        : `longer than ${URL_LIMITS.queryLength} characters; the words after that are left out`,
    );
  }
  const sortText = single.get('sort');
  if (sortText === 'relevance' && q === '') ignore('sort', sortText, 'relevance needs a search (q)');
  const sort: SortOrder = q === '' ? 'date' : sortText === 'date' ? 'date' : 'relevance';
  if (unread) {
    const more = unreadCount === 1 ? 'it is' : `it and the ${unreadCount - 1} after it are`;
    ignore(unread.key, unread.value, `a link reads at most ${URL_LIMITS.params} parameters; ${more} left out`);
  }

  const filters = {} as Record<Facet, FacetSelection>;
  for (const facet of FACETS) {
    filters[facet] = selection([...chosen[facet].include], [...chosen[facet].exclude]);
  }
  return { state: { filters, q, from, to, sort, page: Number(single.get('page') ?? 1), all: single.has('all') }, ignored };
}

const EXAMPLES: Record<Facet, string> = {
  actor: 'lazarus-group',
  victim: 'GB',
  origin: 'KP',
  region: 'europe',
  platform: 'windows',
  malware: 'applejeus',
  source: 'the-record',
  language: 'es',
};

function malformedReason(facet: Facet): string {
  return COUNTRY_FACETS.has(facet)
    ? `not a country code (two letters, such as ${EXAMPLES[facet]})`
    : `not an id (lower-case words joined by dashes, such as ${EXAMPLES[facet]})`;
}

/** Why a non-facet parameter cannot be used, or `null` if it can. */
function singleValueProblem(key: string, value: string): string | null {
  switch (key) {
    case 'q':
      return null;
    case 'from':
    case 'to':
      return isDay(value) ? null : 'not a date (YYYY-MM-DD, such as 2019-01-01)';
    case 'sort':
      return value === 'date' || value === 'relevance' ? null : 'unknown sort order (date or relevance)';
    case 'all':
      return value === '1' ? null : 'all takes 1 (all=1 shows every post, security news or not)';
    case 'page':
      return /^\d+$/.test(value) && Number.isSafeInteger(Number(value)) && Number(value) >= 1
        ? null
        : 'not a page number (1, 2, 3 ...)';
    default:
      return 'unknown parameter';
  }
}

/**
 * A selection with values deduplicated and sorted; a value both included and excluded stays included.
 * At most `URL_LIMITS.facetValues` values, inclusions first, as the URL writes them.
 */
function selection(include: readonly string[], exclude: readonly string[]): FacetSelection {
  if (include.length === 0 && exclude.length === 0) return EMPTY_SELECTION;
  const allIncluded = new Set(include);
  const included = [...allIncluded].sort().slice(0, URL_LIMITS.facetValues);
  const excluded = [...new Set(exclude)]
    .filter((id) => !allIncluded.has(id))
    .sort()
    .slice(0, URL_LIMITS.facetValues - included.length);
  return { include: included, exclude: excluded };
}

/** Builds a canonical view state; malformed values are dropped, reversed dates swapped. */
export function createViewState(init: ViewStateInit = {}): ViewState {
  const filters = {} as Record<Facet, FacetSelection>;
  for (const facet of FACETS) {
    const given = init.filters?.[facet];
    const clean = (values: readonly string[] = []) =>
      values.map((value) => normalizeFacetValue(facet, value)).filter((id): id is string => id !== null);
    filters[facet] = selection(clean(given?.include), clean(given?.exclude));
  }
  const q = normalizeQuery(init.q ?? '');
  let from = dayOrNull(init.from);
  let to = dayOrNull(init.to);
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  const sort: SortOrder = q === '' ? 'date' : (init.sort ?? 'relevance');
  const page = init.page !== undefined && Number.isSafeInteger(init.page) && init.page >= 1 ? init.page : 1;
  return { filters, q, from, to, sort, page, all: init.all === true };
}

function dayOrNull(text: string | null | undefined): string | null {
  return typeof text === 'string' && isDay(text) ? text : null;
}

/** The one spelling of a state: values normalized and sorted, relevance only with a search. */
export function canonicalViewState(state: ViewState): ViewState {
  return createViewState(state);
}

/** The canonical query string of a view, with its `?`; `''` for the empty view. */
export function viewStateToSearch(state: ViewState): string {
  const view = canonicalViewState(state);
  const params = new URLSearchParams();
  for (const facet of FACETS) {
    for (const id of view.filters[facet].include) params.append(facet, id);
    for (const id of view.filters[facet].exclude) params.append(facet, `-${id}`);
  }
  if (view.q !== '') params.append('q', view.q);
  if (view.from !== null) params.append('from', view.from);
  if (view.to !== null) params.append('to', view.to);
  // With a search, relevance is the default order; without one, date is the only order.
  if (view.q !== '' && view.sort === 'date') params.append('sort', 'date');
  if (view.all) params.append('all', '1');
  if (view.page > 1) params.append('page', String(view.page));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** Whether a view filters anything (facets, dates or search). */
export function hasFilters(state: ViewState): boolean {
  return (
    state.q !== '' ||
    state.from !== null ||
    state.to !== null ||
    FACETS.some((facet) => state.filters[facet].include.length > 0 || state.filters[facet].exclude.length > 0)
  );
}

/** The notice line for a dropped parameter: `Ignored victim=ZZ: no such country`. */
export function formatIgnoredParam(param: IgnoredParam): string {
  // A pasted URL can carry a long key or value; the notice only needs enough to recognise it.
  return `Ignored ${shorten(param.key)}=${shorten(param.value)}: ${param.reason}`;
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
