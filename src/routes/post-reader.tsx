/**
 * `/posts/:slug`: one post, with its title, date, source, entities, reported figures and sanitized
 * body. Opened from a list (`/posts/<slug>?actor=...`), it offers that list's previous and next post.
 */
import { type QueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { type LoaderFunctionArgs, Link, data, useLocation, useNavigate, useParams } from 'react-router';
import { CopyStatus } from '../components/cite/copy-status.tsx';
import { useCopyCitation } from '../components/cite/use-copy-citation.ts';
import { EntityChips } from '../components/entity-chips.tsx';
import { FigureList } from '../components/figure-list.tsx';
import { PostHtml, type MarkedPassage } from '../components/post-html.tsx';
import { useShowImages } from '../components/use-show-images.ts';
import { collectionQuery, placeInShard, postBodyQuery, slugShardQuery } from '../data/data-client.ts';
import { loadCollection } from '../data/page-data.ts';
import type { Collection } from '../model/collection.ts';
import { useListRows } from '../components/use-list-rows.ts';
import { useSearch } from '../data/search-client.ts';
import { parseCiteAnchor, resolveCiteAnchor } from '../model/cite/anchor.ts';
import { figureCitation, paragraphCitation } from '../model/cite/citation.ts';
import { paths } from '../model/view/paths.ts';
import { formatDay, parsePostDate } from '../model/post-date.ts';
import { relatedRows } from '../model/related-posts.ts';
import { hasFilters, type ViewState } from '../model/view/view-state.ts';
import { useViewState } from '../components/use-view-state.ts';

/** Finds the post by its slug (its slug shard) before fetching its body. */
export function loader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const slug = params.slug ?? '';
    const { manifest } = await loadCollection(queryClient);
    const place = placeInShard(await queryClient.ensureQueryData(slugShardQuery(manifest, slug)), slug);
    if (!place) throw data(`No post is published as "${slug}".`, { status: 404 });
    await queryClient.ensureQueryData(postBodyQuery(place.body));
    return null;
  };
}

const FIGURE_HASH = /^#figure-(\d+)$/;

/** The reader. */
export function PostReader() {
  const slug = useParams().slug ?? '';
  const { data: collection } = useSuspenseQuery(collectionQuery());
  const { data: shard } = useSuspenseQuery(slugShardQuery(collection.manifest, slug));
  const place = placeInShard(shard, slug);
  const { data: post } = useSuspenseQuery(postBodyQuery(place?.body ?? ''));
  const row = place?.row ?? -1;
  const { state } = useViewState(collection);
  const location = useLocation();
  const navigate = useNavigate();
  const [showImages, setShowImages] = useShowImages();
  const day = parsePostDate(post.date)?.day ?? post.date.slice(0, 10);
  const sourceLink = post.source?.url ?? post.url;

  const hashFigure = FIGURE_HASH.exec(location.hash);
  const chosen = hashFigure && post.figures[Number(hashFigure[1])] ? Number(hashFigure[1]) : null;
  const chosenFigure = chosen === null ? undefined : post.figures[chosen];
  const choose = (index: number | null) =>
    void navigate({ search: location.search, hash: index === null ? '' : `figure-${index}` }, { replace: true, preventScrollReset: true });
  // A citation link (`#cite-…`) names its passage by content: found again, or gone since an edit.
  const citeAnchor = useMemo(() => parseCiteAnchor(location.hash), [location.hash]);
  const cited = useMemo(() => (citeAnchor ? resolveCiteAnchor(citeAnchor, post) : null), [citeAnchor, post]);
  const mark: MarkedPassage | undefined = chosenFigure
    ? { paragraph: null, texts: [chosenFigure.sentence, chosenFigure.text] }
    : cited && cited.paragraph !== 'title'
      ? { paragraph: cited.paragraph, texts: cited.sentence ? [cited.sentence] : [] }
      : undefined;
  const { copy, status, dismiss } = useCopyCitation();

  return (
    <article className="reader">
      <ListNavigation collection={collection} row={row} state={state} />
      <header>
        <h1>{cited?.paragraph === 'title' && !chosenFigure ? <mark>{post.title}</mark> : post.title}</h1>
        <p className="post-meta">
          <time dateTime={post.date}>{formatDay(day)}</time>
          {post.source ? (
            <span className="source">
              Source:{' '}
              {sourceLink ? (
                <a href={sourceLink} target="_blank" rel="noopener noreferrer" referrerPolicy="no-referrer">
                  {post.source.name}
                </a>
              ) : (
                post.source.name
              )}
            </span>
          ) : post.url ? (
            <a href={post.url} target="_blank" rel="noopener noreferrer" referrerPolicy="no-referrer">
              Original article
            </a>
          ) : null}
        </p>
        <p className="relevance-note">
          {post.relevance.relevant ? 'Security news' : 'Off-topic, shown only with all posts'}
          {post.relevance.reasons.length ? `: ${post.relevance.reasons.join(', ')}` : ''}
          {post.language !== 'en' ? ` · ${collection.nameOf('language', post.language)}` : ''}
        </p>
        {post.tags.length > 0 ? (
          <ul className="tags" aria-label="Tags">
            {post.tags.map((tag) => (
              <li key={tag}>{tag}</li>
            ))}
          </ul>
        ) : null}
        <EntityChips entities={post.entities} collection={collection} />
        <label className="image-toggle">
          <input type="checkbox" checked={showImages} onChange={(event) => setShowImages(event.target.checked)} />
          Show images
        </label>
      </header>
      {citeAnchor && !cited && !chosenFigure ? (
        <p className="notice cite-gone" role="status">
          The passage this link cites is no longer in the post: the post has been edited since the link was made. Here is the post as it reads now.
        </p>
      ) : null}
      <PostHtml
        html={post.html}
        showImages={showImages}
        paragraphs={post.text}
        mark={mark}
        onCiteParagraph={(index) => copy(() => paragraphCitation(slug, post, index))}
      />
      <FigureList figures={post.figures} chosen={chosen} onChoose={choose} citationOf={(index) => figureCitation(slug, post, index)} />
      <CopyStatus status={status} onDismiss={dismiss} />
      <RelatedPosts collection={collection} row={row} />
    </article>
  );
}

/** "← Previous · 3 of 12 in this view · Next →" for a post opened from a filtered list. */
function ListNavigation({ collection, row, state }: { collection: Collection; row: number; state: ViewState }) {
  const search = useSearch(collection, state.q);
  const rows = useMemo(() => collection.engine.rows(state, search.rows), [collection, state, search.rows]);
  const position = rows.indexOf(row);
  const neighbours = [rows[position - 1], rows[position + 1]].filter((at): at is number => at !== undefined && position !== -1);
  const listRow = useListRows(collection, neighbours);
  if (!hasFilters(state) && !state.q) return <BackLink href={paths.home.getHref()} />;
  const hrefAt = (index: number) => {
    const at = rows[index];
    const fields = at === undefined ? undefined : listRow(at);
    return fields ? paths.post.getHref(fields[0], state) : null;
  };
  const previous = position > 0 ? hrefAt(position - 1) : null;
  const next = position !== -1 ? hrefAt(position + 1) : null;
  return (
    <nav className="list-nav" aria-label="This view">
      <BackLink href={paths.explorer.getHref(state)} />
      {position !== -1 ? (
        <span>
          {position + 1} of {rows.length} in this view
        </span>
      ) : (
        <span>Not in this view</span>
      )}
      <span className="list-steps">
        {previous ? (
          <Link to={previous} rel="prev">
            ← Previous
          </Link>
        ) : null}
        {next ? (
          <Link to={next} rel="next">
            Next →
          </Link>
        ) : null}
      </span>
    </nav>
  );
}

function BackLink({ href }: { href: string }) {
  return (
    <Link to={href} className="back">
      ← Back to the list
    </Link>
  );
}

/** Posts that share a threat actor or a victim country with this one. */
function RelatedPosts({ collection, row }: { collection: Collection; row: number }) {
  const related = useMemo(() => (row < 0 ? [] : relatedRows(collection.posts, row, 5)), [collection, row]);
  const listRow = useListRows(collection, related.map((entry) => entry.row));
  if (related.length === 0) return null;
  const { posts } = collection;
  return (
    <section className="related" aria-labelledby="related-heading">
      <h2 id="related-heading">Related posts</h2>
      <ul>
        {related.map(({ row: other, actors, victims }) => (
          <li key={other}>
            {listRow(other) ? <Link to={paths.post.getHref(listRow(other)?.[0] ?? '')}>{listRow(other)?.[1]}</Link> : <span className="placeholder">Loading…</span>}{' '}
            <span className="post-meta">
              {formatDay(posts.day[other] ?? '')}
              {actors.length ? ` · ${actors.map((id) => collection.nameOf('actor', id)).join(', ')}` : ''}
              {victims.length ? ` · ${victims.map((code) => collection.nameOf('victim', code)).join(', ')}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
