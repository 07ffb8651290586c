/**
 * "Save view" in the header of the explorer and the charts: names the view on screen and keeps it
 * in this browser's saved views, with what it shows now, so the list can later count new posts.
 */
import { useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { collectionQuery } from '../data/data-client.ts';
import { paths } from '../model/view/paths.ts';
import type { Collection } from '../model/collection.ts';
import { addSavedView, findSavedView, savedQueryOf, type SavedViewPage, suggestViewName } from '../model/view/saved-views.ts';
import type { SeenPosts } from '../model/view/seen-posts.ts';
import type { ViewState } from '../model/view/view-state.ts';
import { useSavedViews } from './use-saved-views.ts';
import { useViewState } from './use-view-state.ts';
import { seenNow, usePostKeys, useViewRows } from './use-view-rows.ts';

/** The saved-view page of a path: the explorer and the charts take a view; other pages do not. */
function pageOf(pathname: string): SavedViewPage | null {
  if (pathname === paths.explorer.pattern) return 'explorer';
  if (pathname === paths.charts.pattern) return 'charts';
  return null;
}

/** The button, and the naming form it opens; nothing on pages without a view. */
export function SaveView() {
  const page = pageOf(useLocation().pathname);
  return page ? <SaveViewOf page={page} /> : null;
}

function SaveViewOf({ page }: { page: SavedViewPage }) {
  const { data: collection } = useSuspenseQuery(collectionQuery());
  const { state } = useViewState(collection);
  const { views, update } = useSavedViews();
  const existing = findSavedView(views, page, state);
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  // A new view on screen: the last "saved" note no longer speaks of it.
  const query = `${page}:${savedQueryOf(state)}`;
  useEffect(() => setDone(null), [query]);
  useEffect(() => {
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open]);

  return (
    <div className="save-view">
      <button ref={button} type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {existing ? '★ Saved view' : '☆ Save view'}
      </button>
      {open ? (
        <SaveViewForm
          key={query}
          suggestion={existing?.name ?? suggestViewName(state, collection.nameOf)}
          existing={existing?.name}
          onCancel={() => setOpen(false)}
          collection={collection}
          state={state}
          onSave={(name, seen) => {
            let savedName = name;
            const problem = update((list) => {
              const result = addSavedView(list, { name, page, state, now: new Date().toISOString(), seen });
              savedName = result.view.name;
              return result.views;
            });
            setDone(problem ?? `Saved as “${savedName}”.`);
            setOpen(false);
          }}
        />
      ) : null}
      <p className="save-view-status" role="status">
        {done ? (
          <>
            {done} <Link to={paths.saved.getHref()}>See saved views</Link>
          </>
        ) : null}
      </p>
    </div>
  );
}

interface SaveViewFormProps {
  suggestion: string;
  /** The name the view is saved under already, if it is. */
  existing: string | undefined;
  collection: Collection;
  state: ViewState;
  onSave: (name: string, seen: SeenPosts | null) => void;
  onCancel: () => void;
}

function SaveViewForm({ suggestion, existing, collection, state, onSave, onCancel }: SaveViewFormProps) {
  const id = useId();
  const [name, setName] = useState(suggestion);
  const rows = useViewRows(collection, state);
  const keys = usePostKeys(collection);
  const ready = rows !== null && keys !== undefined;
  return (
    <form
      className="save-view-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        if (ready && name.trim()) onSave(name, seenNow(collection, rows, keys));
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h2 id={`${id}-title`} className="save-view-title">
        Save this view
      </h2>
      {existing ? <p className="save-view-note">Saved as “{existing}”; saving again renames it.</p> : null}
      <label htmlFor={`${id}-name`}>Name</label>
      <input id={`${id}-name`} type="text" value={name} maxLength={120} required autoFocus onChange={(event) => setName(event.target.value)} />
      <button type="submit" disabled={!ready}>
        Save
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
