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
