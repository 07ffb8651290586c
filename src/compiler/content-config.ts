/** Where content lives: the defaults, overridden by environment variables or command-line options. */
import path from 'node:path';

/** The posts shipped with the product. */
export const DEFAULT_CONTENT_DIR = 'public/content/posts';

/** The catalog of actors, malware, platforms and country aliases. */
export const DEFAULT_CATALOG_DIR = 'public/content/catalog';

/**
 * The content folders to compile: `CONTENT_DIR` (several folders separated by the system's path
 * delimiter, `:` on Linux and macOS) or the default.
 */
export function contentDirsFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  const value = env.CONTENT_DIR?.trim();
  if (!value) return [DEFAULT_CONTENT_DIR];
  return value.split(path.delimiter).filter(Boolean);
}

/** The catalog folder: `CATALOG_DIR` or the default. */
export function catalogDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.CATALOG_DIR?.trim() || DEFAULT_CATALOG_DIR;
}

/** Drafts are compiled when `DRAFTS=1` (or `true`). */
export function includeDraftsFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.DRAFTS === '1' || env.DRAFTS === 'true';
}
