/**
 * A search result's snippet: the post's best passage for the query, with the matched words marked.
 * The passage comes from the post body's text, the same text the search index read, fetched as the
 * reader fetches it (and cached for it).
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { postBodyQuery } from '../data/data-client.ts';
import { snippet } from '../model/search/snippet.ts';

/** The passage around the matches of `terms`; nothing until the body arrives, or without terms. */
export function Snippet({ body, terms }: { body: string; terms: readonly string[] }) {
  const { data } = useQuery(postBodyQuery(body));
  const passage = useMemo(() => (data && terms.length ? snippet(data.text.join(' '), terms) : null), [data, terms]);
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
