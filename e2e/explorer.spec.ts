import { expect, test, type Page } from '@playwright/test';
import { SEED } from './helpers.ts';

/** The result count the explorer announces ("12 posts"), as a number. */
async function resultCount(page: Page): Promise<number> {
  const status = page.getByRole('status').filter({ hasText: /^\d[\d,]* posts?$/ });
  await expect(status).toBeVisible();
  return Number((await status.textContent())?.replace(/\D/g, ''));
}

/**
 * A facet value's checkbox, whose name is the value and its count ("Lazarus Group 16"); `facet` names
 * the facet where a value can appear in two (a country is a victim and an origin).
 */
function facetValue(page: Page, name: string, facet?: string) {
  const scope = facet ? page.getByRole('region', { name: facet, exact: true }) : page;
  return scope.getByRole('checkbox', { name: new RegExp(`^${name} \\d+$`) });
}

test('a deep link restores the facets, the list and the counts, also after a reload', async ({ page }) => {
  await page.goto('/?actor=lazarus-group&victim=GB');
  await expect(facetValue(page, 'Lazarus Group')).toBeChecked();
  await expect(facetValue(page, 'United Kingdom', 'Victim country')).toBeChecked();
  const count = await resultCount(page);
  expect(count).toBeGreaterThan(0);
  await expect(page.getByRole('link', { name: SEED.title, exact: true })).toBeVisible();
  // The active filters show as removable chips.
  await expect(page.getByRole('link', { name: 'Remove Threat actor: Lazarus Group' })).toBeVisible();

  await page.reload();
  await expect(facetValue(page, 'Lazarus Group')).toBeChecked();
  expect(await resultCount(page)).toBe(count);
});

test('selecting and excluding values updates the address, the list and the counts', async ({ page }) => {
  await page.goto('/');
  const all = await resultCount(page);

  await facetValue(page, 'Lazarus Group').check();
  await expect(page).toHaveURL(/\?actor=lazarus-group$/);
  const lazarus = await resultCount(page);
  expect(lazarus).toBeLessThan(all);
  await expect(facetValue(page, 'Lazarus Group')).toHaveAccessibleName(`Lazarus Group ${lazarus}`);

  await page.getByRole('button', { name: 'Exclude Ethereum' }).click();
  await expect(page).toHaveURL(/\?actor=lazarus-group&platform=-ethereum$/);
  await expect(page.getByRole('link', { name: 'Remove Platform: not Ethereum' })).toBeVisible();
  expect(await resultCount(page)).toBeLessThan(lazarus);

  await page.getByRole('link', { name: 'Clear all' }).click();
  await expect(page).toHaveURL(/\/$/);
  expect(await resultCount(page)).toBe(all);
});

test('Back and Forward walk through filter changes', async ({ page }) => {
  await page.goto('/');
  await facetValue(page, 'Lazarus Group').check();
  await expect(page).toHaveURL(/actor=lazarus-group/);
  await facetValue(page, 'South Korea', 'Victim country').check();
  await expect(page).toHaveURL(/actor=lazarus-group&victim=KR/);

  await page.goBack();
  await expect(page).toHaveURL(/\?actor=lazarus-group$/);
  await expect(facetValue(page, 'South Korea', 'Victim country')).not.toBeChecked();
  await page.goBack();
  await expect(facetValue(page, 'Lazarus Group')).not.toBeChecked();
  await page.goForward();
  await expect(facetValue(page, 'Lazarus Group')).toBeChecked();
});

test('unknown and malformed parameters are dropped with a notice that can be dismissed', async ({ page }) => {
  await page.goto('/?victim=ZZ&from=yesterday&colour=red&actor=lazarus-group');
  const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
  await expect(notice).toContainText('victim=ZZ');
  await expect(notice).toContainText('from=yesterday');
  await expect(notice).toContainText('colour=red');
  // What could be read still applies.
  await expect(facetValue(page, 'Lazarus Group')).toBeChecked();
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
});

test('searching an alias finds the group by any of its names and says why', async ({ page }) => {
  await page.goto('/');
  await resultCount(page);
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search posts' })).toBeFocused();
  await page.keyboard.type('Hidden Cobra');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/q=Hidden\+Cobra/);
  await expect(page.getByText(/“Hidden Cobra” is an alias of Lazarus Group/)).toBeVisible();
  await expect(page.getByRole('link', { name: SEED.title, exact: true })).toBeVisible();
  // The search combines with the facets.
  await expect(facetValue(page, 'Lazarus Group')).toBeVisible();
});

test('search results show a snippet with the matched words marked', async ({ page }) => {
  await page.goto('/?q=telegram+cryptocurrency');
  const seed = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: SEED.title, exact: true }) });
  await expect(seed.locator('mark').first()).toBeVisible();
});

test('j and k move through the list and Enter opens the post', async ({ page }) => {
  await page.goto('/?actor=lazarus-group&victim=GB&platform=telegram');
  expect(await resultCount(page)).toBe(1);
  await page.keyboard.press('j');
  await expect(page.getByRole('link', { name: SEED.title, exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/posts/${SEED.slug}\\?actor=lazarus-group`));
});

test('who attacked the UK through Telegram, and what was stolen: by clicks alone', async ({ page }) => {
  await page.goto('/');
  await facetValue(page, 'Lazarus Group').check();
  await facetValue(page, 'United Kingdom', 'Victim country').check();
  await facetValue(page, 'Telegram').check();
  await expect(page).toHaveURL(/actor=lazarus-group&victim=GB&platform=telegram/);
  await page.getByRole('link', { name: SEED.title, exact: true }).click();

  const figures = page.getByRole('region', { name: 'Reported figures' });
  await expect(figures).toContainText('$571 million');
  await expect(figures).toContainText('theft');
  await figures.getByRole('button', { name: 'Show in text' }).click();
  await expect(page).toHaveURL(/#figure-0$/);
  await expect(page.locator('mark').first()).toContainText('stole $571 million');
  // The list it came from is one step away.
  await expect(page.getByRole('navigation', { name: 'This view' })).toContainText('1 of 1 in this view');
});

test("the reader's chips lead to the filtered explorer and to the entity pages", async ({ page }) => {
  await page.goto(`/posts/${SEED.slug}`);
  await page.getByRole('link', { name: 'All posts: victims Poland' }).click();
  await expect(page).toHaveURL(/\?victim=PL$/);
  await expect(facetValue(page, 'Poland', 'Victim country')).toBeChecked();

  await page.goto(`/posts/${SEED.slug}`);
  await page.getByRole('link', { name: 'About Lazarus Group' }).click();
  await expect(page).toHaveURL('/actors/lazarus-group');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lazarus Group');
  await expect(page.getByRole('table', { name: /Names of Lazarus Group/ })).toContainText('Hidden Cobra');
  await expect(page.getByRole('link', { name: 'North Korea' }).first()).toBeVisible();
  await page.getByRole('link', { name: /posts naming Lazarus Group/ }).click();
  await expect(page).toHaveURL(/\?actor=lazarus-group$/);
});

test('a country page shows it as a victim and as an origin', async ({ page }) => {
  await page.goto('/countries/kp');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('North Korea');
  await expect(page.getByRole('region', { name: 'Attacks attributed to North Korea' })).toContainText('Lazarus Group');
  await page.goto('/countries/GB');
  await expect(page.getByRole('region', { name: 'United Kingdom as a victim' })).toContainText(/\d+ posts? →/);
});

test('unknown actors and countries show a not-found page with a way back', async ({ page }) => {
  await page.goto('/actors/no-such-group');
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  await page.goto('/countries/ZZ');
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to all posts' }).click();
  await expect(page).toHaveURL('/');
});

test('the explorer fits a 360 px wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/?actor=lazarus-group');
  await expect(page.getByRole('link', { name: SEED.title, exact: true })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the explorer and the charts show security news only until asked for every post, and the choice is in the URL', async ({ page }) => {
  const listing = 'Galaxy Racer 3.2.1 MOD APK for Android (Unlimited Coins)';
  await page.goto('/');
  const securityOnly = await resultCount(page);
  await expect(page.getByText(/Security news only: \d+ off-topic posts? hidden/)).toBeVisible();
  await page.getByRole('link', { name: 'Show all posts' }).click();
  await expect(page).toHaveURL(/\?all=1$/);
  expect(await resultCount(page)).toBeGreaterThan(securityOnly);
  await page.getByRole('checkbox', { name: /^English \d+$/ }).check();
  await expect(page).toHaveURL(/\?language=en&all=1$/);

  // A deep link keeps the choice; the off-topic post is listed and says so.
  await page.goto('/?all=1&q=galaxy%20racer');
  await expect(page.getByRole('link', { name: listing, exact: true })).toBeVisible();
  await expect(page.getByText('off-topic', { exact: true })).toBeVisible();
  await page.goto('/?q=galaxy%20racer');
  await expect(page.getByText('No posts match this view.')).toBeVisible();

  await page.goto('/charts?all=1');
  await expect(page.getByText('All posts, off-topic ones too')).toBeVisible();
  await page.getByRole('link', { name: 'Security news only' }).click();
  await expect(page).toHaveURL(/\/charts$/);

  // The reader says why a post is or is not security news.
  await page.goto('/?all=1&q=galaxy%20racer');
  await page.getByRole('link', { name: listing, exact: true }).click();
  await expect(page.getByText(/^Off-topic, shown only with all posts/)).toBeVisible();
});
