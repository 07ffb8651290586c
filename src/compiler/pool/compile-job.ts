/**
 * One post file's job, as a worker or the main thread runs it. Usually: read the file, compile it, and
 * write its body file into the data folder unless a file of that content is already there. After a
 * catalog change only: read the body the last build wrote and extract the entities again, which
 * skips parsing and sanitizing the post.
 */
import { loadLanguageDetector } from '../relevance/language.ts';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import type { Catalog } from '../catalog/load-catalog.ts';
import { createExtractor, NO_ENTITIES } from '../extract/extract-post.ts';
import { type CompileContext, compileFile, contentHash, type PostRecord } from '../post-record.ts';
import { classifyRelevance } from '../relevance/classify.ts';
import { entityWordsOf } from '../relevance/entity-words.ts';
import { termStats } from '../search/post-terms.ts';
import { slugify } from '../slug.ts';
import type { Problem } from '../problems.ts';
import { decodePostBytes } from '../read-post.ts';
import type { PostBody } from '../../model/format/data-format.ts';
import { postBodyFile } from '../../model/format/data-version.ts';

/** A file to compile, under its post number. */
export interface CompileJob {
  post: number;
  /** The absolute path to read. */
  path: string;
  /** The path as messages show it. */
  display: string;
  /** The file's size in bytes, when known: large posts compile on the main thread (compile-pool.ts). */
  size?: number;
  /** Re-extract from the last build's body instead of compiling: that post's record and problems. */
  reextract?: { record: PostRecord; problems: Problem[] };
}

/** What the job gives back: small enough to send between threads. */
export interface JobResult {
  post: number;
  record: PostRecord | null;
  problems: Problem[];
  /** The post's search terms; `null` when it was left out, or re-extracted (its terms did not change). */
  terms: Uint8Array | null;
  /** The hash of the file's bytes, for the cache (`fileHash`). */
  hash: string;
}

/** What every job of a build shares. */
export interface JobContext extends CompileContext {
  /** The data folder bodies are written to, or `null` when only the records are wanted (export). */
  outDir: string | null;
  includeDrafts: boolean;
}

/** The settings a thread needs to make its own `JobContext`. */
export interface JobSettings {
  catalog: Catalog | null;
  shardCount: number;
  outDir: string | null;
  includeDrafts: boolean;
}

/** Builds a thread's context: the extractor is compiled and the language detector loaded once per thread. */
export async function jobContext(settings: JobSettings): Promise<JobContext> {
  await loadLanguageDetector();
  return {
    extract: settings.catalog ? createExtractor(settings.catalog) : null,
    entityWords: settings.catalog ? entityWordsOf(settings.catalog) : null,
    shardCount: settings.shardCount,
    outDir: settings.outDir,
    includeDrafts: settings.includeDrafts,
  };
}

/** The hash of a file's bytes, as the cache keys it. */
export function fileHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 24);
}

/** Runs one job. A failure to read or compile is reported for the file; it never stops the build. */
export function runJob(job: CompileJob, context: JobContext): JobResult {
  if (job.reextract && context.outDir) {
    const result = reextract(job, job.reextract, context, context.outDir);
    if (result) return result;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(job.path);
  } catch (error) {
    return failed(job, '', `the file cannot be read: ${describe(error)}`, 'check that the file exists and that you may read it');
  }
  const hash = fileHash(bytes);
  const decoded = decodePostBytes(bytes, job.display);
  if (decoded.text === null) return { post: job.post, record: null, problems: decoded.problems, terms: null, hash };
  let compiled;
  try {
    compiled = compileFile(job.display, decoded.text, context);
  } catch (error) {
    return failed(job, hash, `the post could not be compiled: ${describe(error)}`, 'report this post to the Sitrep maintainers; the other posts are compiled');
  }
  const { record, body, terms } = compiled;
  const problems = [...decoded.problems, ...compiled.problems];
  if (!record || body === null) return { post: job.post, record: null, problems, terms: null, hash };
  // A draft left out of the build needs no body file.
  if (context.outDir && (!record.draft || context.includeDrafts)) {
    try {
      writeBody(context.outDir, record.bodyHash, body);
    } catch (error) {
      return failed(job, hash, `the post's data file cannot be written: ${describe(error)}`, 'check the output folder is writable and the disk has room');
    }
  }
  return { post: job.post, record, problems, terms, hash };
}

/** Extracts a post's entities again from the body the last build wrote; `null` when that body is gone. */
function reextract(job: CompileJob, previous: { record: PostRecord; problems: Problem[] }, context: JobContext, outDir: string): JobResult | null {
  let body: PostBody;
  try {
    body = JSON.parse(readFileSync(path.join(outDir, postBodyFile(previous.record.bodyHash)), 'utf8')) as PostBody;
  } catch {
    return null;
  }
  if (!context.extract) return null;
  // The catalog's names are among the relevance model's features: the decision is made again too.
  const source = body.source ? slugify(body.source.name) || null : null;
  const { relevant, reasons } = classifyRelevance(termStats(body.title, body.text), context.entityWords, source);
  const relevance = { relevant, reasons };
  const found = relevance.relevant ? context.extract({ title: body.title, paragraphs: body.text, day: previous.record.date.day, language: previous.record.language }) : NO_ENTITIES;
  const entities = {
    actors: found.actors,
    malware: found.malware,
    platforms: found.platforms,
    victims: found.victims,
    origins: found.origins,
    regions: found.regions,
  };
  const text = JSON.stringify({ ...body, entities, figures: found.figures, relevance });
  const record: PostRecord = { ...previous.record, entities, figures: found.figures, relevance, bodyHash: contentHash(text) };
  if (!record.draft || context.includeDrafts) writeBody(outDir, record.bodyHash, text);
  return { post: job.post, record, problems: previous.problems, terms: null, hash: '' };
}

// Folders this thread has made, so each body costs one existence check rather than a mkdir too.
const madeFolders = new Set<string>();

/** Writes a body file unless one with the same content (so the same name) is there already. */
export function writeBody(outDir: string, hash: string, body: string): void {
  const file = path.join(outDir, postBodyFile(hash));
  if (existsSync(file)) return;
  const folder = path.dirname(file);
  if (!madeFolders.has(folder)) {
    mkdirSync(folder, { recursive: true });
    madeFolders.add(folder);
  }
  // Written aside and renamed, so a file under its final name is always whole.
  const temporary = `${file}.${process.pid}-${threadId}.tmp`;
  writeFileSync(temporary, body);
  renameSync(temporary, file);
}

function failed(job: CompileJob, hash: string, message: string, fix: string): JobResult {
  return { post: job.post, record: null, problems: [{ severity: 'error', file: job.display, line: 1, column: 1, message, fix }], terms: null, hash };
}

function describe(error: unknown): string {
  if (error instanceof Error) return 'code' in error && typeof error.code === 'string' ? `${error.code}: ${error.message}` : error.message;
  return String(error);
}
