/**
 * A search result's snippet: the post's best passage for the query, with the matched words marked.
 * The passage comes from the post's body, fetched as the reader fetches it (and cached for it).
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { postBodyQuery } from '../data/data-client.ts';
import { snippet } from '../model/search/snippet.ts';

/** The body's text as a reader sees it, without code, which the search index leaves out too. */
function bodyText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const code of doc.querySelectorAll('pre, code')) code.remove();
  for (const block of doc.querySelectorAll('p, li, br, h1, h2, h3, h4, h5, h6, div, tr')) block.append(' ');
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The passage around the matches of `terms`; nothing until the body arrives, or without terms. */
export function Snippet({ slug, terms }: { slug: string; terms: readonly string[] }) {
  const { data } = useQuery(postBodyQuery(slug));
  const passage = useMemo(() => (data && terms.length ? snippet(bodyText(data.html), terms) : null), [data, terms]);
  if (!passage || !passage.text) return null;
  const parts: React.ReactNode[] = [];
  let at = 0;
  passage.highlights.forEach(([start, end], index) => {
    if (start > at) parts.push(passage.text.slice(at, start));
    parts.push(<mark key={index}>{passage.text.slice(start, end)}</mark>);
    at = end;
  });
  parts.push(passage.text.slice(at));
  return <p className="snippet">{parts}</p>;
}
