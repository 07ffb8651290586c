/**
 * The Atom feeds a build writes into the data folder (docs/export-formats.md#atom): the newest
 * security news of the whole collection, and of each threat actor and each victim country that has
 * any. Each feed is the view of the page it follows (the explorer, `/actors/<id>`, the victim side of
 * `/countries/<ISO2>`), selected by the app's own facet engine, so a feed holds the posts its page
 * lists, newest first. Feeds depend on the collection and the settings only: an unchanged
 * collection gives the same bytes, however the build got there.
 */
import { atomFeed, type AtomFeedMeta, type AtomPost, tagUri } from '../../model/export/atom.ts';
import { feedFiles } from '../../model/export/feed-paths.ts';
import type { FacetView } from '../../model/facets/facets.ts';
import { DATA_DIR } from '../../model/format/data-version.ts';
import { paths } from '../../model/view/paths.ts';
import { createViewState, normalizeFacetValue } from '../../model/view/view-state.ts';
import { valueView } from '../../model/view/view-state-edit.ts';
import type { CollectionEngine } from '../collection-engine.ts';
import type { Collection } from '../collection.ts';
import type { FeedSettings } from './feed-settings.ts';

/** One feed to write: its file, what it says about itself, and the view whose posts it carries. */
interface FeedPlan {
  file: string;
  /** The tag specific of its id: `feeds/actors/lazarus-group`. */
  key: string;
  title: string;
  subtitle: string;
  /** The page it follows, as the app's paths give it (`/actors/lazarus-group`). */
  page: string;
  view: FacetView;
}

/** The feed files of a collection, by path relative to the data folder. */
export function buildFeeds(collection: Collection, { table, engine }: CollectionEngine, settings: FeedSettings): Map<string, string> {
  const plans: FeedPlan[] = [
    {
      file: feedFiles.all,
      key: 'feeds/all',
      title: 'Sitrep: security news',
      subtitle: 'The newest security news in Sitrep',
      page: paths.home.getHref(),
      view: createViewState(),
    },
  ];
  // Facet ids as the table lists them; only well-formed ones, since they name files.
  for (const id of [...table.names.actor.keys()].sort()) {
    if (normalizeFacetValue('actor', id) !== id) continue;
    const name = table.names.actor.get(id) ?? id;
    plans.push({
      file: feedFiles.actor(id),
      key: `feeds/actors/${id}`,
      title: `Sitrep: ${name}`,
      subtitle: `Security news that names ${name}`,
      page: paths.actor.getHref(id),
      view: valueView('actor', id),
    });
  }
  for (const code of [...table.names.victim.keys()].sort()) {
    if (normalizeFacetValue('victim', code) !== code) continue;
    const name = table.names.victim.get(code) ?? code;
    plans.push({
      file: feedFiles.victim(code),
      key: `feeds/victims/${code}`,
      title: `Sitrep: attacks on ${name}`,
      subtitle: `Security news that reports ${name} as a victim`,
      page: paths.country.getHref(code),
      view: valueView('victim', code),
    });
  }

  const entryOf = entryBuilder(collection, table.names.actor, table.names.victim);
  const feeds = new Map<string, string>();
  for (const plan of plans) {
    const rows = engine.rows(plan.view);
    // An entity feed exists only while its page lists posts; the collection's always does.
    if (rows.length === 0 && plan.file !== feedFiles.all) continue;
    const entries = Array.from(rows.subarray(0, settings.entries), (row) => entryOf(row));
    feeds.set(plan.file, atomFeed(metaOf(plan, settings), entries));
  }
  return feeds;
}

/** The feed's links and ids: absolute under the site's URL, or relative to the feed's own address. */
function metaOf(plan: FeedPlan, settings: FeedSettings): AtomFeedMeta {
  const common = {
    id: tagUri(settings.tagAuthority, plan.key),
    title: plan.title,
    subtitle: plan.subtitle,
    tagAuthority: settings.tagAuthority,
  };
  const feedPath = `${DATA_DIR}/${plan.file}`;
  const page = plan.page.slice(1);
  if (settings.siteUrl !== null) {
    return { ...common, selfHref: new URL(feedPath, settings.siteUrl).href, alternateHref: new URL(page, settings.siteUrl).href, appUrl: settings.siteUrl };
  }
  // From data/feeds/actors/x.atom, the site's root is three folders up.
  const root = '../'.repeat(feedPath.split('/').length - 1);
  return { ...common, selfHref: feedPath.slice(feedPath.lastIndexOf('/') + 1), alternateHref: `${root}${page}`, appUrl: root, relativeLinks: true };
}

/** Builds the entry of a row; a post's entry is the same in every feed that carries it. */
function entryBuilder(collection: Collection, actorNames: ReadonlyMap<string, string>, countryNames: ReadonlyMap<string, string>) {
  const cache = new Map<number, AtomPost>();
  return (row: number): AtomPost => {
    const cached = cache.get(row);
    if (cached) return cached;
    const entry = collection.posts[row];
    if (!entry) throw new RangeError(`the facet engine gave row ${row} of ${collection.posts.length}`);
    const { slug, record } = entry;
    const victims = [...new Set(record.entities.victims.map((code) => code.toUpperCase()))];
    const post: AtomPost = {
      slug,
      title: record.title,
      date: record.date.iso,
      source: record.source,
      url: record.url,
      summary: record.summary,
      language: record.language,
      categories: [
        ...record.entities.actors.map((id) => ({ term: id, label: actorNames.get(id) ?? id })),
        ...victims.map((code) => ({ term: code, label: countryNames.get(code) ?? code })),
      ],
    };
    cache.set(row, post);
    return post;
  };
}
