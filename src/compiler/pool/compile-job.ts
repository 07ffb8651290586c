/**
 * One post file's compile job, as a worker or the main thread runs it: read the file, compile it,
 * and write its body file into the data folder unless a file of that content is already there.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import type { Catalog } from '../catalog/load-catalog.ts';
import { createExtractor, type Extractor } from '../extract/extract-post.ts';
import { compileFile } from '../post-record.ts';
import type { PostRecord } from '../post-record.ts';
import type { Problem } from '../problems.ts';
import { postBodyFile } from '../../model/format/data-version.ts';

/** A file to compile, under its post number. */
export interface CompileJob {
  post: number;
  /** The absolute path to read. */
  path: string;
  /** The path as messages show it. */
  display: string;
}

/** What the job gives back: small enough to send between threads. */
export interface JobResult {
  post: number;
  record: PostRecord | null;
  problems: Problem[];
  terms: Uint8Array | null;
}

/** What every job of a build shares. */
export interface JobContext {
  extract: Extractor | null;
  shardCount: number;
  /** The data folder bodies are written to, or `null` when only the records are wanted (export). */
  outDir: string | null;
}

/** The settings a thread needs to make its own `JobContext`. */
export interface JobSettings {
  catalog: Catalog | null;
  shardCount: number;
  outDir: string | null;
}

/** Builds a thread's context: the extractor is compiled once per thread. */
export function jobContext(settings: JobSettings): JobContext {
  return {
    extract: settings.catalog ? createExtractor(settings.catalog) : null,
    shardCount: settings.shardCount,
    outDir: settings.outDir,
  };
}

/** Runs one job. A failure to read or compile is reported for the file; it never stops the build. */
export function runJob(job: CompileJob, context: JobContext): JobResult {
  let text: string;
  try {
    text = readFileSync(job.path, 'utf8');
  } catch (error) {
    return failed(job, `the file cannot be read: ${describe(error)}`, 'check that the file exists and that you may read it');
  }
  let compiled;
  try {
    compiled = compileFile(job.display, text, context.extract, context.shardCount);
  } catch (error) {
    return failed(job, `the post could not be compiled: ${describe(error)}`, 'report this post to the Sitrep maintainers; the other posts are compiled');
  }
  const { record, problems, body, terms } = compiled;
  if (!record || body === null) return { post: job.post, record: null, problems, terms: null };
  if (context.outDir) {
    try {
      writeBody(context.outDir, record.bodyHash, body);
    } catch (error) {
      return failed(job, `the post's data file cannot be written: ${describe(error)}`, 'check the output folder is writable and the disk has room');
    }
  }
  return { post: job.post, record, problems, terms };
}

/** Writes a body file unless one with the same content (so the same name) is there already. */
export function writeBody(outDir: string, hash: string, body: string): void {
  const file = path.join(outDir, postBodyFile(hash));
  if (existsSync(file)) return;
  mkdirSync(path.dirname(file), { recursive: true });
  // Written aside and renamed, so a file under its final name is always whole.
  const temporary = `${file}.${process.pid}-${threadId}.tmp`;
  writeFileSync(temporary, body);
  renameSync(temporary, file);
}

function failed(job: CompileJob, message: string, fix: string): JobResult {
  return { post: job.post, record: null, problems: [{ severity: 'error', file: job.display, line: 1, column: 1, message, fix }], terms: null };
}

function describe(error: unknown): string {
  if (error instanceof Error) return 'code' in error && typeof error.code === 'string' ? `${error.code}: ${error.message}` : error.message;
  return String(error);
}
