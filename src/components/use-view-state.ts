/** The view an address describes (docs/url-format.md), for every page that takes a view query. */
import { useCallback, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useNavigate, useSearchParams } from 'react-router';
import type { Collection } from '../model/collection.ts';
import { parseViewState, type ViewState, viewStateToSearch } from '../model/view/view-state.ts';

/** Reads the view from the URL, with the parameters that were ignored and why. */
export function useViewState(collection: Collection) {
  const [params] = useSearchParams();
  // The query string is the params' identity: a new URLSearchParams object per render is not a new view.
  const key = params.toString();
  return useMemo(() => parseViewState(new URLSearchParams(key), collection.engine.known), [key, collection]);
}

/**
 * The view of a page whose controls change it (the explorer): the URL's, and `go`, which moves to
 * another view. The view asked for is shown at once, in the same frame as the click, while the
 * router updates the address; once it has, the URL's view (the same one) takes over. Back and
 * Forward, or any other change of address, drop what was asked.
 */
export function useViewNavigation(collection: Collection, hrefOf: (state: ViewState) => string) {
  const [params] = useSearchParams();
  const key = params.toString();
  const parsed = useMemo(() => parseViewState(new URLSearchParams(key), collection.engine.known), [key, collection]);
  const [asked, setAsked] = useState<{ from: string; state: ViewState } | null>(null);
  const navigate = useNavigate();
  const current = useRef(key);
  current.current = key;
  const go = useCallback(
    (next: ViewState) => {
      flushSync(() => setAsked({ from: current.current, state: next }));
      void navigate(hrefOf(next));
    },
    [navigate, hrefOf],
  );
  // Once the address has moved on, what was asked is done: Back to that address must not bring it back.
  if (asked && asked.from !== key) setAsked(null);
  const wanted = asked && asked.from === key ? asked.state : parsed.state;
  // The same view keeps the same object, so what is computed from it is not computed again.
  const shown = useRef(wanted);
  if (shown.current !== wanted && viewStateToSearch(shown.current) !== viewStateToSearch(wanted)) shown.current = wanted;
  return { state: shown.current, ignored: parsed.ignored, go };
}
