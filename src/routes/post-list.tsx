/** `/`: every post, newest first, a page at a time. */
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { collectionQuery } from '../data/data-client.ts';
import { paths } from '../model/paths.ts';
import { formatDay } from '../model/post-date.ts';

const PAGE_SIZE = 50;

/** The post list. */
export function PostList() {
  const { data } = useSuspenseQuery(collectionQuery());
  const { posts } = data;
  const [params] = useSearchParams();
  const pageCount = Math.max(1, Math.ceil(posts.size / PAGE_SIZE));
  const requested = Number.parseInt(params.get('page') ?? '1', 10);
  const page = Number.isInteger(requested) ? Math.min(Math.max(requested, 1), pageCount) : 1;
  const first = (page - 1) * PAGE_SIZE;
  const rows = Array.from({ length: Math.min(PAGE_SIZE, posts.size - first) }, (_, i) => first + i);

  return (
    <section className="post-list">
      <h1 className="visually-hidden">Posts</h1>
      <p className="result-count" role="status">
        {posts.size.toLocaleString('en')} {posts.size === 1 ? 'post' : 'posts'}
      </p>
      {posts.size === 0 ? (
        <p className="empty">No posts yet: add Markdown posts to the content folder and rebuild.</p>
      ) : (
        <ol className="posts" start={first + 1}>
          {rows.map((row) => {
            const source = posts.source[row];
            return (
              <li key={posts.slug[row]}>
                <Link to={paths.post.getHref(posts.slug[row] ?? '')} className="post-title">
                  {posts.title[row]}
                </Link>
                <span className="post-meta">
                  <time dateTime={posts.date[row]}>{formatDay(posts.day[row] ?? '')}</time>
                  {source ? <span className="source-name">{posts.sourceNames.get(source)}</span> : null}
                </span>
              </li>
            );
          })}
        </ol>
      )}
      {pageCount > 1 ? <Pagination page={page} pageCount={pageCount} /> : null}
    </section>
  );
}

function Pagination({ page, pageCount }: { page: number; pageCount: number }) {
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 ? <Link to={paths.home.getHref(page - 1)}>← Newer</Link> : <span />}
      <span>
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? <Link to={paths.home.getHref(page + 1)}>Older →</Link> : <span />}
    </nav>
  );
}
