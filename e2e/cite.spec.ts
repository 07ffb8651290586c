/**
 * "Copy citation": a figure's sentence or a paragraph goes to the clipboard with the post's title,
 * source, day and a link; the link opens the post scrolled to the passage, marked. A link whose
 * passage is gone opens the post with a note.
 */
import { type Browser, type BrowserContext, type Page, expect, test } from '@playwright/test';
import { SEED } from './helpers.ts';

const FIGURE_SENTENCE = 'Last fall, Group-IB said that a North Korean group of hackers stole $571 million in cryptocurrencies.';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** What the clipboard holds, as lines. */
async function clipboardLines(page: Page): Promise<string[]> {
  return (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
}

/** Opens a copied link in a page of its own, as a colleague would. */
async function openInNewPage(context: BrowserContext, link: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return page;
}

/** A small window, so the cited passage is below the fold until the link scrolls to it. */
async function smallWindow(browser: Browser, baseURL: string | undefined): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 900, height: 500 }, baseURL, permissions: ['clipboard-read', 'clipboard-write'] });
}

test("a figure's citation names the post and links to the sentence, which the link scrolls to and marks", async ({ browser, baseURL }) => {
  const context = await smallWindow(browser, baseURL);
  const page = await context.newPage();
  await page.goto(`/posts/${SEED.slug}`);
  const figures = page.getByRole('region', { name: 'Reported figures' });
  await figures.getByRole('button', { name: 'Copy citation of $571 million' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Citation copied.' }).first()).toBeVisible();

  const [quote, reference, link, original] = await clipboardLines(page);
  expect(quote).toBe(`“${FIGURE_SENTENCE}”`);
  expect(reference).toBe(`${SEED.title}. E Hacking News - Latest Hacker News and IT Security News, ${SEED.day}.`);
  expect(link).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/posts/${SEED.slug}#cite-[0-9a-f]{8}-[0-9a-f]{8}$`));
  expect(original).toBe('Original article: https://ift.tt/309Z8NS');

  const opened = await openInNewPage(context, link ?? '');
  const mark = opened.getByRole('region', { name: 'Post text' }).locator('mark');
  await expect(mark).toHaveText(FIGURE_SENTENCE);
  await expect(mark).toBeInViewport();
  await expect(opened.getByText('The passage this link cites is no longer in the post')).toHaveCount(0);
  await context.close();
});

test('a paragraph is cited from the keyboard, and its link marks the whole paragraph', async ({ browser, baseURL }) => {
  const context = await smallWindow(browser, baseURL);
  const page = await context.newPage();
  await page.goto(`/posts/${SEED.slug}`);
  const text = page.getByRole('region', { name: 'Post text' });
  const buttons = text.getByRole('button', { name: /^Copy citation of paragraph \d+$/ });
  await expect(buttons).toHaveCount(7);
  // The text of the region is the post's: the buttons' label is style, not text.
  await expect(text).not.toContainText('Cite');

  const last = buttons.last();
  await last.focus();
  await page.keyboard.press('Enter');
  await expect(last).toHaveAttribute('data-copied', 'true');
  const [quote, reference, link] = await clipboardLines(page);
  expect(reference).toContain(SEED.title);
  expect(link).toMatch(/#cite-[0-9a-f]{8}$/);

  const opened = await openInNewPage(context, link ?? '');
  const marks = opened.getByRole('region', { name: 'Post text' }).locator('mark');
  await expect(marks.first()).toBeInViewport();
  const marked = (await marks.allTextContents()).join('').replace(/\s+/g, ' ').trim();
  // The quote is the paragraph, cut at a word when long.
  expect(marked.startsWith((quote ?? '').replace(/^“|(?:…)?”$/g, ''))).toBe(true);
  await context.close();
});

test('a citation link whose passage is gone opens the post with a note', async ({ page }) => {
  await page.goto(`/posts/${SEED.slug}#cite-00000000-00000000`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
  await expect(page.getByRole('status').filter({ hasText: 'The passage this link cites is no longer in the post' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Post text' }).locator('mark')).toHaveCount(0);
});

test("an actor page's largest figure is cited with its post's sentence, loaded when asked", async ({ page, context }) => {
  await page.goto('/actors/lazarus-group');
  const largest = page.getByRole('heading', { name: 'Largest reported figures' }).locator('..');
  const first = largest.getByRole('listitem').first();
  const href = (await first.getByRole('link').first().getAttribute('href')) ?? '';
  await first.getByRole('button', { name: /^Copy citation of / }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Citation copied.' }).first()).toBeVisible();
  const [quote, reference, link] = await clipboardLines(page);
  const [title] = ((await first.getByText(/ · \d{1,2} \w+ \d{4}$/).textContent()) ?? '').split(' · ');
  expect(reference?.startsWith(`${title}`)).toBe(true);
  // The same post the figure links to, at the figure's sentence.
  expect(link).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+${href.split('#')[0]}#cite-[0-9a-f]{8}-[0-9a-f]{8}$`));

  const opened = await openInNewPage(context, link ?? '');
  await expect(opened.getByRole('region', { name: 'Post text' }).locator('mark').first()).toBeInViewport();
  const marked = (await opened.getByRole('region', { name: 'Post text' }).locator('mark').allTextContents()).join('').replace(/\s+/g, ' ').trim();
  expect(marked.startsWith((quote ?? '').replace(/^“|(?:…)?”$/g, ''))).toBe(true);
});

test("a chart's figure is cited with its post's sentence", async ({ page, context }) => {
  await page.goto('/charts?actor=lazarus-group&from=2020-01-01&to=2020-12-31');
  const details = page.getByRole('region', { name: 'Figures from 1 January 2020 to 31 December 2020' });
  const item = details.getByRole('listitem').filter({ has: page.getByRole('link', { name: SEED.title }) });
  await item.getByRole('button', { name: 'Copy citation of 571,000,000 USD theft' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Citation copied.' }).first()).toBeVisible();
  const [quote, reference, link] = await clipboardLines(page);
  expect(quote).toBe(`“${FIGURE_SENTENCE}”`);
  expect(reference).toContain(SEED.day);

  const opened = await openInNewPage(context, link ?? '');
  await expect(opened.getByRole('region', { name: 'Post text' }).locator('mark')).toHaveText(FIGURE_SENTENCE);
});

test('an amount held out of the money chart is cited with its sentence', async ({ page, context }) => {
  // e2e/fixtures/posts/2012-07-10-money-out-of-proportion.md: "$75 trillion in damages", held out of the sum.
  await page.goto('/charts?from=2012-01-01&to=2012-12-31');
  const heldOut = page.getByRole('region', { name: 'Amounts out of all proportion' });
  await heldOut.getByRole('button', { name: 'Copy citation of 75,000,000,000,000 USD damages' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Citation copied.' }).first()).toBeVisible();
  const [quote, reference, link] = await clipboardLines(page);
  expect(quote).toBe('“In a retrospective on the early file-sharing years, one executive claimed that the piracy and malware of the era caused $75 trillion in damages.”');
  expect(reference).toMatch(/^Fixture: ransomware hits a regional bank, and a retrospective counts the cost of piracy\. .*10 July 2012\.$/);

  const opened = await openInNewPage(context, link ?? '');
  await expect(opened.getByRole('region', { name: 'Post text' }).locator('mark')).toHaveText(quote?.slice(1, -1) ?? '');
});
