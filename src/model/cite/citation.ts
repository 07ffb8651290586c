/**
 * The text "Copy citation" puts on the clipboard: the passage quoted, then the post's title, source
 * and day, and the link that opens the post at the passage (docs/url-format.md#citation-links).
 * Plain text, so it pastes the same into a report, a ticket or a chat.
 */
import type { PostBody, Source } from '../format/data-format.ts';
import { httpUrl } from '../export/safe-url.ts';
import { formatDay, parsePostDate } from '../post-date.ts';
import { paths } from '../view/paths.ts';
import { paragraphAnchor, sentenceAnchor, type CiteAnchor } from './anchor.ts';

/** The post a citation names. */
export interface CitedPost {
  slug: string;
  title: string;
  /** The post's date as the data gives it (ISO 8601 with the author's offset, or a day). */
  date: string;
  source: Source | null;
  /** The original article. */
  url: string | null;
}

/** What is cited: the post, the passage quoted and the anchor that finds it again. */
export interface Citation {
  post: CitedPost;
  quote: string;
  anchor: CiteAnchor | null;
}

// A paragraph quoted whole can run to pages; the link carries the rest.
const QUOTE_LIMIT = 400;

/** `text` cut after its last whole word within `limit` characters, with an ellipsis when cut. */
export function shortQuote(text: string, limit = QUOTE_LIMIT): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}\u2026`;
}

/**
 * The link that opens the post at the passage: `<app root>posts/<slug>#cite-…`, absolute, under the
 * app's root (`https://intel.example.org/sitrep/`). Without an anchor, the post alone.
 */
export function citationLink(appRoot: string, slug: string, anchor: CiteAnchor | null): string {
  const root = appRoot.endsWith('/') ? appRoot : `${appRoot}/`;
  const href = anchor ? paths.citation.getHref(slug, anchor) : paths.post.getHref(slug);
  return new URL(href.slice(1), root).href;
}

/**
 * The citation as plain text:
 *
 * ```
 * “Last fall, Group-IB said that a North Korean group of hackers stole $571 million in cryptocurrencies.”
 * Kaspersky Lab reports North Korean Hacker group Lazarus stealing cryptocurrencies …. E Hacking News, 11 January 2020.
 * https://intel.example.org/posts/lazarus-telegram-crypto-theft#cite-1c0b5a5e-57a1c4f2
 * Original article: https://ift.tt/309Z8NS
 * ```
 *
 * The original article's line is there only for an http(s) link.
 */
export function citationText(citation: Citation, appRoot: string): string {
  const { post } = citation;
  const day = parsePostDate(post.date)?.day;
  const title = post.title.replace(/\s+/g, ' ').trim();
  const source = post.source?.name.replace(/\s+/g, ' ').trim();
  const reference = [`${title}${/[.!?]$/.test(title) ? '' : '.'}`, [source, day ? formatDay(day) : post.date].filter(Boolean).join(', ') + '.'].join(' ');
  const article = httpUrl(post.url);
  const lines = [`\u201c${shortQuote(citation.quote)}\u201d`, reference, citationLink(appRoot, post.slug, citation.anchor)];
  if (article) lines.push(`Original article: ${article}`);
  return lines.join('\n');
}

/** The parts of a post body a citation reads. */
export type CitablePost = Pick<PostBody, 'title' | 'date' | 'source' | 'url' | 'text' | 'figures'>;

function citedPost(slug: string, post: CitablePost): CitedPost {
  return { slug, title: post.title, date: post.date, source: post.source, url: post.url };
}

/** A paragraph of the body (an index into its `text`), quoted, with the anchor that finds it again. */
export function paragraphCitation(slug: string, post: CitablePost, index: number): Citation {
  return { post: citedPost(slug, post), quote: post.text[index] ?? '', anchor: paragraphAnchor(post, index) };
}

/** A figure's sentence (by the figure's index in the body), quoted, with the anchor that finds the sentence again. */
export function figureCitation(slug: string, post: CitablePost, index: number): Citation {
  const sentence = post.figures[index]?.sentence ?? '';
  return { post: citedPost(slug, post), quote: sentence, anchor: sentenceAnchor(post, sentence) };
}
