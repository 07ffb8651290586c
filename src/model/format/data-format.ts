/**
 * The compiled data format, written by `src/compiler` and read by the app: one schema, both sides.
 * The app imports these types with `import type` only, so zod never ships to the browser.
 * Documented for people in docs/data-format.md.
 */
import { z } from 'zod';

/** What a money figure reports, from the words around it. */
export const FIGURE_KINDS = ['theft', 'ransom', 'fine', 'bounty', 'loss', 'damages', 'funding', 'price', 'other'] as const;

/** The kind of a money figure. */
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** Where a post came from: a feed or publication, and the link to the original. */
export const sourceSchema = z.object({
  name: z.string(),
  url: z.string().nullable(),
});

/** A post's source. */
export type Source = z.infer<typeof sourceSchema>;

/** A money figure with the sentence it came from (post bodies). */
export const figureSchema = z.object({
  text: z.string(),
  amount: z.number(),
  currency: z.string(),
  kind: z.enum(FIGURE_KINDS),
  sentence: z.string(),
  /** Upper bound of a range ("$5-10 million"); `amount` holds the lower bound. */
  amountMax: z.number().optional(),
  /** The amount in US dollars, only where docs/currency-rates.md gives a rate for the currency. */
  usd: z.number().optional(),
  /** A total over a period or many incidents ("a record $1.7 billion in 2022"), not one incident's amount. */
  total: z.literal(true).optional(),
});

/** A money figure with its sentence. */
export type Figure = z.infer<typeof figureSchema>;

/**
 * The compact figure kept in the list index for charts: amount, currency, kind, USD value (or null),
 * and 1 when the figure is a period or multi-incident total, else 0.
 */
export const indexFigureSchema = z.tuple([z.number(), z.string(), z.enum(FIGURE_KINDS), z.number().nullable(), z.union([z.literal(0), z.literal(1)])]);

/** A compact figure of the list index. */
export type IndexFigure = z.infer<typeof indexFigureSchema>;

/**
 * Where the full-text search shards are (docs/decisions/0002-search-index.md): shard `n` of
 * `shardCount` is `<dir>/<n>.json`, its word positions `<dir>/<n>.pos.json`; a term's shard is
 * `shardOf(term, shardCount)` (src/model/search/codec.ts). `dir` carries a hash of the shards' content.
 */
export const searchManifestSchema = z.object({
  dir: z.string(),
  shardCount: z.number().int().positive(),
  /** Posts indexed, rows `0..postCount-1` of the list index. */
  postCount: z.number().int(),
});

/** The search part of the manifest. */
export type SearchManifest = z.infer<typeof searchManifestSchema>;

/** The entry point of the data: names the other files of the same build. */
export const manifestSchema = z.object({
  format: z.number().int(),
  generatedAt: z.string(),
  postCount: z.number().int(),
  files: z.object({
    index: z.string(),
    catalog: z.string(),
  }),
  /** Absent in data built without search. */
  search: searchManifestSchema.optional(),
});

/** The manifest. */
export type Manifest = z.infer<typeof manifestSchema>;

const idList = z.array(z.array(z.string()));

/**
 * The list index: everything the explorer needs for every post, newest first, stored by column
 * (one array per field, all of the same length) to stay small at tens of thousands of posts.
 */
export const postIndexSchema = z.object({
  format: z.number().int(),
  sources: z.array(z.object({ id: z.string(), name: z.string() })),
  columns: z.object({
    slug: z.array(z.string()),
    title: z.array(z.string()),
    /** ISO 8601 with the author's offset, see `PostDate`. */
    date: z.array(z.string()),
    /** Source id, or `null` when the post names none. */
    source: z.array(z.string().nullable()),
    /** Actors the text names, and the umbrella groups they belong to (APT38 -> Lazarus Group). */
    actors: idList,
    victims: idList,
    origins: idList,
    regions: idList,
    platforms: idList,
    malware: idList,
    figures: z.array(z.array(indexFigureSchema)),
  }),
});

/** The list index. */
export type PostIndex = z.infer<typeof postIndexSchema>;

/** What the compiler found in a post, by id: the reader's chips. Actors are the ones the text names. */
export const postEntitiesSchema = z.object({
  actors: z.array(z.string()),
  malware: z.array(z.string()),
  platforms: z.array(z.string()),
  victims: z.array(z.string()),
  origins: z.array(z.string()),
  regions: z.array(z.string()),
});

/** A post's entities. */
export type PostEntityIds = z.infer<typeof postEntitiesSchema>;

/** One post's body and details, fetched when the post is opened. */
export const postBodySchema = z.object({
  format: z.number().int(),
  slug: z.string(),
  title: z.string(),
  date: z.string(),
  source: sourceSchema.nullable(),
  url: z.string().nullable(),
  tags: z.array(z.string()),
  /** Sanitized at build time; images carry `data-src` and load only when the reader asks. */
  html: z.string(),
  entities: postEntitiesSchema,
  figures: z.array(figureSchema),
});

/** A post body. */
export type PostBody = z.infer<typeof postBodySchema>;
