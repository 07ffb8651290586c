/**
 * Says how a "Copy citation" went, in a live region: copied, or the citation in a selected text field
 * to copy by hand when the browser refused the clipboard, or why it could not be gathered.
 */
import { useEffect, useRef } from 'react';
import type { CopyStatus as Status } from './use-copy-citation.ts';

/** The status line (a toast at the foot of the window); always rendered, so the live region is there before it speaks. */
export function CopyStatus({ status, onDismiss }: { status: Status | null; onDismiss: () => void }) {
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (status?.state === 'manual') field.current?.select();
  }, [status]);
  return (
    <div className="copy-status" role="status" aria-live="polite" data-open={status !== null}>
      {status?.state === 'copied' ? <p>Citation copied.</p> : null}
      {status?.state === 'manual' ? (
        <>
          <label>
            The browser did not let Sitrep use the clipboard. Copy the citation from here:
            <textarea ref={field} readOnly value={status.text} rows={5} />
          </label>
          <button type="button" onClick={onDismiss}>
            Close
          </button>
        </>
      ) : null}
      {status?.state === 'error' ? (
        <>
          <p>The citation could not be copied: {status.message}</p>
          <button type="button" onClick={onDismiss}>
            Close
          </button>
        </>
      ) : null}
    </div>
  );
}
