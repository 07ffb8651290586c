/**
 * `npm run export`: one record per post, for analysts' own tools. The record shape is fixed
 * (docs/data-format.md#export); fields stay present, empty when nothing was found.
 */
import { stringify } from 'csv-stringify/sync';
import type { Figure, Source } from '../model/data-format.ts';
import type { Compilation } from './compile.ts';

/** One exported post. */
export interface ExportRecord {
  slug: string;
  title: string;
  date: string;
  url: string | null;
  source: Source | null;
  actors: { id: string; name: string; aliases: string[] }[];
  malware: { id: string; name: string }[];
  countries: { victim: string[]; origin: string[] };
  regions: string[];
  platforms: { id: string; name: string }[];
  figures: Pick<Figure, 'text' | 'amount' | 'currency' | 'kind' | 'sentence'>[];
}

/** The records of a compilation, newest first. */
export function exportRecords(compilation: Compilation): ExportRecord[] {
  return compilation.posts.map((post) => ({
    slug: post.slug,
    title: post.title,
    date: post.date.iso,
    url: post.url,
    source: post.source,
    actors: [],
    malware: [],
    countries: { victim: [], origin: [] },
    regions: [],
    platforms: [],
    figures: [],
  }));
}

/** The records as CSV, one row per post; lists are joined with "; ". */
export function toCsv(records: ExportRecord[]): string {
  const join = (values: string[]) => values.join('; ');
  return stringify(
    records.map((record) => ({
      slug: record.slug,
      title: record.title,
      date: record.date,
      url: record.url ?? '',
      source_name: record.source?.name ?? '',
      source_url: record.source?.url ?? '',
      actors: join(record.actors.map((actor) => actor.name)),
      malware: join(record.malware.map((malware) => malware.name)),
      victim_countries: join(record.countries.victim),
      origin_countries: join(record.countries.origin),
      regions: join(record.regions),
      platforms: join(record.platforms.map((platform) => platform.name)),
      figures: join(record.figures.map((figure) => `${figure.text} (${figure.amount} ${figure.currency}, ${figure.kind})`)),
    })),
    { header: true },
  );
}
