/**
 * What a threat actor's page draws (src/routes/actor-page.tsx), from the catalog and the count of
 * its posts: what kind of group it is, the country it is attributed to, the group it is part of and
 * its sub-groups, its names, the malware the catalog links to it, and the links to its posts,
 * charts and feed. Pure: the page queries the posts of `valueView('actor', id)` and draws what this returns.
 */
import { feedFiles } from './export/feed-paths.ts';
import type { CatalogData, ThreatActor } from './format/catalog-format.ts';
import { explorerLinks, paths, type ExplorerLinks } from './view/paths.ts';
import type { Facet } from './view/view-state.ts';
import { valueView } from './view/view-state-edit.ts';

/** How each kind of actor is introduced, above its name. */
export const ACTOR_KIND_NAMES: Readonly<Record<string, string>> = {
  state: 'State-sponsored group',
  mercenary: 'Hack-for-hire group',
  criminal: 'Cybercrime group',
  ransomware: 'Ransomware operation',
  hacktivist: 'Hacktivist group',
};

/** A name and the page it opens. */
export interface NamedLink {
  id: string;
  name: string;
  href: string;
}

/** The data an actor page is drawn from. */
export interface ActorPageInput {
  catalog: Pick<CatalogData, 'actors' | 'malware'>;
  /** The actor's id, lower case as the catalog writes it. */
  id: string;
  /** How many posts in view name it (`engine.query(valueView('actor', id)).total`). */
  total: number;
  /** Display names of facet values (the collection's `nameOf`); countries are named by it. */
  nameOf: (facet: Facet, id: string) => string;
}

/** Everything an actor page draws. */
export interface ActorPageView {
  actor: ThreatActor;
  /** "State-sponsored group". */
  kind: string;
  /** The country public reporting attributes it to. */
  country: NamedLink | null;
  /** The umbrella group it is part of. */
  parent: NamedLink | null;
  subGroups: NamedLink[];
  /** Its other names, with who coined them ("—" when unknown). */
  aliases: { name: string; by: string }[];
  /** The catalog's malware linked to it, "AppleJeus, Manuscrypt"; `null` when there is none. */
  malware: string | null;
  /** Its posts in the explorer: "All 12 posts naming Lazarus Group →". */
  posts: { href: string; text: string };
  /** Its posts' charts; `null` when no post names it. */
  chartsHref: string | null;
  /** Its Atom feed (a `feedFiles` path) and the feed's title; `null` when no post names it, as the build then writes none. */
  feed: { file: string; title: string } | null;
  /** The explorer's links from its posts: narrowed by one more value, or to one year. */
  links: ExplorerLinks;
}

/** The page of the actor `id`, or `null` when the catalog has no such actor. */
export function actorPageView({ catalog, id, total, nameOf }: ActorPageInput): ActorPageView | null {
  const actor = catalog.actors.find((entry) => entry.id === id);
  if (!actor) return null;
  const named = (entry: { id: string; name: string }): NamedLink => ({ id: entry.id, name: entry.name, href: paths.actor.getHref(entry.id) });
  const parent = actor.parent ? catalog.actors.find((entry) => entry.id === actor.parent) : undefined;
  const tools = catalog.malware.filter((family) => family.actors.includes(actor.id));
  const view = valueView('actor', actor.id);
  const links = explorerLinks(view);
  return {
    actor,
    kind: ACTOR_KIND_NAMES[actor.kind] ?? actor.kind,
    country: actor.country ? { id: actor.country, name: nameOf('origin', actor.country), href: paths.country.getHref(actor.country) } : null,
    parent: parent ? named(parent) : null,
    subGroups: catalog.actors.filter((entry) => entry.parent === actor.id).map(named),
    aliases: actor.aliases.map((alias) => ({ name: alias.name, by: alias.by ?? '—' })),
    malware: tools.length ? tools.map((family) => family.name).join(', ') : null,
    posts: { href: links.posts, text: total === 0 ? 'No posts name this group yet' : `All ${total} ${total === 1 ? 'post' : 'posts'} naming ${actor.name} →` },
    chartsHref: total > 0 ? paths.charts.getHref(view) : null,
    feed: total > 0 ? { file: feedFiles.actor(actor.id), title: `Sitrep: ${actor.name}` } : null,
    links,
  };
}
