/**
 * Every page, in the light and the dark theme, checked with axe (WCAG 2.2 A and AA rules): no
 * serious or critical violation. Charts are checked with their plots drawn.
 */
import AxeBuilder from '@axe-core/playwright';
import { type Locator, type Page, expect, test } from '@playwright/test';
import { SEED } from './helpers.ts';

const PAGES: { name: string; path: string; ready: (page: Page) => Locator; act?: (page: Page) => Promise<void> }[] = [
  { name: 'the explorer', path: '/', ready: (page) => page.getByRole('status').filter({ hasText: /^\d[\d,]* posts?$/ }) },
  { name: 'a filtered explorer view', path: '/?actor=lazarus-group&victim=GB', ready: (page) => page.getByRole('link', { name: SEED.title, exact: true }) },
  { name: 'a searched explorer view', path: '/?q=telegram', ready: (page) => page.getByRole('link', { name: SEED.title, exact: true }) },
  { name: 'the reader of the seed post', path: `/posts/${SEED.slug}`, ready: (page) => page.getByRole('heading', { level: 1, name: SEED.title }) },
  { name: 'an actor page', path: '/actors/lazarus-group', ready: (page) => page.getByRole('heading', { level: 1, name: 'Lazarus Group' }) },
  { name: 'a country page', path: '/countries/KP', ready: (page) => page.getByRole('heading', { level: 1, name: 'North Korea' }) },
  { name: 'the charts page', path: '/charts?actor=lazarus-group', ready: (page) => page.getByRole('region', { name: 'Reported money over time', exact: true }).getByRole('application') },
  { name: 'the not-found page', path: '/no/such/page', ready: (page) => page.getByRole('heading', { name: 'Not found' }) },
  { name: 'the saved views page', path: '/saved', ready: (page) => page.getByRole('link', { name: 'Lazarus in the UK' }) },
  {
    name: 'the explorer with its save form open',
    path: '/?actor=lazarus-group',
    ready: (page) => page.getByRole('button', { name: 'Save view' }),
    act: async (page) => {
      await page.getByRole('button', { name: 'Save view' }).click();
      await expect(page.getByRole('textbox', { name: 'Name' })).toBeFocused();
    },
  },
];

// A saved view with new posts, so the list shows its badge, names and buttons.
const SAVED = JSON.stringify({
  views: [{ id: '1', name: 'Lazarus in the UK', page: 'explorer', query: '?actor=lazarus-group&victim=GB', seen: { generation: 'an older build', keys: '' } }],
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const entry of PAGES) {
    test(`${entry.name} has no serious accessibility violation in the ${colorScheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.addInitScript((saved) => localStorage.setItem('sitrep.savedViews.v1', saved), SAVED);
      await page.goto(entry.path);
      await expect(entry.ready(page)).toBeVisible();
      await entry.act?.(page);
      await expect(page.getByText('Loading chart…')).toHaveCount(0);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
      const report = serious.map((violation) => `${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes.map((node) => `  ${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join('\n')}`);
      expect(report).toEqual([]);
    });
  }
}
