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

/** A view a control asked for, shown while the address is on its way to it. */
export interface AskedView {
  state: ViewState;
  /** Its query string (`viewStateToSearch`). */
  to: string;
  /** The views the address may pass through on its way: the one it was asked from, and earlier asks not reached yet. */
  via: string[];
}

/** Whether `asked` is still on its way while the address shows the view `here` (a `viewStateToSearch` string). */
export function isOnItsWay(asked: AskedView, here: string): boolean {
  return asked.to !== here && asked.via.includes(here);
}

/** The view asked after `previous` (if any), while the address shows `here`. */
export function askView(state: ViewState, here: string, previous: AskedView | null): AskedView {
  const via = previous && isOnItsWay(previous, here) ? [...previous.via, previous.to] : [here];
  return { state, to: viewStateToSearch(state), via };
}

/** Runs `task` once the browser has painted its next frame, or after a moment on a hidden page, which paints none. */
function afterNextPaint(task: () => void): void {
  let done = false;
  const run = () => {
    if (!done) task();
    done = true;
  };
  requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, 200);
}

/** Another view, or how to make it from the view shown when the control acts. */
export type ViewEdit = ViewState | ((current: ViewState) => ViewState);

/**
 * The view of a page whose controls change it (the explorer): the URL's, and `go`, which moves to
 * another view. An edit given as a function applies to the view shown when the control acts, so a
 * control need not be drawn again each time the view changes. The view asked for is shown at once,
 * in the same frame as the click; the address follows after that frame is painted (the router's
 * navigation and `history.pushState` would otherwise hold the paint back), and once it has arrived
 * the URL's view (the same one) takes over. Back and Forward, or any other change of address, drop
 * what was asked.
 */
export function useViewNavigation(collection: Collection, hrefOf: (state: ViewState) => string) {
  const [params] = useSearchParams();
  const key = params.toString();
  const parsed = useMemo(() => parseViewState(new URLSearchParams(key), collection.engine.known), [key, collection]);
  const here = useMemo(() => viewStateToSearch(parsed.state), [parsed]);
  const [asked, setAsked] = useState<AskedView | null>(null);
  const navigate = useNavigate();
  const latest = useRef({ here, asked, shown: parsed.state });
  const go = useCallback(
    (edit: ViewEdit) => {
      const next = typeof edit === 'function' ? edit(latest.current.shown) : edit;
      flushSync(() => setAsked(askView(next, latest.current.here, latest.current.asked)));
      afterNextPaint(() => void navigate(hrefOf(next)));
    },
    [navigate, hrefOf],
  );
  // Arrived, or the address went elsewhere (Back must not bring an old ask back).
  if (asked && !isOnItsWay(asked, here)) setAsked(null);
  const wanted = asked && isOnItsWay(asked, here) ? asked.state : parsed.state;
  // The same view keeps the same object, so what is computed from it is not computed again.
  const shown = useRef(wanted);
  if (shown.current !== wanted && viewStateToSearch(shown.current) !== viewStateToSearch(wanted)) shown.current = wanted;
  latest.current = { here, asked, shown: shown.current };
  return { state: shown.current, ignored: parsed.ignored, go };
}
