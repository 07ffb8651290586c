/**
 * Compiles one post file: front matter fields, source, body cleaning and sanitized HTML. Pure: the
 * caller reads the file, so the same code serves the compiler, the dev server and the tests.
 */
import path from 'node:path';
import { z } from 'zod';
import type { Source } from '../model/format/data-format.ts';
import { httpUrl } from '../model/export/safe-url.ts';
import { NO_ENTITIES, type PostEntities } from './extract/extract-post.ts';
import { parsePostDate, type PostDate } from '../model/post-date.ts';
import { locateField, splitFrontMatter, type SplitPost } from './front-matter.ts';
import { htmlToParagraphs } from './extract/plain-text.ts';
import { renderPostHtml } from './markdown.ts';
import { dropAdResidue, takeSourceLine } from './post-body.ts';
import { ProblemList, positionAt, type Problem } from './problems.ts';
import { slugFromFileName, slugify } from './slug.ts';
import { repairText } from './text-repair.ts';

/** A compiled post, before slugs are made unique across the collection. */
export interface CompiledPost {
  /** The file as given to the compiler (relative to the working directory in messages). */
  file: string;
  slug: string;
  title: string;
  date: PostDate;
  draft: boolean;
  tags: string[];
  source: Source | null;
  /** The original article: front matter `url`, else the link of the source line. */
  url: string | null;
  html: string;
  /** The body as plain paragraphs, read once from `html`: what extraction, search and snippets read. */
  text: string[];
  /** The cleaned Markdown body. */
  body: string;
  /** What the extractor found; empty until the collection's catalog is applied (compile.ts). */
  entities: PostEntities;
}

/** The outcome for one file: the post, or `null` when an error leaves it out; and every problem seen. */
export interface PostResult {
  post: CompiledPost | null;
  problems: Problem[];
}

// Fields Sitrep reads; any other key (author, categories ...) is the author's own and is ignored.
const frontMatterSchema = z.object({
  title: z.union([z.string(), z.number()], { error: 'title must be text' }).optional(),
  date: z.string({ error: 'date must be a date such as 2020-01-11' }).optional(),
  draft: z.boolean({ error: 'draft must be true or false' }).optional(),
  tags: z
    .union([z.string(), z.array(z.union([z.string(), z.number()]))], { error: 'tags must be a list of words' })
    .optional(),
  source: z
    .union(
      [z.string(), z.object({ name: z.string(), url: z.string().optional() })],
      { error: 'source must be a name, or a name and a url' },
    )
    .optional(),
  url: z.string({ error: 'url must be a web address' }).optional(),
  slug: z.string({ error: 'slug must be text' }).optional(),
});

const FIELD_FIXES: Record<string, string> = {
  title: "write the title as one quoted line: title: 'My title'",
  date: 'write the date as 2020-01-11 or 2020-01-11T15:47:00+01:00',
  draft: 'write draft: true or draft: false',
  tags: 'write tags as a list: tags: [ransomware, healthcare]',
  source: "write source: 'Feed name', or source: with name: and url: on the two lines below it",
  url: 'write the full address of the original article, starting with https://',
  slug: 'write the slug as words joined by dashes',
};

/** Compiles one post file's text. `file` is used for messages and the slug. */
export function compilePost(file: string, fileText: string): PostResult {
  const problems = new ProblemList(file);
  const normalised = fileText.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const repair = repairText(normalised);
  if (repair.decoded + repair.removed > 0) {
    problems.warning(
      positionAt(normalised, repair.firstOffset),
      `cleaned damaged text: ${describeRepair(repair.decoded, repair.removed)}`,
      'save the file as UTF-8 from the original source to keep the text exactly as published',
    );
  }

  const split = splitFrontMatter(repair.text, problems);
  if (!split) return { post: null, problems: problems.items };
  const { slug: fileSlug, fileDate } = slugFromFileName(path.basename(file));
  if (split.data === null) {
    problems.warning(
      { line: 1, column: 1 },
      'the post has no front matter; its title comes from the file name',
      "start the file with a front matter block: ---, title: '...', date: 2020-01-11, ---",
    );
  }

  const parsed = frontMatterSchema.safeParse(split.data ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      problems.error(locateField(split, issue.path.map(String)), issue.message, FIELD_FIXES[field] ?? 'correct the value');
    }
    return { post: null, problems: problems.items };
  }
  const fields = parsed.data;

  const date = readDate(fields.date, fileDate, split, problems);
  if (!date) return { post: null, problems: problems.items };

  const { body: bodyWithoutSource, sourceLine } = takeSourceLine(split.body);
  const body = dropAdResidue(bodyWithoutSource);
  const source = readSource(fields.source, split, problems) ?? sourceLine;
  const url = readUrl(fields.url, split, problems) ?? sourceLine?.url ?? null;
  const slug = (fields.slug && slugify(fields.slug)) || fileSlug;

  let title = fields.title === undefined ? '' : oneLine(String(fields.title));
  if (!title) {
    title = titleFromSlug(fileSlug);
    if (split.data !== null) {
      problems.warning(locateField(split, ['title']), `the post has no title; showing "${title}"`, FIELD_FIXES.title ?? '');
    }
  }

  const html = renderPostHtml(body);
  return {
    post: {
      file,
      slug,
      title,
      date,
      draft: fields.draft ?? false,
      tags: readTags(fields.tags),
      source,
      url,
      html,
      text: htmlToParagraphs(html),
      body,
      entities: NO_ENTITIES,
    },
    problems: problems.items,
  };
}

function describeRepair(decoded: number, removed: number): string {
  const parts = [];
  if (decoded) parts.push(`${decoded} mis-decoded character sequence${decoded === 1 ? '' : 's'} (UTF-8 read as Latin-1) restored`);
  if (removed) parts.push(`${removed} control character${removed === 1 ? '' : 's'} removed`);
  return parts.join(', ');
}

function readDate(value: string | undefined, fileDate: string | null, split: SplitPost, problems: ProblemList): PostDate | null {
  if (value !== undefined) {
    const date = parsePostDate(value);
    if (!date) problems.error(locateField(split, ['date']), `"${value}" is not a date`, FIELD_FIXES.date ?? '');
    return date;
  }
  // Front matter wins; the Jekyll file-name prefix is only the fallback.
  const date = fileDate === null ? null : parsePostDate(fileDate);
  if (!date) {
    problems.error(
      { line: split.frontMatterStart, column: 1 },
      'the post has no date',
      'add date: 2020-01-11T15:47:00+01:00 to the front matter, or start the file name with the date (2020-01-11-title.md)',
    );
  }
  return date;
}

function readSource(value: string | { name: string; url?: string | undefined } | undefined, split: SplitPost, problems: ProblemList): Source | null {
  if (value === undefined) return null;
  if (typeof value === 'string') return value.trim() ? { name: oneLine(value), url: null } : null;
  return { name: oneLine(value.name), url: readUrl(value.url, split, problems, ['source', 'url']) };
}

/**
 * A link from front matter: an http or https address, else `null` with a warning. Any other scheme
 * (`javascript:`, `data:`, `file:`, `ms-msdt:` ...) would become a live link in the reader and in exports.
 */
function readUrl(value: string | undefined, split: SplitPost, problems: ProblemList, field: string[] = ['url']): string | null {
  if (value === undefined || !value.trim()) return null;
  const trimmed = value.trim();
  if (httpUrl(trimmed) !== null) return trimmed;
  problems.warning(locateField(split, field), `"${value}" is not an http or https address; the link is left out`, FIELD_FIXES.url ?? '');
  return null;
}

function readTags(value: string | (string | number)[] | undefined): string[] {
  if (value === undefined) return [];
  const list = typeof value === 'string' ? value.split(',') : value.map(String);
  return [...new Set(list.map((tag) => oneLine(tag)).filter(Boolean))];
}

function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

function titleFromSlug(slug: string): string {
  const words = slug.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
