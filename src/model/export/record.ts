/**
 * Export records from compiled posts: the one place that turns a post's entity ids into the names an
 * analyst reads, for the app's "Export" and for `npm run export` alike.
 */
import type { CatalogData } from '../format/catalog-format.ts';
import type { Figure, PostBody, PostEntityIds, Source } from '../format/data-format.ts';
import type { ExportRecord } from '../format/export-format.ts';

/** What a record is built from: the fields of a post body (data/posts/<slug>.json) it needs. */
export interface RecordPost {
  slug: string;
  title: string;
  date: string;
  url: string | null;
  source: Source | null;
  entities: PostEntityIds;
  figures: readonly Figure[];
  relevant: boolean;
  language: string;
}

/** What a record is built from, read from a post's data file (the app's export reads these). */
export function recordPostOf(slug: string, body: Pick<PostBody, 'title' | 'date' | 'url' | 'source' | 'entities' | 'figures' | 'relevance' | 'language'>): RecordPost {
  return {
    slug,
    title: body.title,
    date: body.date,
    url: body.url,
    source: body.source,
    entities: body.entities,
    figures: body.figures,
    relevant: body.relevance.relevant,
    language: body.language,
  };
}

/** The catalog parts a record names entities from; the compiled catalog fits. */
export type RecordCatalog = Pick<CatalogData, 'actors' | 'malware' | 'platforms' | 'regions'>;

/**
 * A function that builds the export record of a post. The catalog is indexed once, so exporting
 * 30,000 posts does not search it 30,000 times. An id the catalog lacks (a catalog edited since the
 * data was built) is kept as its own name rather than dropped.
 */
export function recordBuilder(catalog: RecordCatalog | null): (post: RecordPost) => ExportRecord {
  const actors = new Map((catalog?.actors ?? []).map((actor) => [actor.id, actor]));
  const malware = new Map((catalog?.malware ?? []).map((family) => [family.id, family.name]));
  const platforms = new Map((catalog?.platforms ?? []).map((platform) => [platform.id, platform.name]));
  const regions = new Map((catalog?.regions ?? []).map((region) => [region.id, region.name]));
  return (post) => {
    const { entities } = post;
    const record: ExportRecord = {
      slug: post.slug,
      title: post.title,
      date: post.date,
      url: post.url,
      source: post.source,
      actors: entities.actors.map((id) => {
        const actor = actors.get(id);
        return { id, name: actor?.name ?? id, aliases: actor?.aliases.map((alias) => alias.name) ?? [] };
      }),
      malware: entities.malware.map((id) => ({ id, name: malware.get(id) ?? id })),
      countries: { victim: [...entities.victims], origin: [...entities.origins] },
      regions: entities.regions.map((id) => regions.get(id) ?? id),
      platforms: entities.platforms.map((id) => ({ id, name: platforms.get(id) ?? id })),
      figures: post.figures.map(({ text, amount, currency, kind, sentence }) => ({ text, amount, currency, kind, sentence })),
      relevant: post.relevant,
      language: post.language,
    };
    return record;
  };
}
