/**
 * The shape of the catalog's YAML files (public/content/catalog), as analysts write them: snake_case
 * keys, aliases with who coined them, `ambiguous: true` on names that are also ordinary words.
 */
import { z } from 'zod';
import { ACTOR_KINDS } from '../../model/format/catalog-format.ts';

const id = z
  .string({ error: 'expected an id' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'an id is lowercase words joined by dashes, such as lazarus-group' });
const iso2 = z.string().regex(/^[A-Z]{2}$/, { error: 'expected an ISO 3166-1 alpha-2 code such as KP' });
const year = z.number().int().min(1970).max(2100);
const text = z.string().trim().min(1);

/** An alias, as a plain name or with who coined it and whether it is also an ordinary word. */
export const aliasEntry = z.union([
  text,
  z.strictObject({ name: text, by: text.optional(), ambiguous: z.boolean().optional() }),
]);

/** An alias entry. */
export type AliasEntry = z.infer<typeof aliasEntry>;

/** A threat actor in actors/*.yaml. */
export const actorEntry = z.strictObject({
  id,
  name: text,
  kind: z.enum(ACTOR_KINDS),
  ambiguous: z.boolean().optional(),
  country: iso2.optional(),
  first_seen: year.optional(),
  attack_id: z.string().regex(/^G\d{4}$/, { error: 'an ATT&CK group id looks like G0032' }).optional(),
  parent: id.optional(),
  aliases: z.array(aliasEntry).default([]),
  description: text,
  links: z.array(z.url({ error: 'expected a web address' })).default([]),
});

/** An actor entry. */
export type ActorEntry = z.infer<typeof actorEntry>;

/** A malware family or tool in malware/*.yaml. */
export const malwareEntry = z.strictObject({
  id,
  name: text,
  type: text,
  ambiguous: z.boolean().optional(),
  aliases: z.array(aliasEntry).default([]),
  actors: z.array(id).default([]),
  platforms: z.array(id).default([]),
  first_seen: year.optional(),
  attack_id: z.string().regex(/^S\d{4}$/, { error: 'an ATT&CK software id looks like S0367' }).optional(),
  description: text,
  links: z.array(z.url({ error: 'expected a web address' })).default([]),
});

/** A malware entry. */
export type MalwareEntry = z.infer<typeof malwareEntry>;

/** A platform in platforms.yaml. */
export const platformEntry = z.strictObject({
  id,
  name: text,
  category: text,
  ambiguous: z.boolean().optional(),
  aliases: z.array(aliasEntry).default([]),
});

/** A platform entry. */
export type PlatformEntry = z.infer<typeof platformEntry>;

/** regions.yaml: groupings of countries, and news names for UN M49 regions. */
export const regionsFile = z.strictObject({
  groupings: z
    .array(z.strictObject({ id, name: text, aliases: z.array(text).default([]), countries: z.array(iso2).min(1) }))
    .default([]),
  m49_aliases: z.record(z.string(), z.array(text)).default({}),
});

/** The regions file. */
export type RegionsFile = z.infer<typeof regionsFile>;

/** countries.yaml: names news uses beyond those of the country package. */
export const countriesFile = z.strictObject({
  countries: z
    .record(
      iso2,
      z.strictObject({
        /** Names, demonyms and places that stand for the country in either role. */
        names: z.array(text).default([]),
        /** Names that stand for a government ("the Kremlin"): only ever an origin. */
        origin_only: z.array(text).default([]),
        /**
         * Demonyms in Spanish, Portuguese and German, which the country package lacks: masculine
         * singulars (es `ruso`, pt `russo`) and German adjective stems (`russisch`); the compiler
         * inflects them.
         */
        demonyms: z
          .strictObject({ es: z.array(text).default([]), pt: z.array(text).default([]), de: z.array(text).default([]) })
          .optional(),
      }),
    )
    .default({}),
  /** Country names that are also ordinary words or other places: matched only as written, capitalised. */
  ambiguous: z.array(text).default([]),
  /** Names from the packages that news uses for something else, never read as a place. */
  ignored: z.array(text).default([]),
  /** Countries whose ISO 3166-2 subdivisions (states, provinces) stand for them. */
  subdivisions: z.array(iso2).default([]),
  /** How many of the world's most populous cities stand for their countries. */
  largest_cities: z.number().int().min(0).max(5000).default(0),
  /** Names with a place inside that name something else ("Washington Post", "Paris Hilton"): never a place. */
  not_places: z.array(text).default([]),
});

/** The countries file. */
export type CountriesFile = z.infer<typeof countriesFile>;
