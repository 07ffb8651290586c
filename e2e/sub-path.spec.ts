import { expect, test } from '@playwright/test';
import { SEED, findInList } from './helpers.ts';

// This project's build is served under /sitrep/, as on a static host's project page.
test('the app works under a sub-path and deep links survive a reload', async ({ page }) => {
  await page.goto('/sitrep/');
  const link = await findInList(page, SEED.title);
  await link.click();
  await expect(page).toHaveURL(`/sitrep/posts/${SEED.slug}`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
  await page.getByRole('link', { name: 'Sitrep' }).click();
  await expect(page).toHaveURL('/sitrep/');
});

test('a deep link opened directly under the sub-path shows the post', async ({ page }) => {
  await page.goto(`/sitrep/posts/${SEED.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
});

test('a citation link keeps the sub-path, and opens the post at the passage', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/sitrep/posts/${SEED.slug}`);
  await page.getByRole('region', { name: 'Reported figures' }).getByRole('button', { name: 'Copy citation of $571 million' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Citation copied.' }).first()).toBeVisible();
  const link = (await page.evaluate(() => navigator.clipboard.readText())).split('\n')[2] ?? '';
  expect(link).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/sitrep/posts/${SEED.slug}#cite-[0-9a-f]{8}-[0-9a-f]{8}$`));
  const opened = await context.newPage();
  await opened.goto(link);
  await expect(opened.getByRole('region', { name: 'Post text' }).locator('mark')).toContainText('stole $571 million');
});

test('feeds live under the sub-path: announced there, and served as Atom', async ({ page }) => {
  await page.goto('/sitrep/actors/lazarus-group');
  await expect(page.getByRole('link', { name: 'Subscribe (Atom)' })).toHaveAttribute('href', '/sitrep/data/feeds/actors/lazarus-group.atom');
  const announced = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await expect(announced.first()).toHaveAttribute('href', '/sitrep/data/feeds/all.atom');
  for (const href of ['/sitrep/data/feeds/all.atom', '/sitrep/data/feeds/actors/lazarus-group.atom']) {
    const response = await page.request.get(href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/atom\+xml/);
    // Links are relative to the feed, so they stay under the sub-path.
    expect(await response.text()).toContain('href="../../');
  }
});
