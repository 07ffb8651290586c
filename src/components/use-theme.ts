/**
 * The colour theme: the choice kept in this browser, applied as `data-theme` on the root element,
 * where src/styles.css picks its colours (no attribute: the system's preference decides). Applied
 * once by src/main.tsx before the first render, so a page never flashes the other theme's colours.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { parseThemeChoice, resolveTheme, THEME_KEY, type Theme, type ThemeChoice } from '../model/settings/theme.ts';

const listeners = new Set<() => void>();
const DARK_QUERY = '(prefers-color-scheme: dark)';
// Where storage is blocked, the choice lasts as long as the page.
let unsaved: ThemeChoice = 'system';

function readChoice(): ThemeChoice {
  try {
    return parseThemeChoice(localStorage.getItem(THEME_KEY));
  } catch {
    return unsaved;
  }
}

function systemPrefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches;
}

/** Sets the root element's theme from a choice. */
function apply(choice: ThemeChoice): void {
  if (choice === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
}

function notify(): void {
  apply(readChoice());
  for (const listener of listeners) listener();
}

/**
 * Applies the stored choice and keeps it applied: when another tab changes it, and when the
 * system's preference changes (for the "system" label). Call once, before the first render.
 */
export function startTheme(): void {
  apply(readChoice());
  window.addEventListener('storage', (event) => {
    if (event.key === THEME_KEY || event.key === null) notify();
  });
  if (typeof matchMedia === 'function') matchMedia(DARK_QUERY).addEventListener('change', notify);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The stored choice, the theme drawn, the system's theme, and a way to change the choice. */
export function useTheme(): { choice: ThemeChoice; theme: Theme; systemTheme: Theme; choose: (choice: ThemeChoice) => void } {
  const choice = useSyncExternalStore(subscribe, readChoice, () => 'system' as const);
  const dark = useSyncExternalStore(subscribe, systemPrefersDark, () => false);
  const choose = useCallback((next: ThemeChoice) => {
    unsaved = next;
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      // Not remembered; applied to this page all the same.
    }
    notify();
  }, []);
  return { choice, theme: resolveTheme(choice, dark), systemTheme: dark ? 'dark' : 'light', choose };
}
