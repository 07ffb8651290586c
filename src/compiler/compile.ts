/**
 * Compiles a collection: loads the catalog, finds every post under the content folders, compiles
 * each one and extracts its entities (reusing earlier results for files that did not change), makes
 * slugs unique and orders posts newest first.
 */
import { open, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { loadCatalog, type Catalog } from './catalog/load-catalog.ts';
import { compilePost, type CompiledPost, type PostResult } from './compile-post.ts';
import { createExtractor, NO_ENTITIES, type Extractor } from './extract/extract-post.ts';
import type { Problem } from './problems.ts';

/** Where the posts are and which to include. */
export interface ContentOptions {
  /** Folders searched recursively for posts (`findPostFiles`). */
  contentDirs: string[];
  /** Drafts (`draft: true`) are left out unless this is set. */
  includeDrafts: boolean;
  /** The catalog folder; without one, posts compile without entities. */
  catalogDir?: string;
}

/** A compiled collection. */
export interface Compilation {
  /** Included posts, newest first, with unique slugs. */
  posts: CompiledPost[];
  /** Every problem, in file order. */
  problems: Problem[];
  /** Files left out because of an error. */
  leftOut: string[];
  /** Draft posts seen (left out unless drafts are included). */
  drafts: number;
  includeDrafts: boolean;
  /** The catalog the entities were extracted with, or `null` when none was given. */
  catalog: Catalog | null;
}

interface CacheEntry {
  stamp: string;
  result: PostResult;
}

/**
 * Compiles content folders and remembers each file's result, so recompiling after an edit only
 * compiles the files whose modification time or size changed.
 */
export class ContentCompiler {
  private readonly cache = new Map<string, CacheEntry>();
  private catalogStamp = '';
  private catalog: Catalog | null = null;
  private catalogProblems: Problem[] = [];
  private extract: Extractor = () => NO_ENTITIES;

  constructor(private readonly options: ContentOptions) {}

  /** Scans the folders and compiles what is new or changed since the last call. */
  async compile(): Promise<Compilation> {
    await this.refreshCatalog();
    const files = await findPostFiles(this.options.contentDirs);
    const seen = new Set(files);
    for (const cached of this.cache.keys()) if (!seen.has(cached)) this.cache.delete(cached);

    const results: PostResult[] = [];
    for (const file of files) {
      const info = await stat(file);
      const stamp = `${info.mtimeMs}:${info.size}`;
      let entry = this.cache.get(file);
      if (entry?.stamp !== stamp) {
        entry = { stamp, result: this.compileFile(displayPath(file), await readFile(file, 'utf8')) };
        this.cache.set(file, entry);
      }
      results.push(entry.result);
    }
    const compilation = assemble(results, this.options.includeDrafts, this.catalog);
    compilation.problems.unshift(...this.catalogProblems);
    return compilation;
  }

  private compileFile(file: string, text: string): PostResult {
    const result = compilePost(file, text);
    if (!result.post) return result;
    const { title, html, date } = result.post;
    return { ...result, post: { ...result.post, entities: this.extract({ title, html, day: date.day }) } };
  }

  /** Reloads the catalog when one of its files changed; every post is then extracted again. */
  private async refreshCatalog(): Promise<void> {
    const dir = this.options.catalogDir;
    if (!dir) return;
    const stamp = await folderStamp(dir);
    if (stamp === this.catalogStamp) return;
    const { catalog, problems } = await loadCatalog(dir);
    this.catalogStamp = stamp;
    this.catalog = catalog;
    this.catalogProblems = problems;
    this.extract = createExtractor(catalog);
    this.cache.clear();
  }
}

/** Modification times and sizes of every file under a folder, as one string. */
async function folderStamp(dir: string): Promise<string> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch {
    return 'missing';
  }
  const parts: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const info = await stat(full);
    parts.push(`${full}:${info.mtimeMs}:${info.size}`);
  }
  return parts.sort().join('|');
}

/** Compiles content folders once. */
export function compileContent(options: ContentOptions): Promise<Compilation> {
  return new ContentCompiler(options).compile();
}

// Posts are Markdown files; exports and scrapers also save them as `.txt`, which count when they open
// with front matter, so that a stray notes.txt is not taken for a broken post.
const MARKDOWN_FILE = /\.(?:md|markdown)$/i;
const TEXT_FILE = /\.txt$/i;

/**
 * Every post file under the folders, sorted, skipping hidden folders and node_modules: `*.md` and
 * `*.markdown`, and `*.txt` that begin with a `---` front-matter line.
 */
export async function findPostFiles(dirs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const dir of dirs) {
    const root = path.resolve(dir);
    const entries = await readdir(root, { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      if (!entry.isFile() || !(MARKDOWN_FILE.test(entry.name) || TEXT_FILE.test(entry.name))) continue;
      const full = path.join(entry.parentPath, entry.name);
      const relative = path.relative(root, full);
      if (relative.split(path.sep).some((part) => part.startsWith('.') || part === 'node_modules')) continue;
      if (TEXT_FILE.test(entry.name) && !(await opensWithFrontMatter(full))) continue;
      files.push(full);
    }
  }
  return [...new Set(files)].sort();
}

async function opensWithFrontMatter(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(8), 0, 8, 0);
    return /^(?:\uFEFF)?---\r?\n/.test(buffer.subarray(0, bytesRead).toString('utf8'));
  } finally {
    await handle.close();
  }
}

/** Makes slugs unique, filters drafts and orders posts newest first. */
export function assemble(results: PostResult[], includeDrafts: boolean, catalog: Catalog | null = null): Compilation {
  const problems: Problem[] = [];
  const leftOut: string[] = [];
  const posts: CompiledPost[] = [];
  const slugOwners = new Map<string, string>();
  let drafts = 0;

  for (const result of results) {
    problems.push(...result.problems);
    const post = result.post;
    if (!post) {
      leftOut.push(result.problems[0]?.file ?? 'unknown file');
      continue;
    }
    if (post.draft) {
      drafts++;
      if (!includeDrafts) continue;
    }
    let slug = post.slug;
    for (let n = 2; slugOwners.has(slug); n++) slug = `${post.slug}-${n}`;
    if (slug !== post.slug) {
      problems.push({
        severity: 'warning',
        file: post.file,
        line: 1,
        column: 1,
        message: `the slug "${post.slug}" is already used by ${slugOwners.get(post.slug)}; this post is published as "${slug}"`,
        fix: 'rename one of the files, or give one post its own slug: field',
      });
    }
    slugOwners.set(slug, post.file);
    posts.push(slug === post.slug ? post : { ...post, slug });
  }

  posts.sort((a, b) => b.date.epochMs - a.date.epochMs || a.slug.localeCompare(b.slug));
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return { posts, problems, leftOut, drafts, includeDrafts, catalog };
}

/** `1953 posts compiled, 2 left out, 0 drafts`, plus the warning count when there are any. */
export function summaryLine(compilation: Compilation): string {
  const warnings = compilation.problems.filter((problem) => problem.severity === 'warning').length;
  const drafts = `${compilation.drafts} draft${compilation.drafts === 1 ? '' : 's'}${compilation.includeDrafts && compilation.drafts ? ' (included)' : ''}`;
  const parts = [`${compilation.posts.length} posts compiled`, `${compilation.leftOut.length} left out`, drafts];
  if (warnings) parts.push(`${warnings} warning${warnings === 1 ? '' : 's'}`);
  return parts.join(', ');
}

/** Paths in messages are relative to where the command runs, so editors can open them. */
function displayPath(file: string): string {
  return path.relative(process.cwd(), file);
}
