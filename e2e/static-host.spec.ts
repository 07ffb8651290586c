/**
 * Deep links on a plain static host. The end-to-end builds (e2e/.output/, written by the web server
 * commands of playwright.config.ts) are served here by a file server that knows nothing of the app
 * and answers an unknown path with 404.html and status 404, as GitHub Pages does: the app must
 * still open the page the link names.
 */
import { readFile, stat } from 'node:fs/promises';
import { type AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { SEED } from './helpers.ts';

const OUTPUT = path.resolve(import.meta.dirname, '.output');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** Serves `root` under `base` like a static host: files as they are, `index.html` for folders, else `404.html`. */
function staticHost(root: string, base: string): Server {
  return createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
      const inside = pathname.startsWith(base) ? pathname.slice(base.length) : null;
      // `path.join` resolves `..`; a path that climbs out of the site is simply not found.
      const file = inside === null ? null : path.join(root, inside.endsWith('/') || inside === '' ? `${inside}index.html` : inside);
      const found = file !== null && file.startsWith(root + path.sep) && (await stat(file).catch(() => null))?.isFile();
      const served = found && file ? file : path.join(root, '404.html');
      response.writeHead(found ? 200 : 404, { 'content-type': TYPES[path.extname(served)] ?? 'application/octet-stream' });
      response.end(await readFile(served));
    })().catch(() => {
      response.writeHead(500);
      response.end();
    });
  });
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

for (const { name, base } of [
  { name: 'root', base: '/' },
  { name: 'sub-path', base: '/sitrep/' },
]) {
  test.describe(`the ${name} build on a static host that answers unknown paths with 404.html`, () => {
    const root = path.join(OUTPUT, name);
    let server: Server;
    let origin = '';

    test.beforeAll(async () => {
      server = staticHost(root, base);
      origin = await listen(server);
    });
    test.afterAll(async () => {
      await new Promise((resolve) => server.close(resolve));
    });

    test('the build wrote 404.html as a copy of index.html, and the host files', async () => {
      const index = await readFile(path.join(root, 'index.html'), 'utf8');
      expect(await readFile(path.join(root, '404.html'), 'utf8')).toBe(index);
      expect(index).toContain('http-equiv="Content-Security-Policy"');
      expect(await readFile(path.join(root, '_headers'), 'utf8')).toContain('Content-Security-Policy:');
      expect(await readFile(path.join(root, '.htaccess'), 'utf8')).toContain(`ErrorDocument 404 ${base}404.html`);
    });

    test('a deep link to a post opens the post', async ({ page }) => {
      const response = await page.goto(`${origin}${base}posts/${SEED.slug}`);
      // The host did not know the path: the page came from 404.html, and the app routed it.
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
      await expect(page.getByText(SEED.source).first()).toBeVisible();
    });

    test('a deep link to a filtered explorer view restores the filters', async ({ page }) => {
      await page.goto(`${origin}${base}?actor=lazarus-group&victim=GB`);
      await expect(page.getByRole('link', { name: 'Remove Threat actor: Lazarus Group' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Remove Victim country: United Kingdom' })).toBeVisible();
      await expect(page.getByRole('link', { name: SEED.title, exact: true })).toBeVisible();
    });

    test('a deep link to charts of a view and to an actor page open them', async ({ page }) => {
      await page.goto(`${origin}${base}charts?actor=lazarus-group`);
      await expect(page.getByRole('region', { name: 'Reported money over time', exact: true })).toBeVisible();
      await page.goto(`${origin}${base}actors/lazarus-group`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lazarus Group');
    });

    test('an address the app does not know shows its not-found page', async ({ page }) => {
      const response = await page.goto(`${origin}${base}no/such/page`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
    });
  });
}
