/** The view an address describes (docs/url-format.md), for every page that takes a view query. */
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Collection } from '../model/collection.ts';
import { parseViewState } from '../model/view/view-state.ts';

/** Reads the view from the URL, with the parameters that were ignored and why. */
export function useViewState(collection: Collection) {
  const [params] = useSearchParams();
  // The query string is the params' identity: a new URLSearchParams object per render is not a new view.
  const key = params.toString();
  return useMemo(() => parseViewState(new URLSearchParams(key), collection.engine.known), [key, collection]);
}
