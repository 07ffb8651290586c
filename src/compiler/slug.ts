/**
 * URL slugs for posts and ids for sources: lowercase words of any script joined by dashes. Latin
 * letters lose their accents (`café` -> `cafe`), as analysts type them; other scripts keep their
 * letters and marks (`Лазарус` -> `лазарус`, `朝鲜黑客` stays), since dropping them would leave
 * nothing, and every post written in Cyrillic or Chinese would share the address `/posts/post`.
 */

// Jekyll's `2016-09-09-` file-name prefix: a date, not part of the name.
const JEKYLL_PREFIX = /^(\d{4}-\d{2}-\d{2})-/;

/** `Kaspersky: Lazarus & Telegram!` -> `kaspersky-lazarus-telegram`; empty when nothing is left. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(LATIN_ACCENTS, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(NOT_SLUG, '-')
    .replace(/^-+|-+$/g, '');
}

// Marks after a Latin letter are accents; after Devanagari or kana they are part of the letter.
const LATIN_ACCENTS = /(?<=\p{Script=Latin})\p{M}+/gu;
const NOT_SLUG = /[^\p{L}\p{M}\p{N}_]+/gu;

/** A post's slug and the date its file name carries: `2016-09-09-foo_14.md` -> `foo_14`, `2016-09-09` (also `.markdown`, `.txt`). */
export function slugFromFileName(fileName: string): { slug: string; fileDate: string | null } {
  const base = fileName.replace(/\.(?:md|markdown|txt)$/i, '');
  const prefix = JEKYLL_PREFIX.exec(base);
  const slug = slugify(prefix ? base.slice(prefix[0].length) : base);
  return { slug: slug || slugify(base) || 'post', fileDate: prefix?.[1] ?? null };
}
