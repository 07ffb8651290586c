/**
 * Compiles one post file into what the rest of the build needs of it: a small record (list fields,
 * entities, figures), its body file's text, and its search terms. Pure apart from the hash: the
 * workers, the single-threaded path and the tests run the same code, so results never depend on the
 * number of threads.
 */
import { createHash } from 'node:crypto';
import type { Figure, PostBody, Source } from '../model/format/data-format.ts';
import { DATA_FORMAT } from '../model/format/data-version.ts';
import type { PostDate } from '../model/post-date.ts';
import { compilePost } from './compile-post.ts';
import { type Extractor, NO_ENTITIES, type PostEntities } from './extract/extract-post.ts';
import { postSummary } from './post-summary.ts';
import type { Problem } from './problems.ts';
import { classifyRelevance } from './relevance/classify.ts';
import type { EntityWords } from './relevance/features.ts';
import { detectLanguage } from './relevance/language.ts';
import { encodePostTerms, type TermStats, termStats } from './search/post-terms.ts';
import { slugify } from './slug.ts';

/** A compiled post as the collection keeps it: everything but the body's text. */
export interface PostRecord {
  /** The file as given in messages (relative to the working directory). */
  file: string;
  /** The slug the post asks for; the collection makes slugs unique. */
  slug: string;
  draft: boolean;
  title: string;
  date: PostDate;
  source: Source | null;
  url: string | null;
  tags: string[];
  /** What the extractor found, by id; actors as the text names them. */
  entities: {
    actors: string[];
    malware: string[];
    platforms: string[];
    victims: string[];
    origins: string[];
    regions: string[];
  };
  figures: Figure[];
  /** Whether the post is security news, and the features that decided it (src/compiler/relevance). */
  relevance: { relevant: boolean; reasons: string[] };
  /** ISO 639-1 code of the post's language, or `und`. */
  language: string;
  /** The opening of the post's text, for feed readers (`postSummary`). */
  summary: string;
  /** The hash naming the body file (`postBodyFile`). */
  bodyHash: string;
}

/** What one file compiles to. `record` is `null` when an error leaves the post out. */
export interface CompiledFile {
  record: PostRecord | null;
  problems: Problem[];
  /** The body file's JSON text. */
  body: string | null;
  /** The post's search terms (`postTerms`). */
  terms: Uint8Array | null;
  /** Everything the extractor found, the regions the text names included (for the evaluation). */
  found: PostEntities;
}

/** What compiling a file needs besides the file: the extractor and what the relevance model reads. */
export interface CompileContext {
  extract: Extractor | null;
  entityWords: EntityWords | null;
  /** The search index's shard count, which the post's terms are grouped by. */
  shardCount: number;
  /** Takes this decision instead of the relevance model's (the evaluation measures extraction alone so). */
  relevantAnyway?: boolean;
}

/** A compiled post's language, from the word counts its index terms already hold (`termStats`). */
export function languageOf(text: readonly string[], stats: Pick<TermStats, 'bodyWords' | 'bodyStopwords'>): string {
  return detectLanguage(text, { words: stats.bodyWords, englishFunctionWords: stats.bodyStopwords });
}

/**
 * Compiles a post file's text. Threat entities are read from security news only (docs/labeling.md):
 * an off-topic post is kept, searchable and listed, but files nothing under actors or victims.
 */
export function compileFile(file: string, text: string, context: CompileContext): CompiledFile {
  const { post, problems } = compilePost(file, text);
  if (!post) return { record: null, problems, body: null, terms: null, found: NO_ENTITIES };
  const stats = termStats(post.title, post.text);
  const source = post.source ? slugify(post.source.name) || null : null;
  const decision = classifyRelevance(stats, context.entityWords, source);
  const relevant = context.relevantAnyway ?? decision.relevant;
  const reasons = relevant === decision.relevant ? decision.reasons : ['labelled by hand'];
  const language = languageOf(post.text, stats);
  const found = context.extract && relevant ? context.extract({ title: post.title, paragraphs: post.text, day: post.date.day, language }) : NO_ENTITIES;
  const entities = {
    actors: found.actors,
    malware: found.malware,
    platforms: found.platforms,
    victims: found.victims,
    origins: found.origins,
    regions: found.regions,
  };
  const bodyData: PostBody = {
    format: DATA_FORMAT,
    title: post.title,
    date: post.date.iso,
    source: post.source,
    url: post.url,
    tags: post.tags,
    html: post.html,
    text: post.text,
    entities,
    figures: found.figures,
    relevance: { relevant, reasons },
    language,
  };
  const body = JSON.stringify(bodyData);
  const terms = encodePostTerms(stats, context.shardCount);
  if (terms.truncated) {
    problems.push({
      severity: 'warning',
      file,
      line: 1,
      column: 1,
      message: 'the post is too long to index whole: search reads its first 200,000 words and up to 1,000 places of each word',
      fix: 'split the post, or move long lists of indicators into an attachment the post links to',
    });
  }
  return {
    record: {
      file,
      slug: post.slug,
      draft: post.draft,
      title: post.title,
      date: post.date,
      source: post.source,
      url: post.url,
      tags: post.tags,
      entities,
      figures: found.figures,
      relevance: { relevant, reasons },
      language,
      summary: postSummary(post.text),
      bodyHash: contentHash(body),
    },
    problems,
    body,
    terms: terms.bytes,
    found,
  };
}

/** The first 16 hex digits of a text's SHA-256: file names that change when the content does. */
export function contentHash(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
