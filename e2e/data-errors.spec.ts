import { expect, test } from '@playwright/test';
import { DATA_FORMAT } from '../src/model/format/data-version.ts';

test('a failed data fetch shows a retry that recovers', async ({ page }) => {
  let failing = true;
  await page.route('**/data/manifest.json', (route) => (failing ? route.abort('connectionrefused') : route.fallback()));
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('Could not load this page');

  failing = false;
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('status').filter({ hasText: /posts?$/ })).toBeVisible();
});

test('data in a format this app does not know is refused with a clear message', async ({ page }) => {
  await page.route('**/data/manifest.json', async (route) => {
    const response = await route.fetch();
    const manifest = (await response.json()) as Record<string, unknown>;
    await route.fulfill({ response, json: { ...manifest, format: 99 } });
  });
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This data cannot be read');
  await expect(alert).toContainText(`reads data format ${DATA_FORMAT}, but manifest.json is in format 99`);
});
