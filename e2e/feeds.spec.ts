/**
 * The Atom feeds as an analyst meets them: a "Subscribe (Atom)" link on the actor and country pages,
 * the feed announced in the page head for browsers and readers, and the feed itself, served as Atom,
 * valid by RFC 4287's grammar, holding the posts the page lists.
 */
import { XMLParser } from 'fast-xml-parser';
import { expect, type Page, test } from '@playwright/test';
import { atomFeedErrors } from '../src/test-support/atom/atom-schema.ts';
import { SEED } from './helpers.ts';

interface Entry {
  title: string | { '#text': string };
  link: { '@_rel': string; '@_href': string }[];
}
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => ['entry', 'link'].includes(name) });

/** The Atom feeds the head announces, as [title, href]. */
async function headFeeds(page: Page): Promise<[string, string][]> {
  return page
    .locator('head link[rel="alternate"][type="application/atom+xml"]')
    .evaluateAll((links) => links.map((link) => [link.getAttribute('title') ?? '', link.getAttribute('href') ?? ''] as [string, string]));
}

/** Fetches a feed the way a reader does, checks it is served and valid as Atom, and returns its entries. */
async function fetchFeed(page: Page, href: string): Promise<{ url: string; entries: Entry[] }> {
  const url = new URL(href, page.url()).href;
  const response = await page.request.get(url);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^application\/atom\+xml/);
  const xml = await response.text();
  expect(await atomFeedErrors(xml, href)).toEqual([]);
  const feed = (parser.parse(xml) as { feed: { entry?: Entry[] } }).feed;
  return { url, entries: feed.entry ?? [] };
}

const titleOf = (entry: Entry) => (typeof entry.title === 'string' ? entry.title : entry.title['#text']);

test('the actor page offers its feed, announces it in the head, and the feed holds the actor\'s posts', async ({ page }) => {
  await page.goto('/actors/lazarus-group');
  const subscribe = page.getByRole('link', { name: 'Subscribe (Atom)' });
  await expect(subscribe).toBeVisible();
  const href = (await subscribe.getAttribute('href')) ?? '';
  expect(href).toBe('/data/feeds/actors/lazarus-group.atom');
  // The collection's feed from index.html, and this page's.
  await expect.poll(() => headFeeds(page)).toEqual([
    ['Sitrep: security news', '/data/feeds/all.atom'],
    ['Sitrep: Lazarus Group', href],
  ]);

  const { url, entries } = await fetchFeed(page, href);
  expect(entries.map(titleOf)).toContain(SEED.title);
  // As many entries as the page counts posts (fewer than a feed's 50).
  const all = await page.getByRole('link', { name: /^All \d+ posts naming Lazarus Group/ }).textContent();
  expect(entries).toHaveLength(Number(/All (\d+)/.exec(all ?? '')?.[1]));

  // An entry's link, resolved against the feed's address as a reader does, opens the post.
  const seed = entries.find((entry) => titleOf(entry) === SEED.title);
  const postLink = seed?.link.find((link) => link['@_rel'] === 'alternate')?.['@_href'] ?? '';
  await page.goto(new URL(postLink, url).href);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
  // The actor's feed left the head with its page.
  expect(await headFeeds(page)).toEqual([['Sitrep: security news', '/data/feeds/all.atom']]);
});

test('the country page offers the feed of attacks on it', async ({ page }) => {
  await page.goto('/countries/GB');
  const victims = page.getByRole('region', { name: 'United Kingdom as a victim' });
  const subscribe = victims.getByRole('link', { name: 'Subscribe (Atom)' });
  await expect(subscribe).toBeVisible();
  const href = (await subscribe.getAttribute('href')) ?? '';
  expect(href).toBe('/data/feeds/victims/GB.atom');
  await expect.poll(() => headFeeds(page)).toContainEqual(['Sitrep: attacks on United Kingdom', href]);
  expect((await fetchFeed(page, href)).entries.map(titleOf)).toContain(SEED.title);
});

test('the collection\'s feed is announced on every page and holds the newest security news', async ({ page }) => {
  await page.goto('/');
  await expect.poll(() => headFeeds(page)).toEqual([['Sitrep: security news', '/data/feeds/all.atom']]);
  const { entries } = await fetchFeed(page, '/data/feeds/all.atom');
  expect(entries).toHaveLength(50);
});
