import { describe, expect, it } from 'vitest';
import {
  canonicalViewState,
  createViewState,
  EMPTY_VIEW_STATE,
  type Facet,
  FACETS,
  type FacetSelection,
  formatIgnoredParam,
  hasFilters,
  parseViewState,
  URL_LIMITS,
  type ViewState,
  viewStateToSearch,
} from './view-state.ts';

const parse = (search: string, known = {}) => parseViewState(new URLSearchParams(search), known);

describe('parseViewState', () => {
  it('reads the documented example', () => {
    const { state, ignored } = parse('actor=lazarus-group&victim=GB&platform=telegram&from=2019-01-01');
    expect(ignored).toEqual([]);
    expect(state).toEqual(
      createViewState({
        filters: { actor: { include: ['lazarus-group'] }, victim: { include: ['GB'] }, platform: { include: ['telegram'] } },
        from: '2019-01-01',
      }),
    );
  });

  it('reads repeated keys, exclusions, any-case country codes, search, dates, sort and page', () => {
    const { state, ignored } = parse('victim=pl&victim=GB&platform=-windows&q=%20north++korea%20&to=2020-12-31&sort=date&page=3');
    expect(ignored).toEqual([]);
    expect(state.filters.victim).toEqual({ include: ['GB', 'PL'], exclude: [] });
    expect(state.filters.platform).toEqual({ include: [], exclude: ['windows'] });
    expect(state).toMatchObject({ q: 'north korea', from: null, to: '2020-12-31', sort: 'date', page: 3 });
  });

  it('sorts by relevance by default with a search, by date without one', () => {
    expect(parse('q=lazarus').state.sort).toBe('relevance');
    expect(parse('').state.sort).toBe('date');
    expect(parse('sort=relevance').ignored).toEqual([{ key: 'sort', value: 'relevance', reason: 'relevance needs a search (q)' }]);
  });

  it('drops and reports what it cannot use, and never throws', () => {
    const { state, ignored } = parse(
      'victim=ZZZ&actor=Lazarus Group&utm_source=feed&from=2019-02-30&to=yesterday&sort=best&page=0&page=-2&page=1.5&platform=-',
    );
    expect(state).toEqual(EMPTY_VIEW_STATE);
    expect(ignored.map(formatIgnoredParam)).toEqual([
      'Ignored victim=ZZZ: not a country code (two letters, such as GB)',
      'Ignored actor=Lazarus Group: not an id (lower-case words joined by dashes, such as lazarus-group)',
      'Ignored utm_source=feed: unknown parameter',
      'Ignored from=2019-02-30: not a date (YYYY-MM-DD, such as 2019-01-01)',
      'Ignored to=yesterday: not a date (YYYY-MM-DD, such as 2019-01-01)',
      'Ignored sort=best: unknown sort order (date or relevance)',
      'Ignored page=0: not a page number (1, 2, 3 ...)',
      'Ignored page=-2: not a page number (1, 2, 3 ...)',
      'Ignored page=1.5: not a page number (1, 2, 3 ...)',
      'Ignored platform=-: not an id (lower-case words joined by dashes, such as windows)',
    ]);
  });

  it('drops values the collection does not know, saying what they are', () => {
    const known = { victim: new Set(['GB', 'PL']), actor: new Set(['apt28']) };
    const { state, ignored } = parse('victim=ZZ&victim=gb&actor=-nobody&malware=anything', known);
    expect(state.filters.victim.include).toEqual(['GB']);
    expect(state.filters.malware.include).toEqual(['anything']);
    expect(ignored.map(formatIgnoredParam)).toEqual(['Ignored victim=ZZ: no such country', 'Ignored actor=-nobody: no such actor']);
  });

  it('drops a range that ends before it starts, and keeps the first of a repeated single key', () => {
    const reversed = parse('from=2020-01-01&to=2019-01-01');
    expect(reversed.state).toMatchObject({ from: null, to: null });
    expect(reversed.ignored.map((param) => param.key)).toEqual(['from', 'to']);
    const twice = parse('q=one&q=two&page=2&page=5');
    expect(twice.state).toMatchObject({ q: 'one', page: 2 });
    expect(twice.ignored.map(formatIgnoredParam)).toEqual([
      'Ignored q=two: q is given twice; the first one is kept',
      'Ignored page=5: page is given twice; the first one is kept',
    ]);
  });

  it('keeps the first of a value both included and excluded', () => {
    const { state, ignored } = parse('platform=windows&platform=-windows');
    expect(state.filters.platform).toEqual({ include: ['windows'], exclude: [] });
    expect(ignored).toEqual([{ key: 'platform', value: '-windows', reason: 'windows is also included; the first one is kept' }]);
  });

  it('treats empty values as absent, as forms send them', () => {
    expect(parse('q=&from=&victim=')).toEqual({ state: EMPTY_VIEW_STATE, ignored: [] });
  });

  it('shortens a long key or value in the notice', () => {
    expect(formatIgnoredParam({ key: 'q', value: 'x'.repeat(100), reason: 'r' })).toBe(`Ignored q=${'x'.repeat(39)}…: r`);
    expect(formatIgnoredParam({ key: 'k'.repeat(100), value: 'v', reason: 'r' })).toBe(`Ignored ${'k'.repeat(39)}…=v: r`);
  });

  it('keeps 50 values per facet, 500 characters of search and 500 parameters, saying what it left out', () => {
    const ids = Array.from({ length: 52 }, (_, i) => `actor=group-${String(i).padStart(2, '0')}`).join('&');
    const many = parse(ids);
    expect(many.state.filters.actor.include).toHaveLength(URL_LIMITS.facetValues);
    expect(many.ignored.map(formatIgnoredParam)).toEqual([
      'Ignored actor=group-50: more than 50 actor values; the first 50 are kept',
      'Ignored actor=group-51: more than 50 actor values; the first 50 are kept',
    ]);
    const long = parse(`q=${'lazarus '.repeat(70)}`);
    expect(long.state.q).toBe(Array.from({ length: 62 }, () => 'lazarus').join(' '));
    expect(long.ignored.map((param) => param.reason)).toEqual(['longer than 500 characters; the words after that are left out']);
    expect(parse(`q=${'a'.repeat(501)}`).ignored.map((param) => param.reason)).toEqual([
      'one word longer than 500 characters; the search is left out',
    ]);
    expect(parse(`actor=${'a'.repeat(201)}`).ignored.map((param) => param.reason)).toEqual(['longer than 200 characters, too long for an id']);
    const flood = parse(Array.from({ length: 502 }, (_, i) => `utm=${i}`).join('&'));
    expect(flood.ignored).toHaveLength(501);
    expect(formatIgnoredParam(flood.ignored[500] ?? { key: '', value: '', reason: '' })).toBe(
      'Ignored utm=500: a link reads at most 500 parameters; it and the 1 after it are left out',
    );
  });

  it('reads back a search holding a lone surrogate, which a URL can only carry as U+FFFD', () => {
    const state = createViewState({ q: 'apt\uD83D 28' });
    expect(state.q).toBe('apt\uFFFD 28');
    expect(parse(viewStateToSearch(state).slice(1)).state).toEqual(state);
  });
});

describe('viewStateToSearch', () => {
  it('writes the empty view as nothing', () => {
    expect(viewStateToSearch(EMPTY_VIEW_STATE)).toBe('');
    expect(viewStateToSearch(createViewState({ page: 1 }))).toBe('');
  });

  it('writes keys in a fixed order, values sorted, inclusions before exclusions', () => {
    const state = createViewState({
      page: 2,
      sort: 'date',
      q: 'north korea',
      to: '2020-01-01',
      from: '2019-01-01',
      filters: { source: { include: ['bbc'] }, platform: { exclude: ['windows'], include: ['telegram'] }, victim: { include: ['pl', 'GB'] }, actor: { include: ['lazarus-group'] } },
    });
    expect(viewStateToSearch(state)).toBe(
      '?actor=lazarus-group&victim=GB&victim=PL&platform=telegram&platform=-windows&source=bbc&q=north+korea&from=2019-01-01&to=2020-01-01&sort=date&page=2',
    );
  });

  it('leaves out the default order', () => {
    expect(viewStateToSearch(createViewState({ q: 'x', sort: 'relevance' }))).toBe('?q=x');
    expect(viewStateToSearch({ ...EMPTY_VIEW_STATE, sort: 'relevance' })).toBe('');
  });

  it('gives one spelling to one view', () => {
    const a = parse('victim=gb&victim=PL&victim=GB&q=a%20%20b&sort=relevance').state;
    const b = parse('q=a+b&victim=PL&victim=gb').state;
    expect(viewStateToSearch(a)).toBe(viewStateToSearch(b));
  });

  it('reads back what it writes, for generated states', () => {
    let seed = 11;
    const rand = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296);
    const ids = ['lazarus-group', 'apt28', 'windows', 'a_b', 'x1', 'GB', 'pl', 'Not Valid', 'kp'];
    for (let trial = 0; trial < 300; trial++) {
      const pick = () => Array.from({ length: Math.floor(rand() * 3) }, () => ids[Math.floor(rand() * ids.length)] ?? '');
      const filters = {} as Record<Facet, FacetSelection>;
      for (const facet of FACETS) filters[facet] = { include: pick(), exclude: pick() };
      const day = () => (rand() < 0.5 ? null : `20${10 + Math.floor(rand() * 15)}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 10)}`);
      const state: ViewState = {
        all: rand() < 0.3,
        filters,
        q: rand() < 0.5 ? '' : [' lazarus ', 'a&b=c', 'ünïcode  text', '-minus'][Math.floor(rand() * 4)] ?? '',
        from: day(),
        to: day(),
        sort: rand() < 0.5 ? 'date' : 'relevance',
        page: Math.floor(rand() * 4),
      };
      const canonical = canonicalViewState(state);
      const search = viewStateToSearch(state);
      const parsed = parseViewState(new URLSearchParams(search));
      expect(parsed.ignored, search).toEqual([]);
      expect(parsed.state, search).toEqual(canonical);
      expect(viewStateToSearch(parsed.state)).toBe(search);
      expect(canonicalViewState(canonical)).toEqual(canonical);
    }
  });
});

describe('createViewState', () => {
  it('normalizes ids and codes, drops malformed ones, and swaps a reversed range', () => {
    const state = createViewState({ filters: { actor: { include: ['APT28', 'not valid'] }, origin: { exclude: ['kp'] } }, from: '2020-01-01', to: '2019-01-01' });
    expect(state.filters.actor.include).toEqual(['apt28']);
    expect(state.filters.origin.exclude).toEqual(['KP']);
    expect(state).toMatchObject({ from: '2019-01-01', to: '2020-01-01' });
  });

  it('keeps ids written in any script, as slugs are, in one normal form', () => {
    const state = createViewState({ filters: { source: { include: ['Хакер-Новости', 'ge\u0301ant', 'bad id!'] } } });
    expect(state.filters.source.include).toEqual(['g\u00e9ant', 'хакер-новости']);
    expect(parseViewState(new URLSearchParams(viewStateToSearch(state))).state).toEqual(state);
  });

  it('says whether a view filters anything', () => {
    expect(hasFilters(EMPTY_VIEW_STATE)).toBe(false);
    expect(hasFilters(createViewState({ page: 4, sort: 'date' }))).toBe(false);
    expect(hasFilters(createViewState({ filters: { region: { exclude: ['europe'] } } }))).toBe(true);
    expect(hasFilters(createViewState({ to: '2020-01-01' }))).toBe(true);
  });
});

describe('all posts or security news only', () => {
  it('reads all=1, writes it back, and drops any other value with a notice', () => {
    const { state } = parseViewState(new URLSearchParams('all=1&language=es'));
    expect(state.all).toBe(true);
    expect(state.filters.language.include).toEqual(['es']);
    expect(viewStateToSearch(state)).toBe('?language=es&all=1');
    const odd = parseViewState(new URLSearchParams('all=yes'));
    expect(odd.state.all).toBe(false);
    expect(odd.ignored[0]?.reason).toMatch(/all takes 1/);
    expect(viewStateToSearch(parseViewState(new URLSearchParams('')).state)).toBe('');
  });
});
