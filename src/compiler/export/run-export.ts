/**
 * `npm run export`: the posts of a view as JSON records, CSV or a STIX 2.1 bundle
 * (docs/export-formats.md). The view comes from flags read as the explorer reads its URL
 * (export-view.ts), its posts are selected by the app's facet engine over the facets file the app
 * reads, and a search runs the app's search over the same index, built in memory. So the command and
 * the explorer can never disagree on which posts a view holds.
 */
import { stixBundle } from '../../model/export/stix.ts';
import { createAliasIndex } from '../../model/search/aliases.ts';
import { searchPosts } from '../../model/search/search.ts';
import type { ViewState } from '../../model/view/view-state.ts';
import { build } from '../build.ts';
import { catalogData } from '../catalog/load-catalog.ts';
import { type CollectionEngine, collectionEngine } from '../collection-engine.ts';
import type { Collection } from '../collection.ts';
import { exportRecords, toCsv } from './export-records.ts';
import type { MemorySearch } from '../search/search-files.ts';
import { viewFromFlags, type ViewFlags } from './export-view.ts';

/** The output formats. */
export const EXPORT_FORMATS = ['json', 'csv', 'stix'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What to compile for an export. */
export interface ExportSourceOptions {
  contentDirs: string[];
  catalogDir?: string;
  includeDrafts: boolean;
  /** Build the search index too (in memory), for `--q`. */
  search: boolean;
}

/** A compiled collection, indexed as the app indexes it, ready for any number of exports. */
export interface ExportSource extends CollectionEngine {
  collection: Collection;
  search: MemorySearch | null;
}

/** Compiles the content for exporting (no data folder is written). */
export async function compileForExport(options: ExportSourceOptions): Promise<ExportSource> {
  const { collection, search } = await build({
    contentDirs: options.contentDirs,
    ...(options.catalogDir ? { catalogDir: options.catalogDir } : {}),
    includeDrafts: options.includeDrafts,
    outDir: null,
    searchInMemory: options.search,
  });
  return { collection, ...collectionEngine(collection), search: search ?? null };
}

/** How to export. */
export interface ExportOptions {
  format: ExportFormat;
  flags: ViewFlags;
  /** The site's absolute root URL: STIX reports then link to each post's page. */
  siteUrl?: string | null;
}

/** An export: the text for stdout, and what to tell the analyst on stderr. */
export interface ExportResult {
  /** Unusable flags; when there are any nothing is exported (`output` is empty). */
  errors: string[];
  /** The view the flags made, or `null` when they could not make one. */
  view: ViewState | null;
  /** The rows exported, newest first. */
  rows: Uint32Array;
  output: string;
  /** Notes for stderr: search words no post holds, names read as aliases, posts a STIX bundle cannot hold. */
  notes: string[];
}

/** Exports the posts of the flags' view. */
export async function exportView(source: ExportSource, options: ExportOptions): Promise<ExportResult> {
  const { collection, table, engine, search } = source;
  const { view, errors } = viewFromFlags(options.flags, engine.known, table.names);
  if (errors.length > 0) return { errors, view: null, rows: new Uint32Array(0), output: '', notes: [] };

  const notes: string[] = [];
  let found: Uint32Array | null = null;
  if (view.q !== '') {
    if (!search) throw new Error('the export was compiled without its search index; compile it with search: true');
    const catalog = collection.catalog ? catalogData(collection.catalog) : null;
    const result = await searchPosts(view.q, {
      manifest: search.manifest,
      loadFile: async (file) => JSON.parse(search.files.get(file) ?? 'null') as unknown,
      ...(catalog ? { aliases: createAliasIndex(catalog, table) } : {}),
    });
    if (result.searched) found = result.rows;
    for (const word of result.unknown) notes.push(`no post contains "${word}", so the search finds nothing`);
    for (const fold of result.folded) if (fold.added > 0) notes.push(`"${fold.text}" is a name of ${fold.name}: also exporting ${fold.added} posts that name it otherwise`);
    if (result.ignored.length > 0) notes.push(`left out of the search: ${result.ignored.map((word) => `"${word}"`).join(', ')}`);
  }
  const rows = engine.rows(view, found);
  const records = exportRecords(collection, rows);

  let output: string;
  if (options.format === 'csv') output = toCsv(records);
  else if (options.format === 'json') output = `${JSON.stringify(records, null, 2)}\n`;
  else {
    const catalog = collection.catalog ? catalogData(collection.catalog) : { countries: [], regions: [] };
    const { bundle, skipped } = stixBundle(records, catalog, options.siteUrl ? { appUrl: options.siteUrl } : {});
    output = `${JSON.stringify(bundle, null, 2)}\n`;
    for (const { slug, reason } of skipped) notes.push(`${slug} is left out of the STIX bundle: ${reason}`);
  }
  return { errors: [], view, rows, output, notes };
}
