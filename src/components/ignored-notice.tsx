/** Says which URL parameters were dropped and why; the analyst can dismiss it. */
import { useState } from 'react';
import { formatIgnoredParam, type IgnoredParam } from '../model/view/view-state.ts';

// A crafted link can carry hundreds of bad parameters; the first lines say enough.
const SHOWN = 10;

/** A dismissible notice listing ignored parameters; nothing when there are none. */
export function IgnoredNotice({ ignored }: { ignored: IgnoredParam[] }) {
  const lines = ignored.map(formatIgnoredParam);
  const key = lines.join('|');
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (ignored.length === 0 || dismissed === key) return null;
  return (
    <div className="notice" role="status">
      <p>Some of this link could not be used, so it was left out:</p>
      <ul>
        {/* The same parameter can be ignored twice (`utm=x&utm=x`), so lines are keyed by place. */}
        {lines.slice(0, SHOWN).map((line, i) => (
          <li key={i}>{line}</li>
        ))}
        {lines.length > SHOWN && <li>and {lines.length - SHOWN} more</li>}
      </ul>
      <button type="button" onClick={() => setDismissed(key)}>
        Dismiss
      </button>
    </div>
  );
}
