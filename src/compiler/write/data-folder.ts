/**
 * The data folder's life: Sitrep writes only into a folder it owns (one holding its marker file, or
 * a new or empty one), never into or around the content, and never deletes what it did not write.
 * Files other than the manifest are named by their content, so they are written once and left in
 * place; the manifest, written last and renamed into place, is what switches readers to a new
 * build. A build that fails before that leaves the previous data as it was.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MANIFEST_FILE } from '../../model/format/data-version.ts';

/** The file that marks a folder as Sitrep's data folder. */
export const MARKER_FILE = '.sitrep-data';

const MARKER_TEXT = `${JSON.stringify({
  sitrep: 'the data folder of a Sitrep site, written by its compiler: every build replaces what is here',
})}\n`;

/** A folder the compiler refuses to write into, and why. */
export class DataFolderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataFolderError';
  }
}

/** Whether `inner` is `outer` or inside it. */
function isWithin(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Makes `dir` ready to receive data: refuses a folder that holds or sits in the content, and a
 * non-empty folder without the marker; creates it and writes the marker otherwise.
 */
export async function claimDataFolder(dir: string, contentDirs: readonly string[]): Promise<void> {
  const out = path.resolve(dir);
  for (const content of contentDirs) {
    const source = path.resolve(content);
    if (isWithin(out, source) || isWithin(source, out)) {
      throw new DataFolderError(
        `the data folder ${dir} ${isWithin(out, source) ? 'is inside' : 'holds'} the content folder ${content}; ` +
          'Fix: write the data elsewhere, for example --out dist/data',
      );
    }
  }
  let entries: string[] = [];
  try {
    entries = await readdir(out);
  } catch {
    // A folder that does not exist yet is created below.
  }
  if (entries.length > 0 && !entries.includes(MARKER_FILE)) {
    throw new DataFolderError(
      `the data folder ${dir} is not empty and was not written by Sitrep (it has no ${MARKER_FILE} file), so nothing in it is replaced; ` +
        'Fix: choose a new or empty folder, or one Sitrep wrote before',
    );
  }
  await mkdir(out, { recursive: true });
  if (!entries.includes(MARKER_FILE)) await writeFile(path.join(out, MARKER_FILE), MARKER_TEXT);
}

/** Writes a file named by its content, unless it is there already; written aside, then renamed. */
export async function writeNamedFile(dir: string, name: string, text: string): Promise<void> {
  const file = path.join(dir, name);
  if (existsSync(file)) return;
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, file);
}

/**
 * Writes a file whose name is fixed (a feed: readers subscribe to its address) unless it holds the
 * same text already, so an unchanged feed keeps its bytes and its modification time; written aside,
 * then renamed, so a reader never gets half a file. Returns whether it wrote.
 */
export function writeFixedFile(dir: string, name: string, text: string): boolean {
  const file = path.join(dir, name);
  // Synchronous: a few hundred small files, faster in a loop than through the thread pool.
  try {
    if (readFileSync(file, 'utf8') === text) return false;
  } catch {
    // Not there yet.
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
  return true;
}

/** Switches readers to the new build: the manifest, written aside and renamed into place. */
export async function commitManifest(dir: string, text: string): Promise<void> {
  const file = path.join(dir, MANIFEST_FILE);
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, file);
}

// What the compiler writes: anything else in the folder is left alone.
const OWN_FILE =
  /^(?:(?:facets|figures|catalog|keys|search-table)\.[0-9a-f]+\.json|posts\/[0-9a-f]{2}\/[0-9a-f]+\.json|(?:search|list|slugs)\/[0-9a-f]+\.json|feeds\/(?:all|actors\/[a-z0-9_]+(?:-[a-z0-9_]+)*|victims\/[A-Z]{2})\.atom)(?:\.\d+(?:-\d+)?\.tmp)?$|^(?:manifest\.json|search-runs)\.\d+\.tmp$/;

/**
 * Deletes the compiler's files that `keep` (paths relative to the folder) does not list: what earlier
 * builds wrote and this one no longer uses. `bodyFiles`, when given, lists the body folders' files
 * (`posts/<ab>/<name>`), which are then not read again: the files a build writes there it keeps.
 * Returns how many were deleted.
 */
export async function removeUnused(dir: string, keep: ReadonlySet<string>, bodyFiles?: readonly string[]): Promise<number> {
  let removed = 0;
  const unlinkUnused = (child: string) => {
    if (keep.has(child) || !OWN_FILE.test(child)) return;
    try {
      unlinkSync(path.join(dir, child));
      removed++;
    } catch {
      // Gone already.
    }
  };
  // Synchronous: tens of thousands of names, listed faster in a loop than through the thread pool.
  const visit = (relative: string): void => {
    const full = path.join(dir, relative);
    const entries = readdirSync(full, { withFileTypes: true });
    for (const entry of entries) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        // A folder of list pages or slug shards that data format 2 wrote (list/<hash>/) is removed whole.
        if (/^(?:list|slugs)\/[0-9a-f]+(?:\.\d+\.tmp)?$/.test(child)) {
          if (!keep.has(child)) {
            rmSync(path.join(dir, child), { recursive: true, force: true });
            removed++;
          }
          continue;
        }
        if (bodyFiles && /^posts\/[0-9a-f]{2}$/.test(child)) continue;
        if (/^(?:posts|search|list|slugs)(?:\/[0-9a-f]{2})?$|^feeds(?:\/(?:actors|victims))?$/.test(child)) visit(child);
        continue;
      }
      unlinkUnused(child);
    }
  };
  visit('');
  for (const child of bodyFiles ?? []) unlinkUnused(child);
  return removed;
}

/** The manifest of the data in `dir`, as text, or `null` when there is none. */
export async function readManifestText(dir: string): Promise<string | null> {
  try {
    if (!(await stat(path.join(dir, MANIFEST_FILE))).isFile()) return null;
    return await readFile(path.join(dir, MANIFEST_FILE), 'utf8');
  } catch {
    return null;
  }
}
