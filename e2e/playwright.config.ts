/**
 * End-to-end tests: the production build, served by `vite preview`, driven in a real Chromium.
 * Two builds: one at the root, one under a sub-path, as static hosts often serve the app.
 */
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './setup/chromium.ts';

const repo = path.resolve(import.meta.dirname, '..');
// The shipped posts plus fixtures only the tests need (hostile markup, a draft, a broken post).
const contentDirs = ['public/content/posts', 'e2e/fixtures/posts'].join(path.delimiter);

function server(name: string, port: number, base: string) {
  const outDir = `e2e/.output/${name}`;
  return {
    command: `npx vite build --outDir ${outDir} --emptyOutDir && npx vite preview --outDir ${outDir} --host 127.0.0.1 --port ${port} --strictPort`,
    cwd: repo,
    env: { CONTENT_DIR: contentDirs, BASE_PATH: base },
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
  };
}

// Another checkout's tests may hold the usual ports: E2E_PORT moves both servers.
const rootPort = Number(process.env.E2E_PORT ?? 4317);
const subPathPort = rootPort + 1;

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '.results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  use: {
    launchOptions: { executablePath: findChromium() ?? undefined, args: chromiumArgs() },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'root', testIgnore: /sub-path\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${rootPort}` } },
    { name: 'sub-path', testMatch: /sub-path\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${subPathPort}` } },
  ],
  webServer: [server('root', rootPort, '/'), server('sub-path', subPathPort, '/sitrep/')],
});
