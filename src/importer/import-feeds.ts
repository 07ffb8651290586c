/**
 * Imports feed files into a posts folder: one post file per item, named after the item's identity,
 * so importing the same feed again adds only the items that are new. An existing file is never
 * overwritten: a post someone edited stays as it is.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ProblemList, formatProblem, type Problem } from '../compiler/problems.ts';
import type { Source } from '../model/format/data-format.ts';
import { readFeed, type Feed } from './feed-reader.ts';
import { FeedFileError, decodeXml } from './feed-xml.ts';
import { KEY_LENGTH, itemToPost, webAddress } from './post-file.ts';

/** What to import and where to. */
export interface ImportOptions {
  /** Feed files, or folders searched recursively for `*.xml`, `*.atom` and `*.rss` files. */
  inputs: string[];
  /** The posts folder; created when missing. */
  outDir: string;
}

/** What an import did. */
export interface ImportResult {
  /** Paths of the post files written. */
  written: string[];
  /** Items whose post file already exists (from an earlier import, or twice in the input). */
  alreadyThere: number;
  /** Items left out because of an error. */
  skipped: number;
  /** Blogger export entries that are not posts: settings, templates, comments, pages, trashed posts. */
  ignored: number;
  /** Files that could not be read as feeds. */
  failedFeeds: number;
  problems: Problem[];
}

/** A request the importer refuses as a whole (the output is not a folder, an input does not exist). */
export class ImportError extends Error {}

const FEED_FILE = /\.(?:xml|atom|rss)$/i;
// The identity key the importer puts at the end of every file name (post-file.ts).
const KEY_IN_NAME = new RegExp(`-([0-9a-f]{${KEY_LENGTH}})\\.(?:md|markdown|txt)$`);

/** Imports every item of every feed file; problems are collected, never thrown, except for `ImportError`. */
export async function importFeeds(options: ImportOptions): Promise<ImportResult> {
  const files = await findFeedFiles(options.inputs);
  const outDir = path.resolve(options.outDir);
  await prepareOutDir(outDir);
  const keys = await importedKeys(outDir);
  const result: ImportResult = { written: [], alreadyThere: 0, skipped: 0, ignored: 0, failedFeeds: 0, problems: [] };

  for (const { file, explicit } of files) {
    const problems = new ProblemList(displayPath(file));
    let feed: Feed;
    try {
      feed = readFeed(decodeXml(await readFile(file)));
    } catch (error) {
      if (!(error instanceof FeedFileError)) throw error;
      // A folder may hold other XML beside its feeds (a Blogger Takeout holds its theme): noted, not failed.
      if (error.notAFeed && !explicit) {
        problems.warning(error.at, `${error.message}; skipped`, 'nothing to do, unless this file should be a feed');
      } else {
        problems.error(error.at, error.message, error.fix);
        result.failedFeeds++;
      }
      result.problems.push(...problems.items);
      continue;
    }
    result.ignored += feed.ignored;
    const source = feedSource(feed, problems);
    const feedKey = webAddress(feed.siteUrl) ?? feed.title ?? path.basename(file);

    for (const item of feed.items) {
      const post = itemToPost(item, source, feedKey, problems);
      if (!post) {
        result.skipped++;
        continue;
      }
      if (keys.has(post.key)) {
        result.alreadyThere++;
        continue;
      }
      const target = path.join(outDir, post.fileName);
      try {
        // 'wx' fails rather than replace a file: the never-overwrite promise holds even against a race.
        await writeFile(target, post.text, { flag: 'wx' });
      } catch (error) {
        if (!isCode(error, 'EEXIST')) throw error;
        result.alreadyThere++;
        continue;
      }
      keys.add(post.key);
      result.written.push(target);
    }
    result.problems.push(...problems.items);
  }
  return result;
}

/** `12 posts imported, 3 already there, 1 item skipped` (and what was ignored or could not be read). */
export function importSummary(result: ImportResult): string {
  const parts = [
    plural(result.written.length, 'post', 'posts') + ' imported',
    `${result.alreadyThere} already there`,
    plural(result.skipped, 'item', 'items') + ' skipped',
  ];
  if (result.ignored) parts.push(`${plural(result.ignored, 'Blogger entry', 'Blogger entries')} ignored (comments, pages, settings, templates, trash)`);
  if (result.failedFeeds) parts.push(`${plural(result.failedFeeds, 'file', 'files')} not read`);
  return parts.join(', ');
}

/** A problem as `file:line:col severity: message. Fix: ...`, without the line where none is known. */
export function formatImportProblem(problem: Problem): string {
  if (problem.line > 0) return formatProblem(problem);
  return `${problem.file} ${problem.severity}: ${problem.message}. Fix: ${problem.fix}`;
}

function feedSource(feed: Feed, problems: ProblemList): Source | null {
  const url = webAddress(feed.siteUrl);
  if (feed.siteUrl && !url) {
    problems.warning(feed.at, `the feed's link "${feed.siteUrl}" is not an http or https address; the posts' source has no link`, 'nothing to do, unless the feed should give a web address');
  }
  if (!feed.title) {
    problems.warning(feed.at, 'the feed has no title, so its posts have no source name', 'add source: to the imported posts, or give the feed a <title>');
    return null;
  }
  return { name: feed.title, url };
}

async function prepareOutDir(outDir: string): Promise<void> {
  const info = await stat(outDir).catch((error: unknown) => {
    if (isCode(error, 'ENOENT')) return null;
    throw error;
  });
  if (info && !info.isDirectory()) throw new ImportError(`--out ${displayPath(outDir)} is a file, not a folder; give the posts folder (public/content/posts by default)`);
  await mkdir(outDir, { recursive: true });
}

interface FeedFile {
  file: string;
  /** Named on the command line, rather than found in a folder. */
  explicit: boolean;
}

async function findFeedFiles(inputs: string[]): Promise<FeedFile[]> {
  const files: FeedFile[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) throw new ImportError(`${input} does not exist or cannot be read; give a feed file (RSS, Atom, Blogger export) or a folder of them`);
    if (info.isFile()) {
      files.push({ file: path.resolve(input), explicit: true });
      continue;
    }
    const entries = await readdir(input, { recursive: true, withFileTypes: true });
    const found = entries
      .filter((entry) => entry.isFile() && FEED_FILE.test(entry.name))
      .map((entry) => path.resolve(entry.parentPath, entry.name))
      .sort();
    if (found.length === 0) throw new ImportError(`${input} holds no .xml, .atom or .rss files; give a feed file or a folder of them`);
    files.push(...found.map((file) => ({ file, explicit: false })));
  }
  return files;
}

// Keys of posts already imported, from the file names, so an item is recognised even after its
// title or date changed in the feed, and wherever in the folder the post was moved.
async function importedKeys(outDir: string): Promise<Set<string>> {
  const keys = new Set<string>();
  for (const entry of await readdir(outDir, { recursive: true, withFileTypes: true })) {
    const match = entry.isFile() ? KEY_IN_NAME.exec(entry.name) : null;
    if (match?.[1]) keys.add(match[1]);
  }
  return keys;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function isCode(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}

function displayPath(file: string): string {
  return path.relative(process.cwd(), file) || '.';
}
