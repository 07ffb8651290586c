/**
 * The built app under its own Content Security Policy (src/compiler/security-headers.ts), as
 * `vite preview` and `npm start` serve it: every route renders with no violation and no console
 * error, and the policy is really enforced (an injected inline script is refused and reported).
 */
import { type Locator, type Page, expect, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../src/compiler/security-headers.ts';
import { SEED } from './helpers.ts';

type Watched = Window & { __cspViolations?: string[] };

const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** Records CSP violations (from an init script, so none is missed) and console errors. */
async function watch(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as Watched).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI}`));
  });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  // The post's images come from other hosts: answered here with a pixel, so the test never leaves
  // the machine and a refused load (a console error of its own) is not mistaken for the policy's.
  await page.route(/^https:\/\//, (route) => route.fulfill({ contentType: 'image/gif', body: PIXEL }));
  return {
    errors,
    violations: () => page.evaluate(() => (window as Watched).__cspViolations ?? []),
  };
}

const ROUTES: { name: string; path: string; ready: (page: Page) => Locator; act?: (page: Page) => Promise<void> }[] = [
  { name: 'the explorer', path: '/', ready: (page) => page.getByRole('status').filter({ hasText: /^\d[\d,]* posts?$/ }) },
  {
    name: 'a filtered, searched explorer view',
    path: '/?actor=lazarus-group&q=telegram',
    ready: (page) => page.getByRole('link', { name: SEED.title, exact: true }),
  },
  {
    name: 'a post with its images shown',
    path: `/posts/${SEED.slug}`,
    ready: (page) => page.getByRole('heading', { level: 1, name: SEED.title }),
    act: async (page) => {
      const image = page.waitForRequest((request) => request.resourceType() === 'image');
      await page.getByRole('checkbox', { name: 'Show images' }).check();
      await image;
    },
  },
  {
    name: 'a citation copied from a post',
    path: `/posts/${SEED.slug}`,
    ready: (page) => page.getByRole('heading', { level: 1, name: SEED.title }),
    act: async (page) => {
      await page.getByRole('region', { name: 'Reported figures' }).getByRole('button', { name: 'Copy citation of $571 million' }).click();
      // Copied, or offered to copy by hand where the browser keeps the clipboard closed.
      await expect(page.getByRole('status').filter({ hasText: /Citation copied|Copy the citation from here/ }).first()).toBeVisible();
    },
  },
  {
    name: 'an export of a filtered view, its code loaded on demand',
    path: '/?actor=lazarus-group',
    ready: (page) => page.getByRole('button', { name: 'Export', exact: true }),
    act: async (page) => {
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      const download = page.waitForEvent('download');
      await page.getByRole('group', { name: 'Export this view' }).getByRole('button', { name: 'Download STIX 2.1 bundle' }).click();
      await download;
    },
  },
  { name: 'the hostile-markup post', path: '/posts/hostile-markup-test', ready: (page) => page.getByRole('heading', { level: 1 }) },
  { name: 'an actor page', path: '/actors/lazarus-group', ready: (page) => page.getByRole('heading', { level: 1, name: 'Lazarus Group' }) },
  { name: 'a country page', path: '/countries/KP', ready: (page) => page.getByRole('heading', { level: 1, name: 'North Korea' }) },
  {
    name: 'the charts of a view',
    path: '/charts?actor=lazarus-group',
    // Both lazily loaded chart modules have drawn their plots.
    ready: (page) => page.getByRole('region', { name: 'Posts over time', exact: true }).getByRole('application'),
    act: async (page) => {
      await expect(page.getByRole('region', { name: 'Reported money over time', exact: true }).getByRole('application')).toBeVisible();
    },
  },
  { name: 'the not-found page', path: '/no/such/page', ready: (page) => page.getByRole('heading', { name: 'Not found' }) },
  { name: 'the saved views page', path: '/saved', ready: (page) => page.getByRole('heading', { level: 1, name: 'Saved views' }) },
];

for (const route of ROUTES) {
  test(`${route.name} runs under the strict policy with no violation and no console error`, async ({ page }) => {
    const watched = await watch(page);
    const response = await page.goto(route.path);
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    await expect(route.ready(page)).toBeVisible();
    await route.act?.(page);
    expect(await watched.violations()).toEqual([]);
    expect(watched.errors).toEqual([]);
  });
}

test('the policy is enforced: an injected inline script is refused and reported', async ({ page }) => {
  const watched = await watch(page);
  await page.goto('/');
  await expect(ROUTES[0]?.ready(page) ?? page.locator('body')).toBeVisible();
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
    return (window as Window & { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
  await expect.poll(watched.violations).toContainEqual(expect.stringMatching(/^script-src-elem inline$/));
});

test('every answer carries the security headers, data files included', async ({ request }) => {
  for (const path of ['/', '/posts/no-such-post', '/data/manifest.json']) {
    const response = await request.get(path);
    const headers = response.headers();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], `${path} ${name}`).toBe(value);
  }
});
