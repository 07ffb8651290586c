/**
 * Assembles compiled posts into the collection the data files describe: drafts left out (unless
 * asked for), slugs made unique, posts ordered newest first. Posts are numbered by the order their
 * files were found; the collection maps each number to its row and to its search document.
 */
import type { Catalog } from './catalog/load-catalog.ts';
import type { PostRecord } from './post-record.ts';
import type { Problem } from './problems.ts';

/** A post of the collection: its record, the number it was compiled under, and its final slug. */
export interface CollectionPost {
  post: number;
  slug: string;
  record: PostRecord;
}

/** A compiled collection. */
export interface Collection {
  /** Included posts, newest first: the index is the row. */
  posts: CollectionPost[];
  /** Every problem, in file order. */
  problems: Problem[];
  /** Files left out because of an error. */
  leftOut: string[];
  /** Draft posts seen (left out unless drafts are included). */
  drafts: number;
  includeDrafts: boolean;
  /** The catalog the entities were extracted with, or `null` when none was given. */
  catalog: Catalog | null;
  /** The search document of a post number (oldest post 0), or -1 when the post is not in the collection. */
  docOf: (post: number) => number;
}

/** One file's outcome, under its post number. */
export interface FileOutcome {
  post: number;
  record: PostRecord | null;
  problems: Problem[];
}

/** Assembles file outcomes (any order) into a collection. */
export function assembleCollection(outcomes: readonly FileOutcome[], includeDrafts: boolean, catalog: Catalog | null): Collection {
  const sorted = [...outcomes].sort((a, b) => a.post - b.post);
  const problems: Problem[] = [];
  const leftOut: string[] = [];
  const kept: { post: number; record: PostRecord }[] = [];
  let drafts = 0;
  for (const outcome of sorted) {
    problems.push(...outcome.problems);
    const record = outcome.record;
    if (!record) {
      leftOut.push(outcome.problems[0]?.file ?? 'unknown file');
      continue;
    }
    if (record.draft) {
      drafts++;
      if (!includeDrafts) continue;
    }
    kept.push({ post: outcome.post, record });
  }

  // A slug asked for (from front matter or a file name) is never taken by another post's `-2`.
  const asked = new Set(kept.map(({ record }) => record.slug));
  const owners = new Map<string, string>();
  const posts: CollectionPost[] = [];
  for (const { post, record } of kept) {
    let slug = record.slug;
    if (owners.has(slug)) {
      let n = 2;
      while (owners.has(`${record.slug}-${n}`) || asked.has(`${record.slug}-${n}`)) n++;
      slug = `${record.slug}-${n}`;
      problems.push({
        severity: 'warning',
        file: record.file,
        line: 1,
        column: 1,
        message: `the slug "${record.slug}" is already used by ${owners.get(record.slug)}; this post is published as "${slug}"`,
        fix: 'rename one of the files, or give one post its own slug: field',
      });
    }
    owners.set(slug, record.file);
    posts.push({ post, slug, record });
  }

  posts.sort((a, b) => b.record.date.epochMs - a.record.date.epochMs || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column);
  const docs = new Map<number, number>();
  posts.forEach((entry, row) => docs.set(entry.post, posts.length - 1 - row));
  return { posts, problems, leftOut, drafts, includeDrafts, catalog, docOf: (post) => docs.get(post) ?? -1 };
}

/** `1953 posts compiled, 2 left out, 0 drafts`, plus the warning count when there are any. */
export function summaryLine(collection: Collection): string {
  const warnings = collection.problems.filter((problem) => problem.severity === 'warning').length;
  const drafts = `${collection.drafts} draft${collection.drafts === 1 ? '' : 's'}${collection.includeDrafts && collection.drafts ? ' (included)' : ''}`;
  const parts = [`${collection.posts.length} posts compiled`, `${collection.leftOut.length} left out`, drafts];
  if (warnings) parts.push(`${warnings} warning${warnings === 1 ? '' : 's'}`);
  return parts.join(', ');
}
