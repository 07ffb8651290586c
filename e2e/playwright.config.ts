/**
 * End-to-end tests: the production build, served by `vite preview`, driven in a real Chromium.
 * Three builds: one at the root, one under a sub-path, as static hosts often serve the app, and one
 * of hostile-markup posts only, so their hundreds of posts stay out of the other tests' lists.
 */
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './setup/chromium.ts';

const repo = path.resolve(import.meta.dirname, '..');
// The shipped posts plus fixtures only the tests need (hostile markup, a draft, a broken post).
const contentDirs = ['public/content/posts', 'e2e/fixtures/posts'].join(path.delimiter);

// One post per hostile-markup vector (e2e/fixtures/xss-vectors.ts), written before their own build.
const hostilePosts = 'e2e/.output/hostile-posts';

function server(name: string, port: number, base: string, content = contentDirs, prepare = '') {
  const outDir = `e2e/.output/${name}`;
  return {
    command: `${prepare}npx vite build --outDir ${outDir} --emptyOutDir && npx vite preview --outDir ${outDir} --host 127.0.0.1 --port ${port} --strictPort`,
    cwd: repo,
    env: { CONTENT_DIR: content, BASE_PATH: base },
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
  };
}

// Another checkout's tests may hold the usual ports: E2E_PORT moves all three servers.
const rootPort = Number(process.env.E2E_PORT ?? 4317);
const subPathPort = rootPort + 1;
const hostilePort = rootPort + 2;

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '.results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  // Lazy chunks (charts, export) and whole-page loads on a 2-core machine running both workers can
  // take past Playwright's default 5 s; a wait is still a wait for the same thing.
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    launchOptions: { executablePath: findChromium() ?? undefined, args: chromiumArgs() },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'root', testIgnore: /(?:sub-path|hostile-markup)\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${rootPort}` } },
    { name: 'sub-path', testMatch: /sub-path\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${subPathPort}` } },
    { name: 'hostile', testMatch: /hostile-markup\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${hostilePort}` } },
  ],
  webServer: [
    server('root', rootPort, '/'),
    server('sub-path', subPathPort, '/sitrep/'),
    server('hostile', hostilePort, '/', hostilePosts, `npx tsx e2e/setup/write-hostile-posts.ts ${hostilePosts} && `),
  ],
});
