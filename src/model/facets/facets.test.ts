import { describe, expect, it } from 'vitest';
import { facetsFileOf, type PostSpec } from '../../test-support/post-table-fixture.ts';
import { createFacetEngine, type FacetResult, type FacetView } from './facets.ts';
import { createPostTable, type PostTable } from './post-table.ts';
import { createViewState, FACETS, type Facet, type ViewStateInit } from '../view/view-state.ts';

const SOURCE_NAMES = new Map([
  ['the-record', 'The Record'],
  ['bbc', 'BBC News'],
]);

/** The facets file of the given posts, which must be newest first. */
function fileOf(posts: PostSpec[]) {
  const file = facetsFileOf(posts);
  file.facets.source = (file.facets.source ?? []).map(([id, , rows]) => [id, SOURCE_NAMES.get(id) ?? id, rows]);
  return file;
}

// Newest first, as the compiler writes them.
const POSTS: PostSpec[] = [
  { date: '2024-03-01T10:00:00+00:00', source: 'the-record', actors: ['lazarus-group'], victims: ['GB'], platforms: ['telegram'] },
  { date: '2023-07-15T09:00:00+02:00', source: 'bbc', actors: ['apt28'], victims: ['PL', 'GB'], platforms: ['windows'] },
  { date: '2022-11-02T12:00:00+00:00', source: 'the-record', actors: ['lazarus-group'], victims: ['KR'], platforms: ['windows', 'macos'], malware: ['applejeus'] },
  { date: '2021-05-20T08:00:00-04:00', actors: ['lazarus-group', 'apt38'], victims: ['BD'], origins: ['KP'] },
  { date: '2019-06-01T00:00:00+00:00', source: 'bbc', actors: ['apt28'], victims: ['US'], origins: ['RU'], platforms: ['windows'] },
  { date: '2019-01-05T00:00:00+00:00', source: 'bbc', victims: ['GB'], regions: ['europe'] },
];

function setup(posts = POSTS) {
  const table = createPostTable(fileOf(posts));
  return { table, engine: createFacetEngine(table, { names: { actor: new Map([['lazarus-group', 'Lazarus Group'], ['apt28', 'APT28'], ['apt38', 'APT38']]) } }) };
}

const view = (init: ViewStateInit = {}) => createViewState(init);
const countsOf = (result: FacetResult, facet: Facet) => Object.fromEntries(result.facets[facet].map((value) => [value.id, value.count]));
const slugs = (_table: PostTable, result: FacetResult) => [...result.rows].map((row) => `post-${row}`);

describe('createFacetEngine', () => {
  it('selects every post, newest first, when nothing is filtered', () => {
    const { table, engine } = setup();
    const result = engine.query(view());
    expect(result.total).toBe(6);
    expect(slugs(table, result)).toEqual(['post-0', 'post-1', 'post-2', 'post-3', 'post-4', 'post-5']);
    expect(result.facets.actor.map((value) => [value.name, value.count])).toEqual([
      ['Lazarus Group', 3],
      ['APT28', 2],
      ['APT38', 1],
    ]);
    expect(countsOf(result, 'source')).toEqual({ 'the-record': 2, bbc: 3 });
    expect(result.facets.source.find((value) => value.id === 'bbc')?.name).toBe('BBC News');
  });

  it('combines values of one facet with OR', () => {
    const { table, engine } = setup();
    const result = engine.query(view({ filters: { victim: { include: ['KR', 'US'] } } }));
    expect(slugs(table, result)).toEqual(['post-2', 'post-4']);
  });

  it('combines facets with AND', () => {
    const { table, engine } = setup();
    const result = engine.query(view({ filters: { actor: { include: ['lazarus-group'] }, platform: { include: ['windows'] } } }));
    expect(slugs(table, result)).toEqual(['post-2']);
  });

  it('removes posts holding any excluded value ("not Windows")', () => {
    const { table, engine } = setup();
    const result = engine.query(view({ filters: { platform: { exclude: ['windows'] } } }));
    expect(slugs(table, result)).toEqual(['post-0', 'post-3', 'post-5']);
    const mixed = engine.query(view({ filters: { actor: { include: ['lazarus-group'] }, platform: { exclude: ['windows', 'telegram'] } } }));
    expect(slugs(table, mixed)).toEqual(['post-3']);
  });

  it('counts a facet as if its own selection were cleared, so siblings of a selected value keep their counts', () => {
    const { engine } = setup();
    const result = engine.query(view({ filters: { actor: { include: ['apt28'] } } }));
    expect(result.total).toBe(2);
    expect(countsOf(result, 'actor')).toEqual({ 'lazarus-group': 3, apt28: 2, apt38: 1 });
    // Other facets are counted over the two APT28 posts.
    expect(countsOf(result, 'victim')).toEqual({ GB: 1, PL: 1, US: 1, KR: 0, BD: 0 });
    expect(result.facets.actor.find((value) => value.id === 'apt28')).toMatchObject({ included: true, excluded: false });
  });

  it('counts an excluded value as if the exclusion were lifted, and marks it', () => {
    const { engine } = setup();
    const result = engine.query(view({ filters: { platform: { exclude: ['windows'] } } }));
    expect(result.facets.platform.find((value) => value.id === 'windows')).toMatchObject({ count: 3, excluded: true, included: false });
    expect(countsOf(result, 'actor')).toEqual({ 'lazarus-group': 2, apt28: 0, apt38: 1 });
  });

  it('sorts values by count, then name, and keeps zero counts for the view to dim', () => {
    const { engine } = setup();
    const result = engine.query(view({ filters: { actor: { include: ['lazarus-group'] } } }));
    expect(result.facets.victim.map((value) => `${value.id} ${value.count}`)).toEqual(['BD 1', 'GB 1', 'KR 1', 'PL 0', 'US 0']);
  });

  it('keeps a selected value the collection lacks, with count 0, and selects nothing for it', () => {
    const { engine } = setup();
    const result = engine.query(view({ filters: { actor: { include: ['sandworm'] } } }));
    expect(result.total).toBe(0);
    expect(result.facets.actor.at(-1)).toEqual({ id: 'sandworm', name: 'sandworm', count: 0, included: true, excluded: false });
    expect(countsOf(result, 'actor')['lazarus-group']).toBe(3);
  });

  it('filters a date range by calendar day, both ends inclusive', () => {
    const { table, engine } = setup();
    expect(slugs(table, engine.query(view({ from: '2019-06-01', to: '2022-11-02' })))).toEqual(['post-2', 'post-3', 'post-4']);
    expect(slugs(table, engine.query(view({ from: '2023-01-01' })))).toEqual(['post-0', 'post-1']);
    expect(slugs(table, engine.query(view({ to: '2019-01-05' })))).toEqual(['post-5']);
    expect(engine.query(view({ from: '2020-01-01', to: '2020-12-31' })).total).toBe(0);
  });

  it('counts year buckets under every other filter, with the date range cleared', () => {
    const { engine } = setup();
    const result = engine.query(view({ filters: { victim: { include: ['GB'] } }, from: '2024-01-01' }));
    expect(result.total).toBe(1);
    expect(result.years).toEqual([
      { year: 2019, count: 1 },
      { year: 2020, count: 0 },
      { year: 2021, count: 0 },
      { year: 2022, count: 0 },
      { year: 2023, count: 1 },
      { year: 2024, count: 1 },
    ]);
  });

  it('ANDs in the search rows, counts over them, and orders by them when sorting by relevance', () => {
    const { table, engine } = setup();
    const search = [4, 1, 2];
    const byDate = engine.query(view(), search);
    expect(slugs(table, byDate)).toEqual(['post-1', 'post-2', 'post-4']);
    expect(countsOf(byDate, 'actor')).toEqual({ apt28: 2, 'lazarus-group': 1, apt38: 0 });
    const filtered = engine.query(view({ q: 'x', filters: { platform: { include: ['windows'] } }, sort: 'relevance' }), [4, 1, 2, 4, 0]);
    expect(slugs(table, filtered)).toEqual(['post-4', 'post-1', 'post-2']);
    expect(engine.query(view(), []).total).toBe(0);
  });

  it('answers an empty collection with empty results', () => {
    const { engine } = setup([]);
    const result = engine.query(view({ filters: { actor: { include: ['apt28'] } }, from: '2020-01-01' }), [3]);
    expect(result.total).toBe(0);
    expect(result.years).toEqual([]);
    expect(result.facets.actor).toEqual([{ id: 'apt28', name: 'apt28', count: 0, included: true, excluded: false }]);
  });

  it('counts a value listed twice in one post once', () => {
    const { engine } = setup([{ date: '2020-01-01', victims: ['GB', 'GB'] }]);
    expect(countsOf(engine.query(view()), 'victim')).toEqual({ GB: 1 });
  });

  it('knows the values the collection holds, for the URL parser', () => {
    const { engine } = setup();
    expect(engine.known.victim?.has('GB')).toBe(true);
    expect(engine.known.victim?.has('ZZ')).toBe(false);
    expect(engine.known.source?.has('bbc')).toBe(true);
  });
});

describe('createFacetEngine on a generated collection', () => {
  /** Seeded generator, so a failure can be reproduced. */
  function random(seed: number) {
    let state = seed;
    return () => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state / 4294967296;
    };
  }

  function generate(seed: number, posts: number): PostSpec[] {
    const rand = random(seed);
    const pick = (prefix: string, values: number, max: number) =>
      Array.from({ length: Math.floor(rand() * (max + 1)) }, () => `${prefix}${Math.floor(rand() ** 2 * values)}`);
    const start = Date.UTC(2026, 0, 1);
    return Array.from({ length: posts }, (_, row) => {
      // Descending instants with random offsets: calendar days near midnight come out of order.
      const instant = new Date(start - row * 5 * 3_600_000);
      const offsetHours = Math.floor(rand() * 25) - 12;
      const local = new Date(instant.getTime() + offsetHours * 3_600_000).toISOString().slice(0, 19);
      const sign = offsetHours < 0 ? '-' : '+';
      return {
        date: `${local}${sign}${String(Math.abs(offsetHours)).padStart(2, '0')}:00`,
        source: rand() < 0.2 ? null : `source-${Math.floor(rand() * 6)}`,
        actors: pick('actor-', 40, 3),
        victims: pick('C', 9, 4).map((code) => code.padEnd(2, 'X')),
        origins: pick('O', 5, 2).map((code) => code.padEnd(2, 'X')),
        regions: pick('region-', 6, 2),
        platforms: pick('platform-', 12, 4),
        malware: pick('malware-', 30, 2),
      };
    });
  }

  const COLUMN: Record<Facet, (post: PostSpec) => string[]> = {
    actor: (post) => post.actors ?? [],
    victim: (post) => post.victims ?? [],
    origin: (post) => post.origins ?? [],
    region: (post) => post.regions ?? [],
    platform: (post) => post.platforms ?? [],
    malware: (post) => post.malware ?? [],
    source: (post) => (post.source ? [post.source] : []),
    language: (post) => [post.language ?? 'en'],
  };

  /** The semantics, spelled out post by post. */
  function naive(posts: PostSpec[], table: PostTable, v: FacetView, search: Set<number> | null, skip: Facet | 'date' | null): number[] {
    const rows: number[] = [];
    posts.forEach((post, row) => {
      if (search && !search.has(row)) return;
      const day = table.day[row] ?? '';
      if (skip !== 'date' && ((v.from !== null && day < v.from) || (v.to !== null && day > v.to))) return;
      for (const facet of FACETS) {
        if (facet === skip) continue;
        const values = COLUMN[facet](post);
        const { include, exclude } = v.filters[facet];
        if (include.length > 0 && !include.some((id) => values.includes(id))) return;
        if (exclude.some((id) => values.includes(id))) return;
      }
      rows.push(row);
    });
    return rows;
  }

  function randomView(rand: () => number, posts: PostSpec[]): FacetView {
    const filters: ViewStateInit['filters'] = {};
    for (const facet of FACETS) {
      if (rand() < 0.6) continue;
      const values = [...new Set(posts.flatMap(COLUMN[facet]))];
      const choose = () => (rand() < 0.1 ? 'missing-value' : (values[Math.floor(rand() * values.length)] ?? 'x'));
      filters[facet] = {
        include: Array.from({ length: Math.floor(rand() * 3) }, choose),
        exclude: rand() < 0.3 ? [choose()] : [],
      };
    }
    const day = () => new Date(Date.UTC(2025, 0, 1) + Math.floor(rand() * 300) * 86_400_000).toISOString().slice(0, 10);
    return view({ filters, from: rand() < 0.4 ? day() : null, to: rand() < 0.4 ? day() : null });
  }

  it('agrees with a naive implementation on rows, counts and years', () => {
    for (const seed of [1, 2, 3]) {
      const posts = generate(seed, 1500);
      const table = createPostTable(fileOf(posts));
      const engine = createFacetEngine(table);
      const rand = random(seed * 7919);
      for (let trial = 0; trial < 40; trial++) {
        const v = randomView(rand, posts);
        const searchRows = rand() < 0.3 ? Array.from({ length: 200 }, () => Math.floor(rand() * posts.length)) : null;
        const search = searchRows ? new Set(searchRows) : null;
        const result = engine.query(v, searchRows);
        const context = `seed ${seed}, trial ${trial}`;
        expect([...result.rows], context).toEqual(naive(posts, table, v, search, null));
        for (const facet of FACETS) {
          const base = naive(posts, table, v, search, facet);
          for (const value of result.facets[facet]) {
            const expected = base.filter((row) => COLUMN[facet](posts[row] as PostSpec).includes(value.id)).length;
            expect(value.count, `${context}, ${facet}=${value.id}`).toBe(expected);
          }
          const counts = result.facets[facet].map((value) => value.count);
          const known = counts.slice(0, new Set(posts.flatMap(COLUMN[facet])).size);
          expect(known, `${context}, ${facet} sorted`).toEqual([...known].sort((a, b) => b - a));
        }
        const yearBase = naive(posts, table, v, search, 'date');
        for (const { year, count } of result.years) {
          expect(count, `${context}, year ${year}`).toBe(yearBase.filter((row) => table.day[row]?.startsWith(`${year}-`)).length);
        }
      }
    }
  }, 60_000);
});


describe('engine.rows', () => {
  it('selects the rows query selects, in the same order, without counting', () => {
    const { engine } = setup();
    for (const init of [{}, { filters: { actor: { include: ['lazarus-group'] } } }, { from: '2020-01-01' }, { filters: { victim: { exclude: ['GB'] } } }] as ViewStateInit[]) {
      expect([...engine.rows(view(init))]).toEqual([...engine.query(view(init)).rows]);
    }
    const search = [4, 0, 2];
    expect([...engine.rows({ ...view(), sort: 'relevance' }, search)]).toEqual([...engine.query({ ...view(), sort: 'relevance' }, search).rows]);
  });
});

describe('security news and the rest', () => {
  const posts: PostSpec[] = [
    { date: '2024-03-01', actors: ['lazarus-group'], victims: ['GB'] },
    { date: '2024-02-01', relevant: false, platforms: ['android'], language: 'id' },
    { date: '2024-01-01', victims: ['GB'] },
    { date: '2023-12-01', relevant: false, language: 'es' },
  ];
  const engine = () => createFacetEngine(createPostTable(fileOf(posts)));

  it('counts security news only by default, and says how many posts that hides', () => {
    const result = engine().query(view());
    expect([...result.rows]).toEqual([0, 2]);
    expect(result.hidden).toBe(2);
    expect(countsOf(result, 'language')).toEqual({ en: 2, es: 0, id: 0 });
    expect(countsOf(result, 'platform')).toEqual({ android: 0 });
  });

  it('counts every post when asked, and then hides nothing', () => {
    const result = engine().query({ ...view(), all: true });
    expect([...result.rows]).toEqual([0, 1, 2, 3]);
    expect(result.hidden).toBe(0);
    expect(countsOf(result, 'language')).toEqual({ en: 2, id: 1, es: 1 });
    expect(countsOf(result, 'platform')).toEqual({ android: 1 });
  });

  it('hides only what the rest of the view would show', () => {
    expect(engine().query(view({ filters: { language: { include: ['es'] } } })).hidden).toBe(1);
    expect(engine().query(view({ filters: { victim: { include: ['GB'] } } })).hidden).toBe(0);
    expect([...engine().rows({ ...view(), all: true }, [3, 0])]).toEqual([0, 3]);
  });
});
