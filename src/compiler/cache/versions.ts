/**
 * What cached results depend on besides the posts themselves: the compiler (its sources, the model
 * modules it shares with the app, and the locked versions of the libraries it runs), and the catalog.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { keyOf } from './compile-cache.ts';

const REPO = path.resolve(import.meta.dirname, '../../..');

// Synchronous reads: a few hundred small files, read faster in a loop than through the thread pool.

/** A hash of every source file the compiler runs and of the lock file. */
export async function compilerVersion(): Promise<string> {
  const parts: (string | Uint8Array)[] = [];
  for (const folder of ['src/compiler', 'src/model']) {
    const entries = readdirSync(path.join(REPO, folder), { recursive: true, withFileTypes: true });
    const files = entries
      .filter((entry) => entry.isFile() && /\.ts$/.test(entry.name) && !entry.name.endsWith('.test.ts'))
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
    for (const file of files) parts.push(path.relative(REPO, file), readFileSync(file));
  }
  try {
    parts.push(readFileSync(path.join(REPO, 'package-lock.json')));
  } catch {
    // Without a lock file the sources alone say which compiler this is.
  }
  return keyOf(parts);
}

/** The catalog folder's files and a hash of their names and contents. */
export async function catalogVersion(dir: string): Promise<string> {
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return 'no catalog';
  }
  const files = entries
    .filter((entry) => entry.isFile() && /\.ya?ml$/i.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  const parts: (string | Uint8Array)[] = [];
  for (const file of files) parts.push(path.relative(dir, file), readFileSync(file));
  return keyOf(parts);
}
