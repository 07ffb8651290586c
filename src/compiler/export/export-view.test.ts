import { describe, expect, it } from 'vitest';
import { FACETS, type Facet, parseViewState } from '../../model/view/view-state.ts';
import { nearest, viewFromFlags } from './export-view.ts';

const names = Object.fromEntries(FACETS.map((facet) => [facet, new Map<string, string>()])) as Record<Facet, Map<string, string>>;
names.actor = new Map([
  ['lazarus-group', 'Lazarus Group'],
  ['apt28', 'APT28'],
  ['apt29', 'APT29'],
  ['sandworm', 'Sandworm'],
]);
names.victim = new Map([
  ['GB', 'United Kingdom'],
  ['PL', 'Poland'],
  ['UA', 'Ukraine'],
]);
names.platform = new Map([['windows', 'Windows']]);
const known = names;

describe('export view flags', () => {
  it('make the view the same URL makes in the explorer, newest first', () => {
    const { view, errors } = viewFromFlags(
      { actor: ['lazarus-group'], victim: ['gb,PL'], platform: ['-windows'], from: '2019-01-01', q: 'north  korea', all: true },
      known,
      names,
    );
    expect(errors).toEqual([]);
    const fromUrl = parseViewState(new URLSearchParams('actor=lazarus-group&victim=GB&victim=PL&platform=-windows&q=north+korea&from=2019-01-01&all=1'), known).state;
    expect(view).toEqual({ ...fromUrl, sort: 'date' });
    expect(view.filters.victim.include).toEqual(['GB', 'PL']);
    expect(view.filters.platform.exclude).toEqual(['windows']);
    expect(view.all).toBe(true);
  });

  it('make the default view security news only, like the explorer', () => {
    expect(viewFromFlags({}, known, names).view.all).toBe(false);
  });

  it('name the flag, the reason and the nearest known ids for a value the collection does not hold', () => {
    const { errors } = viewFromFlags({ actor: ['lazarus', 'Lazarus Group', 'apt-28'], victim: ['UK', 'GBR'] }, known, names);
    expect(errors).toEqual([
      '--actor lazarus: no such actor; did you mean lazarus-group (Lazarus Group)?',
      '--actor Lazarus Group: not an id (lower-case words joined by dashes, such as lazarus-group); did you mean lazarus-group (Lazarus Group)?',
      '--actor apt-28: no such actor; did you mean apt28 (APT28)?',
      '--victim UK: no such country; did you mean GB (United Kingdom)?',
      '--victim GBR: not a country code (two letters, such as GB); did you mean GB (United Kingdom)?',
    ]);
  });

  it('refuse dates that are not days, and a range that ends before it starts', () => {
    expect(viewFromFlags({ from: '2019-02-30' }, known, names).errors).toEqual(['--from 2019-02-30: not a date (YYYY-MM-DD, such as 2019-01-01)']);
    expect(viewFromFlags({ from: '2020-01-01', to: '2019-01-01' }, known, names).errors).toHaveLength(2);
  });

  it('suggest nothing rather than something unrelated', () => {
    expect(nearest('actor', 'conti', names.actor)).toEqual([]);
    expect(nearest('actor', 'sandwrm', names.actor)).toEqual(['sandworm']);
  });
});
