/** Says which URL parameters were dropped and why; the analyst can dismiss it. */
import { useState } from 'react';
import { formatIgnoredParam, type IgnoredParam } from '../model/view/view-state.ts';

/** A dismissible notice listing ignored parameters; nothing when there are none. */
export function IgnoredNotice({ ignored }: { ignored: IgnoredParam[] }) {
  const key = ignored.map(formatIgnoredParam).join('|');
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (ignored.length === 0 || dismissed === key) return null;
  return (
    <div className="notice" role="status">
      <p>Some of this link could not be used, so it was left out:</p>
      <ul>
        {ignored.map((param) => (
          <li key={`${param.key}=${param.value}`}>{formatIgnoredParam(param)}</li>
        ))}
      </ul>
      <button type="button" onClick={() => setDismissed(key)}>
        Dismiss
      </button>
    </div>
  );
}
