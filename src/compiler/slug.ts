/** URL slugs for posts and ids for sources: lowercase ASCII words joined by dashes. */

// Jekyll's `2016-09-09-` file-name prefix: a date, not part of the name.
const JEKYLL_PREFIX = /^(\d{4}-\d{2}-\d{2})-/;

/** `Kaspersky: Lazarus & Telegram!` -> `kaspersky-lazarus-telegram`; empty when nothing is left. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A post's slug and the date its file name carries: `2016-09-09-foo_14.md` -> `foo_14`, `2016-09-09` (also `.markdown`, `.txt`). */
export function slugFromFileName(fileName: string): { slug: string; fileDate: string | null } {
  const base = fileName.replace(/\.(?:md|markdown|txt)$/i, '');
  const prefix = JEKYLL_PREFIX.exec(base);
  const slug = slugify(prefix ? base.slice(prefix[0].length) : base);
  return { slug: slug || slugify(base) || 'post', fileDate: prefix?.[1] ?? null };
}
