/**
 * What an analyst feels, measured in headless Chromium against a built site: bytes and time until
 * the first list with its facets, a facet click until the frame with the new count is painted (the
 * browser's Event Timing), a search until its results are painted, and the JS heap after load and one search. Every run is a new browser
 * context, so the cache is cold.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs, findChromium } from '../../../e2e/setup/chromium.ts';
import { serveStatic } from './static-server.ts';

/** One run's figures. Times in ms, sizes in bytes (gzip, as sent). */
export interface BrowserRun {
  firstListMs: number;
  firstListBytes: number;
  firstListJsBytes: number;
  /** Whether a chart or search file was fetched before the first list (it must not be). */
  earlyFiles: string[];
  facetClickMs: number[];
  searchMs: number[];
  firstQueryBytes: number;
  heapBytes: number;
}

const FIRST_LIST = 'ol.posts li a.post-title';
const FACET_BOX = 'section.facet input[type=checkbox]';
const QUERIES = ['ransomware', 'lazarus', 'phishing', 'bitcoin', 'vulnerability', 'android'];

/** Opens the site `runs` times and measures each. */
export async function measureBrowser(distDir: string, runs: number, clicks: number): Promise<BrowserRun[]> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium found: run npm test once, or set CHROMIUM_PATH');
  const server = await serveStatic(distDir);
  const browser = await chromium.launch({ executablePath, args: chromiumArgs() });
  try {
    const results: BrowserRun[] = [];
    for (let run = 0; run < runs; run++) results.push(await measureOnce(browser, server.origin, server.sentBytes, clicks, run));
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}

async function measureOnce(browser: Browser, origin: string, sent: Map<string, number>, clicks: number, run: number): Promise<BrowserRun> {
  // The probes below are strings evaluated in the page, which the app's CSP (no eval) would refuse.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  const fetched: string[] = [];
  page.on('response', (response) => fetched.push(new URL(response.url()).pathname));
  const bytesOf = (paths: readonly string[]) => paths.reduce((sum, p) => sum + (sent.get(p) ?? 0), 0);

  await page.goto(`${origin}/`, { waitUntil: 'commit' });
  const firstListMs = await page
    .waitForFunction(`document.querySelector(${JSON.stringify(FIRST_LIST)}) && document.querySelector(${JSON.stringify(FACET_BOX)}) ? performance.now() : false`, undefined, {
      polling: 'raf',
      timeout: 60_000,
    })
    .then((handle) => handle.jsonValue() as Promise<number>);
  const beforeList = [...fetched];
  const earlyFiles = beforeList.filter((p) => /recharts|\/search\/|posts-chart|money-chart/.test(p));

  await page.evaluate(OBSERVE_EVENTS);
  const facetClickMs: number[] = [];
  for (let i = 0; i < clicks; i++) {
    // Include a value, then clear it again: two changes of the count per value.
    for (let twice = 0; twice < 2; twice++) facetClickMs.push(await clickFacet(page, i + run));
  }

  const searchMs: number[] = [];
  let firstQueryBytes = 0;
  for (const [index, word] of QUERIES.entries()) {
    const before = fetched.length;
    searchMs.push(await search(page, word));
    if (index === 0) firstQueryBytes = bytesOf(fetched.slice(before));
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await context.close();
  return {
    firstListMs,
    firstListBytes: bytesOf(beforeList),
    firstListJsBytes: bytesOf(beforeList.filter((p) => p.endsWith('.js'))),
    earlyFiles,
    facetClickMs,
    searchMs,
    firstQueryBytes,
    heapBytes: heap.usedSize,
  };
}

// The in-page scripts are plain JavaScript text: tsx would wrap named functions of a TypeScript
// callback in helpers that do not exist in the page.
const WAIT_AND_PAINT = `
  const waitFor = (done, limit) => new Promise((resolve) => {
    if (done()) return resolve(true);
    const observer = new MutationObserver(() => { if (done()) { observer.disconnect(); resolve(true); } });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    setTimeout(() => { observer.disconnect(); resolve(false); }, limit);
  });
  const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const count = () => document.querySelector('.result-count')?.textContent ?? '';
`;

// Marks the facet checkbox to click next (checked first, to clear it; else the n-th whose count is
// below the total), and returns the count text before the click.
const PICK_FACET = `({ box, n }) => {
  const count = () => document.querySelector('.result-count')?.textContent ?? '';
  const total = Number(count().replace(/[^0-9]/g, ''));
  const boxes = [...document.querySelectorAll(box)].filter((input) => {
    const value = Number(input.closest('label')?.querySelector('.facet-count')?.textContent?.replace(/[^0-9]/g, '') ?? '0');
    return input.checked || (value > 0 && value < total);
  });
  for (const input of document.querySelectorAll('[data-bench-target]')) input.removeAttribute('data-bench-target');
  const target = boxes.find((input) => input.checked) ?? boxes[(n * 7) % Math.max(1, boxes.length)];
  if (!target) return null;
  target.setAttribute('data-bench-target', '');
  target.scrollIntoView({ block: 'center' });
  return count();
}`;

// Collects Event Timing entries (the browser's own interaction-to-next-paint), from the first click on.
const OBSERVE_EVENTS = `(() => {
  window.__benchEvents = [];
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (entry.interactionId) window.__benchEvents.push({ id: entry.interactionId, duration: entry.duration }); })
    .observe({ type: 'event', buffered: true, durationThreshold: 16 });
})()`;

const SUBMIT_SEARCH = `async () => {
  ${WAIT_AND_PAINT}
  const list = () => count() + '|' + (document.querySelector('ol.posts li')?.textContent ?? '');
  const before = list();
  const start = performance.now();
  document.querySelector('form[role=search]')?.requestSubmit();
  await waitFor(() => list() !== before && /\\d/.test(count()) && !/Searching/.test(count()), 10000);
  await painted();
  return performance.now() - start;
}`;

/**
 * Clicks a facet checkbox with a real mouse click and returns how long until the next frame was
 * painted, as the browser's Event Timing reports it for the interaction (the measure behind INP:
 * input delay, handlers and rendering up to the paint). Durations under 16 ms are not reported by
 * the browser; they count as 16.
 */
async function clickFacet(page: Page, n: number): Promise<number> {
  const before = (await page.evaluate(`(${PICK_FACET})(${JSON.stringify({ box: FACET_BOX, n })})`)) as string | null;
  if (before === null) return Number.NaN;
  const seen = (await page.evaluate('window.__benchEvents.length')) as number;
  await page.locator('[data-bench-target]').click();
  await page.waitForFunction(`(document.querySelector('.result-count')?.textContent ?? '') !== ${JSON.stringify(before)}`, undefined, { polling: 'raf' });
  // Two frames later the interaction's entries have been delivered.
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))))');
  const events = (await page.evaluate(`window.__benchEvents.slice(${seen})`)) as { id: number; duration: number }[];
  return events.reduce((max, event) => Math.max(max, event.duration), 16);
}

/** Types a word in the search box, submits, and times it until the results are painted. */
async function search(page: Page, word: string): Promise<number> {
  await page.locator('input[name=q]').fill(word);
  return page.evaluate(`(${SUBMIT_SEARCH})()`) as Promise<number>;
}
