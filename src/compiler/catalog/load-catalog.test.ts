import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../../test-support/temp-folder.ts';
import { formatProblem } from '../problems.ts';
import { catalogData, loadCatalog } from './load-catalog.ts';
import { catalogSchema } from '../../model/format/catalog-format.ts';
import { createAliasIndex } from '../../model/search/aliases.ts';
import { parseQuery } from '../../model/search/search.ts';

const catalogFolder = (files: Record<string, string>) => tempFolder('catalog', files);

const LAZARUS = `- id: lazarus-group
  name: Lazarus Group
  kind: state
  country: KP
  aliases:
    - name: Hidden Cobra
      by: US government
    - name: Lazarus
      ambiguous: true
  description: North Korean umbrella group.
`;

describe('loadCatalog', () => {
  it('reads actors with their aliases, who coined them and which are ordinary words', async () => {
    const dir = await catalogFolder({ 'actors/state.yaml': LAZARUS });
    const { catalog, problems } = await loadCatalog(dir);
    expect(problems).toEqual([]);
    const [lazarus] = catalog.actors;
    expect(lazarus?.aliases).toEqual([
      { name: 'Hidden Cobra', by: 'US government' },
      { name: 'Lazarus', by: null, ambiguous: true },
    ]);
    expect(lazarus?.names.find((name) => name.name === 'Lazarus')).toEqual({ name: 'Lazarus', exact: true, ambiguous: true });
  });

  it('reports a bad entry at its file and line, leaves it out and keeps the others', async () => {
    const dir = await catalogFolder({
      'actors/state.yaml': `${LAZARUS}\n- id: Bad Id\n  name: Broken\n  kind: spy\n  description: x\n`,
    });
    const { catalog, problems } = await loadCatalog(dir);
    expect(catalog.actors.map((actor) => actor.id)).toEqual(['lazarus-group']);
    const messages = problems.map(formatProblem);
    expect(messages).toContainEqual(expect.stringMatching(/actors\/state\.yaml:12:7 error: \[1\]\.id: an id is lowercase words/));
    expect(messages).toContainEqual(expect.stringMatching(/actors\/state\.yaml:14:9 error: \[1\]\.kind: .*Fix: use one of the values listed/));
  });

  it('reports YAML syntax errors with their position, and a reference to an unknown entry', async () => {
    const dir = await catalogFolder({
      'actors/state.yaml': LAZARUS,
      'malware/broken.yaml': '- id: x\n  name: [unclosed\n',
      'malware/ok.yaml': '- id: applejeus\n  name: AppleJeus\n  type: trojan\n  actors: [lazarus-group, nobody]\n  description: Fake trading apps.\n',
    });
    const { catalog, problems } = await loadCatalog(dir);
    expect(catalog.malware.map((family) => family.actors)).toEqual([['lazarus-group']]);
    const messages = problems.map(formatProblem);
    expect(messages).toContainEqual(expect.stringMatching(/malware\/broken\.yaml:\d+:\d+ error: not valid YAML/));
    expect(messages).toContainEqual(expect.stringMatching(/malware\/ok\.yaml:1:3 warning: malware applejeus refers to the unknown actor "nobody"/));
  });

  it('takes countries and M49 regions from the packages, with the names news uses added', async () => {
    const dir = await catalogFolder({
      'countries.yaml': 'countries:\n  GB:\n    names: [UK, Britain]\n  RU:\n    origin_only: [the Kremlin]\n',
      'regions.yaml': 'groupings:\n  - id: middle-east\n    name: Middle East\n    countries: [IR, SA]\n',
    });
    const { catalog } = await loadCatalog(dir);
    const britain = catalog.countries.find((country) => country.code === 'GB');
    expect(britain?.regions).toEqual(['northern-europe', 'europe']);
    expect(britain?.names.map((name) => name.name)).toEqual(expect.arrayContaining(['United Kingdom', 'British', 'UK', 'Britain']));
    expect(catalog.countries.find((country) => country.code === 'RU')?.originNames.map((name) => name.name)).toEqual(['the Kremlin']);
    expect(catalog.countries.find((country) => country.code === 'IR')?.regions).toContain('middle-east');
    // A demonym several territories share stands for the sovereign state only.
    expect(catalog.countries.find((country) => country.code === 'MP')?.names.map((name) => name.name)).not.toContain('American');

    const data = catalogData(catalog);
    expect(data.regions).toContainEqual({ id: 'europe', name: 'Europe', kind: 'm49' });
    expect(data.countries.find((country) => country.code === 'GB')).toEqual({ code: 'GB', name: 'United Kingdom', regions: ['northern-europe', 'europe'] });
  });

  it('names countries in Spanish, Portuguese, French and German, with the demonyms inflected', async () => {
    const dir = await catalogFolder({ 'countries.yaml': 'countries:\n  RU:\n    demonyms: {es: [ruso], pt: [russo], de: [russisch]}\n' });
    const { catalog } = await loadCatalog(dir);
    const names = catalog.countries.find((country) => country.code === 'RU')?.names.map((name) => name.name);
    expect(names).toEqual(expect.arrayContaining(['Rusia', 'Rússia', 'Russie', 'Russland', 'rusos', 'russas', 'russes', 'russischen', 'Russische']));
    // French writes the adjective of a country's name in lowercase.
    expect(catalog.countries.find((country) => country.code === 'SA')?.names.map((name) => name.name)).toContain('Arabie saoudite');
  });

  it('gives countries their states, provinces and largest cities, a country name before a place of the same name', async () => {
    const dir = await catalogFolder({
      'countries.yaml': 'subdivisions: [US, AU]\nlargest_cities: 200\nambiguous: [Georgia]\nignored: [Queens]\nnot_places: [Paris Hilton]\n',
    });
    const { catalog } = await loadCatalog(dir);
    const placesOf = (code: string) => catalog.countries.find((country) => country.code === code)?.placeNames ?? [];
    expect(placesOf('US').map((name) => name.name)).toEqual(expect.arrayContaining(['Texas', 'New Jersey', 'Los Angeles', 'Georgia']));
    expect(placesOf('AU').map((name) => name.name)).toEqual(expect.arrayContaining(['Victoria', 'Queensland', 'Sydney']));
    expect(placesOf('NG').map((name) => name.name)).toContain('Lagos');
    // The country keeps its name; the state of the same name is a second reading, marked ambiguous.
    expect(catalog.countries.find((country) => country.code === 'GE')?.names.map((name) => name.name)).toContain('Georgia');
    expect(placesOf('US').find((name) => name.name === 'Georgia')).toEqual({ name: 'Georgia', exact: true, ambiguous: true });
    // A territory that is a country of its own stays one, and an ignored name is no place.
    expect(placesOf('US').map((name) => name.name)).not.toContain('Puerto Rico');
    expect(placesOf('US').map((name) => name.name)).not.toContain('Queens');
    expect(catalog.notPlaces.map((name) => name.name)).toEqual(['Paris Hilton']);
    expect(catalogData(catalog).countries.find((country) => country.code === 'US')).not.toHaveProperty('placeNames');
  });
});

describe('names given twice', () => {
  it('matches a name listed twice once, and says when two entries share one', async () => {
    const dir = await tempFolder('catalog-shared-names', {
      'actors/groups.yaml':
        '- id: one\n  name: Group One\n  kind: criminal\n  aliases: [Shared Name, shared name]\n  description: x\n' +
        '- id: two\n  name: Group Two\n  kind: criminal\n  aliases: [Shared Name]\n  description: y\n',
    });
    const { catalog, problems } = await loadCatalog(dir);
    expect(catalog.actors.find((actor) => actor.id === 'one')?.names.map((name) => name.name)).toEqual(['Group One', 'Shared Name']);
    expect(problems.map((problem) => `${problem.line} ${problem.message}`)).toEqual([
      '1 one lists the name "shared name" twice; it is matched once',
      '6 the name "Shared Name" of two is also a name of one; a post that uses it is filed under both',
    ]);
  });

  it('keeps ambiguous names that differ only in case: each is matched exactly as written', async () => {
    const dir = await tempFolder('catalog-case-names', {
      'actors/groups.yaml':
        '- id: apt3\n  name: APT3\n  kind: state\n  aliases:\n    - name: BORON\n      ambiguous: true\n    - name: Boron\n      ambiguous: true\n  description: x\n',
    });
    const { catalog, problems } = await loadCatalog(dir);
    expect(catalog.actors[0]?.names.map((name) => name.name)).toEqual(['APT3', 'BORON', 'Boron']);
    expect(problems).toEqual([]);
  });
});

describe('the compiled catalog and search', () => {
  it('keeps which names are ordinary words, so "royal mail", "signal" and "edge" are searched as words', async () => {
    const { catalog } = await loadCatalog(path.resolve(import.meta.dirname, '../../../public/content/catalog'));
    const data = catalogSchema.parse(catalogData(catalog));
    const aliases = createAliasIndex(data, { actors: [], malware: [], platforms: [] });
    for (const query of ['royal mail', 'signal', 'edge', 'a signal from the edge']) {
      expect(parseQuery(query, aliases).parts.map((part) => part.kind), query).not.toContain('name');
    }
    // Written as the catalog writes them, they are names.
    expect(parseQuery('Signal', aliases).parts[0]?.kind).toBe('name');
    expect(parseQuery('Hidden Cobra', aliases).parts[0]?.kind).toBe('name');
  });
});
