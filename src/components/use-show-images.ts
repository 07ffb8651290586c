/** The reader's "show images" setting, remembered in this browser. Off by default. */
import { useCallback, useSyncExternalStore } from 'react';

const KEY = 'sitrep.showImages';
const listeners = new Set<() => void>();

function read(): boolean {
  try {
    return localStorage.getItem(KEY) === 'true';
  } catch {
    return false; // storage blocked: images stay off
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** `[showImages, setShowImages]`, shared by every reader on the page. */
export function useShowImages(): [boolean, (show: boolean) => void] {
  const show = useSyncExternalStore(subscribe, read, () => false);
  const set = useCallback((value: boolean) => {
    try {
      localStorage.setItem(KEY, String(value));
    } catch {
      // Not remembered, but still applied below for this page.
    }
    for (const listener of listeners) listener();
  }, []);
  return [show, set];
}
