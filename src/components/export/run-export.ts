/**
 * The export itself, loaded only when an analyst exports (a chunk of its own: the record builder,
 * the CSV and STIX writers and the UUIDv5 code stay out of the explorer's first load). Gathers the
 * view's posts, writes the file and downloads it.
 */
import type { QueryClient } from '@tanstack/react-query';
import { catalogQuery } from '../../data/data-client.ts';
import { loadRecordPosts } from '../../data/export-posts.ts';
import type { Collection } from '../../model/collection.ts';
import { recordBuilder } from '../../model/export/record.ts';
import { EXPORT_LIMIT, type ExportFormat } from '../../model/export/export-choices.ts';
import { viewExportFile } from '../../model/export/view-export.ts';
import type { StixSkipped } from '../../model/export/stix.ts';
import { createViewState, viewStateToSearch, type ViewState } from '../../model/view/view-state.ts';
import { appRoot } from '../app-root.ts';
import { saveFile } from './save-file.ts';

/** What to export. */
export interface ExportJob {
  queryClient: QueryClient;
  collection: Collection;
  /** The view the rows come from (its filters, search and relevance choice), for the file name. */
  state: ViewState;
  /** The view's rows, in the list's order. */
  rows: ArrayLike<number>;
  format: ExportFormat;
  signal: AbortSignal;
  onProgress: (done: number, total: number) => void;
}

/** What was downloaded. */
export interface ExportResult {
  name: string;
  /** Posts in the file. */
  count: number;
  /** Posts of the view past the limit, left out. */
  beyondLimit: number;
  /** Posts a STIX bundle left out, and why. */
  skipped: StixSkipped[];
}

/** Exports the first `EXPORT_LIMIT` rows of the view and downloads the file. */
export async function runExport(job: ExportJob): Promise<ExportResult> {
  const { queryClient, collection, rows, format, signal } = job;
  const taken = Array.from({ length: Math.min(rows.length, EXPORT_LIMIT) }, (_, index) => rows[index] ?? 0);
  const [catalog, posts] = await Promise.all([
    queryClient.ensureQueryData(catalogQuery(collection.manifest)),
    loadRecordPosts(queryClient, collection.manifest, taken, { signal, onProgress: job.onProgress }),
  ]);
  signal.throwIfAborted();
  const records = posts.map(recordBuilder(catalog));
  // Every page of the view: the file holds the list, not the page on screen.
  const view = viewStateToSearch(createViewState({ ...job.state, page: 1 }));
  const file = viewExportFile(format, records, catalog, { view, appUrl: appRoot(), limitedFrom: rows.length });
  saveFile(file.name, file.type, file.text);
  return { name: file.name, count: file.count, beyondLimit: rows.length - taken.length, skipped: file.skipped };
}
