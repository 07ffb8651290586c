/**
 * A crafted or mangled link in the built app: the page still shows, keeps what it can read within
 * the URL limits (docs/url-format.md), and lists the first notices with how many more there are.
 * The codec itself is fuzzed in src/model/view/view-state.property.test.ts.
 */
import { expect, test } from '@playwright/test';
import { SEED } from './helpers.ts';

test('a link with hundreds of bad parameters shows the page and ten notices, not hundreds', async ({ page }) => {
  const junk = Array.from({ length: 600 }, (_, i) => `utm_${i}=%E0%A4%A`).join('&');
  await page.goto(`/?actor=lazarus-group&${junk}`);
  const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
  await expect(notice.getByRole('listitem')).toHaveCount(11);
  // 499 unknown parameters one by one, then one notice for the 101 past the limit of 500.
  await expect(notice.getByRole('listitem').last()).toHaveText('and 490 more');
  await expect(page.getByRole('link', { name: 'Remove Threat actor: Lazarus Group' })).toBeVisible();
  await expect(page.getByRole('link', { name: SEED.title, exact: true })).toBeVisible();
});

test('a pasted search past 500 characters is cut at a word, and a hash longer than any word finds nothing', async ({ page }) => {
  await page.goto(`/?q=${'lazarus '.repeat(80)}`);
  const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
  await expect(notice).toContainText('longer than 500 characters; the words after that are left out');
  await expect(page.getByRole('link', { name: SEED.title, exact: true })).toBeVisible();

  const blob = 'QUJD'.repeat(80);
  await page.goto(`/?q=${blob}`);
  await expect(page.getByText('No posts match this view.')).toBeVisible();
  await expect(page.getByText(`No post contains “${blob}”.`)).toBeVisible();
});
