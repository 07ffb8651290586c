/**
 * `npm run bench`: the figures the product is held to, printed, never asserted. Runs in Node.
 *   npm run bench                 every section
 *   npm run bench -- facets       one section (compile, facets, search, charts)
 *   npm run bench -- scale [--posts 30000 | --content <dir>] [--runs 3]
 *                                 a real feed archive's size: compile, rebuild and the app in Chromium
 */
import { benchCharts } from './charts-bench.ts';
import { benchCompile } from './compile-bench.ts';
import { benchFacets } from './facets-bench.ts';
import { benchScale } from './scale/scale-bench.ts';
import { benchSearch } from './search-bench.ts';

const SECTIONS: Record<string, () => Promise<void>> = {
  compile: benchCompile,
  facets: benchFacets,
  search: benchSearch,
  charts: benchCharts,
};

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  // The scale bench takes options of its own and runs alone: it takes minutes.
  if (wanted[0] === 'scale') return benchScale(wanted.slice(1));
  for (const [name, run] of Object.entries(SECTIONS)) {
    if (wanted.length && !wanted.includes(name)) continue;
    await run();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
