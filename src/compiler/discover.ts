/**
 * Finds the post files under the content folders: `*.md` and `*.markdown`, and `*.txt` that begin
 * with a `---` front-matter line, skipping hidden folders and node_modules. Symbolic links are
 * followed, each linked folder once; a loop or a dangling link is reported, never followed again.
 */
import { closeSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from './problems.ts';

// Posts are Markdown files; exports and scrapers also save them as `.txt`, which count when they open
// with front matter, so that a stray notes.txt is not taken for a broken post.
const MARKDOWN_FILE = /\.(?:md|markdown)$/i;
const TEXT_FILE = /\.txt$/i;

/** A post file and what tells whether it changed since it was last compiled. */
export interface PostFile {
  /** Absolute path. */
  path: string;
  size: number;
  mtimeMs: number;
}

/** The post files found, sorted by path, and what was worth saying about the folders. */
export interface Discovery {
  files: PostFile[];
  problems: Problem[];
}

/** Every post file under the folders (synchronous: tens of thousands of stat calls cost a fifth of their promise versions). */
export async function discoverPosts(dirs: readonly string[]): Promise<Discovery> {
  const files = new Map<string, PostFile>();
  const problems: Problem[] = [];
  const warn = (where: string, message: string, fix: string) =>
    problems.push({ severity: 'warning', file: path.relative(process.cwd(), where) || '.', line: 1, column: 1, message, fix });
  const visited = new Set<string>();

  const walk = (dir: string) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      return;
    }
    if (visited.has(real)) {
      warn(dir, `this folder was already read (${path.relative(process.cwd(), real) || '.'}): a link leads back to it, and it is read once`, 'remove the link that loops, if it is not meant');
      return;
    }
    visited.add(real);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      warn(dir, `the folder cannot be read (${error instanceof Error ? error.message : String(error)})`, 'check that it exists and that you may read it');
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = statSync(full);
          isDirectory = target.isDirectory();
          isFile = target.isFile();
        } catch {
          warn(full, 'this link leads nowhere (its target is missing)', 'remove the link or restore what it pointed to');
          continue;
        }
      }
      if (isDirectory) walk(full);
      else if (isFile && (MARKDOWN_FILE.test(entry.name) || (TEXT_FILE.test(entry.name) && opensWithFrontMatter(full)))) addFile(full);
    }
  };
  const addFile = (full: string) => {
    if (files.has(full)) return;
    try {
      const info = statSync(full);
      files.set(full, { path: full, size: info.size, mtimeMs: info.mtimeMs });
    } catch {
      // Gone between listing and stat: the next build sees the folder as it is.
    }
  };

  for (const dir of dirs) {
    const root = path.resolve(dir);
    let isDirectory = false;
    try {
      isDirectory = statSync(root).isDirectory();
    } catch {
      // Reported below.
    }
    if (!isDirectory) {
      problems.push({ severity: 'error', file: dir, line: 1, column: 1, message: 'the content folder does not exist', fix: 'create it, or point CONTENT_DIR or --content at the folder of posts' });
      continue;
    }
    const before = files.size;
    walk(root);
    if (files.size === before) warn(root, 'the content folder holds no posts (*.md, *.markdown, or *.txt opening with ---)', 'add posts to it, or point CONTENT_DIR or --content at the folder of posts');
  }
  return { files: [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), problems };
}

/** The paths of every post file under the folders, sorted (`discoverPosts`). */
export async function findPostFiles(dirs: readonly string[]): Promise<string[]> {
  return (await discoverPosts(dirs)).files.map((file) => file.path);
}

function opensWithFrontMatter(file: string): boolean {
  let handle: number | null = null;
  try {
    handle = openSync(file, 'r');
    const buffer = Buffer.alloc(8);
    const bytesRead = readSync(handle, buffer, 0, 8, 0);
    return /^(?:\uFEFF)?---\r?\n/.test(buffer.subarray(0, bytesRead).toString('utf8'));
  } catch {
    return false;
  } finally {
    if (handle !== null) closeSync(handle);
  }
}
