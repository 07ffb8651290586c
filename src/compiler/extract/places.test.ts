import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../catalog/load-catalog.ts';
import { DEFAULT_CATALOG_DIR } from '../content-config.ts';
import { postSentences } from './plain-text.ts';
import { createPlaceFinder, type PlaceFindings } from './places.ts';

const REPO = path.resolve(import.meta.dirname, '../../..');
let find: (title: string, body: string[], language?: string) => PlaceFindings;
beforeAll(async () => {
  const finder = createPlaceFinder((await loadCatalog(path.join(REPO, DEFAULT_CATALOG_DIR))).catalog);
  find = (title, body, language) => finder(postSentences(title, body), language);
});

describe('a name a country and a place inside another country share', () => {
  const title = 'Ransomware hits Georgia government networks';
  it('is the country where the post names it otherwise', () => {
    expect(find(title, ['Officials in Tbilisi said the attack began on Monday.']).victims).toEqual(['GE']);
  });

  it('is the state where the post names the other country and not the first', () => {
    expect(find(title, ['Officials in Atlanta said the attack began on Monday.']).victims).toEqual(['US']);
  });

  it('is the country first where the post names both', () => {
    expect(find(title, ['A Georgian official and a U.S. adviser said the attack began on Monday.']).victims).toContain('GE');
  });

  it('is neither where the post names neither', () => {
    expect(find(title, []).victims).toEqual([]);
  });
});

describe('an ambiguous place name', () => {
  it('counts where it qualifies an institution', () => {
    expect(find('Some Victorian hospitals are offline after ransomware hit', []).victims).toEqual(['AU']);
  });

  it('does not count as a person', () => {
    expect(find('Victoria Smith says ransomware hit her firm', []).victims).toEqual([]);
  });
});

describe('the cues of other languages', () => {
  it('are read in posts in other languages', () => {
    const found = find('Hackers rusos atacan bancos', ['Piratas informáticos rusos atacaron a bancos en Chile y Perú.'], 'es');
    expect(found.origins).toEqual(['RU']);
    expect(found.victims).toEqual(['CL', 'PE']);
  });

  it('are not read in English posts, whose own rules decide', () => {
    // "en" and "a" are words of the Romance rules, not of English ones.
    expect(find('Attack on banks', ['Hackers attacked banks; the sites en Chile were down.'], 'en').victims).toEqual([]);
  });

  it('leave the police, where a firm sits and a language out', () => {
    const found = find('Ciberataque contra bancos', ['Según la policía mexicana, una empresa con sede en Israel publicó la versión en español del informe sobre el ataque.'], 'es');
    expect(found.victims).toEqual([]);
    expect(found.origins).toEqual([]);
  });
});
