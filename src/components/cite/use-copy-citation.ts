/**
 * Copying a citation: builds its text (src/model/cite/citation.ts), puts it on the clipboard and says
 * how it went. A citation can take a moment to gather (a chart's figure loads its post first).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { citationText, type Citation } from '../../model/cite/citation.ts';
import { appRoot } from '../app-root.ts';
import { copyText } from './copy-text.ts';

/** What the last copy did: copied, to copy by hand (the clipboard refused), or failed to gather. */
export type CopyStatus = { state: 'copied'; text: string } | { state: 'manual'; text: string } | { state: 'error'; message: string };

// Long enough to be read, short enough not to linger over the text.
const SHOWN_MS = 4000;

/** `copy` gathers and copies a citation; `status` says how it went until `dismiss` (or a few seconds after a success). */
export function useCopyCitation() {
  const [status, setStatus] = useState<CopyStatus | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const dismiss = useCallback(() => setStatus(null), []);
  const copy = useCallback(async (gather: () => Citation | Promise<Citation>): Promise<boolean> => {
    clearTimeout(timer.current);
    let text: string;
    try {
      text = citationText(await gather(), appRoot());
    } catch (error) {
      setStatus({ state: 'error', message: error instanceof Error ? error.message : String(error) });
      return false;
    }
    const copied = await copyText(text);
    setStatus({ state: copied ? 'copied' : 'manual', text });
    if (copied) timer.current = setTimeout(() => setStatus(null), SHOWN_MS);
    return copied;
  }, []);
  return { copy, status, dismiss };
}
