/**
 * The app from the keyboard alone: every control reached with Tab, the focus always visible, and
 * every chart readable as a table.
 */
import { type Locator, type Page, expect, test } from '@playwright/test';

/** Presses Tab until `target` has the focus; fails after `limit` presses. Checks each focus is visible. */
async function tabTo(page: Page, target: Locator, limit = 400) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      // A date field's focus is on a part inside it; the field itself shows the ring.
      const visible = element.matches(':focus-visible') || (element.matches('input[type="date"]') && element.matches(':focus-within'));
      const tag = `${element.tagName} ${element.getAttribute('aria-label') ?? element.textContent?.slice(0, 40) ?? ''}`;
      return { tag, outline: style.outlineStyle, width: Number.parseFloat(style.outlineWidth), visible };
    });
    if (ring) {
      expect(ring.visible, `${ring.tag} takes the focus visibly`).toBe(true);
      expect(ring.outline, `${ring.tag} has a focus ring`).not.toBe('none');
      expect(ring.width).toBeGreaterThan(0);
    }
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`${String(target)} was not reached in ${limit} presses of Tab`);
}

test('the explorer works from the keyboard: search, a facet, a post opened with Enter, the focus always visible', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: /^\d[\d,]* posts?$/ })).toBeVisible();

  const search = page.getByRole('searchbox', { name: 'Search posts' });
  await tabTo(page, search);
  await page.keyboard.type('telegram');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?q=telegram$/);

  const lazarus = page.getByRole('checkbox', { name: /^Lazarus Group \d+$/ });
  await tabTo(page, lazarus);
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/\?actor=lazarus-group&q=telegram$/);
  await expect(lazarus).toBeChecked();

  const post = page.getByRole('list').filter({ has: page.locator('a.post-title') }).getByRole('link').first();
  await expect(post).toBeVisible();
  const href = await post.getAttribute('href');
  await tabTo(page, post);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(href ?? '');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the header: theme and saved views are reached from the keyboard', async ({ page }) => {
  await page.goto('/?actor=lazarus-group');
  const save = page.getByRole('button', { name: 'Save view' });
  await tabTo(page, save, 10);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(save).toBeFocused();
  await tabTo(page, page.getByRole('link', { name: /^Saved views/ }), 5);
  await tabTo(page, page.getByRole('combobox', { name: 'Theme' }), 5);
});

test('every chart on the charts page can be shown as a table', async ({ page }) => {
  await page.goto('/charts?actor=lazarus-group');
  await expect(page.getByRole('region', { name: 'Reported money over time', exact: true }).getByRole('application')).toBeVisible();
  const titles = ['Reported money over time', 'Posts over time', 'Top victim countries', 'Top threat actors', 'Top platforms', 'Threat actors × victim regions'];
  await expect(page.getByText('Loading chart…')).toHaveCount(0);
  const headings = page.getByRole('main').getByRole('heading', { level: 2 });
  expect(await headings.allTextContents()).toEqual(expect.arrayContaining(titles));
  for (const title of titles) {
    const chart = page.getByRole('region', { name: title, exact: true });
    const toggle = chart.getByRole('button', { name: 'Show as table' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(chart.getByRole('table')).toBeVisible();
    await expect(chart.getByRole('table').getByRole('caption')).not.toBeEmpty();
  }
});
