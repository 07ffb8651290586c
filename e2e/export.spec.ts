/**
 * The explorer's Export: a filtered view downloads as CSV, JSON and a STIX 2.1 bundle holding exactly
 * the view's posts (its facets, its search, its relevance choice, every page), in the list's order,
 * and the bundle is valid against the OASIS schemas.
 */
import { readFileSync } from 'node:fs';
import { type Page, expect, test } from '@playwright/test';
import { stixReferenceErrors, stixSchemaErrors } from '../src/test-support/stix-schemas.ts';
import { SEED } from './helpers.ts';

/** The result count the explorer announces ("12 posts"), as a number. */
async function resultCount(page: Page): Promise<number> {
  const status = page.getByRole('status').filter({ hasText: /^\d[\d,]* posts?$/ });
  await expect(status).toBeVisible();
  return Number((await status.textContent())?.replace(/\D/g, ''));
}

/** The slugs of the posts the list shows on this page, in order. */
async function listedSlugs(page: Page): Promise<string[]> {
  const results = page.getByRole('region', { name: 'Posts' });
  await expect(results.getByRole('link').first()).toBeVisible();
  const hrefs = await results.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.filter((href) => href.startsWith('/posts/')).map((href) => decodeURIComponent(href.slice('/posts/'.length).split(/[?#]/)[0] ?? ''));
}

/** Opens the Export panel (once) and downloads `label`; the file's name and text. */
async function download(page: Page, label: 'CSV' | 'JSON' | 'STIX 2.1 bundle') {
  const panel = page.getByRole('group', { name: 'Export this view' });
  if (!(await panel.isVisible())) await page.getByRole('button', { name: 'Export', exact: true }).click();
  const downloaded = page.waitForEvent('download');
  await panel.getByRole('button', { name: `Download ${label}` }).click();
  const file = await downloaded;
  const path = await file.path();
  await expect(panel.getByRole('status')).toContainText(`Downloaded ${file.suggestedFilename()}`);
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

interface StixObject {
  type: string;
  id: string;
  name?: string;
  external_references?: { source_name: string; external_id?: string; url?: string }[];
}

test('a filtered, searched view exports exactly its posts as CSV, JSON and a valid STIX 2.1 bundle', async ({ page }) => {
  await page.goto('/?actor=lazarus-group&q=stole');
  const count = await resultCount(page);
  const slugs = await listedSlugs(page);
  // The whole view is on this page, so the list is the whole view.
  expect(slugs).toHaveLength(count);
  expect(count).toBeGreaterThan(1);
  expect(slugs).toContain(SEED.slug);

  const csv = await download(page, 'CSV');
  expect(csv.name).toBe('sitrep-posts-actor-lazarus-group-q-stole.csv');
  const lines = csv.text.split('\r\n').filter(Boolean);
  expect(lines[0]?.split(',').slice(0, 4)).toEqual(['slug', 'title', 'date', 'url']);
  expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(slugs);

  const json = await download(page, 'JSON');
  expect(json.name).toBe('sitrep-posts-actor-lazarus-group-q-stole.json');
  const records: { slug: string; actors: { name: string }[]; figures: { text: string; sentence: string }[]; countries: { victim: string[] } }[] = JSON.parse(json.text);
  expect(records.map((record) => record.slug)).toEqual(slugs);
  for (const record of records) expect(record.actors.map((actor) => actor.name)).toContain('Lazarus Group');
  const seed = records.find((record) => record.slug === SEED.slug);
  expect(seed?.countries.victim).toEqual(['CN', 'GB', 'PL', 'RU']);
  expect(seed?.figures).toContainEqual(expect.objectContaining({ text: '$571 million', sentence: expect.stringContaining('stole $571 million') }));

  const stix = await download(page, 'STIX 2.1 bundle');
  expect(stix.name).toBe('sitrep-posts-actor-lazarus-group-q-stole.stix.json');
  const bundle: { type: string; objects: StixObject[] } = JSON.parse(stix.text);
  expect(stixSchemaErrors(bundle)).toEqual([]);
  // Every reference resolves inside the bundle (the schemas check only the shape of an id).
  expect(stixReferenceErrors(bundle)).toEqual([]);
  // One report per post of the view (each names Lazarus Group), linking back to the post in Sitrep.
  const reports = bundle.objects.filter((object) => object.type === 'report');
  const reported = reports.map((report) => report.external_references?.find((reference) => reference.source_name === 'sitrep'));
  expect(reported.map((reference) => reference?.external_id).sort()).toEqual([...slugs].sort());
  expect(reported[0]?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/posts\//);
  expect(bundle.objects.filter((object) => object.type === 'intrusion-set').map((object) => object.name)).toContain('Lazarus Group');
});

test('an export holds every page of the view, not the page on screen', async ({ page }) => {
  await page.goto('/?all=1&page=2');
  const count = await resultCount(page);
  await expect(page.getByRole('navigation', { name: 'Pages' })).toContainText('Page 2 of');
  const json = await download(page, 'JSON');
  expect(json.name).toBe('sitrep-posts-all-1.json');
  const slugs = (JSON.parse(json.text) as { slug: string }[]).map((record) => record.slug);
  expect(slugs).toHaveLength(count);
  expect(new Set(slugs).size).toBe(count);
  // In the list's order: the second page's posts are the file's 26th to 50th.
  expect(slugs.slice(25, 50)).toEqual(await listedSlugs(page));
});

test("an export keeps the view's relevance choice: off-topic posts only with all=1", async ({ page }) => {
  const exported = async (path: string) => {
    await page.goto(path);
    const count = await resultCount(page);
    const records: { slug: string; relevant: boolean }[] = JSON.parse((await download(page, 'JSON')).text);
    expect(records).toHaveLength(count);
    return records;
  };
  const security = await exported('/?q=game');
  expect(security.every((record) => record.relevant)).toBe(true);
  const everything = await exported('/?q=game&all=1');
  expect(everything.map((record) => record.slug)).toContain('app-listing-fixture');
  expect(everything.find((record) => record.slug === 'app-listing-fixture')?.relevant).toBe(false);
  expect(everything.length).toBe(security.length + 1);
});

test('an export shows its progress and can be cancelled; nothing is downloaded', async ({ page }) => {
  // Hold the posts' data files until the test has seen the progress.
  const held: (() => void)[] = [];
  await page.route('**/data/posts/**', (route) => {
    held.push(() => void route.continue().catch(() => undefined));
  });
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.goto('/?all=1');
  const count = await resultCount(page);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const panel = page.getByRole('group', { name: 'Export this view' });
  await panel.getByRole('button', { name: 'Download CSV' }).click();
  await expect(panel.getByText(`Loading posts: 0 of ${count}`)).toBeVisible();
  await expect(panel.getByRole('progressbar', { name: 'Export progress' })).toBeVisible();
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel.getByRole('status')).toHaveText('Export cancelled.');
  // The button that started the export has the focus back, and the panel is ready again.
  await expect(panel.getByRole('button', { name: 'Download CSV' })).toBeFocused();
  for (const release of held) release();
  await expect(panel.getByRole('progressbar')).toHaveCount(0);
  expect(downloads).toBe(0);
});

test('Export is a keyboard control with a visible state', async ({ page }) => {
  await page.goto('/?actor=lazarus-group');
  const toggle = page.getByRole('button', { name: 'Export', exact: true });
  await toggle.focus();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const panel = page.getByRole('group', { name: 'Export this view' });
  await expect(panel).toContainText(`The ${await resultCount(page)} posts of this view`);
  const downloaded = page.waitForEvent('download');
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: 'Download CSV' })).toBeFocused();
  await page.keyboard.press('Enter');
  expect((await downloaded).suggestedFilename()).toBe('sitrep-posts-actor-lazarus-group.csv');
  await toggle.click();
  await expect(panel).toBeHidden();
});

test("the export's code is not in the explorer's first scripts; it loads when the panel first opens", async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script' && response.ok()) scripts.push(response.url());
  });
  // Read from the server when checked, so a check never runs ahead of a body still being read.
  const texts = async () => Promise.all(scripts.map(async (url) => (await page.request.get(url)).text()));
  // The panel's name, and a field only the STIX writer writes.
  const hasExport = (text: string) => text.includes('Export this view') || text.includes('spec_version');
  await page.goto('/?actor=lazarus-group');
  await resultCount(page);
  await page.waitForLoadState('networkidle');
  const first = await texts();
  expect(first.length).toBeGreaterThan(0);
  expect(first.some((text) => text.includes('createRoot'))).toBe(true);
  expect(first.filter(hasExport)).toEqual([]);

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('group', { name: 'Export this view' })).toBeVisible();
  expect((await texts()).some((text) => text.includes('Export this view') && text.includes('spec_version'))).toBe(true);
});

test('the charts page and the entity pages export the view they show', async ({ page }) => {
  await page.goto('/actors/lazarus-group');
  await expect(page.getByRole('heading', { level: 1, name: 'Lazarus Group' })).toBeVisible();
  const posts = Number((await page.getByRole('link', { name: /^All \d+ posts? naming/ }).textContent())?.replace(/\D/g, ''));
  const fromActor = await download(page, 'JSON');
  expect(fromActor.name).toBe('sitrep-posts-actor-lazarus-group.json');
  const records = JSON.parse(fromActor.text) as { slug: string }[];
  expect(records).toHaveLength(posts);
  expect(records.map((record) => record.slug)).toContain(SEED.slug);

  await page.goto('/charts?actor=lazarus-group');
  await expect(page.getByRole('heading', { level: 1, name: 'Charts' })).toBeVisible();
  const fromCharts = await download(page, 'JSON');
  expect(JSON.parse(fromCharts.text)).toEqual(records);
});
