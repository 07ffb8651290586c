/**
 * Gathers what the export records of a view need (docs/export-formats.md): each row's slug from its
 * list page, then each post's data file for its entities, figures, source and link. Only an export
 * loads this; bodies are fetched a few at a time, read and let go, so the cache does not grow with the
 * export, and a post already opened is not fetched again.
 */
import type { QueryClient } from '@tanstack/react-query';
import { recordPostOf, type RecordPost } from '../model/export/record.ts';
import type { ListRow, Manifest, PostBody } from '../model/format/data-format.ts';
import { fetchPostBody, listPageQuery, postBodyQuery } from './data-client.ts';

/** Options of `loadRecordPosts`. */
export interface LoadOptions {
  signal: AbortSignal;
  /** Posts loaded so far, of `total`; called at each whole percent, and at the end. */
  onProgress?: (done: number, total: number) => void;
}

// As many requests at once as a browser opens to one HTTP/1.1 host.
const CONCURRENCY = 6;

/**
 * Runs `task` for 0..count-1, `limit` at a time. The first failure aborts `stop`, which cancels the
 * requests under way, so one missing file ends the load at once: a file short would be an export short.
 */
async function inPool(count: number, limit: number, stop: AbortController, signal: AbortSignal, task: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    try {
      while (next < count) {
        signal.throwIfAborted();
        await task(next++);
      }
    } catch (error) {
      stop.abort(error);
      throw error;
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
}

/** The record posts of `rows`, in their order. Rejects with the signal's reason when aborted. */
export async function loadRecordPosts(queryClient: QueryClient, manifest: Manifest, rows: ArrayLike<number>, options: LoadOptions): Promise<RecordPost[]> {
  const stop = new AbortController();
  const signal = AbortSignal.any([options.signal, stop.signal]);

  const size = manifest.list.pageSize;
  const pages = [...new Set(Array.from(rows, (row) => Math.floor(row / size)))];
  const pageRows = new Map<number, ListRow[]>();
  await inPool(pages.length, CONCURRENCY, stop, signal, async (index) => {
    const page = pages[index] ?? 0;
    // List pages are small and shared with the list itself: they stay cached.
    pageRows.set(page, await queryClient.ensureQueryData(listPageQuery(manifest, page)));
  });

  const total = rows.length;
  const posts: RecordPost[] = new Array<RecordPost>(total);
  let done = 0;
  let reported = -1;
  const report = () => {
    const percent = Math.floor((done * 100) / Math.max(1, total));
    if (percent !== reported || done === total) options.onProgress?.(done, total);
    reported = percent;
  };
  report();
  await inPool(total, CONCURRENCY, stop, signal, async (index) => {
    const row = rows[index] ?? -1;
    const fields = pageRows.get(Math.floor(row / size))?.[row % size];
    if (!fields) throw new Error(`post ${row + 1} is missing from its list page; reload the page and export again`);
    const [slug, , , hash] = fields;
    const cached = queryClient.getQueryData<PostBody>(postBodyQuery(hash).queryKey);
    const body = cached ?? (await fetchPostBody(hash, signal));
    posts[index] = recordPostOf(slug, body);
    done++;
    report();
  });
  return posts;
}
