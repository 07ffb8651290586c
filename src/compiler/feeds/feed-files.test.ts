/**
 * The feeds a build writes, over the shipped posts: valid Atom 1.0, one per actor and victim country
 * that has security news, each holding what its page lists, newest first.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { atomErrors } from '../../test-support/atom/atom-schema.ts';
import { tempFolder } from '../../test-support/temp-folder.ts';
import { feedFiles } from '../../model/export/feed-paths.ts';
import { createViewState } from '../../model/view/view-state.ts';
import { valueView } from '../../model/view/view-state-edit.ts';
import { build, type BuildResult } from '../build.ts';
import { collectionEngine } from '../collection-engine.ts';
import { DEFAULT_CATALOG_DIR } from '../content-config.ts';
import { feedSettings } from './feed-settings.ts';

const REPO = path.resolve(import.meta.dirname, '../../..');
const options = { contentDirs: [path.join(REPO, 'public/content/posts')], catalogDir: path.join(REPO, DEFAULT_CATALOG_DIR), includeDrafts: false };
const BUILD_TIMEOUT = 120_000;

interface Entry {
  id: string;
  published: string;
  link: { '@_rel': string; '@_href': string }[];
  category?: { '@_term': string }[];
}
interface Feed {
  id: string;
  link: { '@_rel': string; '@_href': string }[];
  entry?: Entry[];
}
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => ['entry', 'link', 'category'].includes(name) });
const parse = (xml: string) => (parser.parse(xml) as { feed: Feed }).feed;
const slugOf = (entry: Entry) => entry.id.slice(entry.id.lastIndexOf('posts/') + 'posts/'.length);

/** Every feed of a data folder, by path relative to it. */
async function feedsIn(dir: string): Promise<Map<string, string>> {
  const feeds = new Map<string, string>();
  for (const entry of await readdir(path.join(dir, 'feeds'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const relative = path.relative(dir, path.join(entry.parentPath, entry.name));
    feeds.set(relative, await readFile(path.join(dir, relative), 'utf8'));
  }
  return feeds;
}

let result: BuildResult;
let feeds: Map<string, string>;

beforeAll(async () => {
  const out = path.join(await tempFolder('feeds', {}), 'data');
  result = await build({ ...options, outDir: out });
  feeds = await feedsIn(out);
}, BUILD_TIMEOUT);

/** The slugs a feed should hold, found from the records: security news naming the actor or one of its sub-groups. */
function expectedActorSlugs(id: string): string[] {
  const parents = new Map((result.collection.catalog?.actors ?? []).map((actor) => [actor.id, actor.parent]));
  const underIt = (actor: string): boolean => {
    for (let at: string | null | undefined = actor; at; at = parents.get(at)) if (at === id) return true;
    return false;
  };
  return result.collection.posts.filter(({ record }) => record.relevance.relevant && record.entities.actors.some(underIt)).map(({ slug }) => slug);
}

describe('the feeds a build writes', () => {
  it('are valid Atom 1.0, every one of them', async () => {
    expect(feeds.size).toBeGreaterThan(10);
    const documents = [...feeds].map(([name, xml]) => ({ name, xml }));
    expect(await atomErrors(documents)).toEqual([]);
  });

  it('hold what the app\'s facet engine selects for each page\'s view, newest first, for every feed', () => {
    const { engine, table } = collectionEngine(result.collection);
    const slugs = (rows: ArrayLike<number>) => Array.from(rows, (row) => result.collection.posts[row]?.slug).slice(0, 50);
    const expected = new Map<string, (string | undefined)[]>([[feedFiles.all, slugs(engine.rows(createViewState()))]]);
    for (const [facet, fileOf] of [['actor', feedFiles.actor], ['victim', feedFiles.victim]] as const) {
      for (const id of table.names[facet].keys()) {
        const rows = engine.rows(valueView(facet, id));
        if (rows.length > 0) expected.set(fileOf(id), slugs(rows));
      }
    }
    expect([...feeds.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [file, xml] of feeds) expect(parse(xml).entry?.map(slugOf) ?? [], file).toEqual(expected.get(file));
  });

  it('follow the whole collection: the 50 newest posts of security news', () => {
    const all = parse(feeds.get(feedFiles.all) ?? '');
    const newest = result.collection.posts.filter(({ record }) => record.relevance.relevant).slice(0, 50);
    expect(all.entry?.map(slugOf)).toEqual(newest.map(({ slug }) => slug));
  });

  it('follow each actor: the posts naming it or one of its sub-groups, newest first', () => {
    const lazarus = parse(feeds.get(feedFiles.actor('lazarus-group')) ?? '');
    expect(lazarus.entry?.map(slugOf)).toEqual(expectedActorSlugs('lazarus-group').slice(0, 50));
    expect(lazarus.entry?.map(slugOf)).toContain('lazarus-telegram-crypto-theft');
    const times = (lazarus.entry ?? []).map((entry) => Date.parse(entry.published));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('follow each victim country: the seed post is in the feeds of the United Kingdom, Poland, Russia and China', () => {
    for (const code of ['GB', 'PL', 'RU', 'CN']) {
      expect(parse(feeds.get(feedFiles.victim(code)) ?? '').entry?.map(slugOf), code).toContain('lazarus-telegram-crypto-theft');
    }
    // North Korea is the seed post's origin, not a victim.
    expect(feeds.get(feedFiles.victim('KP')) ?? '').not.toContain('lazarus-telegram-crypto-theft');
  });

  it('carry no off-topic post, and exist only for entities with security news', () => {
    const offTopic = result.collection.posts.filter(({ record }) => !record.relevance.relevant).map(({ slug }) => slug);
    expect(offTopic.length).toBeGreaterThan(0);
    for (const [name, xml] of feeds) for (const slug of offTopic) expect(xml, `${slug} in ${name}`).not.toContain(`posts/${slug}<`);
    const named = new Set(result.collection.posts.flatMap(({ record }) => record.entities.actors));
    const silent = (result.collection.catalog?.actors ?? []).find((actor) => !named.has(actor.id) && !(result.collection.catalog?.actors ?? []).some((child) => child.parent === actor.id));
    expect(silent).toBeDefined();
    expect(feeds.has(feedFiles.actor(silent?.id ?? ''))).toBe(false);
  });

  it('link relative to their own address without SITE_URL, so they work wherever the site is served', () => {
    const lazarus = parse(feeds.get(feedFiles.actor('lazarus-group')) ?? '');
    expect(lazarus.link.map((link) => link['@_href'])).toEqual(['lazarus-group.atom', '../../../actors/lazarus-group']);
    // data/feeds/actors/lazarus-group.atom resolves ../../../posts/<slug> to the site's /posts/<slug>.
    const page = lazarus.entry?.[0]?.link[0]?.['@_href'] ?? '';
    expect(new URL(page, 'https://intel.example.org/sitrep/data/feeds/actors/lazarus-group.atom').href).toMatch(/^https:\/\/intel\.example\.org\/sitrep\/posts\/[a-z0-9-]+$/);
  });

  it('link absolutely, with ids under the site\'s host, given SITE_URL', async () => {
    const out = path.join(await tempFolder('feeds-site', {}), 'data');
    await build({ ...options, outDir: out, feeds: feedSettings({ siteUrl: 'https://intel.example.org/sitrep/' }) });
    const lazarus = parse(await readFile(path.join(out, feedFiles.actor('lazarus-group')), 'utf8'));
    expect(lazarus.id).toBe('tag:intel.example.org,2026:feeds/actors/lazarus-group');
    expect(lazarus.link.map((link) => link['@_href'])).toEqual([
      'https://intel.example.org/sitrep/data/feeds/actors/lazarus-group.atom',
      'https://intel.example.org/sitrep/actors/lazarus-group',
    ]);
    expect(lazarus.entry?.[0]?.link[0]?.['@_href']).toMatch(/^https:\/\/intel\.example\.org\/sitrep\/posts\//);
  }, BUILD_TIMEOUT);
});
