/**
 * Chart data timings on a synthetic collection of 30,000 posts: the pure functions every chart runs
 * on a view change (src/model/chart-*.ts), with the marks each would draw.
 */
import { postsOverTime } from '../model/charts/time-series.ts';
import { actorRegionMatrix, topValues } from '../model/charts/tallies.ts';
import { countedFigures, type MoneyTable } from '../model/charts/incidents.ts';
import { moneyOverTime, type MoneyChartOptions } from '../model/charts/money.ts';
import { FIGURE_KINDS, type FigureKind, type IndexFigure } from '../model/format/data-format.ts';
import { createFacetEngine } from '../model/facets/facets.ts';
import { createPostTable } from '../model/facets/post-table.ts';
import { createViewState } from '../model/view/view-state.ts';
import { syntheticPosts } from './facets-bench.ts';
import { facetsFileOf } from '../test-support/post-table-fixture.ts';
import { random, time, ms } from './measure.ts';

const POSTS = 30_000;
const KINDS: readonly FigureKind[] = FIGURE_KINDS;


// Round amounts, as reporting gives them, so the same incident recurs across posts and dedup has work.
const AMOUNTS = [10_000, 50_000, 100_000, 250_000, 1e6, 2.5e6, 5e6, 1e7, 2e7, 5e7, 1e8, 2.35e8, 6.2e8, 1.5e9];
const CURRENCIES: [string, number | null][] = [
  ['USD', 1],
  ['USD', 1],
  ['USD', 1],
  ['USD', 1],
  ['USD', 1],
  ['USD', 1],
  ['EUR', 1.1],
  ['GBP', 1.27],
  ['JPY', 0.0068],
  ['BTC', null],
];

/** About a third of posts report one to three figures. */
function syntheticFigures(posts: number, rand: () => number): IndexFigure[][] {
  const pick = <T>(values: readonly T[]): T => values[Math.floor(rand() * values.length)] as T;
  return Array.from({ length: posts }, () => {
    if (rand() > 0.35) return [];
    return Array.from({ length: 1 + Math.floor(rand() * 3) }, (): IndexFigure => {
      const [currency, rate] = pick(CURRENCIES);
      const amount = pick(AMOUNTS) * (currency === 'JPY' ? 150 : 1);
      return [amount, currency, pick(KINDS), rate === null ? null : amount * rate, rand() < 0.1 ? 1 : 0];
    });
  });
}



/** Prints chart data timings (median and p95 over repeated runs) and the marks each chart would draw. */
export async function benchCharts(): Promise<void> {
  const posts = createPostTable(facetsFileOf(syntheticPosts(POSTS, 3)));
  const table: MoneyTable = { day: posts.day, actors: posts.actors, victims: posts.victims, figures: syntheticFigures(POSTS, random(11)) };
  const engine = createFacetEngine(posts);
  const all = engine.query(createViewState()).rows;
  const oneActor = engine.query(createViewState({ filters: { actor: { include: ['actor-0'] } } })).rows;
  const report = (name: string, rows: ArrayLike<number>, marks: number, task: () => void) => {
    const { median, p95 } = time(30, task);
    console.log(`charts: ${name}, ${rows.length} posts: median ${ms(median)}, p95 ${ms(p95)} (${marks} marks)`);
  };

  const money = (rows: ArrayLike<number>, options: Omit<MoneyChartOptions, 'currency'>) => moneyOverTime(table, rows, { currency: 'USD', ...options });
  const moneyRuns: { name: string; rows: ArrayLike<number>; options: Omit<MoneyChartOptions, 'currency'> }[] = [
    { name: 'money by quarter, stacked by kind', rows: all, options: { stackBy: 'kind', unit: 'quarter' } },
    { name: 'money by year (auto), stacked by kind', rows: all, options: { stackBy: 'kind', maxBins: 30 } },
    { name: 'money by month asked, stacked by actor', rows: all, options: { stackBy: 'actor', unit: 'month' } },
    { name: 'money by quarter, with converted amounts', rows: all, options: { stackBy: 'kind', unit: 'quarter', includeConverted: true } },
    { name: 'money by quarter, one actor', rows: oneActor, options: { stackBy: 'kind', unit: 'quarter' } },
  ];
  for (const { name, rows, options } of moneyRuns) {
    const series = money(rows, options);
    report(`${name} (${series.unit})`, rows, series.bins.length * series.series.length, () => money(rows, options));
  }
  const counted = countedFigures(table, all, { currency: 'USD' });
  const reports = counted.reduce((sum, figure) => sum + figure.figures.length, 0);
  report(`dedup only, ${reports} USD figures into ${counted.length} incidents`, all, 0, () => countedFigures(table, all, { currency: 'USD' }));

  const byMonth = postsOverTime(posts, all, { maxBins: 160 });
  report(`posts over time (${byMonth.unit})`, all, byMonth.bins.length, () => postsOverTime(posts, all, { maxBins: 160 }));
  const compact = postsOverTime(posts, all, { maxBins: 60 });
  report(`compact posts over time (${compact.unit})`, all, compact.bins.length, () => postsOverTime(posts, all, { maxBins: 60 }));
  const undated = () => engine.query(createViewState({ filters: { actor: { include: ['actor-0'] } } })).rows;
  report('posts over time, one actor, with the undated recount', oneActor, 0, () => postsOverTime(posts, undated(), { maxBins: 160 }));
  for (const facet of ['victim', 'actor', 'platform'] as const) {
    report(`top 10 ${facet}s`, all, 10, () => topValues(posts, all, facet, 10));
  }
  const matrix = actorRegionMatrix(posts, all, { actorLimit: 12, regionLimit: 10 });
  report('actor × region matrix', all, matrix.actors.length * matrix.regions.length, () => actorRegionMatrix(posts, all, { actorLimit: 12, regionLimit: 10 }));
}
