/**
 * The export record: one post with its entities and figures, as `npm run export` prints it and as
 * the explorer's "Export" downloads it (JSON, and the source of the CSV and STIX exports). One schema,
 * both sides: the compiler and the app build the same record, and the app imports these types with
 * `import type` only. Documented for analysts in docs/export-formats.md.
 */
import { z } from 'zod';
import { FIGURE_KINDS, sourceSchema } from './data-format.ts';

/** A threat actor named by the post, with the catalog's names for it. */
export const exportActorSchema = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
});

/** A catalog entry named by the post: malware family or platform. */
export const exportNamedSchema = z.object({
  id: z.string(),
  name: z.string(),
});

/** A money figure of the post, with the sentence it came from. */
export const exportFigureSchema = z.object({
  text: z.string(),
  amount: z.number(),
  currency: z.string(),
  kind: z.enum(FIGURE_KINDS),
  sentence: z.string(),
});

/** One exported post. Every field is present, empty when nothing was found, so a consumer never has to guess. */
export const exportRecordSchema = z.object({
  slug: z.string(),
  title: z.string(),
  /** ISO 8601 with the author's offset (`2020-01-11T15:47:00+01:00`), or a day (`2020-01-11`). */
  date: z.string(),
  /** The original article; http(s) only once the compiler checks links (issue #13). */
  url: z.string().nullable(),
  source: sourceSchema.nullable(),
  actors: z.array(exportActorSchema),
  malware: z.array(exportNamedSchema),
  /** ISO 3166-1 alpha-2 codes by role. */
  countries: z.object({ victim: z.array(z.string()), origin: z.array(z.string()) }),
  /** Region names (UN M49 regions and the catalog's groupings), as the explorer shows them. */
  regions: z.array(z.string()),
  platforms: z.array(exportNamedSchema),
  figures: z.array(exportFigureSchema),
  /** Security news (true) or off-topic (false), as the compiler's relevance model decided (docs/labeling.md). */
  relevant: z.boolean(),
  /** ISO 639-1 code of the post's language, `und` when it cannot be told. */
  language: z.string(),
});

/** One exported post. */
export type ExportRecord = z.infer<typeof exportRecordSchema>;

/** An actor of an export record. */
export type ExportActor = z.infer<typeof exportActorSchema>;

/** A figure of an export record. */
export type ExportFigure = z.infer<typeof exportFigureSchema>;
