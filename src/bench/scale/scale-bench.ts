/**
 * `npm run bench -- scale [--posts 30000 | --content <dir>] [--runs 3]`: the figures of a real feed
 * archive's size, against the budgets in docs/decisions/0004-scale.md. It makes a large collection
 * from the posts at hand (or takes a real folder), then measures the cold compile and its peak
 * memory, `npm run build` after one post changed, and the built app in headless Chromium. It prints
 * medians with min and max, and never fails on a time.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findPostFiles } from '../../compiler/discover.ts';
import { measureBrowser, type BrowserRun } from './browser-figures.ts';
import { makeCollection } from './collection.ts';

const CORPUS = '../shared/corpus/posts';
const SHIPPED = 'public/content/posts';
const REPORTER = path.resolve(import.meta.dirname, 'report-resources.ts');

interface Figure {
  name: string;
  values: number[];
  unit: 'ms' | 's' | 'KB' | 'MB';
  budget: string;
}

/** Runs the scale bench with the command line after `scale`. */
export async function benchScale(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      posts: { type: 'string', default: '30000' },
      content: { type: 'string' },
      runs: { type: 'string', default: '3' },
      clicks: { type: 'string', default: '10' },
    },
  });
  const runs = Math.max(1, Number(values.runs));
  const log = (line: string) => console.log(`scale: ${line}`);
  const content = values.content
    ? path.resolve(values.content)
    : await makeCollection(existsSync(CORPUS) ? CORPUS : SHIPPED, Number(values.posts), log);
  const postCount = (await findPostFiles([content])).length;
  log(`${postCount.toLocaleString('en')} posts in ${path.relative(process.cwd(), content) || content}; ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);

  const work = await mkdtemp(path.join(os.tmpdir(), 'sitrep-scale-'));
  try {
    const figures: Figure[] = [];
    const compile = await coldCompiles(content, work, runs, log);
    figures.push({ name: 'cold compile, all data files written', values: compile.seconds, unit: 's', budget: '<= 15 s' });
    figures.push({ name: 'peak memory of the compile', values: compile.peakMb, unit: 'MB', budget: '<= 1024 MB' });

    const build = await builds(content, work, runs, log);
    figures.push({ name: '`npm run build`, cold', values: build.coldSeconds, unit: 's', budget: '-' });
    figures.push({ name: '`npm run build` after one post changed', values: build.rebuildSeconds, unit: 's', budget: '<= 3 s' });
    figures.push({ name: '  of which compile', values: build.rebuildCompileMs, unit: 'ms', budget: '<= 1000 ms' });

    log('measuring the app in Chromium ...');
    const browser = await measureBrowser(build.dist, runs, Number(values.clicks));
    figures.push(...browserFigures(browser, postCount));
    const early = [...new Set(browser.flatMap((run) => run.earlyFiles))];
    printTable(figures, postCount);
    console.log(early.length ? `scale: fetched before the first list, and should not be: ${early.join(', ')}` : 'scale: nothing from search or charts is fetched before the first list');
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Compiles the collection from nothing (no cache, empty output) `runs` times. */
async function coldCompiles(content: string, work: string, runs: number, log: (line: string) => void) {
  const seconds: number[] = [];
  const peakMb: number[] = [];
  for (let run = 0; run < runs; run++) {
    const out = path.join(work, `compile-${run}`);
    const started = performance.now();
    const result = await runNode(['src/compiler/cli.ts', 'compile', '--content', content, '--out', out, ...(process.env.SCALE_NO_CACHE_FLAG === '0' ? [] : ['--no-cache'])], {});
    const elapsed = (performance.now() - started) / 1000;
    if (result.code !== 0) log(`compile run ${run + 1} failed (exit ${result.code}): ${lastLines(result.stderr, 3)}`);
    seconds.push(result.code === 0 ? elapsed : Number.NaN);
    peakMb.push(result.peakBytes / 2 ** 20);
    log(`cold compile ${run + 1}: ${elapsed.toFixed(1)} s, peak ${(result.peakBytes / 2 ** 20).toFixed(0)} MB; ${stagesLine(result.stdout)}`);
    await rm(out, { recursive: true, force: true });
  }
  return { seconds, peakMb };
}

/** `vite build` once from nothing, then `runs` times after editing one post. */
async function builds(content: string, work: string, runs: number, log: (line: string) => void) {
  const dist = path.join(work, 'dist');
  const cacheDir = path.join(work, 'cache');
  const env = { CONTENT_DIR: content, SITREP_CACHE_DIR: cacheDir };
  const viteArgs = ['node_modules/vite/bin/vite.js', 'build', '--outDir', dist, '--logLevel', 'info'];
  const coldSeconds: number[] = [];
  const started = performance.now();
  // As `npm run build` runs it: Vite bundles its config with the compiler, so no tsx loader (which
  // would add most of a second to every start).
  const cold = await runNode(viteArgs, env, true);
  coldSeconds.push((performance.now() - started) / 1000);
  if (cold.code !== 0) throw new Error(`vite build failed: ${lastLines(cold.stderr + cold.stdout, 8)}`);
  log(`cold build: ${coldSeconds[0]?.toFixed(1)} s`);

  const [edited] = await findPostFiles([content]);
  if (!edited) throw new Error('the collection has no posts');
  const original = await readFile(edited, 'utf8');
  const rebuildSeconds: number[] = [];
  const rebuildCompileMs: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      await writeFile(edited, `${original}\n\nAn edit the scale bench made, number ${run + 1}.\n`);
      const start = performance.now();
      const result = await runNode(viteArgs, env, true);
      const elapsed = (performance.now() - start) / 1000;
      const compiled = /compiled in (\d+) ms/.exec(result.stdout + result.stderr);
      rebuildSeconds.push(result.code === 0 ? elapsed : Number.NaN);
      rebuildCompileMs.push(compiled ? Number(compiled[1]) : Number.NaN);
      log(`rebuild ${run + 1}: ${elapsed.toFixed(2)} s, compile ${compiled?.[1] ?? '?'} ms`);
    }
  } finally {
    await writeFile(edited, original);
  }
  return { dist, coldSeconds, rebuildSeconds, rebuildCompileMs };
}

function browserFigures(runs: BrowserRun[], postCount: number): Figure[] {
  const p95 = (values: number[]) => percentile(values.filter(Number.isFinite), 0.95);
  const budgetList = postCount > 50_000 ? '<= 2000 ms' : '<= 1000 ms';
  const budgetClick = postCount > 50_000 ? '<= 100 ms' : '<= 50 ms';
  return [
    { name: 'bytes before the first list, gzip', values: runs.map((run) => run.firstListBytes / 1024), unit: 'KB', budget: '<= 450 KB' },
    { name: 'JavaScript before the first list, gzip', values: runs.map((run) => run.firstListJsBytes / 1024), unit: 'KB', budget: '<= 170 KB' },
    { name: 'first list and facets shown, cold cache', values: runs.map((run) => run.firstListMs), unit: 'ms', budget: budgetList },
    { name: 'facet click to count painted, p95', values: runs.map((run) => p95(run.facetClickMs)), unit: 'ms', budget: budgetClick },
    { name: 'facet click to count painted, median', values: runs.map((run) => percentile(run.facetClickMs, 0.5)), unit: 'ms', budget: '-' },
    { name: 'search: word to results painted, p95', values: runs.map((run) => p95(run.searchMs)), unit: 'ms', budget: '<= 150 ms' },
    { name: 'first query, gzip', values: runs.map((run) => run.firstQueryBytes / 1024), unit: 'KB', budget: '<= 300 KB' },
    { name: 'JS heap after load and one search', values: runs.map((run) => run.heapBytes / 2 ** 20), unit: 'MB', budget: '<= 80 MB' },
  ];
}

function percentile(values: number[], q: number): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function printTable(figures: Figure[], postCount: number): void {
  const format = (value: number, unit: Figure['unit']) =>
    Number.isFinite(value) ? `${value.toFixed(unit === 's' ? 1 : 0)} ${unit}` : 'failed';
  console.log(`\n| figure at ${postCount.toLocaleString('en')} posts | median | min - max | budget |`);
  console.log('|---|---|---|---|');
  for (const figure of figures) {
    const median = percentile(figure.values, 0.5);
    const finite = figure.values.filter(Number.isFinite);
    const range = finite.length ? `${format(Math.min(...finite), figure.unit)} - ${format(Math.max(...finite), figure.unit)}` : '-';
    console.log(`| ${figure.name} | ${format(median, figure.unit)} | ${range} | ${figure.budget} |`);
  }
  console.log('');
}

interface NodeResult {
  code: number;
  stdout: string;
  stderr: string;
  peakBytes: number;
}

/**
 * Runs a TypeScript or JavaScript entry in a new Node process, reporting its peak memory; `plain`
 * runs a JavaScript entry as its command does, without tsx's loader (nor the peak memory).
 */
function runNode(args: string[], env: Record<string, string>, plain = false): Promise<NodeResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(plain ? [] : ['--import', 'tsx', '--import', REPORTER]), ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const report = /\{"sitrepBench":\{"maxRssBytes":(\d+)\}\}/.exec(stderr);
      resolve({ code: code ?? 1, stdout, stderr, peakBytes: report ? Number(report[1]) : Number.NaN });
    });
  });
}

/** The compile's line of stage timings ("30000 compiled, 0 from the cache; ..."), whatever notes follow it. */
function stagesLine(stdout: string): string {
  return stdout.split('\n').find((line) => /^\d+ compiled, /.test(line)) ?? lastLines(stdout, 1);
}

function lastLines(text: string, count: number): string {
  return text.trim().split('\n').slice(-count).join(' / ');
}
