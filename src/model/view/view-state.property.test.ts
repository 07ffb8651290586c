/**
 * The URL codec under fuzzing (issue 13): whatever a link holds, the parser answers with a canonical
 * view and a list of what it left out; every view it can answer with reads back as itself.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paths } from './paths.ts';
import {
  canonicalViewState,
  createViewState,
  type Facet,
  FACETS,
  formatIgnoredParam,
  isDay,
  normalizeFacetValue,
  type ParsedViewState,
  parseViewState,
  URL_LIMITS,
  type ViewState,
  type ViewStateInit,
  viewStateToSearch,
} from './view-state.ts';

// Issue 13 asks for at least 10,000 runs of each property.
const RUNS = { numRuns: 10_000 };
const SINGLE_KEYS = ['q', 'from', 'to', 'sort', 'page'] as const;

const id = fc.stringMatching(/^[a-z0-9_]{1,10}(?:-[a-z0-9_]{1,10}){0,3}$/);
const country = fc.stringMatching(/^[A-Z]{2}$/);
const valueOf = (facet: Facet) => (facet === 'victim' || facet === 'origin' ? country : id);
const day = fc
  .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
/** One piece of text: a code point, a lone UTF-16 code unit, or a character URLs and trimming treat apart. */
const textUnit = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
  fc.constantFrom('\uD800', '\uDFFF', ' ', '\u00A0', '\u2028', '\uFEFF', '\t', '-', '+', '%', '&', '=', '#', '?'),
);
/** Any UTF-16 text, lone surrogates included (fast-check's `binary` unit holds whole code points only). */
const anyText = (maxLength: number) => fc.string({ unit: textUnit, maxLength });
/** Text a URL can carry unchanged: well-formed Unicode. */
const urlText = (maxLength: number) => fc.string({ unit: 'grapheme', maxLength });

/** Percent signs that decode to nothing valid, which URLSearchParams keeps as they are. */
const brokenEncoding = fc.constantFrom('%', '%%', '%E0%A4%A', '%C3', '%ZZ', '%u0041', '%00', '%ED%A0%80', '%FF%FE', '%2', '%%41');

/** A value as a link might carry it: valid ids and codes, junk, broken encodings, huge runs. */
const rawValue = fc.oneof(
  { weight: 4, arbitrary: fc.oneof(id, country, day, fc.constantFrom('date', 'relevance', '1', '2', '-windows', '-GB')) },
  { weight: 3, arbitrary: anyText(40) },
  { weight: 2, arbitrary: fc.array(fc.oneof(brokenEncoding, urlText(4)), { maxLength: 6 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('a', 'a-', '%', ' ', 'x y ', '9'), fc.integer({ min: 1, max: 6_000 })).map(([unit, n]) => unit.repeat(n)) },
);
const rawKey = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<string>(...FACETS, ...SINGLE_KEYS) },
  { weight: 1, arbitrary: anyText(12) },
  { weight: 1, arbitrary: brokenEncoding },
);
/** A query string written by hand, neither encoded nor well-formed: `a=1&&=&b&%=%E0&q=x=y`. */
const rawQuery = fc
  .array(
    fc.tuple(rawKey, rawValue, fc.constantFrom('=', '', '==')).map(([key, value, equals]) => `${key}${equals}${value}`),
    { maxLength: 25 },
  )
  .map((pairs) => pairs.join('&'));

/** View state inputs, mostly valid, some not: `createViewState` of one is a state the app can hold. */
const stateInit: fc.Arbitrary<ViewStateInit> = fc.record({
  filters: fc.record(
    Object.fromEntries(
      FACETS.map((facet) => {
        const values = fc.array(fc.oneof({ weight: 5, arbitrary: valueOf(facet) }, { weight: 1, arbitrary: anyText(8) }), { maxLength: 4 });
        return [facet, fc.record({ include: values, exclude: values }, { requiredKeys: [] })];
      }),
    ) as Record<Facet, fc.Arbitrary<{ include?: string[]; exclude?: string[] }>>,
    { requiredKeys: [] },
  ),
  q: fc.oneof(fc.constant(''), anyText(30), fc.array(urlText(12), { maxLength: 80 }).map((words) => words.join(' '))),
  from: fc.oneof(fc.constant(null), day, anyText(10)),
  to: fc.oneof(fc.constant(null), day, anyText(10)),
  sort: fc.constantFrom('date', 'relevance'),
  page: fc.oneof(fc.integer({ min: -3, max: 40 }), fc.constantFrom(Number.MAX_SAFE_INTEGER, 2 ** 60, 1.5, Number.NaN, Infinity)),
});
const viewState = stateInit.map((init) => createViewState(init));

function parse(search: string, known = {}): ParsedViewState {
  return parseViewState(new URLSearchParams(search), known);
}

/** Whether a state keeps every limit of URL_LIMITS. */
function withinLimits(state: ViewState): boolean {
  return (
    state.q.length <= URL_LIMITS.queryLength &&
    FACETS.every((facet) => {
      const { include, exclude } = state.filters[facet];
      return include.length + exclude.length <= URL_LIMITS.facetValues && [...include, ...exclude].every((value) => value.length <= URL_LIMITS.idLength);
    })
  );
}

describe('parseViewState under fuzzing', () => {
  it('never throws on arbitrary query strings, and answers with a canonical view within the limits', () => {
    fc.assert(
      fc.property(fc.oneof(rawQuery, anyText(300)), (search) => {
        const { state, ignored } = parse(search);
        expect(canonicalViewState(state)).toEqual(state);
        expect(withinLimits(state)).toBe(true);
        // One notice per parameter at most, plus the date range and the search cut.
        expect(ignored.length).toBeLessThanOrEqual(URL_LIMITS.params + 4);
        for (const line of ignored.map(formatIgnoredParam)) expect(line.length).toBeLessThan(400);
      }),
      RUNS,
    );
  });

  it('reads back any view it answers with, unchanged and without notices', () => {
    fc.assert(
      fc.property(rawQuery, (search) => {
        const { state } = parse(search);
        const again = parse(viewStateToSearch(state));
        expect(again.ignored).toEqual([]);
        expect(again.state).toEqual(state);
      }),
      RUNS,
    );
  });

  it('checks values against the collection without throwing, whatever they are', () => {
    const known = { actor: new Set(['apt28', 'lazarus-group']), victim: new Set(['GB', 'PL']) };
    fc.assert(
      fc.property(rawQuery, (search) => {
        const { state } = parse(search, known);
        for (const value of [...state.filters.actor.include, ...state.filters.actor.exclude]) expect(known.actor.has(value)).toBe(true);
        for (const value of [...state.filters.victim.include, ...state.filters.victim.exclude]) expect(known.victim.has(value)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('valid states round-trip', () => {
  it('state -> URL -> state is the identity, and the URL is the one spelling', () => {
    fc.assert(
      fc.property(viewState, (state) => {
        expect(canonicalViewState(state)).toEqual(state);
        const search = viewStateToSearch(state);
        const { state: read, ignored } = parse(search);
        expect(ignored).toEqual([]);
        expect(read).toEqual(state);
        expect(viewStateToSearch(read)).toBe(search);
      }),
      RUNS,
    );
  });

  it('a post link carries its view, and the slug reads back from the path', () => {
    fc.assert(
      // `.` and `..` are dot segments, which every URL parser removes, however they are encoded; the
      // compiler's slugs are `a-z0-9_-` and never one.
      fc.property(urlText(40).filter((slug) => !['', '.', '..'].includes(slug)), viewState, (slug, state) => {
        const url = new URL(paths.post.getHref(slug, state), 'https://sitrep.example');
        expect(decodeURIComponent(url.pathname.slice('/posts/'.length))).toBe(slug);
        expect(parseViewState(url.searchParams).state).toEqual(createViewState({ ...state, page: 1 }));
      }),
      RUNS,
    );
  });
});

/** A parameter the parser must drop, with the state it leaves untouched. */
const badParam: fc.Arbitrary<[string, string]> = fc.oneof(
  fc.tuple(fc.constantFrom(...FACETS), urlText(20)).filter(([facet, value]) => {
    const bare = value.trim().replace(/^-/, '');
    return value.trim() !== '' && normalizeFacetValue(facet, bare) === null;
  }),
  fc.tuple(fc.constantFrom('from', 'to'), urlText(20)).filter(([, value]) => value.trim() !== '' && !isDay(value.trim())),
  fc.tuple(fc.constant('sort'), urlText(12)).filter(([, value]) => !['', 'date', 'relevance'].includes(value.trim())),
  fc.tuple(fc.constant('page'), fc.oneof(urlText(8), fc.constantFrom('0', '-1', '1.5', '1e3', '99999999999999999999')))
    .filter(([, value]) => value.trim() !== '' && !(/^\d+$/.test(value.trim()) && Number(value.trim()) >= 1 && Number.isSafeInteger(Number(value.trim())))),
  fc.tuple(urlText(12), urlText(12)).filter(
    ([key, value]) => value.trim() !== '' && !(FACETS as readonly string[]).includes(key) && !(SINGLE_KEYS as readonly string[]).includes(key),
  ),
);

describe('bad values fall back with a notice', () => {
  it('a bad parameter added to any view leaves the view as it was and is reported', () => {
    fc.assert(
      fc.property(viewState, badParam, (state, [key, value]) => {
        const params = new URLSearchParams(viewStateToSearch(state));
        params.append(key, value);
        const { state: read, ignored } = parseViewState(params);
        expect(read).toEqual(state);
        expect(ignored).toHaveLength(1);
        expect(ignored[0]).toMatchObject({ key, value });
      }),
      RUNS,
    );
  });

  it('a single key given twice keeps the first and reports the second', () => {
    fc.assert(
      fc.property(viewState, fc.constantFrom('q', 'from', 'to', 'page'), day, (state, key, date) => {
        const params = new URLSearchParams(viewStateToSearch(state));
        const present = params.get(key);
        fc.pre(present !== null);
        params.append(key, key === 'page' ? '7' : key === 'q' ? 'another search' : date);
        const { state: read, ignored } = parseViewState(params);
        expect(read).toEqual(state);
        expect(ignored.map((param) => param.reason)).toEqual([`${key} is given twice; the first one is kept`]);
      }),
      RUNS,
    );
  });
});

describe('repeated keys and lists are capped', () => {
  it(`keeps the first ${URL_LIMITS.facetValues} values of a facet and reports each one past them`, () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FACETS).chain((facet) =>
          fc.tuple(fc.constant(facet), fc.uniqueArray(fc.tuple(valueOf(facet), fc.boolean()), { selector: ([value]) => value, maxLength: 120 })),
        ),
        ([facet, values]) => {
          const params = new URLSearchParams(values.map(([value, excluded]) => [facet, excluded ? `-${value}` : value]));
          const { state, ignored } = parseViewState(params);
          const kept = values.slice(0, URL_LIMITS.facetValues);
          const { include, exclude } = state.filters[facet];
          expect(new Set(include)).toEqual(new Set(kept.filter(([, excluded]) => !excluded).map(([value]) => value)));
          expect(new Set(exclude)).toEqual(new Set(kept.filter(([, excluded]) => excluded).map(([value]) => value)));
          expect(ignored).toHaveLength(Math.max(0, values.length - URL_LIMITS.facetValues));
          for (const param of ignored) expect(param.reason).toBe(`more than 50 ${facet} values; the first 50 are kept`);
        },
      ),
      RUNS,
    );
  });

  it(`cuts a search past ${URL_LIMITS.queryLength} characters at a whole word, with a notice`, () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z0-9]{1,30}$/), { maxLength: 120 }), (words) => {
        const full = words.join(' ');
        const { state, ignored } = parse(new URLSearchParams({ q: full }).toString());
        expect(state.q.length).toBeLessThanOrEqual(URL_LIMITS.queryLength);
        expect(full.startsWith(state.q)).toBe(true);
        // A whole word: the search ends where a word of the full text ends.
        expect([undefined, ' ']).toContain(full[state.q.length]);
        expect(ignored.length).toBe(full.length > URL_LIMITS.queryLength ? 1 : 0);
      }),
      RUNS,
    );
  });

  it(`reads at most ${URL_LIMITS.params} parameters and reports the rest in one notice`, () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000 }), (count) => {
        const params = new URLSearchParams(Array.from({ length: count }, (_, i) => ['utm', String(i)]));
        const { ignored } = parseViewState(params);
        const read = Math.min(count, URL_LIMITS.params);
        expect(ignored).toHaveLength(read + (count > URL_LIMITS.params ? 1 : 0));
        if (count > URL_LIMITS.params) {
          expect(formatIgnoredParam(ignored.at(-1) ?? { key: '', value: '', reason: '' })).toBe(
            `Ignored utm=${URL_LIMITS.params}: a link reads at most ${URL_LIMITS.params} parameters; ${
              count === URL_LIMITS.params + 1 ? 'it is' : `it and the ${count - URL_LIMITS.params - 1} after it are`
            } left out`,
          );
        }
      }),
      RUNS,
    );
  });
});
