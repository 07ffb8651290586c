/**
 * The compiled data format, written by `src/compiler` and read by the app: one schema per file, both
 * sides. The compiler's output types are inferred from these schemas; the app imports them with
 * `import type` only, so zod never ships to the browser. Documented for people in docs/data-format.md.
 *
 * What the first list needs is small (the manifest and the facets file); everything else is fetched
 * when a page needs it: list pages for the rows on screen, a slug shard and a body to open a post,
 * the figures file for charts, the catalog for entity pages and search, search shards per query word.
 */
import { z } from 'zod';

/** What a money figure reports, from the words around it. */
export const FIGURE_KINDS = ['theft', 'ransom', 'fine', 'bounty', 'loss', 'damages', 'funding', 'price', 'other'] as const;

/** The kind of a money figure. */
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** The facets of the facets file: one list of values, each with the rows that hold it. */
export const DATA_FACETS = ['actor', 'victim', 'origin', 'region', 'platform', 'malware', 'source', 'language'] as const;

/** A facet of the data. */
export type DataFacet = (typeof DATA_FACETS)[number];

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
 * The compact figure kept for charts: amount, currency, kind, USD value (or null), and 1 when the
 * figure is a period or multi-incident total, else 0.
 */
export const indexFigureSchema = z.tuple([z.number(), z.string(), z.enum(FIGURE_KINDS), z.number().nullable(), z.union([z.literal(0), z.literal(1)])]);

/** A compact figure. */
export type IndexFigure = z.infer<typeof indexFigureSchema>;

/**
 * The full-text index (docs/decisions/0002-search-index.md): `shardCount` shards, a term's shard is
 * `shardOf(term, shardCount)`; `table` names the file listing each shard's postings and positions files.
 */
export const searchManifestSchema = z.object({
  table: z.string(),
  shardCount: z.number().int().positive(),
  /** Posts indexed: the collection's posts. A posting's document is `postCount - 1 - row`. */
  postCount: z.number().int(),
});

/** The search part of the manifest. */
export type SearchManifest = z.infer<typeof searchManifestSchema>;

/** The entry point of the data: names every other file of the same build. */
export const manifestSchema = z.object({
  format: z.number().int(),
  generatedAt: z.string(),
  postCount: z.number().int(),
  files: z.object({
    facets: z.string(),
    figures: z.string(),
    catalog: z.string(),
    /** Every row's post key (`postKeysFileSchema`); absent in data written before keys were added. */
    keys: z.string().optional(),
  }),
  /**
   * List pages: rows `n * pageSize ..` are in `list/<pages[n]>.json`, each named by its content so
   * that a build after one edit writes one page, not all of them.
   */
  list: z.object({ pages: z.array(z.string()), pageSize: z.number().int().positive(), pageCount: z.number().int() }),
  /** Slug shards: a slug's row and body are in `slugs/<shards[slugShardOf(slug, shardCount)]>.json`. */
  slugs: z.object({ shards: z.array(z.string()), shardCount: z.number().int().positive() }),
  /** Absent in data built without search. */
  search: searchManifestSchema.optional(),
});

/** The manifest. */
export type Manifest = z.infer<typeof manifestSchema>;

/** One value of a facet: its id, its display name, and its rows (`encodeRows`). */
export const facetValueSchema = z.tuple([z.string(), z.string(), z.string()]);

/**
 * What the explorer needs for every post to show the first list and count facets: the days and the
 * facet values, as row lists. Rows are posts newest first, `0..postCount-1`.
 */
export const facetsFileSchema = z.object({
  format: z.number().int(),
  postCount: z.number().int(),
  /** Each row's calendar day in the author's offset, as day numbers (`encodeDays`). */
  days: z.string(),
  /** The rows that are security news (`encodeRows`); the others are shown only when asked for. */
  security: z.string(),
  /** Per facet, its values. Actors include the umbrella groups of the sub-groups a post names. */
  facets: z.record(z.enum(DATA_FACETS), z.array(facetValueSchema)),
});

/** The facets file. */
export type FacetsFile = z.infer<typeof facetsFileSchema>;

/** The money figures of every post that reports one, for charts and entity pages. */
export const figuresFileSchema = z.object({
  format: z.number().int(),
  /** The rows with figures, ascending (`encodeRows`). */
  rows: z.string(),
  /** The figures of each of those rows, in the order of the post body's `figures`. */
  figures: z.array(z.array(indexFigureSchema)),
});

/** The figures file. */
export type FiguresFile = z.infer<typeof figuresFileSchema>;

/**
 * Every post's key, by row (`encodePostKeys` in post-keys.ts): fetched only to tell which posts a
 * saved view has not shown yet.
 */
export const postKeysFileSchema = z.object({
  format: z.number().int(),
  keys: z.string(),
});

/** The post keys file. */
export type PostKeysFile = z.infer<typeof postKeysFileSchema>;

/** One row of a list page: slug, title, date (ISO 8601 with the author's offset) and body file hash. */
export const listRowSchema = z.tuple([z.string(), z.string(), z.string(), z.string()]);

/** A list row. */
export type ListRow = z.infer<typeof listRowSchema>;

/** A list page: the list fields of `pageSize` consecutive rows. */
export const listPageSchema = z.object({
  format: z.number().int(),
  rows: z.array(listRowSchema),
});

/** A list page. */
export type ListPage = z.infer<typeof listPageSchema>;

/** A slug shard: each of its slugs' row and body file hash. */
export const slugShardSchema = z.object({
  format: z.number().int(),
  slugs: z.record(z.string(), z.tuple([z.number().int(), z.string()])),
});

/** A slug shard. */
export type SlugShard = z.infer<typeof slugShardSchema>;

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

/**
 * One post's body and details, fetched when the post is opened. Named by a hash of its content, so
 * an unchanged post keeps its file from one build to the next.
 */
export const postBodySchema = z.object({
  format: z.number().int(),
  title: z.string(),
  date: z.string(),
  source: sourceSchema.nullable(),
  url: z.string().nullable(),
  tags: z.array(z.string()),
  /** Sanitized at build time; images carry `data-src` and load only when the reader asks. */
  html: z.string(),
  /**
   * The body as plain text, one paragraph per entry, without code and addresses: what the search
   * index read, so snippets and highlights read the same words.
   */
  text: z.array(z.string()),
  entities: postEntitiesSchema,
  figures: z.array(figureSchema),
  /** Whether the post is security news, and what decided it ("“ransomware”", "a threat group"). */
  relevance: z.object({ relevant: z.boolean(), reasons: z.array(z.string()) }),
  /** ISO 639-1 code of the post's language, or `und`. */
  language: z.string(),
});

/** A post body. */
export type PostBody = z.infer<typeof postBodySchema>;

/** A search postings file: each term's postings (`encodePostings`). */
export const searchShardSchema = z.object({
  format: z.number().int(),
  terms: z.record(z.string(), z.string()),
});

/** A search postings or positions file. */
export type SearchShardFile = z.infer<typeof searchShardSchema>;

/** The search table: each shard's postings and positions file hashes. */
export const searchTableSchema = z.object({
  format: z.number().int(),
  shards: z.array(z.tuple([z.string(), z.string()])),
});

/** The search table. */
export type SearchTable = z.infer<typeof searchTableSchema>;
