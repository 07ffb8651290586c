/**
 * `npm run export`: one record per post, for analysts' own tools. The record shape is fixed
 * (docs/data-format.md#export); fields stay present, empty when nothing was found.
 */
import { recordsToCsv } from '../model/export/record-csv.ts';
import type { Figure, Source } from '../model/format/data-format.ts';
import type { Collection } from './collection.ts';

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

/** The records of a collection, newest first. */
export function exportRecords(collection: Collection): ExportRecord[] {
  const catalog = collection.catalog;
  const actors = new Map((catalog?.actors ?? []).map((actor) => [actor.id, actor]));
  const malware = new Map((catalog?.malware ?? []).map((family) => [family.id, family]));
  const platforms = new Map((catalog?.platforms ?? []).map((platform) => [platform.id, platform]));
  const regions = new Map((catalog?.regions ?? []).map((region) => [region.id, region.name]));
  return collection.posts.map(({ slug, record }) => {
    const { entities } = record;
    return {
      slug,
      title: record.title,
      date: record.date.iso,
      url: record.url,
      source: record.source,
      actors: entities.actors.map((id) => {
        const actor = actors.get(id);
        return { id, name: actor?.name ?? id, aliases: actor?.aliases.map((alias) => alias.name) ?? [] };
      }),
      malware: entities.malware.map((id) => ({ id, name: malware.get(id)?.name ?? id })),
      countries: { victim: entities.victims, origin: entities.origins },
      regions: entities.regions.map((id) => regions.get(id) ?? id),
      platforms: entities.platforms.map((id) => ({ id, name: platforms.get(id)?.name ?? id })),
      figures: record.figures.map(({ text, amount, currency, kind, sentence }) => ({ text, amount, currency, kind, sentence })),
    };
  });
}

/**
 * The records as CSV, one row per post; lists are joined with "; ". Written by the app's one CSV
 * writer (src/model/export), so spreadsheet formulas in titles are defused here as in the browser.
 */
export function toCsv(records: ExportRecord[]): string {
  return recordsToCsv(records);
}
