import { expect, test } from '@playwright/test';
import { SEED, findInList } from './helpers.ts';

test('the seed post is listed and opens in the reader with its title, date and source', async ({ page }) => {
  await page.goto('/');
  const link = await findInList(page, SEED.title);
  await link.click();

  await expect(page).toHaveURL(`/posts/${SEED.slug}`);
  const heading = page.getByRole('heading', { level: 1 });
  // The title is wrapped over two lines in the front matter; it must read as one line.
  await expect(heading).toHaveText(SEED.title);
  expect(await heading.textContent()).not.toContain('\n');
  await expect(page.locator('article time').first()).toHaveText(SEED.day);
  const source = page.getByRole('link', { name: new RegExp(SEED.source) });
  await expect(source).toHaveAttribute('href', 'https://ift.tt/309Z8NS');
  await expect(source).toHaveAttribute('rel', 'noopener noreferrer');
  // The source is shown as the source, not left in the body as text.
  await expect(page.getByRole('region', { name: 'Post text' })).not.toContainText('from E Hacking News');
  await expect(page.getByRole('region', { name: 'Post text' })).toContainText('Group-IB said that a North Korean group of hackers stole $571 million');
});

test('a reload on a post address shows the same post', async ({ page }) => {
  await page.goto(`/posts/${SEED.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
});

test('a post named in Cyrillic has its own address, which opens it and filters by its source', async ({ page }) => {
  const title = 'Взлом криптобиржи: похищено 30 миллионов долларов';
  await page.goto('/?all=1&q=криптобиржи');
  await page.getByRole('link', { name: title, exact: true }).click();
  // The reader keeps the search it came from in its query; the path is the post's own.
  await expect(page).toHaveURL((url) => url.pathname === `/posts/${encodeURIComponent('взлом-криптобиржи')}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await page.goto(`/?all=1&source=${encodeURIComponent('пример-новости')}`);
  await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();
});

test('an unknown post shows a not-found page with a way back', async ({ page }) => {
  await page.goto('/posts/no-such-post');
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  await expect(page.getByText('No post is published as "no-such-post"')).toBeVisible();
  await page.getByRole('link', { name: 'Back to all posts' }).click();
  await expect(page).toHaveURL('/');
});

test('an unknown address shows a not-found page', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
});

test('opening a post contacts no other host until images are asked for', async ({ page, baseURL }) => {
  const hosts = new Set<string>();
  page.on('request', (request) => hosts.add(new URL(request.url()).host));
  await page.goto(`/posts/${SEED.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
  expect([...hosts]).toEqual([new URL(baseURL ?? '').host]);

  // Images are blocked here so the test never leaves the machine; the request is what counts.
  await page.route('https://1.bp.blogspot.com/**', (route) => route.abort());
  const imageRequest = page.waitForRequest((request) => request.url().startsWith('https://1.bp.blogspot.com/'));
  await page.getByRole('checkbox', { name: 'Show images' }).check();
  const request = await imageRequest;
  expect(request.headers().referer).toBeUndefined();
});
