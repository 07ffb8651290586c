/** The theme menu of the header: the system's colours, light or dark, remembered in this browser. */
import { useId } from 'react';
import { THEME_CHOICES, type ThemeChoice } from '../model/settings/theme.ts';
import { useTheme } from './use-theme.ts';

const LABELS: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** A labelled select; "System" says which theme the system gives now. */
export function ThemeSelect() {
  const id = useId();
  const { choice, systemTheme, choose } = useTheme();
  return (
    <span className="theme-select">
      <label htmlFor={id}>Theme</label>
      <select id={id} value={choice} onChange={(event) => choose(THEME_CHOICES.find((value) => value === event.target.value) ?? 'system')}>
        {THEME_CHOICES.map((value) => (
          <option key={value} value={value}>
            {value === 'system' ? `${LABELS.system} (${systemTheme})` : LABELS[value]}
          </option>
        ))}
      </select>
    </span>
  );
}
