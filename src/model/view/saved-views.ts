/**
 * Saved views (docs/saved-views.md): named explorer or chart views kept in the browser's storage,
 * each with what it showed when last opened, so the list can say how many posts are new since.
 * Pure: the storage text in, the storage text out; the app reads and writes `localStorage`.
 *
 * The key carries the format's version. Whatever cannot be read is left out and reported, never
 * thrown: a damaged or hand-edited entry costs that entry, not the list, and not the page.
 */
import { formatDay } from '../post-date.ts';
import { paths } from './paths.ts';
import type { SeenPosts } from './seen-posts.ts';
import { FACETS, parseViewState, type Facet, type KnownValues, type ViewState, viewStateToSearch } from './view-state.ts';
import { setPage } from './view-state-edit.ts';

/** Where the list is stored; a later format gets a new key and reads this one to move it over. */
export const SAVED_VIEWS_KEY = 'sitrep.savedViews.v1';

/** The page a saved view opens: the post list or its charts. */
export type SavedViewPage = 'explorer' | 'charts';

/** Longest name kept, in characters; a longer one is cut. */
export const NAME_LIMIT = 120;

/** Most views kept; saving past it drops the one opened longest ago. */
export const SAVED_VIEWS_LIMIT = 200;

/** A named view. */
export interface SavedView {
  /** Unique in the list, never reused while the view exists. */
  id: string;
  name: string;
  page: SavedViewPage;
  /** The view's canonical query string without the page number: `?actor=apt28`, `''` for every post. */
  query: string;
  /** ISO 8601 instants. */
  savedAt: string;
  openedAt: string;
  /** What it showed when last opened (or saved); `null` when not known. */
  seen: SeenPosts | null;
}

/** The stored list as read, and what could not be read of it. */
export interface SavedViewsRead {
  views: SavedView[];
  /** Why some or all of the stored text was left out; `null` when all of it was read. */
  problem: string | null;
}

type Entry = Record<string, unknown>;

function isEntry(value: unknown): value is Entry {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A name as kept: spaces collapsed, at most `NAME_LIMIT` characters; `null` when nothing is left. */
export function cleanName(name: string): string | null {
  const clean = name.replace(/\s+/g, ' ').trim().slice(0, NAME_LIMIT).trim();
  return clean === '' ? null : clean;
}

/** The canonical query of a view as saved: its own spelling, without the page number. */
export function savedQueryOf(state: ViewState): string {
  return viewStateToSearch(setPage(state, 1));
}

function readSeen(value: unknown): SeenPosts | null {
  if (!isEntry(value) || typeof value.generation !== 'string' || typeof value.keys !== 'string') return null;
  return { generation: value.generation, keys: value.keys };
}

function readView(value: unknown): SavedView | null {
  if (!isEntry(value)) return null;
  const { id, name, page, query, savedAt, openedAt } = value;
  if (typeof id !== 'string' || id === '' || typeof name !== 'string' || typeof query !== 'string') return null;
  if (page !== 'explorer' && page !== 'charts') return null;
  const cleaned = cleanName(name);
  if (!cleaned || (query !== '' && !query.startsWith('?'))) return null;
  // The query is read back through the URL parser, so a hand-edited one still names a valid view.
  const canonical = savedQueryOf(parseViewState(new URLSearchParams(query)).state);
  const saved = typeof savedAt === 'string' ? savedAt : '';
  return { id, name: cleaned, page, query: canonical, savedAt: saved, openedAt: typeof openedAt === 'string' ? openedAt : saved, seen: readSeen(value.seen) };
}

/** Reads the stored text (`null` when nothing is stored). Never throws. */
export function readSavedViews(text: string | null): SavedViewsRead {
  if (text === null) return { views: [], problem: null };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { views: [], problem: 'The saved views stored in this browser are damaged and could not be read.' };
  }
  if (!isEntry(data) || !Array.isArray(data.views)) return { views: [], problem: 'The saved views stored in this browser are not in a form this version of Sitrep reads.' };
  const views: SavedView[] = [];
  const ids = new Set<string>();
  let dropped = 0;
  for (const value of data.views as unknown[]) {
    const view = readView(value);
    if (!view || ids.has(view.id) || views.length >= SAVED_VIEWS_LIMIT) {
      dropped++;
      continue;
    }
    ids.add(view.id);
    views.push(view);
  }
  const problem = dropped === 0 ? null : `${dropped} saved ${dropped === 1 ? 'view' : 'views'} could not be read and ${dropped === 1 ? 'was' : 'were'} left out.`;
  return { views, problem };
}

/** The text to store. */
export function writeSavedViews(views: readonly SavedView[]): string {
  return JSON.stringify({ views });
}

/** The saved view with the same page and view, if any. */
export function findSavedView(views: readonly SavedView[], page: SavedViewPage, state: ViewState): SavedView | undefined {
  const query = savedQueryOf(state);
  return views.find((view) => view.page === page && view.query === query);
}

/** An id no view in the list has. */
function nextId(views: readonly SavedView[]): string {
  let highest = 0;
  for (const view of views) {
    const number = /^\d+$/.test(view.id) ? Number(view.id) : 0;
    if (number > highest) highest = number;
  }
  return String(highest + 1);
}

/** What saving needs: the name, the view, when, and what it shows now. */
export interface NewSavedView {
  name: string;
  page: SavedViewPage;
  state: ViewState;
  now: string;
  seen: SeenPosts | null;
}

/**
 * The list with the view saved first. Saving a view already in the list renames it and counts as
 * opening it. Past `SAVED_VIEWS_LIMIT`, the view opened longest ago makes room.
 */
export function addSavedView(views: readonly SavedView[], added: NewSavedView): { views: SavedView[]; view: SavedView } {
  const name = cleanName(added.name) ?? 'Saved view';
  const existing = findSavedView(views, added.page, added.state);
  if (existing) {
    const view = { ...existing, name, openedAt: added.now, seen: added.seen ?? existing.seen };
    return { views: [view, ...views.filter((other) => other.id !== existing.id)], view };
  }
  const view: SavedView = { id: nextId(views), name, page: added.page, query: savedQueryOf(added.state), savedAt: added.now, openedAt: added.now, seen: added.seen };
  let kept = [...views];
  while (kept.length >= SAVED_VIEWS_LIMIT) {
    const oldest = kept.reduce((a, b) => (b.openedAt < a.openedAt ? b : a));
    kept = kept.filter((other) => other !== oldest);
  }
  return { views: [view, ...kept], view };
}

/** The list with a view renamed; an empty name leaves it as it was. */
export function renameSavedView(views: readonly SavedView[], id: string, name: string): SavedView[] {
  const clean = cleanName(name);
  return views.map((view) => (view.id === id && clean ? { ...view, name: clean } : view));
}

/** The list without a view. */
export function deleteSavedView(views: readonly SavedView[], id: string): SavedView[] {
  return views.filter((view) => view.id !== id);
}

/** The list with a view put back where it was (undoing a delete). */
export function restoreSavedView(views: readonly SavedView[], view: SavedView, index: number): SavedView[] {
  if (views.some((other) => other.id === view.id)) return [...views];
  const next = [...views];
  next.splice(Math.max(0, Math.min(index, next.length)), 0, view);
  return next;
}

/** The list with a view marked as opened now, showing `seen` (kept as it was when `null`). */
export function markSavedViewOpened(views: readonly SavedView[], id: string, now: string, seen: SeenPosts | null): SavedView[] {
  return views.map((view) => (view.id === id ? { ...view, openedAt: now, seen: seen ?? view.seen } : view));
}

/** The view a saved view names, read with the collection's values (`known`) as a URL would be. */
export function savedViewState(view: SavedView, known?: KnownValues): ViewState {
  return parseViewState(new URLSearchParams(view.query), known).state;
}

/** Where a saved view opens. */
export function savedViewHref(view: SavedView): string {
  const state = savedViewState(view);
  return view.page === 'charts' ? paths.charts.getHref(state) : paths.explorer.getHref(state);
}

/**
 * A name to offer for a view: its values, search and dates, "All posts" for none. `nameOf` gives a
 * value's display name.
 */
export function suggestViewName(state: ViewState, nameOf: (facet: Facet, id: string) => string): string {
  const parts: string[] = [];
  for (const facet of FACETS) {
    const { include, exclude } = state.filters[facet];
    if (include.length) parts.push(include.map((id) => nameOf(facet, id)).join(' or '));
    for (const id of exclude) parts.push(`not ${nameOf(facet, id)}`);
  }
  if (state.q) parts.push(`“${state.q}”`);
  if (state.from && state.to) parts.push(`${formatDay(state.from)} to ${formatDay(state.to)}`);
  else if (state.from) parts.push(`since ${formatDay(state.from)}`);
  else if (state.to) parts.push(`until ${formatDay(state.to)}`);
  const name = parts.length ? parts.join(', ') : state.all ? 'All posts' : 'All security news';
  return cleanName(state.all && parts.length ? `${name} (all posts)` : name) ?? 'Saved view';
}
