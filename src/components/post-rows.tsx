/**
 * The result list: title, day, source and the main entities of each post; with a search, a snippet
 * with the matched words marked. `j`/`k` move through the list, Enter opens the focused post.
 */
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { Collection } from '../model/collection.ts';
import { paths } from '../model/view/paths.ts';
import { formatDay } from '../model/post-date.ts';
import type { ViewState } from '../model/view/view-state.ts';
import { useListRows } from './use-list-rows.ts';
import type { ListRow } from '../model/format/data-format.ts';

interface PostRowsProps {
  collection: Collection;
  rows: ArrayLike<number>;
  /** The first row's position in the whole result (for the list's numbering). */
  offset: number;
  state: ViewState;
  /** Renders a row's search snippet, when there is a search. */
  snippet?: (row: number, listRow: ListRow) => React.ReactNode;
}

/** The posts of one page of results. */
export function PostRows({ collection, rows, offset, state, snippet }: PostRowsProps) {
  const list = useRef<HTMLOListElement>(null);
  useListKeys(list);
  const { posts } = collection;
  const items = Array.from(rows);
  const listRow = useListRows(collection, rows);
  return (
    <ol className="posts" start={offset + 1} ref={list}>
      {items.map((row) => {
        const fields = listRow(row);
        const source = posts.source[row];
        const actors = (posts.actors[row] ?? []).slice(0, 3).map((id) => collection.nameOf('actor', id));
        const victims = (posts.victims[row] ?? []).slice(0, 4).map((code) => collection.nameOf('victim', code));
        return (
          <li key={row} aria-busy={fields ? undefined : true}>
            {fields ? (
              <Link to={paths.post.getHref(fields[0], state)} className="post-title">
                {fields[1]}
              </Link>
            ) : (
              // The title arrives with its list page, a moment after the row's facts.
              <span className="post-title placeholder">Loading…</span>
            )}
            <span className="post-meta">
              <time dateTime={fields?.[2] ?? posts.day[row]}>{formatDay(posts.day[row] ?? '')}</time>
              {source ? <span className="source-name">{collection.nameOf('source', source)}</span> : null}
              {actors.length ? <span className="row-actors">{actors.join(', ')}</span> : null}
              {victims.length ? <span className="row-victims">victims: {victims.join(', ')}</span> : null}
              {posts.isSecurity[row] ? null : <span className="row-off-topic">off-topic</span>}
            </span>
            {snippet && fields ? snippet(row, fields) : null}
          </li>
        );
      })}
    </ol>
  );
}

/** `j` and `k` move focus between the list's post links when no text field has the focus. */
function useListKeys(list: React.RefObject<HTMLOListElement | null>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'j' && event.key !== 'k') return;
      if (event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return;
      const links = [...(list.current?.querySelectorAll<HTMLAnchorElement>('a.post-title') ?? [])];
      if (links.length === 0) return;
      const current = links.indexOf(document.activeElement as HTMLAnchorElement);
      const next = event.key === 'j' ? Math.min(current + 1, links.length - 1) : Math.max(current - 1, 0);
      links[current === -1 ? 0 : next]?.focus();
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [list]);
}

/** Whether a key press goes to a text field rather than to the page. */
export function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(?:INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}
