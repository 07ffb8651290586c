import { expect, test } from '@playwright/test';

const HOSTILE = '/posts/hostile-markup-test';

test('hostile markup in a post runs nothing and leaves indicators as plain text', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(HOSTILE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fixture: hostile markup in a post');
  await page.getByRole('checkbox', { name: 'Show images' }).check();
  await page.route('https://tracker.example/**', (route) => route.abort());

  const body = page.getByRole('region', { name: 'Post text' });
  await expect(body).toContainText('hxxp://update-check[.]example/gate.php');
  await body.getByText('a javascript: link').click();

  expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  await expect(body.locator('script, iframe, form, input, object, embed')).toHaveCount(0);
  await expect(body.locator('[onerror], [onclick]')).toHaveCount(0);
  // Indicators stay text: the only link in the body is the author's, and it has no href left.
  for (const href of await body.locator('a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
    expect(href).not.toMatch(/payload\.example|update-check|invoice-example|^javascript:/);
  }
});

test('drafts and broken posts are left out, and every other post still compiles', async ({ page }) => {
  await page.goto('/posts/draft-fixture');
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  await page.goto('/posts/broken-front-matter');
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  await page.goto(HOSTILE);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
