/** `/posts/:slug`: one post, with its title, date, source and sanitized body. */
import { type QueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { type LoaderFunctionArgs, data, useParams } from 'react-router';
import { PostHtml } from '../components/post-html.tsx';
import { useShowImages } from '../components/use-show-images.ts';
import { collectionQuery, postBodyQuery } from '../data/data-client.ts';
import { formatDay, parsePostDate } from '../model/post-date.ts';

/** Knows from the list index whether the post exists before fetching its body. */
export function loader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const slug = params.slug ?? '';
    const { posts } = await queryClient.ensureQueryData(collectionQuery());
    if (!posts.rowBySlug.has(slug)) throw data(`No post is published as "${slug}".`, { status: 404 });
    await queryClient.ensureQueryData(postBodyQuery(slug));
    return null;
  };
}

/** The reader. */
export function PostReader() {
  const slug = useParams().slug ?? '';
  const { data: post } = useSuspenseQuery(postBodyQuery(slug));
  const [showImages, setShowImages] = useShowImages();
  const day = parsePostDate(post.date)?.day ?? post.date.slice(0, 10);
  const sourceLink = post.source?.url ?? post.url;

  return (
    <article className="reader">
      <header>
        <h1>{post.title}</h1>
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
        {post.tags.length > 0 ? (
          <ul className="tags" aria-label="Tags">
            {post.tags.map((tag) => (
              <li key={tag}>{tag}</li>
            ))}
          </ul>
        ) : null}
        <label className="image-toggle">
          <input type="checkbox" checked={showImages} onChange={(event) => setShowImages(event.target.checked)} />
          Show images
        </label>
      </header>
      <PostHtml html={post.html} showImages={showImages} />
    </article>
  );
}
