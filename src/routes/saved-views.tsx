/**
 * `/saved`: the views saved in this browser (docs/saved-views.md), each with how many of its posts
 * are new since it was last opened; open, rename or delete them.
 */
import { type QueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { FACET_LABELS } from '../components/facet-labels.ts';
import { useSavedViews, type UpdateSavedViews } from '../components/use-saved-views.ts';
import { seenNow, usePostKeys, useViewRows } from '../components/use-view-rows.ts';
import { collectionQuery } from '../data/data-client.ts';
import { loadCollection } from '../data/page-data.ts';
import type { Collection } from '../model/collection.ts';
import { formatDay } from '../model/post-date.ts';
import { paths } from '../model/view/paths.ts';
import { deleteSavedView, markSavedViewOpened, renameSavedView, restoreSavedView, type SavedView, savedViewHref, savedViewState } from '../model/view/saved-views.ts';
import { countNewPosts } from '../model/view/seen-posts.ts';
import { FACETS, type ViewState } from '../model/view/view-state.ts';

/** The collection, to count each view's posts. */
export function loader(queryClient: QueryClient) {
  return async () => {
    await loadCollection(queryClient);
    return null;
  };
}

/** The saved views page. */
export function SavedViews() {
  const { data: collection } = useSuspenseQuery(collectionQuery());
  const { views, problem, update } = useSavedViews();
  const keys = usePostKeys(collection, views.length > 0);
  const [message, setMessage] = useState<{ text: string; undo?: () => void } | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (message?.undo) undoButton.current?.focus();
  }, [message]);

  const remove = (view: SavedView) => {
    const index = views.findIndex((other) => other.id === view.id);
    const failed = update((list) => deleteSavedView(list, view.id));
    setMessage(
      failed
        ? { text: failed }
        : {
            text: `Deleted “${view.name}”.`,
            undo: () => {
              setMessage({ text: update((list) => restoreSavedView(list, view, index)) ?? `Restored “${view.name}”.` });
            },
          },
    );
  };

  return (
    <section className="saved-views" aria-labelledby="saved-views-heading">
      <h1 id="saved-views-heading">Saved views</h1>
      <p className="saved-views-intro">
        Views saved in this browser, newest first. Each says how many of its posts are new since you last opened it from here.
      </p>
      {problem ? (
        <p className="notice" role="alert">
          {problem} A copy of what was stored is kept aside in this browser when you next save or change a view.
        </p>
      ) : null}
      <div role="status" className="saved-views-status">
        {message ? (
          <p>
            {message.text}{' '}
            {message.undo ? (
              <button ref={undoButton} type="button" onClick={message.undo}>
                Undo
              </button>
            ) : null}
          </p>
        ) : null}
      </div>
      {views.length === 0 ? (
        <div className="empty">
          <p>No saved views yet.</p>
          <p>
            Filter or search <Link to={paths.home.getHref()}>the posts</Link> or their charts, then choose “Save view” at the top of the page.
          </p>
        </div>
      ) : (
        <ul className="saved-view-list">
          {views.map((view) => (
            <SavedViewItem key={view.id} view={view} collection={collection} keys={keys} update={update} onDelete={() => remove(view)} onProblem={(text) => setMessage({ text })} />
          ))}
        </ul>
      )}
    </section>
  );
}

interface ItemProps {
  view: SavedView;
  collection: Collection;
  keys: Uint32Array | null | undefined;
  update: UpdateSavedViews;
  onDelete: () => void;
  onProblem: (text: string) => void;
}

function SavedViewItem({ view, collection, keys, update, onDelete, onProblem }: ItemProps) {
  const id = useId();
  const state = useMemo(() => savedViewState(view, collection.engine.known), [view, collection]);
  const rows = useViewRows(collection, state);
  const [renaming, setRenaming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const wasRenaming = useRef(false);
  useEffect(() => {
    if (wasRenaming.current && !renaming) renameButton.current?.focus();
    wasRenaming.current = renaming;
  }, [renaming]);

  const fresh = rows && keys !== undefined ? countNewPosts(view.seen, collection.manifest.generatedAt, keys, rows) : undefined;
  const open = () => {
    const failed = update((list) => markSavedViewOpened(list, view.id, new Date().toISOString(), seenNow(collection, rows, keys)));
    if (failed) onProblem(failed);
  };

  return (
    <li className="saved-view" aria-labelledby={`${id}-name`}>
      <div className="saved-view-head">
        {renaming ? (
          <RenameForm
            name={view.name}
            onCancel={() => setRenaming(false)}
            onRename={(name) => {
              const failed = update((list) => renameSavedView(list, view.id, name));
              if (failed) onProblem(failed);
              setRenaming(false);
            }}
          />
        ) : (
          <h2 className="saved-view-name" id={`${id}-name`}>
            <Link to={savedViewHref(view)} onClick={open}>
              {view.name}
            </Link>
          </h2>
        )}
        <NewPosts fresh={fresh} />
      </div>
      <p className="saved-view-meta">
        <span>{view.page === 'charts' ? 'Charts' : 'Post list'}</span>
        <span>{describe(state, collection)}</span>
        <span>{rows ? `${rows.length.toLocaleString('en')} ${rows.length === 1 ? 'post' : 'posts'}` : 'Counting…'}</span>
        {view.openedAt ? <span>last opened {formatInstant(view.openedAt)}</span> : null}
      </p>
      {renaming ? null : (
        <p className="saved-view-actions">
          <button ref={renameButton} type="button" onClick={() => setRenaming(true)} aria-label={`Rename “${view.name}”`}>
            Rename
          </button>
          <button type="button" onClick={onDelete} aria-label={`Delete “${view.name}”`}>
            Delete
          </button>
        </p>
      )}
    </li>
  );
}

/** "3 new posts" as a badge; nothing while counting, a note when it cannot be told. */
function NewPosts({ fresh }: { fresh: number | null | undefined }) {
  if (fresh === undefined) return null;
  if (fresh === null) return <span className="saved-view-new unknown">New posts cannot be counted for this view</span>;
  if (fresh === 0) return <span className="saved-view-new none">No new posts</span>;
  return <span className="saved-view-new">{`${fresh.toLocaleString('en')} new ${fresh === 1 ? 'post' : 'posts'}`}</span>;
}

function RenameForm({ name, onRename, onCancel }: { name: string; onRename: (name: string) => void; onCancel: () => void }) {
  const id = useId();
  const [draft, setDraft] = useState(name);
  return (
    <form
      className="rename-form"
      onSubmit={(event) => {
        event.preventDefault();
        onRename(draft);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <label htmlFor={id}>New name for “{name}”</label>
      <input id={id} type="text" value={draft} maxLength={120} required autoFocus onChange={(event) => setDraft(event.target.value)} />
      <button type="submit">Save name</button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}

/** The filters of a view in words: "Threat actor: Lazarus Group · Search: “telegram”". */
function describe(state: ViewState, collection: Collection): string {
  const parts: string[] = [];
  for (const facet of FACETS) {
    const { include, exclude } = state.filters[facet];
    const values = [...include.map((value) => collection.nameOf(facet, value)), ...exclude.map((value) => `not ${collection.nameOf(facet, value)}`)];
    if (values.length) parts.push(`${FACET_LABELS[facet].label}: ${values.join(', ')}`);
  }
  if (state.q) parts.push(`Search: “${state.q}”`);
  if (state.from || state.to) parts.push(`Dates: ${state.from ? formatDay(state.from) : 'any'} – ${state.to ? formatDay(state.to) : 'today'}`);
  if (state.all) parts.push('Every post, off-topic ones too');
  return parts.length ? parts.join(' · ') : 'Every security news post';
}

function formatInstant(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}
