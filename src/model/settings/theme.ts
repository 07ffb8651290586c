/**
 * The colour theme the reader chose: light, dark, or the system's (the default). Kept in the
 * browser's storage under `THEME_KEY`; a value this version does not know reads as `system`.
 */

/** The choices, in the order the theme menu lists them. */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;

/** A theme choice. */
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** A theme as drawn: the system choice resolved. */
export type Theme = 'light' | 'dark';

/** The storage key of the choice. */
export const THEME_KEY = 'sitrep.theme';

/** The choice a stored value names; anything else (nothing stored, an old or corrupt value) is `system`. */
export function parseThemeChoice(stored: string | null | undefined): ThemeChoice {
  return THEME_CHOICES.find((choice) => choice === stored) ?? 'system';
}

/** The theme drawn for a choice, given whether the system prefers dark colours. */
export function resolveTheme(choice: ThemeChoice, systemPrefersDark: boolean): Theme {
  if (choice === 'system') return systemPrefersDark ? 'dark' : 'light';
  return choice;
}
