/**
 * The compiled catalog the app reads (`data/catalog.<hash>.json`): threat actors, malware, platforms,
 * countries and regions, with the names the explorer and entity pages show. Written by
 * src/compiler/catalog from the YAML in public/content/catalog and the country packages.
 */
import { z } from 'zod';

/** Another name for an entity, and who coined it where known ("Diamond Sleet", by Microsoft). */
export const aliasSchema = z.object({
  name: z.string(),
  by: z.string().nullable(),
  /** Also an ordinary word or another thing ("Lazarus", "Signal"): a search folds it only as written. */
  ambiguous: z.boolean().optional(),
});

/** An alias. */
export type Alias = z.infer<typeof aliasSchema>;

/** What a threat actor is. */
export const ACTOR_KINDS = ['state', 'mercenary', 'criminal', 'ransomware', 'hacktivist'] as const;

/** A threat actor kind. */
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** A threat group. */
export const actorSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(ACTOR_KINDS),
  /** ISO 3166-1 alpha-2 of the state public reporting attributes it to, if any. */
  country: z.string().nullable(),
  firstSeen: z.number().int().nullable(),
  /** MITRE ATT&CK group id (G0032). */
  attackId: z.string().nullable(),
  /** The umbrella group this one is part of (APT38 -> Lazarus Group). */
  parent: z.string().nullable(),
  /** The name is also an ordinary word or another thing ("Royal", "Play"): a search folds it only as written. */
  ambiguous: z.boolean().optional(),
  aliases: z.array(aliasSchema),
  description: z.string(),
  links: z.array(z.string()),
});

/** A threat actor. */
export type ThreatActor = z.infer<typeof actorSchema>;

/** A malware family or attack tool. */
export const malwareSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  /** The name is also an ordinary word or another thing: a search folds it only as written. */
  ambiguous: z.boolean().optional(),
  aliases: z.array(aliasSchema),
  /** Actor ids public reporting links it to. */
  actors: z.array(z.string()),
  /** Platform ids it runs on or targets. */
  platforms: z.array(z.string()),
  firstSeen: z.number().int().nullable(),
  attackId: z.string().nullable(),
  description: z.string(),
  links: z.array(z.string()),
});

/** A malware family. */
export type Malware = z.infer<typeof malwareSchema>;

/** A product or service of the platform vocabulary. */
export const platformSchema = z.object({
  id: z.string(),
  name: z.string(),
  category: z.string(),
  /** The name is also an ordinary word or another thing ("Signal", "Windows"): a search folds it only as written. */
  ambiguous: z.boolean().optional(),
  aliases: z.array(aliasSchema),
});

/** A platform. */
export type Platform = z.infer<typeof platformSchema>;

/** A country or territory. */
export const countrySchema = z.object({
  /** ISO 3166-1 alpha-2. */
  code: z.string(),
  name: z.string(),
  /** Region ids it belongs to, most specific first (northern-europe, europe, european-union). */
  regions: z.array(z.string()),
});

/** A country. */
export type Country = z.infer<typeof countrySchema>;

/** A region: a UN M49 region or sub-region, or a grouping news uses (Middle East, Asia-Pacific). */
export const regionSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['m49', 'grouping']),
});

/** A region. */
export type Region = z.infer<typeof regionSchema>;

/** The compiled catalog file. */
export const catalogSchema = z.object({
  format: z.number().int(),
  actors: z.array(actorSchema),
  malware: z.array(malwareSchema),
  platforms: z.array(platformSchema),
  countries: z.array(countrySchema),
  regions: z.array(regionSchema),
});

/** The compiled catalog. */
export type CatalogData = z.infer<typeof catalogSchema>;
