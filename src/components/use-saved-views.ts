/**
 * The saved views of this browser (src/model/view/saved-views.ts), read from `localStorage` and
 * shared by every component that shows them; a change in another tab shows here too.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { readSavedViews, SAVED_VIEWS_KEY, type SavedView, writeSavedViews } from '../model/view/saved-views.ts';

/** Where an unreadable list is copied before the first change replaces it. */
const UNREADABLE_KEY = `${SAVED_VIEWS_KEY}.unreadable`;

const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function onStorage(event: StorageEvent): void {
  if (event.key === SAVED_VIEWS_KEY || event.key === null) notify();
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

function readText(): string | null {
  try {
    return localStorage.getItem(SAVED_VIEWS_KEY);
  } catch {
    return null; // storage blocked: no saved views
  }
}

/** Changes the stored list; returns why it could not, or `null`. */
export type UpdateSavedViews = (change: (views: SavedView[]) => SavedView[]) => string | null;

/** The saved views, what could not be read of them, and `update`. */
export function useSavedViews(): { views: SavedView[]; problem: string | null; update: UpdateSavedViews } {
  const text = useSyncExternalStore(subscribe, readText, () => null);
  const read = useMemo(() => readSavedViews(text), [text]);
  const update = useCallback<UpdateSavedViews>((change) => {
    const stored = readText();
    const current = readSavedViews(stored);
    try {
      // What could not be read is not thrown away: the first change keeps a copy of it aside.
      if (current.problem && stored !== null && localStorage.getItem(UNREADABLE_KEY) === null) localStorage.setItem(UNREADABLE_KEY, stored);
      localStorage.setItem(SAVED_VIEWS_KEY, writeSavedViews(change(current.views)));
    } catch {
      return 'This browser did not keep the change: its storage is full or turned off.';
    }
    notify();
    return null;
  }, []);
  return { views: read.views, problem: read.problem, update };
}
