/**
 * Light and dark: the system's preference by default, a choice in the header's menu that this
 * browser remembers, and charts and print that keep to the theme.
 */
import { type Page, expect, test } from '@playwright/test';
import { SEED } from './helpers.ts';

/** The page's background colour, as the browser computes it. */
function background(page: Page) {
  return page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
}

const LIGHT = 'rgb(251, 251, 250)';
const DARK = 'rgb(21, 22, 26)';

test('the theme follows the system until the reader chooses one', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const menu = page.getByRole('combobox', { name: 'Theme' });
  await expect(menu).toHaveValue('system');
  await expect(menu.getByRole('option', { name: 'System (dark)' })).toBeAttached();
  expect(await background(page)).toBe(DARK);

  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => background(page)).toBe(LIGHT);
  await expect(menu.getByRole('option', { name: 'System (light)' })).toBeAttached();
});

test('the chosen theme is remembered across a reload and overrides the system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const menu = page.getByRole('combobox', { name: 'Theme' });
  await menu.selectOption('dark');
  await expect.poll(() => background(page)).toBe(DARK);

  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
  expect(await background(page)).toBe(DARK);

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
  await expect.poll(() => background(page)).toBe(LIGHT);
  await page.goto(`/posts/${SEED.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
  expect(await background(page)).toBe(LIGHT);

  await page.getByRole('combobox', { name: 'Theme' }).selectOption('system');
  await expect.poll(() => background(page)).toBe(DARK);
});

test('a corrupt stored theme falls back to the system', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('sitrep.theme', '{"not":"a theme"}'));
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('system');
  expect(await background(page)).toBe(DARK);
});

test("the explorer's timeline bars take the dark theme's colours", async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/?actor=lazarus-group');
  const bar = page.getByRole('region', { name: 'Posts over time', exact: true }).locator('rect').first();
  await expect(bar).toBeAttached();
  // The light theme's bar blue (#5b7fc7) would be dim on the dark background.
  expect(await bar.evaluate((rect) => getComputedStyle(rect).fill)).toBe('rgb(111, 147, 224)');
});

test('a post prints without navigation or controls, in black on white, with its links written out', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`/?actor=lazarus-group`);
  await page.getByRole('link', { name: SEED.title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });

  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'This view' })).toBeHidden();
  await expect(page.getByRole('checkbox', { name: 'Show images' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Show in text' }).first()).toBeHidden();
  await expect(page.getByRole('region', { name: 'Post text' })).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
  const source = page.getByRole('link', { name: new RegExp(SEED.source) });
  expect(await source.evaluate((link) => getComputedStyle(link, '::after').content)).toBe('" (https://ift.tt/309Z8NS)"');
});
