/**
 * Loads the catalog (public/content/catalog or CATALOG_DIR): actors/*.yaml, malware/*.yaml,
 * platforms.yaml, regions.yaml, countries.yaml. Every entry is validated; a bad entry is reported at
 * its file:line and left out, and the rest of the catalog still loads.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import type { Alias, CatalogData, Malware, Platform, ThreatActor } from '../../model/format/catalog-format.ts';
import { DATA_FORMAT } from '../../model/format/data-version.ts';
import { ProblemList, type Problem } from '../problems.ts';
import {
  actorEntry,
  countriesFile,
  malwareEntry,
  platformEntry,
  regionsFile,
  type AliasEntry,
} from './catalog-entries.ts';
import { buildPlaces, type CatalogCountry, type CatalogName, type CatalogRegion } from './countries.ts';
import { parseYamlFile, validateAt, type YamlFile } from './yaml-file.ts';

/** An actor with the names the extractor looks for. */
export interface CatalogActor extends ThreatActor {
  names: CatalogName[];
}

/** A malware family with the names the extractor looks for. */
export interface CatalogMalware extends Malware {
  names: CatalogName[];
}

/** A platform with the names the extractor looks for. */
export interface CatalogPlatform extends Platform {
  names: CatalogName[];
}

/** The loaded catalog. */
export interface Catalog {
  actors: CatalogActor[];
  malware: CatalogMalware[];
  platforms: CatalogPlatform[];
  countries: CatalogCountry[];
  regions: CatalogRegion[];
  /** Names with a place inside that name something else ("Washington Post"): never read as a place. */
  notPlaces: CatalogName[];
}

/** The catalog and the problems found in it. */
export interface CatalogResult {
  catalog: Catalog;
  problems: Problem[];
}

/** Reads and validates every catalog file under `dir`. */
export async function loadCatalog(dir: string): Promise<CatalogResult> {
  const problems: Problem[] = [];
  // Each file's problems are added to `problems` by the caller once it has checked the file's entries.
  const read = async (relative: string): Promise<{ file: YamlFile | null; list: ProblemList } | null> => {
    const full = path.join(dir, relative);
    const list = new ProblemList(path.relative(process.cwd(), full));
    let text: string;
    try {
      text = await readFile(full, 'utf8');
    } catch {
      return null;
    }
    return { file: parseYamlFile(text, list), list };
  };

  // Where each entry is written, so a problem found later (a dangling reference) can point at it.
  const where = new Map<string, { file: string; line: number; column: number }>();
  const entries = async <T extends { id: string }>(folderOrFile: string, schema: z.ZodType<T>): Promise<T[]> => {
    const files = folderOrFile.endsWith('.yaml') ? [folderOrFile] : await yamlFilesIn(dir, folderOrFile);
    const items: T[] = [];
    const seen = new Map<string, string>();
    for (const relative of files) {
      const loaded = await read(relative);
      if (!loaded) continue;
      const { file, list } = loaded;
      if (!file) {
        problems.push(...list.items);
        continue;
      }
      if (!Array.isArray(file.data)) {
        list.error({ line: 1, column: 1 }, 'expected a list of entries, each starting with "- id:"', 'write each entry as a list item');
      } else {
        file.data.forEach((value: unknown, index) => {
          const item = validateAt(schema, value, [index], file, list);
          if (!item) return;
          const owner = seen.get(item.id);
          if (owner) {
            list.error(file.locate([index, 'id']), `the id "${item.id}" is already used in ${owner}`, 'give each entry its own id');
            return;
          }
          const position = file.locate([index]);
          seen.set(item.id, `${list.file}:${position.line}`);
          where.set(`${folderOrFile}/${item.id}`, { file: list.file, ...position });
          items.push(item);
        });
      }
      problems.push(...list.items);
    }
    return items;
  };

  const actorEntries = await entries('actors', actorEntry);
  const malwareEntries = await entries('malware', malwareEntry);
  const platformEntries = await entries('platforms.yaml', platformEntry);
  const regions = await single('regions.yaml', regionsFile, { groupings: [], m49_aliases: {} });
  const countryAdditions = await single('countries.yaml', countriesFile, {
    countries: {},
    ambiguous: [],
    ignored: [],
    subdivisions: [],
    largest_cities: 0,
    not_places: [],
  });
  const places = buildPlaces(countryAdditions, regions);

  const actorIds = new Set(actorEntries.map((entry) => entry.id));
  const platformIds = new Set(platformEntries.map((entry) => entry.id));
  const countryCodes = new Set(places.countries.map((country) => country.code));
  const keepKnown = (ids: string[], known: Set<string>, what: string, owner: string) =>
    ids.filter((id) => {
      if (known.has(id)) return true;
      const at = where.get(owner) ?? { file: path.relative(process.cwd(), dir), line: 1, column: 1 };
      problems.push({
        severity: 'warning',
        ...at,
        message: `${owner.replace('/', ' ')} refers to the unknown ${what} "${id}"; the reference is dropped`,
        fix: `add the ${what} to the catalog, or correct the id`,
      });
      return false;
    });

  const actors: CatalogActor[] = actorEntries.map((entry) => ({
    id: entry.id,
    name: entry.name,
    kind: entry.kind,
    country: entry.country && countryCodes.has(entry.country) ? entry.country : null,
    firstSeen: entry.first_seen ?? null,
    attackId: entry.attack_id ?? null,
    parent: entry.parent ? (keepKnown([entry.parent], actorIds, 'actor', `actors/${entry.id}`)[0] ?? null) : null,
    ...(entry.ambiguous ? { ambiguous: true } : {}),
    aliases: entry.aliases.map(toAlias),
    description: entry.description,
    links: entry.links,
    names: namesOf(entry.name, entry.ambiguous ?? false, entry.aliases),
  }));
  const malware: CatalogMalware[] = malwareEntries.map((entry) => ({
    id: entry.id,
    name: entry.name,
    type: entry.type,
    ...(entry.ambiguous ? { ambiguous: true } : {}),
    aliases: entry.aliases.map(toAlias),
    actors: keepKnown(entry.actors, actorIds, 'actor', `malware/${entry.id}`),
    platforms: keepKnown(entry.platforms, platformIds, 'platform', `malware/${entry.id}`),
    firstSeen: entry.first_seen ?? null,
    attackId: entry.attack_id ?? null,
    description: entry.description,
    links: entry.links,
    names: namesOf(entry.name, entry.ambiguous ?? false, entry.aliases),
  }));
  const platforms: CatalogPlatform[] = platformEntries.map((entry) => ({
    id: entry.id,
    name: entry.name,
    category: entry.category,
    ...(entry.ambiguous ? { ambiguous: true } : {}),
    aliases: entry.aliases.map(toAlias),
    names: namesOf(entry.name, entry.ambiguous ?? false, entry.aliases),
  }));

  for (const [folder, entries] of [['actors', actors], ['malware', malware], ['platforms.yaml', platforms]] as const) {
    problems.push(...sharedNames(entries, (id) => where.get(`${folder}/${id}`) ?? { file: path.relative(process.cwd(), dir), line: 1, column: 1 }));
  }
  return { catalog: { actors, malware, platforms, ...places }, problems };

  async function single<T>(relative: string, schema: z.ZodType<T>, fallback: T): Promise<T> {
    const loaded = await read(relative);
    if (!loaded) return fallback;
    const value = loaded.file ? validateAt(schema, loaded.file.data ?? {}, [], loaded.file, loaded.list) : null;
    problems.push(...loaded.list.items);
    return value ?? fallback;
  }
}

/** The compiled catalog the app reads: what pages show, without the extractor's name lists. */
export function catalogData(catalog: Catalog): CatalogData {
  return {
    format: DATA_FORMAT,
    actors: catalog.actors.map(({ names: _names, ...actor }) => actor),
    malware: catalog.malware.map(({ names: _names, ...malware }) => malware),
    platforms: catalog.platforms.map(({ names: _names, ...platform }) => platform),
    countries: catalog.countries.map(({ names: _names, placeNames: _placeNames, originNames: _originNames, ...country }) => country),
    regions: catalog.regions.map(({ names: _names, ...region }) => region),
  };
}

function toAlias(alias: AliasEntry): Alias {
  if (typeof alias === 'string') return { name: alias, by: null };
  return alias.ambiguous ? { name: alias.name, by: alias.by ?? null, ambiguous: true } : { name: alias.name, by: alias.by ?? null };
}

function namesOf(name: string, nameIsAmbiguous: boolean, aliases: AliasEntry[]): CatalogName[] {
  const names: CatalogName[] = [{ name, exact: nameIsAmbiguous, ambiguous: nameIsAmbiguous }];
  const seen = new Set([nameKey(name, nameIsAmbiguous)]);
  for (const alias of aliases) {
    const ambiguous = typeof alias !== 'string' && (alias.ambiguous ?? false);
    const aliasName = typeof alias === 'string' ? alias : alias.name;
    // A name listed twice is matched once (`sharedNames` reports it).
    const key = nameKey(aliasName, ambiguous);
    if (seen.has(key)) continue;
    seen.add(key);
    names.push({ name: aliasName, exact: ambiguous, ambiguous });
  }
  return names;
}

/**
 * What makes two names the same: their letters in any case, except for ambiguous names, which are
 * matched exactly as written ("BORON" and "Boron" are two names; "boron" in a post is neither).
 */
function nameKey(name: string, ambiguous: boolean): string {
  return ambiguous ? `=${name}` : name.toLowerCase();
}

/**
 * Names given twice: within one entry (a slip, matched once), or to two entries of the same kind,
 * where a post naming it would be filed under both; each is named with where it is written.
 */
function sharedNames(entries: readonly { id: string; name: string; ambiguous?: boolean | undefined; aliases: readonly (Alias | string)[] }[], at: (id: string) => { file: string; line: number; column: number }): Problem[] {
  const problems: Problem[] = [];
  const owner = new Map<string, string>();
  for (const entry of entries) {
    const names = [
      { name: entry.name, ambiguous: entry.ambiguous ?? false },
      ...entry.aliases.map((alias) => (typeof alias === 'string' ? { name: alias, ambiguous: false } : { name: alias.name, ambiguous: alias.ambiguous ?? false })),
    ];
    const own = new Set<string>();
    for (const { name, ambiguous } of names) {
      const key = nameKey(name, ambiguous);
      if (own.has(key)) {
        problems.push({ severity: 'warning', ...at(entry.id), message: `${entry.id} lists the name "${name}" twice; it is matched once`, fix: 'remove the repeated alias' });
        continue;
      }
      own.add(key);
      const other = owner.get(key);
      if (other !== undefined && other !== entry.id) {
        problems.push({
          severity: 'warning',
          ...at(entry.id),
          message: `the name "${name}" of ${entry.id} is also a name of ${other}; a post that uses it is filed under both`,
          fix: `keep the name on the entry it belongs to, or mark it ambiguous: true where it needs support from the text`,
        });
      } else owner.set(key, entry.id);
    }
  }
  return problems;
}

async function yamlFilesIn(dir: string, folder: string): Promise<string[]> {
  try {
    const names = await readdir(path.join(dir, folder));
    return names.filter((name) => name.endsWith('.yaml') || name.endsWith('.yml')).sort().map((name) => path.join(folder, name));
  } catch {
    return [];
  }
}
