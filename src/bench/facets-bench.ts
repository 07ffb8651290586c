/**
 * Facet engine timings on a synthetic collection of 100,000 posts: engine build, recounts for
 * typical views, and the two counting strategies side by side (the figures behind choosing one).
 */
import { bitsetOf, bitsetRows, countAnd } from '../model/facets/bitset.ts';
import { facetsFileOf, type PostSpec } from '../test-support/post-table-fixture.ts';
import { countByPostings, countPostingsIn, indexFacetColumn, postingLength, tallyRows } from '../model/facets/facet-index.ts';
import { createFacetEngine, type FacetView } from '../model/facets/facets.ts';
import { createPostTable } from '../model/facets/post-table.ts';
import { createViewState } from '../model/view/view-state.ts';
import { random, time, ms } from './measure.ts';

const POSTS = 100_000;


/** Draws value indices with probability proportional to 1 / (rank + 1)^s: a few common, most rare. */
function zipf(count: number, s: number, rand: () => number): () => number {
  const cumulative = new Float64Array(count);
  let total = 0;
  for (let k = 0; k < count; k++) cumulative[k] = total += 1 / (k + 1) ** s;
  return () => {
    const target = rand() * total;
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] ?? 0) < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** How many values a post lists, 0-4, most posts few. */
function valueCount(rand: () => number, weights: readonly number[]): number {
  let x = rand();
  for (let n = 0; n < weights.length; n++) {
    x -= weights[n] ?? 0;
    if (x < 0) return n;
  }
  return weights.length - 1;
}

function countryCode(k: number): string {
  return String.fromCharCode(65 + Math.floor(k / 26), 65 + (k % 26));
}

/** `POSTS` synthetic posts over 12 years, newest first, with Zipf-like facets. */
export function syntheticPosts(posts = POSTS, seed = 1): PostSpec[] {
  const rand = random(seed);
  const facet = (values: number, s: number, weights: readonly number[], name: (k: number) => string) => {
    const draw = zipf(values, s, rand);
    return () => Array.from({ length: valueCount(rand, weights) }, () => name(draw()));
  };
  const actors = facet(300, 1.1, [0.45, 0.35, 0.12, 0.05, 0.03], (k) => `actor-${k}`);
  const victims = facet(250, 1.0, [0.25, 0.4, 0.2, 0.1, 0.05], countryCode);
  const origins = facet(40, 1.4, [0.55, 0.35, 0.07, 0.02, 0.01], countryCode);
  const regions = facet(30, 1.0, [0.5, 0.3, 0.12, 0.05, 0.03], (k) => `region-${k}`);
  const platforms = facet(100, 1.1, [0.4, 0.3, 0.17, 0.08, 0.05], (k) => `platform-${k}`);
  const malware = facet(300, 1.0, [0.5, 0.3, 0.12, 0.05, 0.03], (k) => `malware-${k}`);
  const source = zipf(50, 1.0, rand);
  const newest = Date.UTC(2025, 11, 31);
  const span = Date.UTC(2025, 11, 31) - Date.UTC(2014, 0, 1);
  return Array.from({ length: posts }, (_, row) => ({
    date: new Date(newest - (span * row) / posts).toISOString().slice(0, 10),
    source: rand() < 0.05 ? null : `source-${source()}`,
    actors: actors(),
    victims: victims(),
    origins: origins(),
    regions: regions(),
    platforms: platforms(),
    malware: malware(),
  }));
}

/** Prints facet engine timings (median and p95 over repeated runs). */
export async function benchFacets(): Promise<void> {
  const file = facetsFileOf(syntheticPosts());
  const decodeStart = performance.now();
  const table = createPostTable(file);
  console.log(`facets: decode the facets file, ${POSTS} posts: ${ms(performance.now() - decodeStart)}`);
  const buildStart = performance.now();
  const engine = createFacetEngine(table);
  console.log(`facets: build engine, ${POSTS} posts: ${ms(performance.now() - buildStart)}`);

  const rand = random(7);
  const search = Array.from({ length: 5000 }, () => Math.floor(rand() * POSTS));
  const views: { name: string; view: FacetView; search?: number[] }[] = [
    { name: 'no filter', view: createViewState() },
    { name: 'one actor', view: createViewState({ filters: { actor: { include: ['actor-3'] } } }) },
    { name: 'one common platform', view: createViewState({ filters: { platform: { include: ['platform-0'] } } }) },
    { name: 'one exclusion', view: createViewState({ filters: { platform: { exclude: ['platform-3'] } } }) },
    {
      name: 'actor+victim+platform, exclusion, date range',
      view: createViewState({
        filters: { actor: { include: ['actor-0', 'actor-4'] }, victim: { include: ['AA', 'AC'] }, platform: { exclude: ['platform-0'] } },
        from: '2017-01-01',
        to: '2022-06-30',
      }),
    },
    { name: 'search of 5000 rows', view: createViewState(), search },
    { name: 'search of 5000 rows + one actor', view: createViewState({ filters: { actor: { include: ['actor-1'] } } }), search },
  ];
  for (const { name, view, search: rows } of views) {
    const total = engine.query(view, rows).total;
    const { median, p95 } = time(60, () => engine.query(view, rows));
    console.log(`facets: recount, ${POSTS} posts, ${name} (${total} match): median ${ms(median)}, p95 ${ms(p95)}`);
  }

  // The two ways to count one facet over a base set, at several base densities: the figures behind
  // ROW_VISIT_COST in facet-count.ts. (Over 50%, the engine visits the rows left out instead.)
  const victims = indexFacetColumn(table.victims);
  const half = bitsetOf(POSTS, Array.from({ length: POSTS }, (_, row) => row).filter(() => rand() < 0.5));
  // The figures behind POSTINGS_PER_WORD in facet-index.ts: the commonest value, walked or as a bitset.
  const [common, bits] = [...victims.dense].sort(([a], [b]) => postingLength(victims, b) - postingLength(victims, a))[0] ?? [];
  if (common !== undefined && bits !== undefined) {
    const walked = time(200, () => countPostingsIn(victims, common, half));
    const anded = time(200, () => countAnd(bits, half));
    console.log(
      `facets: count one value of ${postingLength(victims, common)} rows: walked median ${ms(walked.median)}, as a bitset median ${ms(anded.median)}`,
    );
  }
  for (const share of [0.01, 0.05, 0.1, 0.2, 0.3, 0.5]) {
    const picked: number[] = [];
    for (let row = 0; row < POSTS; row++) if (rand() < share) picked.push(row);
    const base = bitsetOf(POSTS, picked);
    const counts = new Uint32Array(victims.ids.length);
    const byRows = time(40, () => tallyRows(victims, bitsetRows(base), counts, 1));
    const byPostings = time(40, () => countByPostings(victims, base, counts));
    console.log(
      `facets: count victims over ${Math.round(share * 100)}% of posts: by rows median ${ms(byRows.median)}, by postings median ${ms(byPostings.median)}`,
    );
  }
}
